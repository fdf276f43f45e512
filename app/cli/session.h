#pragma once

#include "crypto/officekeys.h"
#include "util/result.h"

#include <QCommandLineOption>

#include <optional>

namespace tandem {
class Store;
}

namespace tandem::cli {

class Args;

// --as NAME_OR_ID: who acts (otherwise TANDEM_USER, or the only person of the file).
QCommandLineOption asOption();

// Who acts on this run of tandem-cli (DESIGN.md §5, §7): the person named by --as or
// TANDEM_USER, or in a file with one person that person, proven by their passphrase
// (readPassphrase()). Makes them the store's actor with the write guard of their roles
// (people::actAs) and returns their keys, kept for the rest of the run so that a command that
// also signs, opens bundles or identities asks no second time. A file from before people is
// migrated here on the first proof of its office passphrase (store/keystore.h), when it is open
// for writing. Unknown --as, a wrong passphrase or a removed person: an error naming it.
Result<const OfficeKeys*> proveActor(const Args& args, Store& store);

// The proven person's keys as a copy of their own (proveActor() first when nobody is proven).
Result<OfficeKeys> unlockKeys(const Args& args, Store& store);

// The proven person's keys for reading survivors' identities, held in `keys` and set on `store`:
// refused to a person whose roles may not read them; the unlock is written to the audit log (who
// revealed `subject`, through `tandem-cli COMMAND`).
Result<void> unlockIdentityKeys(const Args& args, Store& store, std::optional<OfficeKeys>& keys,
                                const QString& subject, const QString& command);

} // namespace tandem::cli
