// audit: the office's audit log from the command line (DESIGN.md §5 and §7): who did what, when.

#include "commands.h"
#include "output.h"

#include "store/audit.h"
#include "store/value.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace tandem::cli {

int runAudit(const QStringList& arguments)
{
    Args args(QStringLiteral("audit"), {QStringLiteral("DB")},
              Cli::tr("Lists the entries of DB's audit log, oldest first: when, who, what and on "
                      "what (exports, merges, identity unlocks, reports with identities, status "
                      "moves, changes of keys, people and protocols). The log is append-only and "
                      "chained; tandem-cli check verifies the chain."));
    const QString json = QStringLiteral("json");
    const QString who = QStringLiteral("who");
    const QString action = QStringLiteral("action");
    const QString last = QStringLiteral("last");
    args.addOption(QCommandLineOption(json, Cli::tr("Print the entries as a JSON array.")));
    args.addOption(QCommandLineOption(who, Cli::tr("Only the entries of this person (their name as the log shows it)."),
                                      Cli::tr("NAME")));
    args.addOption(QCommandLineOption(action, Cli::tr("Only the entries of this action (e.g. export, merge, unlock, status)."),
                                      Cli::tr("ACTION")));
    args.addOption(QCommandLineOption(last, Cli::tr("Only the newest N entries."), Cli::tr("N")));
    if (std::optional<int> stop = args.parse(arguments))
        return *stop;
    int limit = -1;
    if (args.isSet(last)) {
        bool ok = false;
        limit = args.value(last).toInt(&ok);
        if (!ok || limit < 1)
            return args.usageError(Cli::tr("--last needs a whole number of entries, 1 or more, not \"%1\"")
                                       .arg(args.value(last)));
    }

    std::unique_ptr<Store> store = openDatabase(args, Store::Access::ReadOnly);
    if (!store)
        return ExitFailure;
    AuditFilter filter;
    filter.action = args.value(action).trimmed();
    filter.actor = args.value(who).trimmed();
    Result<std::vector<AuditEntry>> entries = readAuditPage(*store, filter, 0, limit);
    if (!entries)
        return fail(entries.error());
    std::reverse(entries->begin(), entries->end());

    if (args.isSet(json)) {
        QJsonArray array;
        for (const AuditEntry& e : *entries)
            array.append(QJsonObject{{QStringLiteral("seq"), e.seq},
                                     {QStringLiteral("at"), value::isoTime(e.at)},
                                     {QStringLiteral("who"), e.actor},
                                     {QStringLiteral("action"), e.action},
                                     {QStringLiteral("subject"), e.subject},
                                     {QStringLiteral("detail"), e.details},
                                     {QStringLiteral("keyed"), !e.mac.isEmpty()}});
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    if (entries->empty()) {
        out() << (filter.action.isEmpty() && filter.actor.isEmpty() ? Cli::tr("The audit log is empty.")
                                                                     : Cli::tr("No audit entry matches."))
              << '\n';
        return ExitOk;
    }
    // One line an entry, its columns separated by tabs (for cut and awk), the detail last.
    for (const AuditEntry& e : *entries) {
        QString what = e.subject;
        if (!e.details.isEmpty())
            what += (what.isEmpty() ? QString() : QStringLiteral(": ")) + e.details;
        out() << e.seq << '\t' << value::isoTime(e.at) << '\t' << e.actor << '\t' << e.action << '\t'
              << what.replace(QLatin1Char('\n'), QLatin1Char(' ')) << '\n';
    }
    return ExitOk;
}

} // namespace tandem::cli
