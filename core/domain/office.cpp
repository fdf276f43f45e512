#include "office.h"

#include "crypto/officekeys.h"
#include "domain/protocols.h"
#include "store/keystore.h"

namespace tandem {
namespace {

Result<std::unique_ptr<Store>> makeOffice(const QString& path, const QString& officeName, const QString& passphrase,
                                          const FixedOffice* fixed, const Store::Fill& fill, const QString& leadName = {})
{
    // Check the passphrase before a file exists, so that a weak one leaves nothing to clean up.
    if (const QString problem = passphraseProblem(passphrase); !problem.isEmpty())
        return makeError(problem, path);
    const Store::Fill office = [&](Store& store) -> Result<void> {
        Result<PublicKeys> keys = fixed ? createOfficeKeys(store, OfficeKeys::fromSeed(fixed->keySeed), passphrase,
                                                         KdfCost::Interactive, leadName)
                                        : createOfficeKeys(store, passphrase, KdfCost::Interactive, leadName);
        if (!keys)
            return keys.error();
        if (Result<QStringList> installed = installDefaultProtocols(store); !installed)
            return installed.error();
        if (fill)
            return fill(store);
        return {};
    };
    return Store::create(path, officeName, office, fixed ? fixed->origin : Store::FixedOrigin{});
}

} // namespace

Result<std::unique_ptr<Store>> createOffice(const QString& path, const QString& officeName,
                                            const QString& passphrase, const Store::Fill& fill)
{
    return makeOffice(path, officeName, passphrase, nullptr, fill);
}

Result<std::unique_ptr<Store>> createOffice(const QString& path, const QString& officeName,
                                            const QString& passphrase, const QString& leadName,
                                            const Store::Fill& fill)
{
    return makeOffice(path, officeName, passphrase, nullptr, fill, leadName);
}

Result<std::unique_ptr<Store>> createOffice(const QString& path, const QString& officeName,
                                            const QString& passphrase, const FixedOffice& fixed,
                                            const Store::Fill& fill)
{
    return makeOffice(path, officeName, passphrase, &fixed, fill);
}

} // namespace tandem
