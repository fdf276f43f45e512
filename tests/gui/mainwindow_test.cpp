// The main window as a user drives it: the File menu, the operations list and its detail pane,
// Open Recent, errors, the demo database, and the layout kept between runs.

#include "actions.h"
#include "dialoganswers.h"
#include "guitest.h"
#include "store/keystore.h"

#include "mainwindow.h"
#include "operations/operationlistmodel.h"
#include "recentfiles.h"
#include "sampledata.h"
#include "store/keystore.h"
#include "testsupport.h"
#include "operations/operationsview.h"
#include "dashboard/dashboardview.h"
#include "survivors/survivorlistmodel.h"
#include "survivors/survivorsview.h"

#include <QAbstractButton>
#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QSettings>
#include <QSplitter>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTreeWidget>

using namespace tandem;

namespace {

// Every piece of text the window shows or would show on hovering: labels, buttons, titles,
// tooltips, menus, the status bar and every cell of every item view.
QStringList allText(QMainWindow& window)
{
    QStringList text{window.windowTitle(), window.statusBar()->currentMessage()};
    const QList<QWidget*> widgets = window.findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        text << w->toolTip() << w->windowTitle();
        if (auto* label = qobject_cast<QLabel*>(w))
            text << label->text();
        if (auto* button = qobject_cast<QAbstractButton*>(w))
            text << button->text();
        if (auto* edit = qobject_cast<QLineEdit*>(w))
            text << edit->text();
        if (auto* view = qobject_cast<QAbstractItemView*>(w); view && view->model()) {
            const QAbstractItemModel* model = view->model();
            for (int c = 0; c < model->columnCount(); ++c)
                text << model->headerData(c, Qt::Horizontal).toString();
            for (int r = 0; r < model->rowCount(); ++r) {
                for (int c = 0; c < model->columnCount(); ++c) {
                    const QModelIndex i = model->index(r, c);
                    text << i.data().toString() << i.data(Qt::ToolTipRole).toString();
                }
            }
        }
    }
    for (QAction* action : window.findChildren<QAction*>())
        text << action->text() << action->toolTip() << action->statusTip();
    text.removeAll(QString());
    return text;
}

QStringList treeColumn(QTreeWidget* tree, int column)
{
    QStringList items;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        items << tree->topLevelItem(i)->text(column);
    return items;
}

QStringList recentPaths(MainWindow& window)
{
    QStringList paths;
    for (QAction* action : window.actions()->recentMenu()->actions()) {
        if (!action->data().toString().isEmpty())
            paths << action->data().toString();
    }
    return paths;
}

// A stand-in for the demo generator: `operations` operations, reporting progress as it goes.
struct FakeDemo {
    int calls = 0;
    std::function<void(int)> beforeProgress;

    DemoDatabase::Generator generator()
    {
        return [this](Store& store, const demo::Options& options, const demo::Progress& progress) -> Result<demo::Stats> {
            ++calls;
            Result<Transaction> tx = store.begin();
            if (!tx)
                return tx.error();
            for (int i = 0; i < options.operations; ++i) {
                if (beforeProgress)
                    beforeProgress(i);
                if (progress && !progress(i, options.operations))
                    return makeError(QStringLiteral("cancelled"));
                Result<QUuid> op = store.insert(QStringLiteral("operation"),
                                                {{QStringLiteral("code_name"), QStringLiteral("Demo %1").arg(i)}});
                if (!op)
                    return op.error();
            }
            if (Result<void> r = tx->commit(); !r)
                return r.error();
            demo::Stats stats;
            stats.rows = options.operations;
            return stats;
        };
    }
};

} // namespace

class MainWindowTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("eastbrook.tandem"));
        Result<std::unique_ptr<Store>> store = test::createTestOffice(m_path, QStringLiteral("Eastbrook Task Force"));
        QVERIFY(store.ok());
        Result<test::Sample> sample = test::fillSample(**store, 250);
        QVERIFY(sample.ok());
        m_sample = *sample;
        // One operation with nothing attached, for the empty states.
        Result<QUuid> bare = (*store)->insert(QStringLiteral("operation"),
                                              {{QStringLiteral("code_name"), QStringLiteral("Bare Thistle")}});
        QVERIFY(bare.ok());
        m_bare = *bare;
    }

    void init()
    {
        QSettings().clear();
        Dialogs::setTestMode(true);
    }

    void cleanup()
    {
        const QList<Dialogs::Message> unread = Dialogs::takeMessages();
        for (const Dialogs::Message& m : unread)
            qWarning() << "message not checked by the test:" << m.text << m.details;
    }

    void opensAFileThroughTheFileMenu()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("Tandem"));
        auto* stack = window.findChild<QStackedWidget*>(QStringLiteral("views"));
        QVERIFY(stack);
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("noFileView"));

        Dialogs::setNextFileName(m_path);
        QTest::keySequence(&window, QKeySequence::Open);
        QVERIFY(window.store());
        QCOMPARE(window.store()->path(), m_path);
        QCOMPARE(window.windowTitle(), QStringLiteral("eastbrook.tandem — Tandem"));
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("officeLabel"))->text(),
                 QStringLiteral("Office: Eastbrook Task Force"));
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("operationsView"));
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("operationCount"))->text(),
                 QStringLiteral("251 operations"));
        auto* table = window.findChild<QTableView*>(QStringLiteral("operationsTable"));
        QVERIFY(table);
        QCOMPARE(QApplication::focusWidget(), table);
        // Lazy: one page loaded, not the whole table.
        QCOMPARE(table->model()->rowCount(), OperationListModel::kPageSize);
        QVERIFY(window.actions()->closeFile()->isEnabled());
    }

    void selectingAnOperationShowsItsDetailWithoutIdentities()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openFile(m_path));
        auto* table = window.findChild<QTableView*>(QStringLiteral("operationsTable"));
        auto* model = window.operationsView()->model();
        const int row = model->fetchUntil(m_sample.richOperation);
        QVERIFY(row >= 0);
        const QModelIndex index = model->index(row, OperationListModel::CodeName);
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
        QCOMPARE(window.operationsView()->currentOperation(), m_sample.richOperation);

        auto* title = window.findChild<QLabel*>(QStringLiteral("detailTitle"));
        QVERIFY(title && title->isVisible());
        QCOMPARE(title->text(), index.data().toString());
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("detailLeadAgency"))->text(),
                 model->data(model->index(row, OperationListModel::LeadAgency)).toString());
        auto* targets = window.findChild<QTreeWidget*>(QStringLiteral("targetsList"));
        auto* assignments = window.findChild<QTreeWidget*>(QStringLiteral("assignmentsList"));
        auto* survivors = window.findChild<QTreeWidget*>(QStringLiteral("survivorsList"));
        QVERIFY(targets && assignments && survivors);
        QStringList labels = treeColumn(targets, 0);
        labels.sort();
        QStringList expected = m_sample.richTargetLabels;
        expected.sort();
        QCOMPARE(labels, expected);
        QCOMPARE(treeColumn(survivors, 0), m_sample.richSurvivorCodes);
        QCOMPARE(assignments->topLevelItemCount(), 3);
        QCOMPARE(treeColumn(assignments, 1).constFirst(), QStringLiteral("Lead"));
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("survivorsTitle"))->text(),
                 QStringLiteral("Survivors (2)"));

        const QString everything = allText(window).join(QLatin1Char('\n'));
        for (const QString& code : m_sample.richSurvivorCodes)
            QVERIFY2(everything.contains(code), qPrintable(code)); // the collector sees the pane
        for (const QString& name : m_sample.identityNames)
            QVERIFY2(!everything.contains(name), qPrintable(name + QStringLiteral(" is shown")));

        // The keyboard moves the selection, and the pane follows.
        QTest::keyClick(table, Qt::Key_Down);
        const QModelIndex next = model->index(table->currentIndex().row(), OperationListModel::CodeName);
        QVERIFY(next.row() != row || row == model->rowCount() - 1);
        QCOMPARE(title->text(), next.data().toString());
    }

    void sortingAndEditingKeepTheSelection()
    {
        // A copy: this test deletes an operation.
        const QString copy = m_dir.filePath(QStringLiteral("sorting.tandem"));
        QVERIFY(QFile::copy(m_path, copy));
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(copy));
        OperationsView* view = window.operationsView();
        auto* table = window.findChild<QTableView*>(QStringLiteral("operationsTable"));
        auto* title = window.findChild<QLabel*>(QStringLiteral("detailTitle"));
        // The operation that comes last by code name, descending.
        Result<QSqlQuery> first = window.store()->exec(QStringLiteral(
            "SELECT id FROM operation WHERE deleted = 0 ORDER BY code_name COLLATE NOCASE, id LIMIT 1"));
        QVERIFY(first.ok() && first->next());
        const QUuid far = QUuid::fromRfc4122(first->value(0).toByteArray());
        QVERIFY(view->selectOperation(far));
        const QString name = title->text();

        // Sorted by code name descending, the operation is on a page not loaded yet: it is fetched
        // and selected again once the reset is over.
        table->sortByColumn(OperationListModel::CodeName, Qt::DescendingOrder);
        QCOMPARE(view->model()->sortColumn(), int(OperationListModel::CodeName));
        QTRY_COMPARE(view->currentOperation(), far);
        QCOMPARE(title->text(), name);
        const int row = table->currentIndex().row();
        QCOMPARE(row, 250);
        QCOMPARE(view->model()->idAt(row), far);
        for (int r = 1; r <= row; ++r) {
            QVERIFY(view->model()->index(r - 1, 0).data().toString().compare(
                        view->model()->index(r, 0).data().toString(), Qt::CaseInsensitive) >= 0);
        }

        // Renamed elsewhere: the row and the pane follow, the selection stays.
        QVERIFY(window.store()->update(QStringLiteral("operation"), far,
                                       {{QStringLiteral("code_name"), QStringLiteral("Aaa Renamed Plover")}}).ok());
        QTRY_COMPARE(view->currentOperation(), far);
        QCOMPARE(title->text(), QStringLiteral("Aaa Renamed Plover"));
        QCOMPARE(view->model()->index(table->currentIndex().row(), 0).data().toString(),
                 QStringLiteral("Aaa Renamed Plover"));
        // Deleted elsewhere: the pane says so, nothing is selected.
        QVERIFY(window.store()->remove(QStringLiteral("operation"), far).ok());
        QTRY_VERIFY(view->currentOperation().isNull());
        QCOMPARE(view->model()->totalCount(), qint64(250));
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("detailMessage"))->isVisible());
    }

    void emptyStatesSayWhatIsMissing()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(m_path));
        QVERIFY(window.operationsView()->selectOperation(m_bare));
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("detailTitle"))->text(), QStringLiteral("Bare Thistle"));
        auto* noTargets = window.findChild<QLabel*>(QStringLiteral("targetsEmpty"));
        QVERIFY(noTargets->isVisible());
        QCOMPARE(noTargets->text(), QStringLiteral("No targets yet"));
        QVERIFY(!window.findChild<QTreeWidget*>(QStringLiteral("targetsList"))->isVisible());
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("assignmentsEmpty"))->isVisible());
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("survivorsEmpty"))->isVisible());
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("detailLeadAgency"))->text(),
                 QStringLiteral("No lead agency yet"));
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("detailPeriod"))->text(), QStringLiteral("Not scheduled"));

        // An edit elsewhere shows up in the pane.
        QVERIFY(window.store()->insert(QStringLiteral("target"),
                                       {{QStringLiteral("operation"), m_bare},
                                        {QStringLiteral("label"), QStringLiteral("Boathouse")},
                                        {QStringLiteral("address"), QStringLiteral("1 Weir Close")}}).ok());
        QVERIFY(!noTargets->isVisible());
        QCOMPARE(treeColumn(window.findChild<QTreeWidget*>(QStringLiteral("targetsList")), 0),
                 QStringList{QStringLiteral("Boathouse")});
        QCOMPARE(window.operationsView()->currentOperation(), m_bare); // kept across the reload
        Result<std::vector<Row>> added = window.store()->select(
            QStringLiteral("target"), QStringLiteral("label = ?"), {QStringLiteral("Boathouse")});
        QVERIFY(added.ok() && added->size() == 1);
        QVERIFY(window.store()->remove(QStringLiteral("target"), added->front().id).ok());
        QVERIFY(noTargets->isVisible());
    }

    void recentFilesListAndReopen()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(m_path));
        QCOMPARE(recentPaths(window), QStringList{m_path});

        window.actions()->closeFile()->trigger();
        QVERIFY(!window.store());
        QCOMPARE(window.windowTitle(), QStringLiteral("Tandem"));
        QCOMPARE(window.findChild<QStackedWidget*>(QStringLiteral("views"))->currentWidget()->objectName(),
                 QStringLiteral("noFileView"));
        QVERIFY(!window.actions()->closeFile()->isEnabled());
        QVERIFY(!window.findChild<QListWidget*>(QStringLiteral("navigation"))->isEnabled());

        QMenu* recent = window.actions()->recentMenu();
        QVERIFY(recent->isEnabled());
        QAction* first = recent->findChild<QAction*>(QStringLiteral("recentFile0"));
        QVERIFY(first);
        QVERIFY(first->text().contains(QStringLiteral("eastbrook.tandem")));
        first->trigger();
        QVERIFY(window.store());
        QCOMPARE(window.store()->path(), m_path);
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("operationCount"))->text(), QStringLiteral("251 operations"));

        // While this window has the file, another one may not write it: it says why and offers
        // to open it read-only; declined, nothing is opened.
        MainWindow second;
        Dialogs::takeMessages();
        QString offer;
        Dialogs::setNextDialogAnswer([&offer](QDialog& d) {
            auto* box = qobject_cast<QMessageBox*>(&d);
            QVERIFY(box);
            offer = box->informativeText();
            QVERIFY(test::click(d, "cancelButton"));
        });
        QVERIFY(!second.openFile(m_path));
        QVERIFY(!second.store());
        QVERIFY2(offer.contains(QStringLiteral("open in another Tandem")), qPrintable(offer));
        QCOMPARE(Dialogs::takeMessages().size(), 0);

        // A new run with no file named reopens the last one.
        window.closeFile();
        MainWindow again;
        QVERIFY(again.reopenLast());
        QCOMPARE(again.store()->path(), m_path);

        window.actions()->clearRecent()->trigger();
        QCOMPARE(recentPaths(window), QStringList());
        QVERIFY(!recent->isEnabled());
        MainWindow third;
        QVERIFY(!third.reopenLast());
    }

    void recentFilesKeepEightNewestFirst()
    {
        QStringList made;
        for (int i = 0; i < 10; ++i) {
            const QString path = m_dir.filePath(QStringLiteral("r%1.tandem").arg(i));
            QVERIFY(Store::create(path, QStringLiteral("Office %1").arg(i)).ok());
            made << path;
        }
        MainWindow window;
        for (const QString& path : made)
            QVERIFY(window.openFile(path));
        QVERIFY(window.openFile(made[5])); // again: moves to the front, not twice in the list
        QStringList expected{made[5], made[9], made[8], made[7], made[6], made[4], made[3], made[2]};
        QCOMPARE(recentPaths(window), expected);
        QCOMPARE(RecentFiles::files(), expected);
    }

    void missingRecentFilesArePruned()
    {
        const QString doomed = m_dir.filePath(QStringLiteral("doomed.tandem"));
        QVERIFY(Store::create(doomed, QStringLiteral("Doomed Office")).ok());
        MainWindow window;
        QVERIFY(window.openFile(m_path));
        QVERIFY(window.openFile(doomed));
        window.closeFile();
        QVERIFY(QFile::remove(doomed));

        Q_EMIT window.actions()->recentMenu()->aboutToShow();
        QCOMPARE(recentPaths(window), QStringList{m_path});
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("doomed.tandem")));
        QCOMPARE(RecentFiles::files(), QStringList{m_path});

        // At start-up the last file is reopened, skipping one that has gone.
        RecentFiles::add(doomed);
        MainWindow again;
        QVERIFY(again.reopenLast());
        QCOMPARE(again.store()->path(), m_path);
        QVERIFY(again.statusBar()->currentMessage().contains(QStringLiteral("eastbrook.tandem")));
    }

    void layoutIsRestored()
    {
        QList<int> sizes;
        QByteArray geometry;
        {
            MainWindow window;
            window.show();
            QVERIFY(window.openFile(m_path));
            window.resize(1100, 720);
            auto* splitter = window.findChild<QSplitter*>(QStringLiteral("operationsSplitter"));
            QVERIFY(splitter);
            QTest::qWait(0);
            splitter->setSizes({620, 400});
            window.findChild<QTableView*>(QStringLiteral("operationsTable"))->setColumnWidth(0, 333);
            sizes = splitter->sizes();
            window.actions()->quit()->trigger();
            QVERIFY(!window.isVisible());
        }
        MainWindow window;
        window.show();
        QVERIFY(window.reopenLast());
        QCOMPARE(window.size(), QSize(1100, 720));
        QCOMPARE(window.findChild<QSplitter*>(QStringLiteral("operationsSplitter"))->sizes(), sizes);
        QCOMPARE(window.findChild<QTableView*>(QStringLiteral("operationsTable"))->columnWidth(0), 333);
    }

    // The window opens on the operations list without building the views nobody has opened yet
    // (a faster first screen). Built on first show, such a view has the file, and the layout
    // it was left with, even after sessions that never showed it.
    void viewsAreBuiltWhenFirstShownWithTheirLayout()
    {
        QList<int> sizes;
        {
            MainWindow window;
            window.show();
            QVERIFY(window.openFile(m_path));
            window.resize(1100, 720);
            QVERIFY(!window.findChild<SurvivorsView*>());
            QVERIFY(!window.findChild<DashboardView*>());
            window.showView(window.survivorsView());
            QCOMPARE(window.currentView(), static_cast<View*>(window.survivorsView()));
            auto* splitter = window.findChild<QSplitter*>(QStringLiteral("survivorsSplitter"));
            QVERIFY(splitter && splitter->isVisible());
            QTest::qWait(0);
            splitter->setSizes({300, 700});
            sizes = splitter->sizes();
            window.actions()->quit()->trigger();
        }
        {
            MainWindow window; // a session that never shows the survivors
            window.show();
            QVERIFY(window.reopenLast());
            QVERIFY(!window.findChild<SurvivorsView*>());
            window.actions()->quit()->trigger();
        }
        MainWindow window;
        window.show();
        QVERIFY(window.reopenLast());
        QVERIFY(!window.findChild<SurvivorsView*>());
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        const QList<QListWidgetItem*> items = navigation->findItems(QStringLiteral("Survivors"), Qt::MatchExactly);
        QCOMPARE(items.size(), 1);
        navigation->setCurrentItem(items.first()); // as a person chooses it
        SurvivorsView* survivors = window.findChild<SurvivorsView*>();
        QVERIFY(survivors && survivors->isVisible());
        QCOMPARE(window.currentView(), static_cast<View*>(survivors));
        QCOMPARE(window.findChild<QSplitter*>(QStringLiteral("survivorsSplitter"))->sizes(), sizes);
        QVERIFY(survivors->model()->rowCount() > 0); // it has the open file
        // A screen reader names its fields by their labels, as everywhere else in the window.
        QCOMPARE(window.findChild<QPlainTextEdit*>(QStringLiteral("stepNote"))->accessibleName(), QStringLiteral("Note"));
    }

    void newFileAsksForTheOfficeNameAndPassphrase()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const QString path = m_dir.filePath(QStringLiteral("riverside.tandem"));
        const QString passphrase = QStringLiteral("amber kettle north willow");
        Dialogs::setNextFileName(m_dir.filePath(QStringLiteral("riverside"))); // the suffix is added
        Dialogs::setNextDialogAnswer(test::newOffice(QStringLiteral("Riverside Task Force"), passphrase));
        QTest::keySequence(&window, QKeySequence::New);
        QCOMPARE(Dialogs::pendingDialogAnswers(), 0);
        QVERIFY(QFile::exists(path));
        // A real office: keys that open with the passphrase chosen, and the default protocols.
        QVERIFY(hasOfficeKeys(*window.store()));
        QVERIFY(unlockOfficeKeys(*window.store(), passphrase));
        QVERIFY(!unlockOfficeKeys(*window.store(), QStringLiteral("amber kettle north")));
        QVERIFY(!window.store()->select(QStringLiteral("protocol"))->empty());
        QCOMPARE(window.store()->path(), path);
        QCOMPARE(window.windowTitle(), QStringLiteral("riverside.tandem — Tandem"));
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("officeLabel"))->text(),
                 QStringLiteral("Office: Riverside Task Force"));
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("operationCount"))->text(), QStringLiteral("No operations yet"));
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("detailMessage"))->isVisible());

        // Cancelled at either question: nothing happens.
        Dialogs::setNextFileName(QString());
        window.actions()->newFile()->trigger();
        Dialogs::setNextFileName(m_dir.filePath(QStringLiteral("never.tandem")));
        Dialogs::setNextDialogAnswer([](QDialog& d) {
            test::type(d, "officeNameEdit", QStringLiteral("Never Office"));
            QVERIFY(test::click(d, "cancelButton"));
        });
        window.actions()->newFile()->trigger();
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.tandem"))));
        QCOMPARE(window.store()->path(), path);
        QCOMPARE(Dialogs::takeMessages().size(), 0);
    }

    void errorsAreShownWithTheFileAndTheReason()
    {
        MainWindow window;
        QVERIFY(window.openFile(m_path));

        const QString notes = m_dir.filePath(QStringLiteral("notes.tandem"));
        QFile file(notes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("shopping list: bread, milk\n");
        file.close();
        Dialogs::setNextFileName(notes);
        window.actions()->openFile()->trigger();
        QList<Dialogs::Message> messages = Dialogs::takeMessages();
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages[0].icon, QMessageBox::Warning);
        QCOMPARE(messages[0].text, QStringLiteral("The file could not be opened."));
        QVERIFY2(messages[0].details.startsWith(notes), qPrintable(messages[0].details));
        QVERIFY(messages[0].details.contains(QStringLiteral("Not a Tandem database")));
        QCOMPARE(window.store()->path(), m_path); // the open file stays open

        // Making a file where one exists is refused, and the existing file is left alone.
        const QByteArray before = QFile(m_path).size() > 0 ? QByteArray::number(QFile(m_path).size()) : QByteArray();
        Dialogs::setNextFileName(m_path);
        window.actions()->newFile()->trigger();
        messages = Dialogs::takeMessages();
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages[0].text, QStringLiteral("The new file could not be made."));
        QVERIFY(messages[0].details.contains(QStringLiteral("already exists")));
        QCOMPARE(QByteArray::number(QFile(m_path).size()), before);
        // The same refusal from the store, for a caller that skips the question.
        QVERIFY(!window.createFile(m_path, QStringLiteral("Another Office"), QStringLiteral("amber kettle north willow")));
        messages = Dialogs::takeMessages();
        QCOMPARE(messages.size(), 1);
        QVERIFY(messages[0].details.contains(QStringLiteral("already exists")));
        QCOMPARE(window.store()->path(), m_path);

        // An office needs a name, and a passphrase long enough and typed alike twice: until then
        // the dialog does not let Create be clicked, and says what is wrong.
        const QString nameless = m_dir.filePath(QStringLiteral("nameless.tandem"));
        Dialogs::setNextFileName(nameless);
        Dialogs::setNextDialogAnswer([](QDialog& d) {
            auto* create = test::child<QAbstractButton>(d, "okButton");
            auto* hint = test::child<QLabel>(d, "passphraseHint");
            test::type(d, "officeNameEdit", QStringLiteral("   "));
            test::type(d, "newPassphraseEdit", QStringLiteral("amber kettle north willow"));
            test::type(d, "confirmPassphraseEdit", QStringLiteral("amber kettle north willow"));
            QVERIFY(!create->isEnabled());
            test::type(d, "officeNameEdit", QStringLiteral("Nameless Office"));
            QVERIFY(create->isEnabled());
            test::type(d, "confirmPassphraseEdit", QStringLiteral("amber kettle north"));
            QVERIFY(!create->isEnabled());
            QCOMPARE(hint->text(), QStringLiteral("The two passphrases are not the same."));
            test::type(d, "newPassphraseEdit", QStringLiteral("short"));
            QVERIFY(!create->isEnabled());
            QVERIFY2(hint->text().contains(QStringLiteral("too short")), qPrintable(hint->text()));
            QVERIFY(!test::click(d, "okButton"));
        });
        window.actions()->newFile()->trigger();
        QCOMPARE(Dialogs::takeMessages().size(), 0);
        QVERIFY(!QFile::exists(nameless));

        // Opening a file that is not there.
        QVERIFY(!window.openFile(m_dir.filePath(QStringLiteral("absent.tandem"))));
        messages = Dialogs::takeMessages();
        QCOMPARE(messages.size(), 1);
        QVERIFY(messages[0].details.contains(QStringLiteral("No such file")));
    }

    void aboutNamesVersionAndLicence()
    {
        MainWindow window;
        window.actions()->about()->trigger();
        const QList<Dialogs::Message> messages = Dialogs::takeMessages();
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages[0].title, QStringLiteral("About Tandem"));
        QVERIFY(messages[0].text.contains(QStringLiteral(TANDEM_VERSION)));
        QVERIFY(messages[0].text.contains(QStringLiteral("GPL-3.0-or-later")));
    }

    void demoIsMadeOnceBehindProgress()
    {
        const QString path = m_dir.filePath(QStringLiteral("data/demo.tandem"));
        FakeDemo fake;
        bool dialogSeen = false;
        MainWindow window;
        window.show();
        fake.beforeProgress = [&](int) {
            if (auto* dialog = window.findChild<QProgressDialog*>(QStringLiteral("demoProgress")))
                dialogSeen = dialogSeen || dialog->isVisible();
        };
        demo::Options options;
        options.operations = 12;
        window.setDemo(path, fake.generator(), options);
        window.actions()->openDemo()->trigger();
        QCOMPARE(fake.calls, 1);
        QVERIFY(dialogSeen);
        QVERIFY(window.store());
        QCOMPARE(window.store()->path(), path);
        QCOMPARE(window.operationsView()->model()->totalCount(), qint64(12));
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("officeLabel"))->text(), QStringLiteral("Office: Demo Task Force"));
        QCOMPARE(QDir(QFileInfo(path).absolutePath()).entryList({QStringLiteral("*.partial*")}, QDir::Files | QDir::Hidden),
                 QStringList());

        window.closeFile();
        QVERIFY(window.openDemo()); // made once: opened, not made again
        QCOMPARE(fake.calls, 1);
        QCOMPARE(window.operationsView()->model()->totalCount(), qint64(12));
    }

    void cancellingTheDemoLeavesNoFile()
    {
        const QString dir = m_dir.filePath(QStringLiteral("cancelled"));
        const QString path = dir + QStringLiteral("/demo.tandem");
        FakeDemo fake;
        MainWindow window;
        window.show();
        fake.beforeProgress = [&](int i) {
            if (i == 3) {
                auto* dialog = window.findChild<QProgressDialog*>(QStringLiteral("demoProgress"));
                QVERIFY(dialog);
                dialog->cancel();
            }
        };
        demo::Options options;
        options.operations = 10;
        window.setDemo(path, fake.generator(), options);
        QVERIFY(!window.openDemo());
        QCOMPARE(fake.calls, 1);
        QVERIFY(!window.store());
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("cancelled")));
    }

    void aFailingDemoGeneratorIsReported()
    {
        const QString dir = m_dir.filePath(QStringLiteral("failed"));
        MainWindow window;
        window.setDemo(dir + QStringLiteral("/demo.tandem"),
                       [](Store& store, const demo::Options&, const demo::Progress&) -> Result<demo::Stats> {
                           (void)store.insert(QStringLiteral("operation"), {{QStringLiteral("code_name"), QStringLiteral("Half")}});
                           return makeError(QStringLiteral("agency field \"kind\" is required"), QStringLiteral("agency"));
                       },
                       demo::Options{});
        QVERIFY(!window.openDemo());
        const QList<Dialogs::Message> messages = Dialogs::takeMessages();
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages[0].text, QStringLiteral("The demo database could not be made."));
        QVERIFY(messages[0].details.contains(QStringLiteral("\"kind\" is required")));
        QCOMPARE(QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    }

    void theRealDemoShowsSurvivorsByCodeOnly()
    {
        const QString path = m_dir.filePath(QStringLiteral("real/demo.tandem"));
        demo::Options options = DemoDatabase::defaultOptions();
        options.operations = 40;
        MainWindow window;
        window.show();
        window.setDemo(path, DemoDatabase::defaultGenerator(), options);
        QVERIFY(window.openDemo());
        QCOMPARE(window.operationsView()->model()->totalCount(), qint64(40));

        // Every identity name the generator wrote (sealed at rest: opened here with the demo's
        // passphrase, for the test only), and every operation with survivors.
        Result<OfficeKeys> keys = unlockOfficeKeys(*window.store(), DemoDatabase::passphrase());
        QVERIFY(keys.ok());
        window.store()->setIdentityKeys(&*keys);
        Result<QSqlQuery> names = window.store()->exec(QStringLiteral(
            "SELECT tandem_open(name) FROM survivor_identity WHERE deleted = 0 AND name IS NOT NULL"));
        QVERIFY(names.ok());
        QStringList identities;
        while (names->next())
            identities << names->value(0).toString();
        names->finish();
        window.store()->setIdentityKeys(nullptr);
        QVERIFY(!identities.isEmpty());
        Result<QSqlQuery> ops = window.store()->exec(QStringLiteral(
            "SELECT DISTINCT operation FROM survivor WHERE deleted = 0 AND operation IS NOT NULL"));
        QVERIFY(ops.ok());
        QList<QUuid> withSurvivors;
        while (ops->next())
            withSurvivors << QUuid::fromRfc4122(ops->value(0).toByteArray());
        QVERIFY(!withSurvivors.isEmpty());

        auto* survivors = window.findChild<QTreeWidget*>(QStringLiteral("survivorsList"));
        for (const QUuid& op : withSurvivors) {
            QVERIFY(window.operationsView()->selectOperation(op));
            QVERIFY(survivors->isVisible() && survivors->topLevelItemCount() > 0);
            const QString everything = allText(window).join(QLatin1Char('\n'));
            for (const QString& name : identities)
                QVERIFY2(!everything.contains(name), qPrintable(QStringLiteral("an identity is shown")));
        }
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    test::Sample m_sample;
    QUuid m_bare;
};

TANDEM_GUI_TEST_MAIN(MainWindowTest)
#include "mainwindow_test.moc"
