#include "session.h"

#include "args.h"
#include "output.h"
#include "passphrase.h"

#include "domain/people.h"
#include "store/audit.h"
#include "store/keystore.h"
#include "store/store.h"
#include "util/actor.h"

#include <memory>

namespace tandem::cli {
namespace {

const QString kAs = QStringLiteral("as");

// The keys proven on this run, and the file they belong to. One run opens one database.
struct Proven {
    QString path;
    std::unique_ptr<OfficeKeys> keys;
};

Proven& proven()
{
    static Proven p;
    return p;
}

// Who the arguments say acts: --as, else TANDEM_USER; empty when neither says.
QString namedActor(const Args& args)
{
    if (args.isSet(kAs))
        return args.value(kAs).trimmed();
    return qEnvironmentVariable("TANDEM_USER").trimmed();
}

// Keeps the proven person's keys for the run; a file whose audit chain is not keyed yet (made
// before) is keyed from here on.
Result<const OfficeKeys*> keep(Store& store, OfficeKeys keys)
{
    if (Result<void> r = keyAuditChain(store, keys); !r)
        return r.error();
    proven().path = store.path();
    proven().keys = std::make_unique<OfficeKeys>(std::move(keys));
    return static_cast<const OfficeKeys*>(proven().keys.get());
}

} // namespace

QCommandLineOption asOption()
{
    return QCommandLineOption(kAs,
                              Cli::tr("Act as the person NAME (or id), proven by their passphrase; "
                                      "otherwise TANDEM_USER, or the file's only person."),
                              Cli::tr("NAME"));
}

Result<const OfficeKeys*> proveActor(const Args& args, Store& store)
{
    if (proven().keys && proven().path == store.path())
        return static_cast<const OfficeKeys*>(proven().keys.get());
    const QString named = namedActor(args);

    if (needsPeopleMigration(store)) {
        Result<QString> passphrase = readPassphrase(args, store.path());
        if (!passphrase)
            return passphrase.error();
        if (store.isReadOnly()) {
            // Reading only: the office passphrase opens, the file is migrated on its next write.
            Result<OfficeKeys> keys = unlockOfficeKeys(store, *passphrase);
            if (!keys)
                return keys.error();
            return keep(store, std::move(*keys));
        }
        Result<QUuid> lead = migrateToPeople(store, *passphrase, named.isEmpty() ? loginName() : named);
        if (!lead)
            return lead.error();
        Result<Person> person = people::get(store, *lead);
        if (!person)
            return person.error();
        Result<OfficeKeys> keys = people::prove(store, *person, *passphrase);
        if (!keys)
            return keys.error();
        people::actAs(store, *person);
        return keep(store, std::move(*keys));
    }

    Result<Person> person = named.isEmpty() ? people::solePerson(store) : people::find(store, named);
    if (!person)
        return person.error();
    Result<QString> passphrase = readPassphrase(args, store.path());
    if (!passphrase)
        return passphrase.error();
    Result<OfficeKeys> keys = people::prove(store, *person, *passphrase);
    if (!keys)
        return keys.error();
    people::actAs(store, *person);
    return keep(store, std::move(*keys));
}

Result<OfficeKeys> unlockKeys(const Args& args, Store& store)
{
    Result<const OfficeKeys*> keys = proveActor(args, store);
    if (!keys)
        return keys.error();
    return (*keys)->copy(true);
}

Result<void> unlockIdentityKeys(const Args& args, Store& store, std::optional<OfficeKeys>& keys,
                                const QString& subject, const QString& command)
{
    Result<OfficeKeys> unlocked = unlockKeys(args, store);
    if (!unlocked)
        return unlocked.error();
    if (!unlocked->canOpenIdentities())
        return makeError(Cli::tr("%1 may not read survivors' identities").arg(store.actor().name), store.path());
    keys.emplace(std::move(*unlocked));
    store.setIdentityKeys(&*keys);
    // Who revealed which survivor's identity (the actor is the person proven).
    return appendAudit(store, QStringLiteral("unlock"), subject, Cli::tr("tandem-cli %1").arg(command));
}

} // namespace tandem::cli
