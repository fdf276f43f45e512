#include "officekeys.h"

#include <QCoreApplication>

#include <sodium.h>

namespace tandem {
namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(tandem::OfficeKeys)
};

constexpr std::size_t kSecretsSize = crypto_sign_SECRETKEYBYTES + crypto_box_SECRETKEYBYTES;
constexpr std::size_t kWithIdentitySize = kSecretsSize + crypto_box_SECRETKEYBYTES;

} // namespace

Result<SecretBytes> deriveKey(const SecretBytes& passphrase, const QByteArray& salt, quint64 ops, quint64 mem)
{
    SecretBytes key(crypto_secretbox_KEYBYTES);
    if (salt.size() != crypto_pwhash_SALTBYTES || ops < crypto_pwhash_OPSLIMIT_MIN
        || mem < crypto_pwhash_MEMLIMIT_MIN || mem > (quint64(1) << 32))
        return makeError(QCoreApplication::translate("tandem::OfficeKeys", "the stored key parameters are damaged"));
    if (crypto_pwhash(key.data(), key.size(), reinterpret_cast<const char*>(passphrase.data()),
                      passphrase.size(), reinterpret_cast<const unsigned char*>(salt.constData()),
                      ops, std::size_t(mem), crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return makeError(QCoreApplication::translate("tandem::OfficeKeys", "not enough memory to derive the key from the passphrase"));
    return key;
}

OfficeKeys OfficeKeys::generate()
{
    initSodium();
    OfficeKeys k;
    k.m_public.sign.resize(crypto_sign_PUBLICKEYBYTES);
    k.m_public.box.resize(crypto_box_PUBLICKEYBYTES);
    k.m_signSecret = SecretBytes(crypto_sign_SECRETKEYBYTES);
    k.m_boxSecret = SecretBytes(crypto_box_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(k.m_public.sign.data()), k.m_signSecret.data());
    crypto_box_keypair(reinterpret_cast<unsigned char*>(k.m_public.box.data()), k.m_boxSecret.data());
    k.generateIdentityPair();
    return k;
}

OfficeKeys OfficeKeys::fromSeed(const QByteArray& seed)
{
    initSodium();
    unsigned char s[32] = {};
    crypto_generichash(s, sizeof s, reinterpret_cast<const unsigned char*>(seed.constData()), std::size_t(seed.size()),
                       nullptr, 0);
    OfficeKeys k;
    k.m_public.sign.resize(crypto_sign_PUBLICKEYBYTES);
    k.m_public.box.resize(crypto_box_PUBLICKEYBYTES);
    k.m_signSecret = SecretBytes(crypto_sign_SECRETKEYBYTES);
    k.m_boxSecret = SecretBytes(crypto_box_SECRETKEYBYTES);
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char*>(k.m_public.sign.data()), k.m_signSecret.data(), s);
    s[0] ^= 0x5a; // the box keys from a different seed than the signing keys
    crypto_box_seed_keypair(reinterpret_cast<unsigned char*>(k.m_public.box.data()), k.m_boxSecret.data(), s);
    s[1] ^= 0x3c; // and the identity keys from a third
    k.m_identityPublic.resize(crypto_box_PUBLICKEYBYTES);
    k.m_identitySecret = SecretBytes(crypto_box_SECRETKEYBYTES);
    crypto_box_seed_keypair(reinterpret_cast<unsigned char*>(k.m_identityPublic.data()), k.m_identitySecret.data(), s);
    sodium_memzero(s, sizeof s);
    return k;
}

void OfficeKeys::setIdentityPair(const QByteArray& publicKey, SecretBytes secret)
{
    m_identityPublic = publicKey;
    m_identitySecret = std::move(secret);
}

void OfficeKeys::generateIdentityPair()
{
    initSodium();
    m_identityPublic.resize(crypto_box_PUBLICKEYBYTES);
    m_identitySecret = SecretBytes(crypto_box_SECRETKEYBYTES);
    crypto_box_keypair(reinterpret_cast<unsigned char*>(m_identityPublic.data()), m_identitySecret.data());
}

OfficeKeys OfficeKeys::copy(bool withIdentity) const
{
    OfficeKeys k;
    k.m_public = m_public;
    k.m_signSecret = SecretBytes::copyOf(m_signSecret.data(), m_signSecret.size());
    k.m_boxSecret = SecretBytes::copyOf(m_boxSecret.data(), m_boxSecret.size());
    k.m_identityPublic = m_identityPublic;
    if (withIdentity && !m_identitySecret.isEmpty())
        k.m_identitySecret = SecretBytes::copyOf(m_identitySecret.data(), m_identitySecret.size());
    return k;
}

Result<WrappedKeys> OfficeKeys::wrap(const SecretBytes& passphrase, KdfCost cost, bool withIdentity) const
{
    initSodium();
    WrappedKeys w;
    w.opsLimit = cost == KdfCost::Minimal ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE;
    w.memLimit = cost == KdfCost::Minimal ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE;
    w.salt.resize(crypto_pwhash_SALTBYTES);
    w.nonce.resize(crypto_secretbox_NONCEBYTES);
    randombytes_buf(w.salt.data(), std::size_t(w.salt.size()));
    randombytes_buf(w.nonce.data(), std::size_t(w.nonce.size()));
    Result<SecretBytes> key = deriveKey(passphrase, w.salt, w.opsLimit, w.memLimit);
    if (!key)
        return key.error();

    const SecretBytes plain = secrets(withIdentity);
    w.ciphertext.resize(qsizetype(plain.size() + crypto_secretbox_MACBYTES));
    crypto_secretbox_easy(reinterpret_cast<unsigned char*>(w.ciphertext.data()), plain.data(),
                          plain.size(), reinterpret_cast<const unsigned char*>(w.nonce.constData()),
                          key->data());
    return w;
}

Result<OfficeKeys> OfficeKeys::unwrap(const PublicKeys& expected, const WrappedKeys& w,
                                      const SecretBytes& passphrase, const QByteArray& identityPublic)
{
    initSodium();
    const bool withIdentity = w.ciphertext.size() == qsizetype(kWithIdentitySize + crypto_secretbox_MACBYTES);
    if ((!withIdentity && w.ciphertext.size() != qsizetype(kSecretsSize + crypto_secretbox_MACBYTES))
        || w.nonce.size() != crypto_secretbox_NONCEBYTES || !expected.isValid()
        || (withIdentity && identityPublic.size() != crypto_box_PUBLICKEYBYTES))
        return makeError(Texts::tr("the stored office keys are damaged"));
    Result<SecretBytes> key = deriveKey(passphrase, w.salt, w.opsLimit, w.memLimit);
    if (!key)
        return key.error();
    SecretBytes plain(withIdentity ? kWithIdentitySize : kSecretsSize);
    if (crypto_secretbox_open_easy(plain.data(),
                                   reinterpret_cast<const unsigned char*>(w.ciphertext.constData()),
                                   std::size_t(w.ciphertext.size()),
                                   reinterpret_cast<const unsigned char*>(w.nonce.constData()), key->data())
        != 0)
        return makeError(Texts::tr("wrong passphrase"));
    return fromSecrets(expected, plain, identityPublic);
}

SecretBytes OfficeKeys::secrets(bool withIdentity) const
{
    const bool identity = withIdentity && canOpenIdentities();
    SecretBytes plain(identity ? kWithIdentitySize : kSecretsSize);
    std::memcpy(plain.data(), m_signSecret.data(), crypto_sign_SECRETKEYBYTES);
    std::memcpy(plain.data() + crypto_sign_SECRETKEYBYTES, m_boxSecret.data(), crypto_box_SECRETKEYBYTES);
    if (identity)
        std::memcpy(plain.data() + kSecretsSize, m_identitySecret.data(), crypto_box_SECRETKEYBYTES);
    return plain;
}

Result<OfficeKeys> OfficeKeys::fromSecrets(const PublicKeys& expected, const SecretBytes& plain, const QByteArray& identityPublic)
{
    initSodium();
    const bool withIdentity = plain.size() == kWithIdentitySize;
    if ((!withIdentity && plain.size() != kSecretsSize) || !expected.isValid()
        || (withIdentity && identityPublic.size() != crypto_box_PUBLICKEYBYTES))
        return makeError(Texts::tr("the stored office keys are damaged"));
    OfficeKeys k;
    k.m_public = expected;
    k.m_signSecret = SecretBytes::copyOf(plain.data(), crypto_sign_SECRETKEYBYTES);
    k.m_boxSecret = SecretBytes::copyOf(plain.data() + crypto_sign_SECRETKEYBYTES, crypto_box_SECRETKEYBYTES);

    unsigned char signPk[crypto_sign_PUBLICKEYBYTES];
    unsigned char boxPk[crypto_box_PUBLICKEYBYTES];
    crypto_sign_ed25519_sk_to_pk(signPk, k.m_signSecret.data());
    crypto_scalarmult_base(boxPk, k.m_boxSecret.data());
    if (sodium_memcmp(signPk, expected.sign.constData(), sizeof signPk) != 0
        || sodium_memcmp(boxPk, expected.box.constData(), sizeof boxPk) != 0)
        return makeError(Texts::tr("the stored office keys do not match this office's public keys"));
    if (withIdentity) {
        k.m_identityPublic = identityPublic;
        k.m_identitySecret = SecretBytes::copyOf(plain.data() + kSecretsSize, crypto_box_SECRETKEYBYTES);
        unsigned char identityPk[crypto_box_PUBLICKEYBYTES];
        crypto_scalarmult_base(identityPk, k.m_identitySecret.data());
        if (sodium_memcmp(identityPk, identityPublic.constData(), sizeof identityPk) != 0)
            return makeError(Texts::tr("the stored office keys do not match this office's public keys"));
    } else if (identityPublic.isEmpty()) {
        // A file from before people: identities are sealed to the box key.
        k.m_identityPublic = expected.box;
        k.m_identitySecret = SecretBytes::copyOf(k.m_boxSecret.data(), k.m_boxSecret.size());
    } else {
        k.m_identityPublic = identityPublic;
    }
    return k;
}

SecretBytes OfficeKeys::auditRootKey() const
{
    static constexpr char kContext[] = "tandem audit chain root v1";
    SecretBytes out(crypto_generichash_KEYBYTES);
    // The first 32 bytes of an Ed25519 secret key are its seed.
    crypto_generichash(out.data(), out.size(), reinterpret_cast<const unsigned char*>(kContext),
                       sizeof kContext - 1, m_signSecret.data(), crypto_sign_SEEDBYTES);
    return out;
}

QString fingerprint(const QByteArray& siteId, const PublicKeys& keys)
{
    initSodium();
    const QByteArray input = QByteArrayLiteral("tandem-fingerprint/1") + siteId + keys.sign + keys.box;
    unsigned char hash[40];
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(input.constData()),
                       std::size_t(input.size()), nullptr, 0);
    QStringList groups;
    for (int g = 0; g < 8; ++g) {
        quint64 n = 0;
        for (int i = 0; i < 5; ++i)
            n = (n << 8) | hash[g * 5 + i];
        groups << QStringLiteral("%1").arg(n % 100000, 5, 10, QLatin1Char('0'));
    }
    return groups.join(QLatin1Char(' '));
}

QString passphraseProblem(const QString& passphrase)
{
    if (passphrase.trimmed().isEmpty())
        return Texts::tr("the passphrase is empty");
    if (passphrase.size() < 10)
        return Texts::tr("the passphrase is too short: use at least 10 characters, for example four "
                  "unrelated words");
    return {};
}

} // namespace tandem
