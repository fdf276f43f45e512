// People in the window (issue 17): "Who are you?" at opening a file with several people (the last
// choice remembered, a wrong passphrase said in place, Cancel closes the file), Security > People
// (a lead adds and removes), and a viewer's write refused with the core's message.

#include "actions.h"
#include "dialoganswers.h"
#include "domain/office.h"
#include "domain/people.h"
#include "guitest.h"
#include "screenshots.h"
#include "mainwindow.h"
#include "people/whoareyoudialog.h"
#include "store/keystore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>

using namespace tandem;

namespace {

const QString kLeadPass = QStringLiteral("lead passphrase, not a secret");
const QString kViewerPass = QStringLiteral("viewer passphrase, not a secret");

} // namespace

class PeopleTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(QStringLiteral("office.tandem")); }

    // A file with its lead, Mara Lead, and `others` more people (a viewer, Ana Ruiz, first).
    void makeFile(bool withViewer)
    {
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(path() + QString::fromLatin1(suffix));
        Result<std::unique_ptr<Store>> store =
            createOffice(path(), QStringLiteral("Westmarch Police"), kLeadPass, QStringLiteral("Mara Lead"), {});
        QVERIFY(store);
        if (withViewer) {
            Result<Person> lead = people::solePerson(**store);
            QVERIFY(lead);
            people::actAs(**store, *lead);
            Result<OfficeKeys> keys = unlockOfficeKeys(**store, kLeadPass);
            QVERIFY(keys);
            QVERIFY(people::add(**store, *keys, {QStringLiteral("Ana Ruiz"), {QStringLiteral("viewer")}, {}}, kViewerPass));
        }
    }

private Q_SLOTS:
    void init()
    {
        Dialogs::setTestMode(true);
        QSettings().clear();
    }

    void cleanup() { QCOMPARE(Dialogs::pendingDialogAnswers(), 0); }

    void whoAreYouAtOpeningRemembersTheChoiceAndCancelCloses()
    {
        makeFile(true);
        {
            MainWindow window;
            Dialogs::setNextDialogAnswer([](QDialog& d) {
                QCOMPARE(d.objectName(), QStringLiteral("whoAreYouDialog"));
                auto* combo = test::child<QComboBox>(d, "personCombo");
                QCOMPARE(combo->count(), 2);
                QCOMPARE(combo->currentIndex(), 0);
                QCOMPARE(combo->itemText(1), QStringLiteral("Ana Ruiz (viewer)"));
                combo->setCurrentIndex(1);
                test::type(d, "passphraseEdit", kLeadPass); // the lead's: not Ana's
                QVERIFY(test::click(d, "okButton"));
                QVERIFY(d.isVisible());
                auto* error = test::child<QLabel>(d, "passphraseError");
                QVERIFY(error->isVisible());
                QCOMPARE(error->text(), QStringLiteral("Wrong passphrase for Ana Ruiz."));
                test::type(d, "passphraseEdit", kViewerPass);
                QVERIFY(test::click(d, "okButton"));
                QVERIFY(!d.isVisible());
            });
            QVERIFY(window.openFile(path()));
            QCOMPARE(window.store()->actor().name, QStringLiteral("Ana Ruiz"));

            // The viewer's edit is refused by the core, with its message.
            Result<QUuid> added = window.store()->insert(QStringLiteral("operation"),
                                                          {{QStringLiteral("code_name"), QStringLiteral("Heron")}});
            QVERIFY(!added);
            QCOMPARE(added.error().message, QStringLiteral("Ana Ruiz (viewer) may not change operations"));
            // A viewer sees the people but adds nobody.
            Dialogs::setNextDialogAnswer([](QDialog& d) {
                QCOMPARE(test::child<QTableWidget>(d, "peopleTable")->rowCount(), 2);
                QVERIFY(!test::child<QPushButton>(d, "addPersonButton")->isEnabled());
                QVERIFY(!test::child<QPushButton>(d, "removePersonButton")->isEnabled());
                d.reject();
            });
            window.actions()->people()->trigger();
        }
        {
            // The next opening offers Ana first; Cancel opens nothing.
            MainWindow window;
            Dialogs::setNextDialogAnswer([](QDialog& d) {
                QCOMPARE(test::child<QComboBox>(d, "personCombo")->currentIndex(), 1);
                QVERIFY(test::click(d, "cancelButton"));
            });
            QVERIFY(!window.openFile(path()));
            QVERIFY(!window.store());
        }
    }

    void aFileWithOnePersonOpensAsBefore()
    {
        makeFile(false);
        MainWindow window;
        QVERIFY(window.openFile(path())); // no dialog queued: none may come
        QCOMPARE(window.store()->actor().name, QStringLiteral("Mara Lead"));
    }

    void aLeadAddsAndRemovesPeople()
    {
        makeFile(false);
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.openFile(path()));
        // Add: the person's dialog, then the lead's own passphrase (the key ring).
        Dialogs::setNextDialogAnswer([](QDialog& d) {
            auto* table = test::child<QTableWidget>(d, "peopleTable");
            QCOMPARE(table->rowCount(), 1);
            QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Mara Lead (you)"));
            QVERIFY(test::click(d, "addPersonButton"));
            QCOMPARE(table->rowCount(), 2);
            QCOMPARE(table->item(1, 0)->text(), QStringLiteral("Lio Liaison"));
            QCOMPARE(table->item(1, 3)->text(), QStringLiteral("Yes"));
            test::screenshot(&d, QStringLiteral("dialog"), QStringLiteral("people"));
            // Remove: confirmed; the lead cannot remove themself.
            table->selectRow(0);
            QVERIFY(!test::child<QPushButton>(d, "removePersonButton")->isEnabled());
            table->selectRow(1);
            Dialogs::setNextAnswer(true);
            QVERIFY(test::click(d, "removePersonButton"));
            QCOMPARE(table->rowCount(), 1);
            d.reject();
        });
        Dialogs::setNextDialogAnswer([](QDialog& d) {
            QCOMPARE(d.objectName(), QStringLiteral("addPersonDialog"));
            test::type(d, "nameEdit", QStringLiteral("Lio Liaison"));
            test::child<QCheckBox>(d, "role_liaison")->setChecked(true);
            test::type(d, "newPassphraseEdit", kViewerPass);
            test::type(d, "confirmPassphraseEdit", kViewerPass);
            QVERIFY(test::click(d, "okButton"));
            QVERIFY(!d.isVisible());
        });
        Dialogs::setNextDialogAnswer(test::passphrase(kLeadPass));
        window.actions()->people()->trigger();
        Result<std::vector<Person>> all = people::list(*window.store(), true);
        QVERIFY(all);
        QCOMPARE(all->size(), size_t(2));
        QVERIFY(all->at(1).removed);
        QVERIFY(!hasSlot(*window.store(), all->at(1).id));
    }
};

TANDEM_GUI_TEST_MAIN(PeopleTest)
#include "people_test.moc"
