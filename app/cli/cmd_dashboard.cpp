// dashboard: the dashboard's figures over a period, the numbers the window's Dashboard shows
// (core/report/dashboard.h computes both), as tables or JSON (issue 19).

#include "commands.h"
#include "output.h"

#include "report/dashboard.h"
#include "store/value.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace tandem::cli {
namespace {

// The window's default period: the last twelve calendar months, this one included.
constexpr int kDefaultMonths = 12;

QJsonValue number(double v)
{
    return std::isnan(v) ? QJsonValue() : QJsonValue(v);
}

QJsonObject figureJson(const report::Figure& f)
{
    QJsonArray rows;
    for (int r = 0; r < f.rowCount(); ++r) {
        QJsonObject values;
        for (int c = 0; c < f.columnCount(); ++c)
            values.insert(f.columnKeys[c], number(f.value(r, c)));
        rows.append(QJsonObject{{QStringLiteral("key"), f.rowKeys[r]}, {QStringLiteral("label"), f.rowLabels[r]},
                                {QStringLiteral("values"), values}});
    }
    QJsonArray columns;
    for (int c = 0; c < f.columnCount(); ++c)
        columns.append(QJsonObject{{QStringLiteral("key"), f.columnKeys[c]}, {QStringLiteral("label"), f.columnLabels[c]}});
    return QJsonObject{{QStringLiteral("key"), f.key}, {QStringLiteral("title"), f.title},
                       {QStringLiteral("row_header"), f.rowHeader}, {QStringLiteral("columns"), columns},
                       {QStringLiteral("rows"), rows}};
}

// A figure as an aligned table: its title, a header line, a line per row.
void printFigure(const report::Figure& f)
{
    const QLocale c = QLocale::c();
    QStringList header{f.rowHeader};
    header += f.columnLabels;
    std::vector<QStringList> lines{header};
    for (int r = 0; r < f.rowCount(); ++r) {
        QStringList line{f.rowLabels[r]};
        for (int col = 0; col < f.columnCount(); ++col)
            line << f.text(r, col, c);
        lines.push_back(line);
    }
    std::vector<qsizetype> widths(size_t(header.size()), 0);
    for (const QStringList& line : lines)
        for (qsizetype i = 0; i < line.size(); ++i)
            widths[size_t(i)] = std::max(widths[size_t(i)], line[i].size());
    out() << f.title << '\n';
    for (const QStringList& line : lines) {
        QString text;
        for (qsizetype i = 0; i < line.size(); ++i) {
            // Labels to the left, numbers to the right.
            text += i == 0 ? line[i].leftJustified(widths[0]) : QStringLiteral("  ") + line[i].rightJustified(widths[size_t(i)]);
        }
        out() << text.trimmed() << '\n';
    }
    if (f.rowCount() == 0)
        out() << Cli::tr("(nothing in this period)") << '\n';
    out() << '\n';
}

} // namespace

int runDashboard(const QStringList& arguments)
{
    Args args(QStringLiteral("dashboard"), {QStringLiteral("DB")},
              Cli::tr("Prints the dashboard's figures over a period: operations by status and by type, "
                      "survivors per month, checklist step times, overdue steps by owner and agency, "
                      "participation, feedback and tips. The same numbers as the window's Dashboard; "
                      "by default the last twelve months, this one included."));
    const QString type = QStringLiteral("type");
    const QString agency = QStringLiteral("agency");
    const QString json = QStringLiteral("json");
    addPeriodOptions(args);
    args.addOption(QCommandLineOption(type, Cli::tr("Only this trafficking type (a token, e.g. labour)."), Cli::tr("TYPE")));
    args.addOption(QCommandLineOption(agency, Cli::tr("Only the operations this agency leads or takes part in, and their survivors."),
                                      Cli::tr("AGENCY_ID")));
    args.addOption(QCommandLineOption(json, Cli::tr("Print a JSON object: the period and each figure's rows.")));
    if (std::optional<int> stop = args.parse(arguments))
        return *stop;
    const std::optional<PeriodDays> period = periodArgument(args);
    if (!period)
        return ExitUsage;
    QUuid agencyId;
    if (args.isSet(agency)) {
        const std::optional<QUuid> id = idArgument(args, args.value(agency));
        if (!id)
            return ExitUsage;
        agencyId = *id;
    }
    std::unique_ptr<Store> store = openDatabase(args, Store::Access::ReadOnly);
    if (!store)
        return ExitFailure;
    const QDate today = QDateTime::fromMSecsSinceEpoch(store->wallClock(), Qt::UTC).date();
    report::DashboardFilter filter = report::DashboardFilter::lastMonths(kDefaultMonths, today);
    if (period->from.isValid())
        filter.from = period->from;
    if (period->to.isValid())
        filter.to = period->to;
    filter.traffickingType = args.value(type).trimmed();
    filter.agency = agencyId;
    Result<report::Dashboard> dashboard = report::computeDashboard(*store, filter, QLocale::c());
    if (!dashboard)
        return fail(dashboard.error());
    if (args.isSet(json)) {
        QJsonArray figures;
        for (const report::Figure* f : dashboard->figures())
            figures.append(figureJson(*f));
        out() << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("from"), filter.from.toString(Qt::ISODate)},
                                                             {QStringLiteral("to"), filter.to.toString(Qt::ISODate)},
                                                             {QStringLiteral("figures"), figures}})
                                       .toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    out() << Cli::tr("Dashboard from %1 to %2").arg(filter.from.toString(Qt::ISODate), filter.to.toString(Qt::ISODate)) << "\n\n";
    for (const report::Figure* f : dashboard->figures())
        printFigure(*f);
    return ExitOk;
}

} // namespace tandem::cli
