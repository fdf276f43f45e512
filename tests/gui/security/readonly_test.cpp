// A file another Tandem is writing, opened read-only from the offer: the title says so, every
// writing action in the menus and in the views is disabled, what still reaches the Store (a
// keyboard shortcut, an edit) is refused with a message that says the file is read-only, survivors'
// identities are not unlocked (the unlock could not be audited), a copy can still be saved, and
// the file's bytes do not change.
//
// With TANDEM_SCREENSHOTS=DIR it saves protect-readonly-window.png.

#include "actions.h"
#include "records/recordcommands.h"
#include "dialoganswers.h"
#include "document.h"
#include "guitest.h"
#include "survivors/identitycontroller.h"
#include "mainwindow.h"
#include "sampledata.h"
#include "screenshots.h"
#include "testsupport.h"
#include "operations/operationsview.h"
#include "protocols/protocolsview.h"
#include "survivors/survivorsview.h"
#include "today/todayview.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QUndoStack>
#include <QTableView>

using namespace tandem;

class ReadOnlyTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    // Shows the view whose navigation entry reads `title`.
    static QWidget* showByTitle(MainWindow& window, const QString& title)
    {
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        const QList<QListWidgetItem*> found = navigation->findItems(title, Qt::MatchStartsWith);
        if (found.isEmpty())
            return nullptr;
        navigation->setCurrentItem(found.constFirst());
        return window.findChild<QStackedWidget*>(QStringLiteral("views"))->currentWidget();
    }

    static void verifyDisabled(QWidget* view, const char* name)
    {
        QVERIFY2(view, name);
        auto* button = view->findChild<QPushButton*>(QString::fromLatin1(name));
        QVERIFY2(button, name);
        QVERIFY2(!button->isEnabled(), name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("office.tandem"));
        Result<std::unique_ptr<Store>> store = test::createTestOffice(m_path, QStringLiteral("Rivermouth Task Force"));
        QVERIFY(store);
        QVERIFY(test::fillSample(**store, 6));
    }

    void init()
    {
        Dialogs::setTestMode(true);
    }

    void nothingCanBeWrittenToAFileOpenReadOnly()
    {
        // Another Tandem holds the file for writing.
        Result<std::unique_ptr<Store>> writer = Store::open(m_path);
        QVERIFY(writer);
        const QByteArray before = test::readFile(m_path);
        QVERIFY(!before.isEmpty());

        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QString offer;
        Dialogs::setNextDialogAnswer([&offer](QDialog& d) {
            offer = qobject_cast<QMessageBox*>(&d)->informativeText();
            QVERIFY(test::click(d, "openReadOnlyButton"));
        });
        QVERIFY(window.openFile(m_path));
        QCOMPARE(Dialogs::pendingDialogAnswers(), 0);
        QVERIFY2(offer.contains(QStringLiteral("open in another Tandem")), qPrintable(offer));
        QVERIFY(window.store()->isReadOnly());
        QCOMPARE(window.windowTitle(), QStringLiteral("office.tandem (read-only) — Tandem"));
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("officeLabel"))->text(),
                 QStringLiteral("Office: Rivermouth Task Force (read-only)"));

        // The menus: everything that writes is off; a copy can still be saved.
        Actions* actions = window.actions();
        for (QAction* a : {actions->trustPartner(), actions->exportBundle(), actions->mergeBundle(),
                           actions->restoreBackup(), actions->changePassphrase(), actions->unlockIdentities()})
            QVERIFY2(!a->isEnabled(), qPrintable(a->objectName()));
        QVERIFY(actions->saveCopy()->isEnabled());

        // Each view: its writing buttons are off.
        QWidget* operations = showByTitle(window, QStringLiteral("Operations"));
        QCOMPARE(operations, window.operationsView());
        auto* table = operations->findChild<QTableView*>(QStringLiteral("operationsTable"));
        if (table && table->model()->rowCount() > 0)
            table->setCurrentIndex(table->model()->index(0, 0));
        for (const char* name : {"newOperation", "duplicateOperation", "deleteOperation"})
            verifyDisabled(operations, name);
        verifyDisabled(showByTitle(window, QStringLiteral("Survivors")), "addSurvivor");
        QWidget* protocols = showByTitle(window, QStringLiteral("Protocols"));
        verifyDisabled(protocols, "newProtocol");
        verifyDisabled(protocols, "importProtocol");
        QWidget* agencies = showByTitle(window, QStringLiteral("Agencies"));
        QCOMPARE(agencies->objectName(), QStringLiteral("agenciesView"));
        verifyDisabled(agencies, "agenciesNew");
        verifyDisabled(showByTitle(window, QStringLiteral("Services")), "servicesNew");
        QWidget* today = showByTitle(window, QStringLiteral("Today"));
        QCOMPARE(today, window.todayView());
        // A step chosen in Today still cannot be ticked.
        auto* tree = today->findChild<QAbstractItemView*>(QStringLiteral("todayTree"));
        QVERIFY(tree);
        QModelIndex step;
        for (int row = 0; row < tree->model()->rowCount() && !step.isValid(); ++row) {
            const QModelIndex band = tree->model()->index(row, 0);
            for (int child = 0; child < tree->model()->rowCount(band) && !step.isValid(); ++child) {
                const QModelIndex survivor = tree->model()->index(child, 0, band);
                if (tree->model()->rowCount(survivor) > 0)
                    step = tree->model()->index(0, 0, survivor);
            }
        }
        if (step.isValid())
            tree->setCurrentIndex(step);
        for (const char* name : {"todayDone", "todayDeclined", "todayNotApplicable"})
            verifyDisabled(today, name);

        // The keyboard still reaches New: the Store refuses it, and the view says why.
        showByTitle(window, QStringLiteral("Operations"));
        QAction* insert = nullptr;
        for (QAction* a : operations->findChildren<QAction*>()) {
            if (a->shortcuts().contains(QKeySequence(Qt::Key_Insert)))
                insert = a;
        }
        QVERIFY(insert);
        insert->trigger();
        QVERIFY2(window.findChild<QLabel*>(QStringLiteral("operationCount"))->text().contains(QStringLiteral("read-only")),
                 qPrintable(window.findChild<QLabel*>(QStringLiteral("operationCount"))->text()));
        // Any edit through the undo stack is refused the same way.
        Result<QUuid> added = addRecord(*window.document(), QStringLiteral("agency"),
                                        {{QStringLiteral("name"), QStringLiteral("Never Written")},
                                         {QStringLiteral("kind"), QStringLiteral("shelter")}},
                                        QStringLiteral("Add agency"));
        QVERIFY(!added);
        QVERIFY2(added.error().message.contains(QStringLiteral("read-only")), qPrintable(added.error().message));
        QCOMPARE(window.document()->undoStack()->count(), 0);

        // Survivors' identities: refused before any passphrase is asked (the unlock could not be
        // written to the audit log), with a message that says so.
        Dialogs::takeMessages();
        QVERIFY(!window.identities()->unlock(&window));
        const QList<Dialogs::Message> refused = Dialogs::takeMessages();
        QCOMPARE(refused.size(), 1);
        QVERIFY2(refused[0].details.contains(QStringLiteral("read-only")), qPrintable(refused[0].details));
        QCOMPARE(Dialogs::pendingDialogAnswers(), 0);

        // A copy is not a write to the file.
        const QString copy = m_dir.filePath(QStringLiteral("copy.tandem"));
        Dialogs::setNextFileName(copy);
        actions->saveCopy()->trigger();
        QCOMPARE(Dialogs::takeMessages().size(), 0);
        QVERIFY(QFile::exists(copy));

        showByTitle(window, QStringLiteral("Operations"));
        test::screenshot(&window, QStringLiteral("readonly-window"));
        window.closeFile();
        QCOMPARE(test::readFile(m_path), before);
        writer->reset();
        QCOMPARE(test::readFile(m_path), before);
    }
};

TANDEM_GUI_TEST_MAIN(ReadOnlyTest)
#include "readonly_test.moc"
