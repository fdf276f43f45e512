#include "commands.h"

#include "output.h"
#include "session.h"

#include "store/keystore.h"

#include "store/registry.h"

namespace tandem::cli {

std::unique_ptr<Store> openDatabase(const Args& args, Store::Access access)
{
    Result<std::unique_ptr<Store>> store = Store::open(args.positional(0), access);
    if (!store) {
        fail(store.error());
        return nullptr;
    }
    // Every write is a person's (DESIGN.md §5): proven once here, for every command. Reads need
    // no proof, so no Argon2 runs for them.
    if (access == Store::Access::ReadWrite && hasOfficeKeys(**store)) {
        if (Result<const OfficeKeys*> proven = proveActor(args, **store); !proven) {
            fail(proven.error());
            return nullptr;
        }
    }
    return std::move(*store);
}

const EntityDef* entityArgument(const Args& args, const QString& name)
{
    const EntityDef* e = Registry::instance().entity(name);
    if (!e)
        args.usageError(Cli::tr("unknown record type \"%1\"; the types are: %2")
                            .arg(name, Registry::instance().names().join(QStringLiteral(", "))));
    return e;
}

std::optional<QUuid> idArgument(const Args& args, const QString& text)
{
    const QUuid id = QUuid::fromString(text.trimmed());
    if (id.isNull()) {
        args.usageError(
            Cli::tr("\"%1\" is not an id; ids look like 0192f0c4-5e6a-7b3c-9d2e-1f0a2b3c4d5e")
                .arg(text));
        return std::nullopt;
    }
    return id;
}

void addPeriodOptions(Args& args)
{
    args.addOption(QCommandLineOption(QStringLiteral("from"), Cli::tr("The first day of the period (yyyy-mm-dd)."), Cli::tr("DATE")));
    args.addOption(QCommandLineOption(QStringLiteral("to"), Cli::tr("The last day of the period (yyyy-mm-dd)."), Cli::tr("DATE")));
}

std::optional<PeriodDays> periodArgument(const Args& args)
{
    PeriodDays period;
    for (const auto& [name, date] : {std::pair{QStringLiteral("from"), &period.from}, std::pair{QStringLiteral("to"), &period.to}}) {
        if (!args.isSet(name))
            continue;
        *date = QDate::fromString(args.value(name).trimmed(), Qt::ISODate);
        if (!date->isValid()) {
            args.usageError(Cli::tr("--%1 \"%2\" is not a date (yyyy-mm-dd)").arg(name, args.value(name)));
            return std::nullopt;
        }
    }
    return period;
}

} // namespace tandem::cli
