// Screenshots of the operation planning views, for people to look at (not a test): run under
// Xvfb, e.g.
//   xvfb-run -a -s "-screen 0 1400x900x24" plan_screens DEMO.tandem OUTDIR
// Opens the file in a main window, goes through the views and grabs each as OUTDIR/plan-*.png.

#include "dialogs.h"
#include "mainwindow.h"
#include "models/operationlistmodel.h"
#include "store/store.h"
#include "views/childrecordspage.h"
#include "views/directoryview.h"
#include "views/operationeditor.h"
#include "views/operationfilterbar.h"
#include "views/operationsview.h"
#include "views/timelinepage.h"
#include "widgets/limitedlineedit.h"

#include <QApplication>
#include <QDir>
#include <QListWidget>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace tandem;

namespace {

void settle()
{
    for (int i = 0; i < 10; ++i) {
        QCoreApplication::processEvents();
        QTest::qWait(30);
    }
}

void shoot(QWidget& window, const QString& dir, const char* name)
{
    settle();
    const QString path = QDir(dir).filePath(QStringLiteral("plan-%1.png").arg(QLatin1String(name)));
    if (!window.grab().save(path))
        qWarning("could not write %s", qPrintable(path));
    else
        qInfo("wrote %s", qPrintable(path));
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Tandem"));
    QApplication::setApplicationName(QStringLiteral("Tandem"));
    QStandardPaths::setTestModeEnabled(true);
    Dialogs::setTestMode(true);
    if (argc < 3) {
        qWarning("usage: plan_screens FILE.tandem OUTDIR");
        return 2;
    }
    const QString file = QString::fromLocal8Bit(argv[1]);
    const QString out = QString::fromLocal8Bit(argv[2]);

    MainWindow window;
    window.resize(1360, 860);
    window.show();
    if (!window.openFile(file))
        return 1;
    OperationsView* ops = window.operationsView();
    auto* nav = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    shoot(window, out, "operations");

    // Search as you type and a status filter.
    ops->filterBar()->searchField()->setText(QStringLiteral("marrow"));
    shoot(window, out, "operations-search");
    ops->filterBar()->searchField()->clear();

    // The richest operation: the most tasks.
    Result<QSqlQuery> q = window.store()->exec(QStringLiteral(
        "SELECT operation FROM task WHERE deleted = 0 GROUP BY operation ORDER BY count(*) DESC LIMIT 1"));
    if (!q || !q->next())
        return 1;
    const QUuid op = QUuid::fromRfc4122(q->value(0).toByteArray());
    q->finish();
    ops->openOperation(op);
    OperationEditor* editor = ops->editor();
    const char* tabs[] = {"overview", "objectives", "risk", "comms", "packet", "targets", "assignments", "timeline", "log"};
    for (int i = 0; i < editor->tabs()->count(); ++i) {
        editor->tabs()->setCurrentIndex(i);
        if (i == 7)
            editor->timeline()->fit();
        shoot(window, out, tabs[i]);
    }
    // A refused move, with what is missing.
    editor->tabs()->setCurrentIndex(0);
    const QUuid fresh = ops->newOperation();
    if (!fresh.isNull()) {
        editor->moveTo(QStringLiteral("planned"));
        editor->moveTo(QStringLiteral("approved"));
        shoot(window, out, "approve-refused");
    }
    ops->closeEditor();

    nav->setCurrentRow(1);
    shoot(window, out, "agencies");
    nav->setCurrentRow(2);
    shoot(window, out, "services");
    return 0;
}
