// Times the dashboard (issue 6) on a database, e.g. the 10,000-operation demo, and prints the
// figures' sizes, beside the anchor of DESIGN.md §6 (one scan of checklist_item). Each case runs
// --runs times (default 5); the minimum and the median are printed.
//
//   bench_dashboard DB [--runs N]

#include "report/dashboard.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMap>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace tandem;

namespace {

qint64 count(const Store& store, const char* sql)
{
    Result<QSqlQuery> q = store.exec(QString::fromLatin1(sql));
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("DB"), QStringLiteral("The database."));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Runs per case."), QStringLiteral("N"),
                                  QStringLiteral("5"));
    parser.addOption(runs);
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    Result<std::unique_ptr<Store>> opened = Store::open(parser.positionalArguments().at(0), Store::Access::ReadOnly);
    if (!opened) {
        std::fprintf(stderr, "bench_dashboard: %s\n", qPrintable(opened.error().text()));
        return 1;
    }
    const Store& store = **opened;
    std::printf("database: %lld operations, %lld survivors, %lld checklist steps, %lld assignments, %lld tips\n",
                count(store, "SELECT COUNT(*) FROM operation WHERE deleted = 0"),
                count(store, "SELECT COUNT(*) FROM survivor WHERE deleted = 0"),
                count(store, "SELECT COUNT(*) FROM checklist_item WHERE deleted = 0"),
                count(store, "SELECT COUNT(*) FROM assignment WHERE deleted = 0"),
                count(store, "SELECT COUNT(*) FROM tip WHERE deleted = 0"));

    // The whole span of the data (capped at the dashboard's longest period), and the last year of it.
    Result<QSqlQuery> span = store.exec(QStringLiteral(
        "SELECT date(MIN(starts_at), 'unixepoch'), date(MAX(starts_at), 'unixepoch') FROM operation WHERE deleted = 0"));
    if (!span || !span->next())
        return 1;
    const QDate last = QDate::fromString(span->value(1).toString(), Qt::ISODate);
    report::DashboardFilter all;
    all.to = last;
    all.from = std::max(QDate::fromString(span->value(0).toString(), Qt::ISODate),
                        QDate(last.year(), last.month(), 1).addMonths(-(report::kMaxDashboardMonths - 1)));
    const report::DashboardFilter year = report::DashboardFilter::lastMonths(12, last);
    report::DashboardFilter typed = year;
    typed.traffickingType = QStringLiteral("labour_exploitation");
    report::DashboardFilter agency = year;
    Result<QSqlQuery> busiest = store.exec(QStringLiteral(
        "SELECT agency FROM assignment WHERE deleted = 0 GROUP BY agency ORDER BY COUNT(*) DESC LIMIT 1"));
    if (busiest && busiest->next())
        agency.agency = QUuid::fromRfc4122(busiest->value(0).toByteArray());

    const struct {
        const char* name;
        report::DashboardFilter filter;
    } cases[] = {{"whole span", all}, {"last 12 months", year}, {"12 months, one type", typed},
                 {"12 months, one agency", agency}};
    const int n = std::max(1, parser.value(runs).toInt());
    // The anchor (DESIGN.md §6): one full scan of checklist_item, reading the columns the
    // figures of steps read; timed beside every run of the dashboard. Since schema 11 SQLite reads
    // those columns from the index checklist_item_steps, as the dashboard does; the scan of the
    // rows themselves (NOT INDEXED) is timed too, for comparison with earlier figures.
    std::vector<double> anchor;
    std::vector<double> rowsAnchor;
    const auto scanSteps = [&] {
        for (const auto& [times, source] : {std::pair{&anchor, "checklist_item"}, std::pair{&rowsAnchor, "checklist_item NOT INDEXED"}}) {
            QElapsedTimer timer;
            timer.start();
            count(store, QStringLiteral("SELECT count(*) + sum(length(survivor)) + sum(length(step)) + sum(length(state)) + sum(due_at > 0) "
                                        "+ sum(done_at > 0) FROM %1 WHERE deleted = 0")
                             .arg(QLatin1String(source))
                             .toUtf8()
                             .constData());
            times->push_back(double(timer.nsecsElapsed()) / 1e6);
        }
    };
    const auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v.empty() ? 0.0 : v[v.size() / 2];
    };
    for (const auto& c : cases) {
        std::vector<double> ms;
        int rows = 0;
        QString slowest;
        double slowestMs = 0;
        QMap<QString, std::vector<double>> perFigure;
        QStringList order;
        for (int i = 0; i < n; ++i) {
            scanSteps();
            QElapsedTimer timer;
            timer.start();
            qint64 last = 0;
            Result<report::Dashboard> d =
                report::computeDashboard(store, c.filter, QLocale(), [&](int, int, const QString& figure) {
                    const qint64 at = timer.nsecsElapsed();
                    if (double(at - last) / 1e6 > slowestMs) {
                        slowestMs = double(at - last) / 1e6;
                        slowest = figure;
                    }
                    if (!order.contains(figure))
                        order << figure;
                    perFigure[figure].push_back(double(at - last) / 1e6);
                    last = at;
                    return true;
                });
            ms.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (!d) {
                std::fprintf(stderr, "bench_dashboard: %s\n", qPrintable(d.error().text()));
                return 1;
            }
            rows = 0;
            for (const report::Figure* f : d->figures())
                rows += f->rowCount();
        }
        std::sort(ms.begin(), ms.end());
        std::printf("%-24s %s to %s: min %.1f ms, median %.1f ms over %d runs (%d table rows in 10 figures); "
                    "slowest figure %s, %.1f ms\n",
                    c.name, qPrintable(c.filter.from.toString(Qt::ISODate)), qPrintable(c.filter.to.toString(Qt::ISODate)),
                    ms.front(), ms[ms.size() / 2], n, rows, qPrintable(slowest), slowestMs);
        QStringList parts;
        for (const QString& figure : order)
            parts << QStringLiteral("%1 %2").arg(figure).arg(median(perFigure.value(figure)), 0, 'f', 1);
        std::printf("  time until each figure is reported, since the one before (median ms; they come in two batches, the\n  second when the steps are counted): %s\n", qPrintable(parts.join(QStringLiteral(", "))));
    }
    std::printf("anchor: one full scan of checklist_item, median %.1f ms over %d runs (beside the dashboard's)\n",
                median(anchor), int(anchor.size()));
    std::printf("        the same scan of the rows, not the index: median %.1f ms\n", median(rowsAnchor));
    return 0;
}
