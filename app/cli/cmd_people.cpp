// person add, list, remove: the people of an office (DESIGN.md §5, §7).

#include "commands.h"
#include "output.h"
#include "passphrase.h"
#include "session.h"

#include "domain/people.h"
#include "store/value.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace tandem::cli {
namespace {

int personAdd(const QStringList& arguments)
{
    Args args(QStringLiteral("person add"), {QStringLiteral("DB")},
              Cli::tr("Adds a person to this office (a lead's act, proven by the lead's passphrase) "
                      "and prints their id. Their own passphrase makes their key slot; only a lead's "
                      "or a liaison's slot opens survivors' identities. Roles: lead, planner, liaison, "
                      "analyst, viewer."));
    const QString name = QStringLiteral("name");
    const QString role = QStringLiteral("role");
    const QString agency = QStringLiteral("agency");
    args.addOption(QCommandLineOption(name, Cli::tr("The person's name (required)."), Cli::tr("NAME")));
    args.addOption(QCommandLineOption(role, Cli::tr("A role of the person (one or more, required)."), Cli::tr("ROLE")));
    args.addOption(QCommandLineOption(agency, Cli::tr("The agency the person works for."), Cli::tr("AGENCY_ID")));
    args.addOption(newPassphraseFileOption());
    if (std::optional<int> stop = args.parse(arguments))
        return *stop;
    if (!args.isSet(name))
        return args.usageError(Cli::tr("--name NAME is required"));
    if (!args.isSet(role))
        return args.usageError(Cli::tr("--role ROLE is required (one or more)"));
    QStringList roles;
    for (const QString& value : args.values(role)) {
        for (const QString& token : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!people::roleTokens().contains(token.trimmed()))
                return args.usageError(Cli::tr("\"%1\" is not a role; the roles are: %2")
                                           .arg(token.trimmed(), people::roleTokens().join(QStringLiteral(", "))));
            roles << token.trimmed();
        }
    }
    QUuid agencyId;
    if (args.isSet(agency)) {
        const std::optional<QUuid> id = idArgument(args, args.value(agency));
        if (!id)
            return ExitUsage;
        agencyId = *id;
    }
    std::unique_ptr<Store> store = openDatabase(args);
    if (!store)
        return ExitFailure;
    Result<OfficeKeys> keys = unlockKeys(args, *store);
    if (!keys)
        return fail(keys.error());
    Result<QString> passphrase = readNewPassphrase(args, store->path());
    if (!passphrase)
        return fail(passphrase.error());
    Result<QUuid> id = people::add(*store, *keys, {args.value(name), roles, agencyId}, *passphrase);
    if (!id)
        return fail(id.error());
    out() << value::idText(*id) << '\n';
    return ExitOk;
}

int personList(const QStringList& arguments)
{
    Args args(QStringLiteral("person list"), {QStringLiteral("DB")},
              Cli::tr("Lists the people of this office: id, name, roles and agency, and whether they "
                      "can open survivors' identities."));
    const QString json = QStringLiteral("json");
    const QString removed = QStringLiteral("removed");
    args.addOption(QCommandLineOption(json, Cli::tr("Print a JSON array of objects.")));
    args.addOption(QCommandLineOption(removed, Cli::tr("Include removed people.")));
    if (std::optional<int> stop = args.parse(arguments))
        return *stop;
    std::unique_ptr<Store> store = openDatabase(args, Store::Access::ReadOnly);
    if (!store)
        return ExitFailure;
    Result<std::vector<Person>> all = people::list(*store, args.isSet(removed));
    if (!all)
        return fail(all.error());
    if (args.isSet(json)) {
        QJsonArray array;
        for (const Person& p : *all) {
            QJsonObject o{{QStringLiteral("id"), value::idText(p.id)},
                          {QStringLiteral("name"), p.name},
                          {QStringLiteral("roles"), QJsonArray::fromStringList(p.roles)},
                          {QStringLiteral("agency"), p.agency.isNull() ? QJsonValue() : QJsonValue(value::idText(p.agency))},
                          {QStringLiteral("identities"), people::mayReadIdentities(p.roles)},
                          {QStringLiteral("removed"), p.removed}};
            array.append(o);
        }
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    for (const Person& p : *all) {
        QString agencyName;
        if (!p.agency.isNull()) {
            Result<Row> a = store->get(QStringLiteral("agency"), p.agency);
            agencyName = a ? a->value(QStringLiteral("name")).toString() : value::idText(p.agency);
        }
        QStringList parts{value::idText(p.id), p.name, people::rolesText(p.roles)};
        if (!agencyName.isEmpty())
            parts << agencyName;
        if (p.removed)
            parts << Cli::tr("(removed)");
        out() << parts.join(QLatin1Char('\t')) << '\n';
    }
    return ExitOk;
}

int personRemove(const QStringList& arguments)
{
    Args args(QStringLiteral("person remove"), {QStringLiteral("DB"), QStringLiteral("PERSON_ID")},
              Cli::tr("Removes a person from this office (a lead's act): their key slot is deleted, so "
                      "their passphrase opens nothing from now on. Their name stays in the log. The "
                      "last lead and the lead acting cannot be removed."));
    if (std::optional<int> stop = args.parse(arguments))
        return *stop;
    const std::optional<QUuid> id = idArgument(args, args.positional(1));
    if (!id)
        return ExitUsage;
    std::unique_ptr<Store> store = openDatabase(args);
    if (!store)
        return ExitFailure;
    if (Result<void> r = people::remove(*store, *id); !r)
        return fail(r.error());
    return ExitOk;
}

} // namespace

int runPerson(const QStringList& arguments)
{
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("add"))
        return personAdd(arguments.mid(1));
    if (sub == QLatin1String("list"))
        return personList(arguments.mid(1));
    if (sub == QLatin1String("remove"))
        return personRemove(arguments.mid(1));
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        out() << Cli::tr("Usage: tandem-cli person add|list|remove DB ... [options]\n\n"
                         "The people of this office: add one (a lead), list them, remove one (a lead).\n"
                         "Run 'tandem-cli person add --help' (or list, remove) for each.\n\n"
                         "Options:\n"
                         "  -h, --help  Show this help.\n");
        return ExitOk;
    }
    err() << "tandem-cli person: "
          << (sub.isEmpty() ? Cli::tr("add, list or remove is needed")
                            : Cli::tr("unknown action \"%1\"; the actions are: add, list, remove").arg(sub))
          << '\n'
          << Cli::tr("Run 'tandem-cli person --help' for its arguments and options.") << Qt::endl;
    return ExitUsage;
}

} // namespace tandem::cli
