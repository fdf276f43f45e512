// The liaison's views on a large file: how long the overdue count, the Today view, the survivors
// list, one checklist and one operation's progress take to read, and a tick end to end. Prints
// figures; not a ctest test.
//
//   bench_survivors --db PATH [--operations N]
//
// The file is made by the demo generator when it does not exist (that time is printed apart).

#include "survivors/survivorcommands.h"
#include "../benchoffice.h"
#include "demo/demo.h"
#include "document.h"
#include "domain/duesteps.h"
#include "survivors/duewatcher.h"
#include "survivors/checklistmodel.h"
#include "survivors/survivorlistmodel.h"
#include "today/todaymodel.h"
#include "store/store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>

#include <cstdio>

using namespace tandem;

namespace {

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

qint64 scalar(const Store& store, const QString& sql)
{
    Result<QSqlQuery> q = store.exec(sql);
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

QUuid id(const Store& store, const QString& sql)
{
    Result<QSqlQuery> q = store.exec(sql);
    return q && q->next() ? QUuid::fromRfc4122(q->value(0).toByteArray()) : QUuid();
}

// Runs `f` `times` times; returns the median in nanoseconds.
template <typename F>
qint64 median(int times, F f)
{
    std::vector<qint64> t;
    QElapsedTimer timer;
    for (int i = 0; i < times; ++i) {
        timer.restart();
        f();
        t.push_back(timer.nsecsElapsed());
    }
    std::sort(t.begin(), t.end());
    return t[t.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("The file (made when missing)."), QStringLiteral("PATH"));
    const QCommandLineOption operationsOption(QStringLiteral("operations"), QStringLiteral("Operations in a file made here."),
                                              QStringLiteral("N"), QStringLiteral("10000"));
    parser.addOptions({dbOption, operationsOption});
    parser.process(app);
    if (!parser.isSet(dbOption)) {
        std::fprintf(stderr, "bench_survivors: give --db PATH\n");
        return 2;
    }
    const QString path = parser.value(dbOption);
    if (!QFileInfo::exists(path)) {
        QElapsedTimer made;
        made.start();
        Result<std::unique_ptr<Store>> store = bench::createOffice(path, QStringLiteral("Benchmark Office"));
        demo::Options options;
        options.operations = parser.value(operationsOption).toInt();
        if (!store || !demo::generate(**store, options)) {
            std::fprintf(stderr, "bench_survivors: the demo file could not be made\n");
            return 1;
        }
        std::printf("made %s (%d operations) in %.1f s\n", qPrintable(path), options.operations, double(made.elapsed()) / 1000);
    }
    Result<std::unique_ptr<Store>> opened = Store::open(path);
    if (!opened) {
        std::fprintf(stderr, "bench_survivors: %s\n", qPrintable(opened.error().text()));
        return 1;
    }
    Document document(std::move(*opened));
    Store& store = document.store();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(store.wallClock(), Qt::UTC);
    std::printf("file %s: %lld survivors, %lld checklist items, %lld overdue, %lld due within a day\n", qPrintable(path),
                scalar(store, QStringLiteral("SELECT count(*) FROM survivor WHERE deleted = 0")),
                scalar(store, QStringLiteral("SELECT count(*) FROM checklist_item WHERE deleted = 0")),
                *dueStepCount(store, DueBand::Overdue, now), *dueStepCount(store, DueBand::Soon, now));

    DueWatcher watcher;
    watcher.setStore(&store);
    std::printf("overdue count and next due times (DueWatcher::refresh), median of 20: %.2f ms\n",
                ms(median(20, [&] { watcher.refresh(); })));

    std::printf("Today view read (three bands, first page of survivors each), median of 10: %.1f ms\n", ms(median(10, [&] {
                    TodayModel today;
                    today.setDocument(&document);
                })));
    for (int column : {int(SurvivorListModel::Overdue), int(SurvivorListModel::Code)}) {
        const auto order = column == SurvivorListModel::Overdue ? Qt::DescendingOrder : Qt::AscendingOrder;
        const qint64 first = median(5, [&] {
            SurvivorListModel list;
            list.sort(column, order);
            list.setStore(&store);
        });
        SurvivorListModel list;
        list.sort(column, order);
        list.setStore(&store);
        QElapsedTimer t;
        t.start();
        int pages = 0;
        for (; pages < 10 && list.canFetchMore({}); ++pages)
            list.fetchMore({});
        std::printf("survivors list by %s: first page %.1f ms (median of 5); each further page %.1f ms (mean of %d)\n",
                    column == SurvivorListModel::Overdue ? "overdue (the default)" : "code", ms(first),
                    ms(t.nsecsElapsed()) / std::max(pages, 1), pages);
    }

    const QUuid busiest = id(store, QStringLiteral("SELECT survivor FROM checklist_item WHERE deleted = 0 GROUP BY survivor ORDER BY count(*) DESC LIMIT 1"));
    ChecklistModel checklist;
    checklist.setDocument(&document);
    std::printf("one survivor's checklist (%d steps), median of 20: %.2f ms\n", [&] {
        checklist.setSurvivor(busiest);
        return checklist.rowCount();
    }(), ms(median(20, [&] { checklist.reload(); })));
    const QUuid operation = id(store, QStringLiteral("SELECT operation FROM survivor WHERE deleted = 0 AND operation IS NOT NULL GROUP BY operation ORDER BY count(*) DESC LIMIT 1"));
    size_t survivors = 0;
    const qint64 progress = median(20, [&] { survivors = operationProgress(store, operation, now)->size(); });
    std::printf("one operation's survivors' progress (%zu survivors), median of 20: %.2f ms\n", survivors, ms(progress));

    // A tick end to end: the write, the undo step, and every model and the watcher reading again.
    TodayModel today;
    today.setDocument(&document);
    SurvivorListModel list;
    list.setStore(&store);
    const QModelIndex band = today.bandIndex(DueBand::Overdue);
    const QModelIndex step = today.index(0, 0, today.index(0, 0, band));
    const QUuid item = step.data(TodayModel::IdRole).toUuid();
    QElapsedTimer timer;
    timer.start();
    const Result<void> ticked = tickStep(document, item, TickOptions{});
    const qint64 tickNs = timer.nsecsElapsed();
    std::printf("a tick from the Today view, with the Today view, survivors list, checklist and count read again: %.1f ms%s\n",
                ms(tickNs), ticked ? "" : " (refused)");
    return 0;
}
