// Opening a large file to the first painted screen (DESIGN.md §6: 10k operations, under 0.3 s,
// under 200 MiB resident). Prints figures; pass/fail is for people reading them.
//
//   bench_open [--db PATH] [--operations N]
//
// Without --db the database is made once in the temporary directory and reused. It is made in a
// child process, so that making it does not count towards this process's peak memory.

#include "../benchoffice.h"
#include "demo/demo.h"
#include "mainwindow.h"
#include "operations/operationlistmodel.h"
#include "store/store.h"
#include "operations/operationsview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QProcess>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>

using namespace tandem;

namespace {

// Peak resident memory of this process in KiB (VmHWM; ru_maxrss as a fallback).
long peakResidentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').constFirst().toLong();
        }
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

long residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                return line.mid(6).trimmed().split(' ').constFirst().toLong();
        }
    }
    return 0;
}

// Makes the database with the demo generator.
int createDatabase(const QString& path, int operations)
{
    QElapsedTimer timer;
    timer.start();
    Result<std::unique_ptr<Store>> store = bench::createOffice(path, QStringLiteral("Benchmark Office"));
    if (!store) {
        std::fprintf(stderr, "bench_open: %s\n", qPrintable(store.error().text()));
        return 1;
    }
    demo::Options options;
    options.operations = operations;
    options.seed = 1;
    Result<demo::Stats> made = demo::generate(**store, options);
    if (!made) {
        store->reset();
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QString::fromLatin1(suffix));
        std::fprintf(stderr, "bench_open: %s\n", qPrintable(made.error().text()));
        return 1;
    }
    std::printf("made %s with %d operations by the demo generator (seed 1) in %lld ms\n",
                qPrintable(path), operations, timer.elapsed());
    return 0;
}

qint64 count(const Store& store, const char* table)
{
    Result<QSqlQuery> q = store.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0").arg(QLatin1String(table)));
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

// Notes the first paint event of `widget` after this object was made. The event is delivered
// inside processEvents(), which returns once the widget has painted and the window is flushed.
class PaintWatch : public QObject {
public:
    explicit PaintWatch(QWidget* widget) { widget->installEventFilter(this); }
    bool painted = false;

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return false;
    }
};

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

// Milliseconds since the kernel started this process (loading the libraries, QApplication and
// all): /proc/self/stat's start time, in clock ticks since boot, against /proc/uptime. To a tick
// (10 ms); -1 where /proc does not say.
double sinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // The fields after the command name (which may hold spaces) start with field 3.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(22 - 3).toDouble();
    const double now = uptime.readAll().split(' ').value(0).toDouble();
    const long ticks = sysconf(_SC_CLK_TCK);
    return ticks > 0 && now > 0 ? (now - startTicks / double(ticks)) * 1000.0 : -1;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Tandem"));
    QApplication::setApplicationName(QStringLiteral("Tandem"));
    // Neither read nor change the user's window layout and recent files.
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Opening a large Tandem file to the first painted list."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("The file to open (made when missing)."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption operationsOption(QStringLiteral("operations"),
                                              QStringLiteral("Operations in a file made here (default 10000)."),
                                              QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption createOption(QStringLiteral("create-only"), QStringLiteral("Only make the file."));
    parser.addOptions({dbOption, operationsOption, createOption});
    parser.process(app);

    const int operations = parser.value(operationsOption).toInt();
    const QString path = parser.isSet(dbOption)
                             ? QFileInfo(parser.value(dbOption)).absoluteFilePath()
                             : QDir::temp().filePath(QStringLiteral("tandem-bench-open-demo-%1.tandem").arg(operations));
    if (parser.isSet(createOption))
        return createDatabase(path, operations);
    if (!QFileInfo::exists(path)) {
        const int made = QProcess::execute(QCoreApplication::applicationFilePath(),
                                           {QStringLiteral("--create-only"), QStringLiteral("--db"), path,
                                            QStringLiteral("--operations"), QString::number(operations)});
        if (made != 0)
            return 1;
    }

    const long rssBefore = residentKiB();
    QElapsedTimer timer;
    timer.start();
    MainWindow window;
    const qint64 constructed = timer.nsecsElapsed();
    auto* table = window.findChild<QTableView*>(QStringLiteral("operationsTable"));
    PaintWatch watch(table->viewport());
    if (!window.openFile(path))
        return 1;
    const qint64 opened = timer.nsecsElapsed();
    window.show();
    while (!watch.painted)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    const qint64 painted = timer.nsecsElapsed();
    const double fromStart = sinceProcessStart();
    const long peakAtFirstPaint = peakResidentKiB();

    OperationListModel* model = window.operationsView()->model();
    std::printf("platform %s, Qt %s\n", qPrintable(QGuiApplication::platformName()), qVersion());
    std::printf("file %s: %lld operations, %lld targets, %lld assignments, %lld survivors, %lld checklist items, %.1f MiB\n",
                qPrintable(path), count(*window.store(), "operation"), count(*window.store(), "target"),
                count(*window.store(), "assignment"), count(*window.store(), "survivor"),
                count(*window.store(), "checklist_item"), double(QFileInfo(path).size()) / (1024.0 * 1024.0));
    std::printf("open to first painted list: %.1f ms (window %.1f ms, Store::open + model %.1f ms, show + first paint %.1f ms)\n",
                ms(painted), ms(constructed), ms(opened - constructed), ms(painted - opened));
    std::printf("from the process's start to the first painted list: %.0f ms (to a tick of 10 ms)\n", fromStart);
    std::printf("rows loaded at first paint: %d of %lld\n", model->rowCount(), model->totalCount());

    timer.restart();
    table->horizontalHeader()->setSortIndicator(OperationListModel::CodeName, Qt::AscendingOrder);
    const qint64 sorted = timer.nsecsElapsed();
    timer.restart();
    while (model->canFetchMore({}))
        model->fetchMore({});
    const qint64 fetchedAll = timer.nsecsElapsed();
    std::printf("sort by code name (first page): %.1f ms; fetching the remaining pages: %.1f ms\n",
                ms(sorted), ms(fetchedAll));
    // The model without a view, page by page, in the first order (start, newest first, which has
    // an index) and by code name (which has none).
    for (int column : {int(OperationListModel::Starts), int(OperationListModel::CodeName)}) {
        OperationListModel bare;
        bare.setStore(window.store());
        bare.sort(column, column == OperationListModel::Starts ? Qt::DescendingOrder : Qt::AscendingOrder);
        timer.restart();
        int pages = 0;
        while (bare.canFetchMore({})) {
            bare.fetchMore({});
            ++pages;
        }
        std::printf("model alone, sorted by %s: %d more pages in %.1f ms (%.1f ms a page)\n",
                    column == OperationListModel::Starts ? "start" : "code name", pages,
                    ms(timer.nsecsElapsed()), ms(timer.nsecsElapsed()) / std::max(pages, 1));
    }
    std::printf("resident memory: %.1f MiB before opening, peak %.1f MiB at first paint, peak %.1f MiB after loading every row\n",
                double(rssBefore) / 1024.0, double(peakAtFirstPaint) / 1024.0, double(peakResidentKiB()) / 1024.0);
    return 0;
}
