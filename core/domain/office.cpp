#include "office.h"

#include "crypto/keystore.h"
#include "crypto/officekeys.h"
#include "domain/protocols.h"

#include <QFile>

namespace tandem {

Result<std::unique_ptr<Store>> createOffice(const QString& path, const QString& officeName,
                                            const QString& passphrase, const Store::Fill& fill)
{
    // Check the passphrase before a file exists, so that a weak one leaves nothing to clean up.
    if (const QString problem = passphraseProblem(passphrase); !problem.isEmpty())
        return makeError(problem, path);
    return Store::create(path, officeName, [&](Store& store) -> Result<void> {
        if (Result<PublicKeys> keys = createOfficeKeys(store, passphrase); !keys)
            return keys.error();
        if (Result<QStringList> installed = installDefaultProtocols(store); !installed)
            return installed.error();
        if (fill)
            return fill(store);
        return {};
    });
}

} // namespace tandem
