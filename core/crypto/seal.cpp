#include "seal.h"

#include "officekeys.h"

#include <sodium.h>

namespace tandem {

QByteArray sealTo(const QByteArray& plain, const QByteArray& boxPublicKey)
{
    initSodium();
    QByteArray out(plain.size() + qsizetype(crypto_box_SEALBYTES), Qt::Uninitialized);
    crypto_box_seal(reinterpret_cast<unsigned char*>(out.data()),
                    reinterpret_cast<const unsigned char*>(plain.constData()), std::size_t(plain.size()),
                    reinterpret_cast<const unsigned char*>(boxPublicKey.constData()));
    return out;
}

std::optional<QByteArray> openSealed(const QByteArray& sealed, const OfficeKeys& keys)
{
    if (!keys.canOpenIdentities())
        return std::nullopt;
    return openSealedWith(sealed, keys.identityPublic(), keys.identitySecret());
}

std::optional<QByteArray> openSealedWith(const QByteArray& sealed, const QByteArray& publicKey, const SecretBytes& secret)
{
    initSodium();
    if (publicKey.size() != qsizetype(crypto_box_PUBLICKEYBYTES) || secret.size() != crypto_box_SECRETKEYBYTES)
        return std::nullopt;
    if (sealed.size() < qsizetype(crypto_box_SEALBYTES))
        return std::nullopt;
    QByteArray plain(sealed.size() - qsizetype(crypto_box_SEALBYTES), Qt::Uninitialized);
    if (crypto_box_seal_open(reinterpret_cast<unsigned char*>(plain.data()),
                             reinterpret_cast<const unsigned char*>(sealed.constData()), std::size_t(sealed.size()),
                             reinterpret_cast<const unsigned char*>(publicKey.constData()), secret.data())
        != 0)
        return std::nullopt;
    return plain;
}

int sealedOverhead()
{
    return int(crypto_box_SEALBYTES);
}

} // namespace tandem
