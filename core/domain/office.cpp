#include "office.h"

#include "crypto/keystore.h"
#include "crypto/officekeys.h"
#include "domain/protocols.h"

#include <QFile>

namespace tandem {
namespace {

Result<std::unique_ptr<Store>> makeOffice(const QString& path, const QString& officeName,
                                          const QString& passphrase, const FixedOffice* fixed)
{
    // Check the passphrase before a file exists, so that a weak one leaves nothing to clean up.
    if (const QString problem = passphraseProblem(passphrase); !problem.isEmpty())
        return makeError(problem, path);
    Result<std::unique_ptr<Store>> store =
        fixed ? Store::create(path, officeName, fixed->origin) : Store::create(path, officeName);
    if (!store)
        return store;
    auto discard = [&](const Error& e) -> Result<std::unique_ptr<Store>> {
        store->reset();
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QString::fromLatin1(suffix));
        return makeError(e.message, path);
    };
    Result<PublicKeys> keys = fixed ? createOfficeKeys(**store, OfficeKeys::fromSeed(fixed->keySeed), passphrase)
                                    : createOfficeKeys(**store, passphrase);
    if (!keys)
        return discard(keys.error());
    if (Result<QStringList> installed = installDefaultProtocols(**store); !installed)
        return discard(installed.error());
    return store;
}

} // namespace

Result<std::unique_ptr<Store>> createOffice(const QString& path, const QString& officeName,
                                            const QString& passphrase)
{
    return makeOffice(path, officeName, passphrase, nullptr);
}

Result<std::unique_ptr<Store>> createOffice(const QString& path, const QString& officeName,
                                            const QString& passphrase, const FixedOffice& fixed)
{
    return makeOffice(path, officeName, passphrase, &fixed);
}

} // namespace tandem
