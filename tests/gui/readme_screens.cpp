// The README's screenshots (issue 22), made from the window's own demo, for people to look at (not
// a ctest test): tandem_readme_screens [--now T] [--extra] OUTPUT_DIR writes OUTPUT_DIR/main-window.png
// (the operations with the one under way selected) and OUTPUT_DIR/today.png; with --extra also the
// dashboard, the survivors, the meetings, the protocols, the tips, the directories and the audit
// trail, to look at but not for the README. --now T (ISO 8601 with an offset) fixes the moment
// the demo is made at and the window's clock, so that the pictures change only when the window
// does. tests/gui/readme-screens.sh runs it for the README.
// Run it under a real display server, e.g. xvfb-run -a -s "-screen 0 1600x1000x24".

#include "demodatabase.h"
#include "dialogs/prompts.h"
#include "language.h"
#include "mainwindow.h"
#include "today/todaymodel.h"
#include "screentool.h"
#include "store/store.h"
#include "store/value.h"
#include "dashboard/dashboardview.h"
#include "dashboard/figurepanel.h"
#include "meetings/meetingsview.h"
#include "operations/operationsview.h"
#include "survivors/survivorsview.h"
#include "today/todayview.h"
#include "protocols/protocolsview.h"
#include "security/auditview.h"
#include "tips/tipsview.h"
#include "views/view.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <cstdio>

using namespace tandem;

namespace {

bool save(QWidget& window, const QString& dir, const char* name)
{
    return test::saveWindow(window, QDir(dir).filePath(QStringLiteral("%1.png").arg(QLatin1String(name))), 8);
}

} // namespace

int main(int argc, char** argv)
{
    QTemporaryDir home;
    qputenv("HOME", QFile::encodeName(home.path()));
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Tandem"));
    QApplication::setApplicationName(QStringLiteral("Tandem"));
    QStandardPaths::setTestModeEnabled(true);
    Dialogs::setTestMode(true);

    QCommandLineParser parser;
    const QCommandLineOption nowOption(QStringLiteral("now"), QStringLiteral("The moment of the demo and the window."),
                                       QStringLiteral("T"));
    const QCommandLineOption extraOption(QStringLiteral("extra"), QStringLiteral("Also the dashboard, survivors, meetings."));
    parser.addOptions({nowOption, extraOption});
    parser.addPositionalArgument(QStringLiteral("OUTPUT_DIR"), QStringLiteral("Where the PNG files go."));
    parser.process(app);
    if (parser.positionalArguments().size() != 1) {
        std::fprintf(stderr, "usage: %s [--now T] [--extra] OUTPUT_DIR\n", argv[0]);
        return 2;
    }
    const QDateTime now = parser.isSet(nowOption) ? value::parseIsoTime(parser.value(nowOption))
                                                  : QDateTime::currentDateTimeUtc();
    if (!now.isValid()) {
        std::fprintf(stderr, "--now: not a time like 2026-06-01T09:30:00Z\n");
        return 2;
    }
    // English, whatever the machine's language, in the British format the demo's county keeps.
    language::setChosen(QStringLiteral("en"));
    language::install(app);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const QString out = parser.positionalArguments().front();
    QDir().mkpath(out);

    // The window's own demo (Help > Reset the Demo makes the same), made at `now`.
    const QString path = home.filePath(QStringLiteral("demo.tandem"));
    demo::Options options = DemoDatabase::defaultOptions();
    options.anchor = now;
    if (Result<bool> made = DemoDatabase::create(path, DemoDatabase::defaultGenerator(), options); !made || !*made) {
        std::fprintf(stderr, "demo: %s\n", made ? "cancelled" : qPrintable(made.error().text()));
        return 1;
    }

    MainWindow window;
    window.resize(1440, 860);
    window.show();
    if (!window.openFile(path))
        return 1;
    // The window's clock stands at `now` too: "2 h late" reads the same on every run.
    const qint64 millis = now.toMSecsSinceEpoch();
    window.store()->setWallClock([millis] { return millis; });
    window.dashboardView()->setDocument(window.document()); // its default period ends in now's month
    window.statusBar()->clearMessage(); // not "Opened /tmp/…"
    test::settle(8);

    // The operations, the one under way selected with its detail.
    bool ok = true;
    window.showView(window.operationsView());
    window.operationsView()->selectOperation(
        test::firstId(*window.store(), QStringLiteral("SELECT id FROM operation WHERE status = 'in_progress' AND deleted = 0")));
    // The plans to come above it, the operations carried out below.
    if (auto* table = window.operationsView()->findChild<QTableView*>(QStringLiteral("operationsTable")))
        table->scrollTo(table->currentIndex(), QAbstractItemView::PositionAtCenter);
    ok &= save(window, out, "main-window");

    // Today: the liaison's day, the first overdue step selected.
    window.showView(window.todayView());
    TodayModel* today = window.todayView()->model();
    const QModelIndex survivor = today->index(0, 0, today->bandIndex(DueBand::Overdue));
    window.todayView()->tree()->setCurrentIndex(today->index(0, 0, survivor));
    ok &= save(window, out, "today");

    if (parser.isSet(extraOption)) {
        window.showView(window.dashboardView());
        test::settle(8);
        QTest::qWait(1500); // the figures are computed off the window's thread
        ok &= save(window, out, "dashboard");
        // Each figure on its own, to look at every one.
        int n = 0;
        for (FigurePanel* panel : window.dashboardView()->findChildren<FigurePanel*>()) {
            const QString file = QDir(out).filePath(QStringLiteral("dashboard-%1.png").arg(++n, 2, 10, QLatin1Char('0')));
            ok &= panel->grab().save(file);
            std::printf("wrote %s\n", qPrintable(file));
        }
        window.showView(window.survivorsView());
        ok &= save(window, out, "survivors");
        window.showView(window.meetingsView());
        ok &= save(window, out, "meetings");
        // The other list screens, to compare before and after a change to their skeleton.
        window.showView(window.protocolsView());
        ok &= save(window, out, "protocols");
        window.showView(window.tipsView());
        ok &= save(window, out, "tips");
        for (const char* name : {"agenciesView", "servicesView"}) {
            if (auto* view = window.findChild<View*>(QString::fromLatin1(name))) {
                window.showView(view);
                ok &= save(window, out, name);
            }
        }
        window.showView(window.auditView());
        ok &= save(window, out, "audit");
    }
    return ok ? 0 : 1;
}
