// Operation planning at scale (issue 3; DESIGN.md §6): with the demo generator's 10,000 operations
// and their children, how long the operations list takes to show its first screen, each keystroke
// of a search to update the list (the search runs on the local FTS5 index), and the plan editor to
// open; the pickers that link a tip and an operation (issue 9), to open and per keystroke; and the
// resident memory. Prints figures; pass/fail is for people reading them.
//
//   bench_plan [--db PATH] [--operations N]
//
// Without --db the file is made once (in a child process, so that making it does not count
// towards this process's memory) in the temporary directory, named after the schema it has, and
// reused. Run from a Release build.

#include "../benchoffice.h"
#include "demo/demo.h"
#include "records/recordpicker.h"
#include "domain/search.h"
#include "domain/searchhits.h"
#include "query/operationlistquery.h"
#include "mainwindow.h"
#include "operations/operationlistmodel.h"
#include "records/pickersources.h"
#include "store/store.h"
#include "operations/operationdetail.h"
#include "operations/operationeditor.h"
#include "operations/operationfilterbar.h"
#include "operations/operationsview.h"
#include "widgets/limitedlineedit.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QListView>
#include <QProcess>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

using namespace tandem;

namespace {

long statusKiB(const char* key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(int(qstrlen(key))).trimmed().split(' ').constFirst().toLong();
    }
    return 0;
}

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

// This thread's CPU time in milliseconds: on a shared machine, the work a keystroke costs, apart
// from the time the processor spent on other programs.
double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

int createDatabase(const QString& path, int operations)
{
    QElapsedTimer timer;
    timer.start();
    Result<std::unique_ptr<Store>> store = bench::createOffice(path, QStringLiteral("Benchmark Office"));
    if (!store) {
        std::fprintf(stderr, "bench_plan: %s\n", qPrintable(store.error().text()));
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
        std::fprintf(stderr, "bench_plan: %s\n", qPrintable(made.error().text()));
        return 1;
    }
    std::printf("made %s: %d operations by the demo generator (seed 1), with the search index kept by its triggers, in %.1f s\n",
                qPrintable(path), operations, double(timer.elapsed()) / 1000.0);
    return 0;
}

// Notes the paint events of a widget: the list has been updated on screen when one came.
class PaintWatch : public QObject {
public:
    explicit PaintWatch(QWidget* widget) { widget->installEventFilter(this); }
    int paints = 0;

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

void waitForPaint(PaintWatch& watch)
{
    const int before = watch.paints;
    QElapsedTimer guard;
    guard.start();
    while (watch.paints == before && guard.elapsed() < 2000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
}

struct Figures {
    std::vector<double> values;
    void add(double v) { values.push_back(v); }
    double median()
    {
        std::sort(values.begin(), values.end());
        return values.empty() ? 0 : values[values.size() / 2];
    }
    double max() const { return values.empty() ? 0 : *std::max_element(values.begin(), values.end()); }
};

qint64 count(const Store& store, const char* table)
{
    Result<QSqlQuery> q = store.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0").arg(QLatin1String(table)));
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

// A picker that links a tip and an operation, as tiplinking.cpp runs it: opened over the window
// (counting what is on offer, the first search and page, the dialog, the first painted list), then
// each keystroke of a few searches, typed and erased letter by letter, to the list painted again.
void benchPicker(const char* what, QWidget* window, const std::function<std::unique_ptr<PickerSource>()>& make,
                 const QStringList& queries)
{
    RecordPicker::Texts texts;
    texts.choose = QStringLiteral("Link");
    Figures opens;
    Figures counted;
    Figures built;
    Figures openCpu;
    for (int i = 0; i < 15; ++i) {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = cpuMs();
        std::unique_ptr<PickerSource> source = make();
        const qint64 all = source->countAll().value();
        counted.add(ms(timer.nsecsElapsed()));
        RecordPicker picker(std::move(source), all, texts, window);
        built.add(ms(timer.nsecsElapsed()));
        auto* list = picker.findChild<QListView*>(QStringLiteral("pickerList"));
        PaintWatch paints(list->viewport());
        picker.show();
        waitForPaint(paints);
        opens.add(ms(timer.nsecsElapsed()));
        openCpu.add(cpuMs() - cpuStart);
        picker.close();
        QCoreApplication::processEvents();
    }
    std::printf("%s picker: opening to its first painted list: %zu times, median %.1f ms, slowest %.1f ms; processor "
                "time: median %.1f ms; of which counting what is on offer: median %.1f ms, to the dialog made with its "
                "first page: median %.1f ms\n",
                what, opens.values.size(), opens.median(), opens.max(), openCpu.median(), counted.median(), built.median());

    std::unique_ptr<PickerSource> source = make();
    const qint64 all = source->countAll().value();
    RecordPicker picker(std::move(source), all, texts, window);
    picker.show();
    QCoreApplication::processEvents();
    auto* search = picker.findChild<QLineEdit*>(QStringLiteral("pickerSearch"));
    auto* list = picker.findChild<QListView*>(QStringLiteral("pickerList"));
    Figures keys;
    Figures cpu;
    for (const QString& text : queries) {
        Figures these;
        search->clear();
        QCoreApplication::processEvents();
        for (const QChar c : text + QString(text.size(), QChar(0x08))) {
            QElapsedTimer timer;
            timer.start();
            const double cpuStart = cpuMs();
            if (c == QChar(0x08))
                search->backspace();
            else
                search->insert(QString(c));
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            list->viewport()->repaint();
            const double t = ms(timer.nsecsElapsed());
            cpu.add(cpuMs() - cpuStart);
            these.add(t);
            keys.add(t);
            QCoreApplication::processEvents();
        }
        search->setText(text);
        std::printf("  \"%s\": %zu keystrokes, median %.2f ms, slowest %.2f ms; %lld of %lld match\n", qPrintable(text),
                    these.values.size(), these.median(), these.max(), picker.model()->matchCount(), all);
    }
    std::printf("%s picker: every keystroke: %zu, median %.2f ms, slowest %.2f ms (target: under 16 ms); processor "
                "time: median %.2f ms, slowest %.2f ms\n",
                what, keys.values.size(), keys.median(), keys.max(), cpu.median(), cpu.max());
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Tandem"));
    QApplication::setApplicationName(QStringLiteral("Tandem"));
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Operation planning at scale: list, search as you type, plan editor."));
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
    const QString path = parser.isSet(dbOption) ? QFileInfo(parser.value(dbOption)).absoluteFilePath()
                                                : QDir::temp().filePath(QStringLiteral("tandem-bench-plan-%1-schema%2.tandem")
                                                                            .arg(operations)
                                                                            .arg(Store::currentSchemaVersion()));
    if (parser.isSet(createOption))
        return createDatabase(path, operations);
    if (!QFileInfo::exists(path)) {
        const int made = QProcess::execute(QCoreApplication::applicationFilePath(),
                                           {QStringLiteral("--create-only"), QStringLiteral("--db"), path,
                                            QStringLiteral("--operations"), QString::number(operations)});
        if (made != 0)
            return 1;
    }

    // 1. Opening the file to the first painted operations list.
    const long rssBefore = statusKiB("VmRSS:");
    QElapsedTimer timer;
    timer.start();
    MainWindow window;
    window.resize(1360, 860);
    auto* table = window.findChild<QTableView*>(QStringLiteral("operationsTable"));
    PaintWatch listPaints(table->viewport());
    if (!window.openFile(path))
        return 1;
    window.show();
    waitForPaint(listPaints);
    const double firstScreen = ms(timer.nsecsElapsed());
    const long peakAtFirstScreen = statusKiB("VmHWM:");
    const Store& store = *window.store();
    OperationsView* view = window.operationsView();
    std::printf("platform %s, Qt %s, load average at the start: %s\n", qPrintable(QGuiApplication::platformName()), qVersion(),
                [] {
                    QFile f(QStringLiteral("/proc/loadavg"));
                    return f.open(QIODevice::ReadOnly) ? f.readLine().trimmed().left(14) : QByteArray("?");
                }().constData());
    std::printf("file %s, %.1f MiB: %lld operations, %lld targets, %lld assignments, %lld tasks, %lld log notes, "
                "%lld agencies, %lld survivors, %lld checklist items\n",
                qPrintable(path), double(QFileInfo(path).size()) / 1048576.0, count(store, "operation"), count(store, "target"),
                count(store, "assignment"), count(store, "task"), count(store, "note"), count(store, "agency"),
                count(store, "survivor"), count(store, "checklist_item"));
    std::printf("open to the first painted operations list: %.1f ms (target: under 300 ms)\n", firstScreen);

    // 2. Search as you type: each keystroke filters the list through the index, resets the model
    // and repaints the list. Typed letter by letter, then erased letter by letter.
    LimitedLineEdit* search = view->filterBar()->searchField();
    // The person types into the search field (Ctrl+F puts the cursor there): it has the focus, so
    // the list follows each keystroke and the detail pane the pause after the last one.
    window.activateWindow();
    QElapsedTimer waited;
    waited.start();
    while (!window.isActiveWindow() && waited.elapsed() < 2000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    search->setFocus(Qt::ShortcutFocusReason);
    QCoreApplication::processEvents();
    if (!search->hasFocus())
        std::printf("warning: the search field did not get the focus; the detail pane follows every keystroke\n");
    Result<QSqlQuery> names = store.exec(QStringLiteral("SELECT code_name FROM operation WHERE deleted = 0 ORDER BY id LIMIT 1 OFFSET 4321"));
    const QString someName = names && names->next() ? names->value(0).toString() : QStringLiteral("Operation");
    Result<QSqlQuery> streets = store.exec(QStringLiteral("SELECT address FROM target WHERE deleted = 0 ORDER BY id LIMIT 1 OFFSET 777"));
    const QString someAddress = streets && streets->next() ? streets->value(0).toString() : QStringLiteral("Road");
    const QStringList queries{someName, someAddress, QStringLiteral("harbourside advocacy"),
                              QStringLiteral("interpreters portuguese"), QStringLiteral("a e i o u"), QStringLiteral("zzzz")};
    Figures allKeys;
    Figures allFilters;
    Figures allCpu;
    Figures allLayouts;
    for (const QString& text : queries) {
        Figures keys;
        QString slowest;
        double slowestFilter = 0;
        search->clear();
        QCoreApplication::processEvents();
        for (const QChar c : text + QString(text.size(), QChar(0x08))) {
            // The keystroke: the filter, the model reset with its statements (synchronous), then
            // the list painted at once (repaint(), not update(): no waiting for the event loop).
            timer.restart();
            const double cpuStart = cpuMs();
            if (c == QChar(0x08))
                search->backspace();
            else
                search->insert(QString(c));
            const double filtered = ms(timer.nsecsElapsed());
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            const double laidOut = ms(timer.nsecsElapsed());
            table->viewport()->repaint();
            const double t = ms(timer.nsecsElapsed());
            allLayouts.add(laidOut - filtered);
            allCpu.add(cpuMs() - cpuStart);
            if (keys.values.empty() || t > keys.max()) {
                slowest = search->text();
                slowestFilter = filtered;
            }
            keys.add(t);
            allKeys.add(t);
            allFilters.add(filtered);
            QCoreApplication::processEvents();
        }
        search->setText(text);
        QCoreApplication::processEvents();
        std::printf("search \"%s\": %zu keystrokes, median %.2f ms, slowest %.2f ms (at \"%s\", of which %.2f ms "
                    "filtering); %lld of %lld operations match\n",
                    qPrintable(text), keys.values.size(), keys.median(), keys.max(), qPrintable(slowest), slowestFilter,
                    view->model()->totalCount(), view->model()->allCount());
    }
    std::printf("of which filtering (search, count, first page, model reset): median %.2f ms, slowest %.2f ms\n",
                allFilters.median(), allFilters.max());
    std::printf("of which layout: median %.2f ms, slowest %.2f ms\n", allLayouts.median(), allLayouts.max());
    Figures paints;
    for (int i = 0; i < 20; ++i) {
        timer.restart();
        table->viewport()->repaint();
        paints.add(ms(timer.nsecsElapsed()));
    }
    std::printf("painting the list alone, nothing changed: median %.2f ms\n", paints.median());
    std::printf("every keystroke: %zu, median %.2f ms, slowest %.2f ms (target: under 16 ms); processor time of the "
                "keystroke: median %.2f ms, slowest %.2f ms\n",
                allKeys.values.size(), allKeys.median(), allKeys.max(), allCpu.median(), allCpu.max());

    // Where the time of a search goes, without the view: looking the words up in the index, the
    // count, and the first page of the list, for a few queries.
    for (const QString& text : {QStringLiteral("a"), someAddress.left(1), someAddress.left(2), QStringLiteral("harbourside"), QStringLiteral("harbourside a"),
                                someName, QStringLiteral("zzzz")}) {
        const QStringList words = search::searchWords(text).words;
        search::OperationHits hits(store);
        timer.restart();
        static_cast<void>(hits.find(words));
        const double found = ms(timer.nsecsElapsed());
        OperationFilter filter;
        filter.text = text;
        OperationListQuery query(store, OperationListQuery::Starts, Qt::DescendingOrder, filter, &hits);
        timer.restart();
        static_cast<void>(query.count());
        const double counted = ms(timer.nsecsElapsed());
        timer.restart();
        const size_t rows = query.page(nullptr, OperationListModel::kPageSize)->size();
        const double paged = ms(timer.nsecsElapsed());
        filter.status = QStringLiteral("planned");
        OperationListQuery planned(store, OperationListQuery::Starts, Qt::DescendingOrder, filter, &hits);
        timer.restart();
        const qint64 nPlanned = planned.count().value();
        const double countedPlanned = ms(timer.nsecsElapsed());
        std::printf("  \"%s\": index look-up %.2f ms (%lld found), count %.2f ms, first page %.2f ms (%zu rows); "
                    "with a status: count %.2f ms (%lld)\n",
                    qPrintable(text), found, hits.size(), counted, paged, rows, countedPlanned, nPlanned);
    }
    search->clear();
    QCoreApplication::processEvents();
    // What the pause after typing costs: the detail pane reads and shows the current operation.
    auto* detail = window.findChild<OperationDetail*>();
    Figures details;
    for (int row = 0; row < 20 && row < view->model()->rowCount(); ++row) {
        const QUuid id = view->model()->idAt(row);
        timer.restart();
        detail->showOperation(id);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        detail->repaint();
        details.add(ms(timer.nsecsElapsed()));
    }
    std::printf("detail pane, shown when typing pauses: %zu operations, median %.2f ms, slowest %.2f ms\n",
                details.values.size(), details.median(), details.max());

    // 3. Opening the plan editor of an operation, to its first painted tab.
    Result<QSqlQuery> ids = store.exec(QStringLiteral("SELECT id FROM operation WHERE deleted = 0 ORDER BY random() LIMIT 25"));
    std::vector<QUuid> sample;
    while (ids && ids->next())
        sample.push_back(QUuid::fromRfc4122(ids->value(0).toByteArray()));
    Figures opens;
    for (const QUuid& id : sample) {
        OperationEditor* editor = view->editor();
        timer.restart();
        view->openOperation(id);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        editor->repaint();
        opens.add(ms(timer.nsecsElapsed()));
        view->closeEditor();
        QCoreApplication::processEvents();
    }
    std::printf("opening the plan editor: %zu operations, median %.1f ms, slowest %.1f ms (target: under 100 ms)\n",
                opens.values.size(), opens.median(), opens.max());

    // 4. The pickers that link a tip and an operation.
    Result<QSqlQuery> old = store.exec(QStringLiteral(
        "SELECT code_name FROM operation WHERE deleted = 0 AND status NOT IN ('closed', 'cancelled')"
        " ORDER BY starts_at LIMIT 1 OFFSET 10"));
    const QString oldName = old && old->next() ? old->value(0).toString() : QStringLiteral("Operation");
    benchPicker("operation", &window, [&] { return std::make_unique<OpenOperationSource>(store); },
                {oldName, QStringLiteral("harbourside"), QStringLiteral("a e i"), QStringLiteral("zzzz")});
    Result<QSqlQuery> place = store.exec(QStringLiteral(
        "SELECT place FROM tip WHERE deleted = 0 AND status IN ('new', 'assessed') ORDER BY received_at LIMIT 1 OFFSET 10"));
    const QString somePlace = place && place->next() ? place->value(0).toString() : QStringLiteral("Road");
    benchPicker("tip", &window, [&] { return std::make_unique<OpenTipSource>(store); },
                {somePlace, QStringLiteral("hotline"), QStringLiteral("a e i"), QStringLiteral("zzzz")});

    std::printf("resident memory: %.1f MiB before opening, peak %.1f MiB at the first screen, peak %.1f MiB at the end "
                "(target: under 200 MiB)\n",
                double(rssBefore) / 1024.0, double(peakAtFirstScreen) / 1024.0, double(statusKiB("VmHWM:")) / 1024.0);
    return 0;
}
