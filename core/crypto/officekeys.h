#pragma once

#include "secret.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace tandem {

// The public halves of an office's keys: Ed25519 for signing bundles, X25519 for receiving them.
struct PublicKeys {
    QByteArray sign; // 32 bytes
    QByteArray box;  // 32 bytes
    bool isValid() const { return sign.size() == 32 && box.size() == 32; }
    bool operator==(const PublicKeys&) const = default;
};

// The secret halves, encrypted with a key derived from a passphrase (Argon2id): the office
// passphrase of a file from before people (schema 4), or one person's key slot. A slot of a person
// whose roles may read identities also holds the identity secret key.
struct WrappedKeys {
    QByteArray salt;
    QByteArray nonce;
    QByteArray ciphertext;
    quint64 opsLimit = 0;
    quint64 memLimit = 0;
};

// How hard the passphrase is to guess by brute force, in Argon2id work. Interactive is libsodium's
// recommendation for an unlock a person waits for (64 MiB, a fraction of a second). Minimal is for
// tests only: it protects nothing.
enum class KdfCost { Interactive, Minimal };

// An office's key pairs with the secrets in guarded memory. Made once when the office database is
// created; afterwards only ever unwrapped with the passphrase, for as long as it is needed.
class OfficeKeys {
public:
    static OfficeKeys generate();
    // Keys made from a 32-byte seed: as secret as the seed and no more. For fuzzing, test
    // fixtures and the reproducible demo file (`tandem-cli demo --now`), which need the same keys
    // on every run; never for an office that keeps real data or exchanges with partners.
    static OfficeKeys fromSeed(const QByteArray& seed);
    // Decrypts `wrapped` with `passphrase` and checks the secrets belong to `expected`.
    // `identityPublic` is the office's identity public key; empty for a file from before people,
    // whose identities are sealed to the box key (then the box pair opens them).
    static Result<OfficeKeys> unwrap(const PublicKeys& expected, const WrappedKeys& wrapped,
                                     const SecretBytes& passphrase, const QByteArray& identityPublic = {});
    // The sign and box secrets, and the identity secret when `withIdentity` and these keys hold
    // it, one after the other: what wrap() encrypts, and what fromSecrets() takes back.
    SecretBytes secrets(bool withIdentity) const;
    // Keys from secrets() laid out so, checked against the public keys they must belong to.
    static Result<OfficeKeys> fromSecrets(const PublicKeys& expected, const SecretBytes& secrets,
                                          const QByteArray& identityPublic);
    // Wraps the sign and box secrets, and the identity secret when `withIdentity` and these keys
    // hold it.
    Result<WrappedKeys> wrap(const SecretBytes& passphrase, KdfCost cost = KdfCost::Interactive,
                             bool withIdentity = true) const;

    // The identity key pair (X25519) identifying details are sealed to (DESIGN.md §4, §7). Its
    // secret is wrapped only into the slots of people whose roles may read identities: keys
    // unwrapped from another person's slot sign and open bundles but open no identity.
    void setIdentityPair(const QByteArray& publicKey, SecretBytes secret);
    // A fresh identity key pair on these keys.
    void generateIdentityPair();
    const QByteArray& identityPublic() const { return m_identityPublic; }
    const SecretBytes& identitySecret() const { return m_identitySecret; }
    bool canOpenIdentities() const { return m_identitySecret.size() == 32 && m_identityPublic.size() == 32; }
    // A copy of these keys, without the identity secret unless `withIdentity`.
    OfficeKeys copy(bool withIdentity) const;

    const PublicKeys& publicKeys() const { return m_public; }
    const SecretBytes& signSecret() const { return m_signSecret; } // 64 bytes
    const SecretBytes& boxSecret() const { return m_boxSecret; }   // 32 bytes
    // The first key of the office's audit chain (store/audit.h), derived from the signing secret:
    // whoever can unlock the office keys can verify the chain from its start; the file alone
    // holds only the chain's current key, from which no earlier one can be worked out.
    SecretBytes auditRootKey() const;

private:
    PublicKeys m_public;
    SecretBytes m_signSecret;
    SecretBytes m_boxSecret;
    QByteArray m_identityPublic;
    SecretBytes m_identitySecret;
};

// The fingerprint people compare over the phone: eight groups of five digits derived from a hash
// of the site id and both public keys, e.g. "20417 88310 05529 ...".
QString fingerprint(const QByteArray& siteId, const PublicKeys& keys);

// A secretbox key derived from `passphrase` with Argon2id (`salt` crypto_pwhash_SALTBYTES long,
// `ops` and `mem` at least libsodium's minimum): how slot keys and seat invitations are opened.
Result<SecretBytes> deriveKey(const SecretBytes& passphrase, const QByteArray& salt, quint64 ops, quint64 mem);

// A passphrase worth using: at least 10 characters. Returns an empty string when acceptable,
// otherwise what is wrong, for people.
QString passphraseProblem(const QString& passphrase);

} // namespace tandem
