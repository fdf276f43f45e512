#include "office.h"

#include "crypto/officekeys.h"
#include "domain/officecode.h"
#include "domain/protocols.h"
#include "store/keystore.h"

namespace tandem {
namespace {

Result<std::unique_ptr<Store>> makeOffice(const QString& path, const QString& officeName, const QString& passphrase,
                                          const FixedOffice* fixed, const Store::Fill& fill, const QString& leadName = {},
                                          const QString& typedCode = {})
{
    // Check the passphrase and the code before a file exists, so that a bad one leaves nothing to
    // clean up. No code given: the one derived from the office's name.
    if (const QString problem = passphraseProblem(passphrase); !problem.isEmpty())
        return makeError(problem, path);
    Result<QString> code = typedCode.isNull() ? Result<QString>(derivedOfficeCode(officeName)) : parseOfficeCode(typedCode);
    if (!code)
        return makeError(code.error().message, path);
    const Store::Fill office = [&](Store& store) -> Result<void> {
        Result<PublicKeys> keys = fixed ? createOfficeKeys(store, OfficeKeys::fromSeed(fixed->keySeed), passphrase,
                                                         KdfCost::Interactive, leadName)
                                        : createOfficeKeys(store, passphrase, KdfCost::Interactive, leadName);
        if (!keys)
            return keys.error();
        if (Result<void> r = store.update(QStringLiteral("office"), store.officeId(), {{QStringLiteral("code"), *code}}); !r)
            return r;
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
                                            const Store::Fill& fill, const QString& officeCode)
{
    return makeOffice(path, officeName, passphrase, nullptr, fill, leadName, officeCode);
}

Result<std::unique_ptr<Store>> createOffice(const QString& path, const QString& officeName,
                                            const QString& passphrase, const FixedOffice& fixed,
                                            const Store::Fill& fill)
{
    return makeOffice(path, officeName, passphrase, &fixed, fill);
}

} // namespace tandem
