// Screenshots of the operation planning views, for people to look at (not a test): run under
// Xvfb, e.g.
//   xvfb-run -a -s "-screen 0 1400x900x24" plan_screens DEMO.tandem OUTDIR
// Opens the file in a main window, goes through the views and grabs each as OUTDIR/plan-*.png.

#include "dialogs/prompts.h"
#include "mainwindow.h"
#include "operations/operationlistmodel.h"
#include "store/store.h"
#include "records/childrecordspage.h"
#include "directory/directoryview.h"
#include "operations/operationeditor.h"
#include "operations/operationfilterbar.h"
#include "operations/operationsview.h"
#include "operations/timelinepage.h"
#include "widgets/limitedlineedit.h"

#include <QApplication>
#include <QDir>
#include <QListWidget>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <iterator>

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

    // The operation with the most tasks past due and not done (the timeline shows them in red),
    // or else the one with the most tasks.
    Result<QSqlQuery> q = window.store()->exec(QStringLiteral(
        "SELECT t.operation FROM task t JOIN operation o ON o.id = t.operation"
        " WHERE t.deleted = 0 AND o.status NOT IN ('cancelled', 'closed') GROUP BY t.operation"
        " ORDER BY sum(t.done_at IS NULL AND t.due_at < strftime('%s', 'now')) DESC, count(*) DESC LIMIT 1"));
    if (!q || !q->next())
        return 1;
    const QUuid op = QUuid::fromRfc4122(q->value(0).toByteArray());
    q->finish();
    // For the picture: two of its past tasks not done yet (in this copy of the demo only).
    Result<QSqlQuery> past = window.store()->exec(
        QStringLiteral("SELECT id FROM task WHERE operation = ? AND deleted = 0 AND due_at < strftime('%s', 'now')"
                       " ORDER BY due_at DESC LIMIT 2"),
        {op.toRfc4122()});
    QList<QUuid> undone;
    while (past && past->next())
        undone << QUuid::fromRfc4122(past->value(0).toByteArray());
    for (const QUuid& task : undone)
        static_cast<void>(window.store()->update(QStringLiteral("task"), task, {{QStringLiteral("done_at"), QVariant()}}));
    ops->selectOperation(op);
    shoot(window, out, "operations-selected");
    ops->openOperation(op);
    OperationEditor* editor = ops->editor();
    // One name per tab of the editor, in its order (a tab added there needs its name here).
    const char* tabs[] = {"overview", "objectives", "risk", "comms", "packet", "targets",
                          "assignments", "timeline", "log", "follow-up", "feedback", "tips"};
    if (editor->tabs()->count() != int(std::size(tabs)))
        qWarning("the editor has %d tabs, plan_screens names %d", editor->tabs()->count(), int(std::size(tabs)));
    for (int i = 0; i < editor->tabs()->count() && i < int(std::size(tabs)); ++i) {
        editor->tabs()->setCurrentIndex(i);
        if (i == 7) {
            editor->timeline()->fit();
            if (!undone.isEmpty())
                editor->timeline()->tasks()->select(undone.first());
        }
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
