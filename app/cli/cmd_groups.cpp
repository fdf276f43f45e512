// group add, list: sharing groups (DESIGN.md §8).

#include "commands.h"
#include "output.h"

#include "domain/groups.h"
#include "store/value.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tandem::cli {
namespace {

int groupAdd(const QStringList& arguments)
{
    Args args(QStringLiteral("group add"), {QStringLiteral("DB"), QStringLiteral("NAME")},
              Cli::tr("Makes a sharing group of this office and the offices named with --member, and "
                      "prints its id. A record shared with the group goes to its member offices only, "
                      "whichever office relays it. Members are trusted partner offices."));
    const QString member = QStringLiteral("member");
    args.addOption(QCommandLineOption(member, Cli::tr("A member office: its id or its name (one or more)."), Cli::tr("OFFICE")));
    if (std::optional<int> stop = args.parse(arguments))
        return *stop;
    std::unique_ptr<Store> store = openDatabase(args);
    if (!store)
        return ExitFailure;
    QList<QUuid> members;
    for (const QString& value : args.values(member)) {
        for (const QString& text : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            Result<QUuid> office = groups::officeNamed(*store, text);
            if (!office)
                return fail(office.error());
            members << *office;
        }
    }
    Result<QUuid> id = groups::add(*store, args.positional(1), members);
    if (!id)
        return fail(id.error());
    out() << value::idText(*id) << '\n';
    return ExitOk;
}

int groupList(const QStringList& arguments)
{
    Args args(QStringLiteral("group list"), {QStringLiteral("DB")},
              Cli::tr("Lists the sharing groups: id, name and member offices."));
    const QString json = QStringLiteral("json");
    args.addOption(QCommandLineOption(json, Cli::tr("Print a JSON array of objects.")));
    if (std::optional<int> stop = args.parse(arguments))
        return *stop;
    std::unique_ptr<Store> store = openDatabase(args, Store::Access::ReadOnly);
    if (!store)
        return ExitFailure;
    Result<std::vector<groups::Group>> all = groups::list(*store);
    if (!all)
        return fail(all.error());
    if (args.isSet(json)) {
        QJsonArray array;
        for (const groups::Group& g : *all) {
            QJsonArray members;
            for (const groups::Member& m : g.members)
                members.append(QJsonObject{{QStringLiteral("id"), value::idText(m.office)}, {QStringLiteral("name"), m.name}});
            array.append(QJsonObject{{QStringLiteral("id"), value::idText(g.id)},
                                     {QStringLiteral("name"), g.name},
                                     {QStringLiteral("members"), members}});
        }
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    for (const groups::Group& g : *all) {
        QStringList names;
        for (const groups::Member& m : g.members)
            names << m.name;
        out() << value::idText(g.id) << '\t' << g.name << '\t' << names.join(QStringLiteral(", ")) << '\n';
    }
    return ExitOk;
}

} // namespace

int runGroup(const QStringList& arguments)
{
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("add"))
        return groupAdd(arguments.mid(1));
    if (sub == QLatin1String("list"))
        return groupList(arguments.mid(1));
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        out() << Cli::tr("Usage: tandem-cli group add|list DB ... [options]\n\n"
                         "Sharing groups: a record shared with a group goes to its member offices only.\n"
                         "Run 'tandem-cli group add --help' (or list) for each.\n\n"
                         "Options:\n"
                         "  -h, --help  Show this help.\n");
        return ExitOk;
    }
    err() << "tandem-cli group: "
          << (sub.isEmpty() ? Cli::tr("add or list is needed") : Cli::tr("unknown action \"%1\"; the actions are: add, list").arg(sub))
          << '\n'
          << Cli::tr("Run 'tandem-cli group --help' for its arguments and options.") << Qt::endl;
    return ExitUsage;
}

} // namespace tandem::cli
