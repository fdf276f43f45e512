// A day without a slip (issue 14): screenshots of Today, a survivor, the plan editor and a report
// page, for people to look at in each language (not a ctest test):
//   tandem_day_screens OUTPUT_DIR [LANGUAGE]   writes OUTPUT_DIR/day-*[-LANGUAGE].png and
//   day-report[-LANGUAGE].pdf (render it with pdftoppm -png).
// Run it under a real display server, e.g. xvfb-run -a -s "-screen 0 1400x900x24".

#include "demo/demo.h"
#include "dialogs/preferencesdialog.h"
#include "dialogs/prompts.h"
#include "reports/reportdialog.h"
#include "document.h"
#include "domain/office.h"
#include "focusstyle.h"
#include "language.h"
#include "mainwindow.h"
#include "survivors/survivorlistmodel.h"
#include "screentool.h"
#include "store/store.h"
#include "survivors/checklistpanel.h"
#include "records/childrecordspage.h"
#include "operations/operationeditor.h"
#include "operations/operationsview.h"
#include "survivors/survivordetail.h"
#include "survivors/survivorsview.h"
#include "today/todayview.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace tandem;

namespace {

QString g_suffix;


bool save(QWidget& window, const QString& dir, const char* name)
{
    return test::saveWindow(window, QDir(dir).filePath(QStringLiteral("day-%1%2.png").arg(QLatin1String(name), g_suffix)));
}

bool saveWithDialog(QWidget& window, QDialog& dialog, const QString& dir, const char* name)
{
    return test::saveWindowWithDialog(window, dialog, QDir(dir).filePath(QStringLiteral("day-%1%2.png").arg(QLatin1String(name), g_suffix)));
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
    language::setChosen(argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("en"));
    language::install(app);
    installFocusStyle();
    if (argc > 2)
        g_suffix = QLatin1Char('-') + QString::fromLocal8Bit(argv[2]);
    QDir().mkpath(out);

    const QString path = home.filePath(QStringLiteral("demo.tandem"));
    {
        Result<std::unique_ptr<Store>> store =
            createOffice(path, QStringLiteral("Eastbrook Task Force"), QStringLiteral("screens passphrase, not a secret"));
        if (!store) {
            std::fprintf(stderr, "create: %s\n", qPrintable(store.error().text()));
            return 1;
        }
        demo::Options options;
        options.operations = 40;
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

    // Today.
    window.showView(window.todayView());
    save(window, out, "today");

    // A survivor: the checklist, with a step selected, then the consents.
    SurvivorsView* survivors = window.survivorsView();
    window.showView(survivors);
    const QUuid survivor = test::firstId(store, QStringLiteral("SELECT s.id FROM survivor s JOIN consent c ON c.survivor = s.id"
                                                       " WHERE s.deleted = 0 AND s.minor = 1 LIMIT 1"));
    survivors->selectSurvivor(survivor.isNull() ? test::firstId(store, QStringLiteral("SELECT id FROM survivor WHERE deleted = 0 LIMIT 1"))
                                                : survivor);
    save(window, out, "survivor");
    if (auto* tabs = survivors->detail()->findChild<QTabWidget*>()) {
        for (int i = 1; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            const QByteArray name = "survivor-tab" + QByteArray::number(i);
            save(window, out, name.constData());
        }
        tabs->setCurrentIndex(0);
    }

    // The plan editor: its overview, its targets with a coordinate refused next to its field.
    OperationsView* operations = window.operationsView();
    window.showView(operations);
    operations->openOperation(test::firstId(store, QStringLiteral("SELECT o.id FROM operation o WHERE o.deleted = 0"
                                                          " AND (SELECT count(*) FROM target t WHERE t.operation = o.id) > 1"
                                                          " ORDER BY o.status = 'planned' DESC, o.status = 'draft' DESC LIMIT 1")));
    save(window, out, "plan");
    OperationEditor* editor = operations->editor();
    editor->tabs()->setCurrentWidget(editor->targets());
    if (auto* latitude = editor->targets()->findChild<QLineEdit*>(QStringLiteral("target_latitude"))) {
        latitude->setFocus(Qt::OtherFocusReason);
        latitude->setText(QStringLiteral("123.5"));
        Q_EMIT latitude->editingFinished();
    }
    save(window, out, "plan-targets");
    editor->targets()->startNew();
    if (auto* create = editor->targets()->findChild<QPushButton*>(QStringLiteral("planTargetsCreate")))
        create->setFocus(Qt::TabFocusReason);
    save(window, out, "plan-new-target");
    editor->tabs()->setCurrentWidget(editor->assignments());
    save(window, out, "plan-assignments");
    editor->tabs()->setCurrentIndex(0);

    // Preferences, with the date style.
    {
        PreferencesDialog preferences(10, QString(), &window);
        preferences.show();
        if (auto* combo = preferences.findChild<QComboBox*>(QStringLiteral("dateStyleCombo")))
            combo->setFocus(Qt::TabFocusReason);
        saveWithDialog(window, preferences, out, "preferences");
    }

    // The operation order as a PDF, through the report dialog.
    {
        const QUuid op = operations->currentOperation();
        ReportDialog report(store, op, report::Kind::OperationOrder, &window);
        report.show();
        saveWithDialog(window, report, out, "report-dialog");
        if (auto* format = report.findChild<QComboBox*>(QStringLiteral("reportFormat")))
            format->setCurrentIndex(format->findData(int(report::Format::Pdf)));
        const QString pdf = QDir(out).filePath(QStringLiteral("day-report%1.pdf").arg(g_suffix));
        QFile::remove(pdf);
        Dialogs::setNextFileName(pdf);
        if (auto* exportButton = report.findChild<QPushButton*>(QStringLiteral("reportExport")))
            exportButton->click();
        std::printf("%s %s\n", QFile::exists(pdf) ? "wrote" : "FAILED", qPrintable(pdf));
    }
    for (const Dialogs::Message& m : Dialogs::takeMessages())
        std::printf("message: %s %s\n", qPrintable(m.text), qPrintable(m.details));
    return 0;
}
