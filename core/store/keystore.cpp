#include "keystore.h"

#include "audit.h"

#include "store/store.h"

#include <QCoreApplication>

#include <sodium.h>

namespace tandem {
namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(tandem::OfficeKeys)
};

Result<WrappedKeys> storedWrapped(const Store& store)
{
    WrappedKeys w;
    const std::pair<const char*, QByteArray*> blobs[] = {
        {"keys_salt", &w.salt}, {"keys_nonce", &w.nonce}, {"keys_wrapped", &w.ciphertext}};
    for (const auto& [key, target] : blobs) {
        Result<QVariant> v = store.meta(QString::fromLatin1(key));
        if (!v)
            return v.error();
        *target = v->toByteArray();
    }
    Result<QVariant> ops = store.meta(QStringLiteral("kdf_ops"));
    Result<QVariant> mem = store.meta(QStringLiteral("kdf_mem"));
    if (!ops)
        return ops.error();
    if (!mem)
        return mem.error();
    w.opsLimit = ops->toULongLong();
    w.memLimit = mem->toULongLong();
    return w;
}

Result<void> saveWrapped(Store& store, const WrappedKeys& w)
{
    const std::pair<const char*, QVariant> values[] = {
        {"keys_salt", w.salt},
        {"keys_nonce", w.nonce},
        {"keys_wrapped", w.ciphertext},
        {"kdf_ops", qint64(w.opsLimit)},
        {"kdf_mem", qint64(w.memLimit)},
    };
    for (const auto& [key, value] : values) {
        if (Result<void> r = store.setMeta(QString::fromLatin1(key), value); !r)
            return r;
    }
    return {};
}

} // namespace

bool hasOfficeKeys(const Store& store)
{
    Result<QVariant> pk = store.meta(QStringLiteral("sign_pk"));
    return pk && pk->toByteArray().size() == 32;
}

Result<PublicKeys> officePublicKeys(const Store& store)
{
    Result<QVariant> sign = store.meta(QStringLiteral("sign_pk"));
    Result<QVariant> box = store.meta(QStringLiteral("box_pk"));
    if (!sign)
        return sign.error();
    if (!box)
        return box.error();
    PublicKeys keys{sign->toByteArray(), box->toByteArray()};
    if (!keys.isValid())
        return makeError(Texts::tr("this office has no keys yet: set a passphrase first"), store.path());
    return keys;
}

Result<PublicKeys> createOfficeKeys(Store& store, const QString& passphrase, KdfCost cost)
{
    return createOfficeKeys(store, OfficeKeys::generate(), passphrase, cost);
}

Result<PublicKeys> createOfficeKeys(Store& store, const OfficeKeys& keys, const QString& passphrase, KdfCost cost)
{
    if (hasOfficeKeys(store))
        return makeError(Texts::tr("this office already has its keys"), store.path());
    if (const QString problem = passphraseProblem(passphrase); !problem.isEmpty())
        return makeError(problem, store.path());

    Result<WrappedKeys> wrapped = keys.wrap(SecretBytes::fromUtf8(passphrase), cost);
    if (!wrapped)
        return makeError(wrapped.error().message, store.path());

    Result<Transaction> tx = store.begin();
    if (!tx)
        return tx.error();
    if (Result<void> r = saveWrapped(store, *wrapped); !r)
        return r.error();
    if (Result<void> r = store.setMeta(QStringLiteral("sign_pk"), keys.publicKeys().sign); !r)
        return r.error();
    if (Result<void> r = store.setMeta(QStringLiteral("box_pk"), keys.publicKeys().box); !r)
        return r.error();
    // The office's own row carries the public halves to partners.
    Result<void> row = store.update(
        QStringLiteral("office"), store.officeId(),
        {{QStringLiteral("sign_public_key"), QString::fromLatin1(keys.publicKeys().sign.toBase64())},
         {QStringLiteral("box_public_key"), QString::fromLatin1(keys.publicKeys().box.toBase64())},
         {QStringLiteral("fingerprint"), fingerprint(store.siteId(), keys.publicKeys())}});
    if (!row)
        return row.error();
    if (Result<void> r = keyAuditChain(store, keys); !r)
        return r.error();
    if (Result<void> r = tx->commit(); !r)
        return r.error();
    store.reloadKeys();
    return keys.publicKeys();
}

Result<OfficeKeys> unlockOfficeKeys(const Store& store, const QString& passphrase)
{
    Result<PublicKeys> pub = officePublicKeys(store);
    if (!pub)
        return pub.error();
    Result<WrappedKeys> wrapped = storedWrapped(store);
    if (!wrapped)
        return wrapped.error();
    Result<OfficeKeys> keys = OfficeKeys::unwrap(*pub, *wrapped, SecretBytes::fromUtf8(passphrase));
    if (!keys)
        return makeError(keys.error().message, store.path());
    return keys;
}

Result<void> changePassphrase(Store& store, const QString& oldPassphrase, const QString& newPassphrase)
{
    if (const QString problem = passphraseProblem(newPassphrase); !problem.isEmpty())
        return makeError(Texts::tr("new passphrase: %1").arg(problem), store.path());
    Result<OfficeKeys> keys = unlockOfficeKeys(store, oldPassphrase);
    if (!keys)
        return keys.error();
    Result<WrappedKeys> stored = storedWrapped(store);
    const KdfCost cost = stored && stored->memLimit < crypto_pwhash_MEMLIMIT_INTERACTIVE ? KdfCost::Minimal
                                                                                        : KdfCost::Interactive;
    Result<WrappedKeys> wrapped = keys->wrap(SecretBytes::fromUtf8(newPassphrase), cost);
    if (!wrapped)
        return makeError(wrapped.error().message, store.path());
    Result<Transaction> tx = store.begin();
    if (!tx)
        return tx.error();
    if (Result<void> r = saveWrapped(store, *wrapped); !r)
        return r;
    return tx->commit();
}

} // namespace tandem
