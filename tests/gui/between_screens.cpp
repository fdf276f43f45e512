// Screenshots of the between-operations views (meetings, tips, Today's follow-up, an operation's
// feedback) and the picker that links a tip and an operation, on a demo database, for people to look
// at (not a ctest test): tandem_between_screens OUTPUT_DIR writes OUTPUT_DIR/between-*.png and
// OUTPUT_DIR/picker-*.png; with a LANGUAGE ("es", "fr", "ar") after it, in that language, the files
// named *-LANGUAGE.png.
// Run it under a real display server, e.g. xvfb-run -a -s "-screen 0 1400x900x24".

#include "demo/demo.h"
#include "dialogs/prompts.h"
#include "domain/office.h"
#include "language.h"
#include "mainwindow.h"
#include "records/childtablemodel.h"
#include "today/followupmodel.h"
#include "meetings/meetinglistmodel.h"
#include "tips/tiplistmodel.h"
#include "screentool.h"
#include "store/store.h"
#include "records/childrecordspage.h"
#include "operations/linkedtipspage.h"
#include "meetings/meetingsview.h"
#include "operations/operationeditor.h"
#include "operations/operationsview.h"
#include "tips/tiplinking.h"
#include "tips/tipsview.h"
#include "today/todayview.h"

#include <QApplication>
#include <QDialog>
#include <QPainter>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <cstdio>

using namespace tandem;

namespace {

// "-ar" when the screens are taken in another language than English.
QString g_suffix;


bool save(QWidget& window, const QString& dir, const char* name)
{
    return test::saveWindow(window, QDir(dir).filePath(QStringLiteral("between-%1%2.png").arg(QLatin1String(name), g_suffix)));
}

// The window with a dialog open over it, as Qt draws both (there is no window manager under xvfb
// to place the dialog): the dialog centred near the top, the window dimmed around it.
bool saveWithDialog(QWidget& window, QDialog& dialog, const QString& dir, const char* name)
{
    return test::saveWindowWithDialog(window, dialog, QDir(dir).filePath(QStringLiteral("picker-%1%2.png").arg(QLatin1String(name), g_suffix)));
}

// Answers the picker: types `search` letter by letter, as a person would, then saves the screen.
Dialogs::DialogAnswer typeAndShoot(QWidget& window, const QString& search, const QString& dir, const char* name)
{
    return [&window, search, dir, name](QDialog& dialog) {
        if (auto* edit = dialog.findChild<QLineEdit*>(QStringLiteral("pickerSearch")))
            QTest::keyClicks(edit, search);
        saveWithDialog(window, dialog, dir, name);
    };
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
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s OUTPUT_DIR [LANGUAGE]\n", argv[0]);
        return 2;
    }
    const QString out = QString::fromLocal8Bit(argv[1]);
    if (argc > 2) {
        language::setChosen(QString::fromLocal8Bit(argv[2]));
        language::install(app);
        g_suffix = QLatin1Char('-') + QString::fromLocal8Bit(argv[2]);
    }
    QDir().mkpath(out);

    const QString path = home.filePath(QStringLiteral("demo.tandem"));
    {
        // An office with its keys: the demo's survivors have identifying details, sealed at rest.
        Result<std::unique_ptr<Store>> store =
            createOffice(path, QStringLiteral("Eastbrook Task Force"), QStringLiteral("screens passphrase, not a secret"));
        if (!store) {
            std::fprintf(stderr, "create: %s\n", qPrintable(store.error().text()));
            return 1;
        }
        demo::Options options;
        options.operations = 120;
        options.anchor = QDateTime::currentDateTimeUtc().addSecs(-6 * 3600);
        if (Result<demo::Stats> made = demo::generate(**store, options); !made) {
            std::fprintf(stderr, "demo: %s\n", qPrintable(made.error().text()));
            return 1;
        }
    }
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    if (!window.openFile(path)) {
        std::fprintf(stderr, "could not open %s\n", qPrintable(path));
        return 1;
    }
    Store& store = *window.store();

    // Meetings: the calendar, on a meeting with attendance, then its action items.
    MeetingsView* meetings = window.meetingsView();
    window.showView(meetings);
    const QUuid attended = test::firstId(store, QStringLiteral(
        "SELECT m.id FROM meeting m JOIN attendance a ON a.meeting = m.id AND a.deleted = 0 WHERE m.deleted = 0"
        " GROUP BY m.id ORDER BY (SELECT count(*) FROM action_item x WHERE x.meeting = m.id AND x.done_at IS NULL) DESC,"
        " m.starts_at DESC LIMIT 1"));
    meetings->select(attended);
    save(window, out, "meetings");
    meetings->tabs()->setCurrentWidget(meetings->attendance());
    save(window, out, "meeting-attendance");
    meetings->tabs()->setCurrentWidget(meetings->actionItems());
    save(window, out, "meeting-actions");
    meetings->tabs()->setCurrentWidget(meetings->feedback());
    save(window, out, "meeting-feedback");
    meetings->startNew();
    save(window, out, "meeting-new");

    // Tips: the list on a linked tip, then the intake form half filled.
    TipsView* tips = window.tipsView();
    window.showView(tips);
    if (tips->model()->rowCount() > 0)
        tips->select(tips->model()->idAt(0));
    save(window, out, "tips");
    tips->startNew();
    if (auto* place = tips->findChild<QLineEdit*>(QStringLiteral("tip_place")))
        place->setText(QStringLiteral("Gullhaven bus depot, north gate"));
    if (auto* indicators = tips->findChild<QListWidget*>(QStringLiteral("tip_indicators"))) {
        indicators->item(0)->setCheckState(Qt::Checked);
        indicators->item(3)->setCheckState(Qt::Checked);
    }
    save(window, out, "tips-intake");

    // The pickers that link a tip and an operation: as they open, and with a search typed.
    tips->select(test::firstId(store, QStringLiteral("SELECT id FROM tip WHERE deleted = 0 AND status IN ('new', 'assessed')"
                                             " ORDER BY received_at DESC LIMIT 1")));
    Dialogs::setNextDialogAnswer(typeAndShoot(window, QString(), out, "operation"));
    chooseOperation(&window, *window.document());
    Dialogs::setNextDialogAnswer(typeAndShoot(window, QStringLiteral("harbour"), out, "operation-search"));
    chooseOperation(&window, *window.document());
    Dialogs::setNextDialogAnswer(typeAndShoot(window, QStringLiteral("bus"), out, "tip-search"));
    chooseTip(&window, *window.document());

    // Today with the follow-up band.
    window.showView(window.todayView());
    if (window.todayView()->followUps()->rowCount() > 0)
        window.todayView()->followUpTable()->setCurrentIndex(window.todayView()->followUps()->index(0, 0));
    save(window, out, "today");

    // An operation's feedback and tips.
    const QUuid op = test::firstId(store, QStringLiteral("SELECT operation FROM feedback WHERE deleted = 0 AND operation IS NOT NULL"
                                                 " GROUP BY operation ORDER BY count(*) DESC LIMIT 1"));
    window.showView(window.operationsView());
    if (!op.isNull()) {
        window.operationsView()->openOperation(op);
        OperationEditor* editor = window.operationsView()->editor();
        editor->tabs()->setCurrentWidget(editor->feedback());
        if (editor->feedback()->model()->rowCount() > 0)
            editor->feedback()->select(editor->feedback()->model()->idAt(0));
        save(window, out, "operation-feedback");
        editor->tabs()->setCurrentWidget(editor->tips());
        save(window, out, "operation-tips");
    }
    return 0;
}
