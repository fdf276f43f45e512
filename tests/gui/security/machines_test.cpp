// Seats in the window (issue 20): a lead invites a machine (Security > Invite a Machine…: the
// one-time passphrase shown once), another window joins the office from the invitation (File >
// Join an Office as Another Machine…: a wrong one-time passphrase said in place), and Security >
// Machines of This Office… lists the machines and removes one.

#include "actions.h"
#include "dialoganswers.h"
#include "domain/office.h"
#include "domain/people.h"
#include "guitest.h"
#include "mainwindow.h"
#include "screenshots.h"
#include "store/keystore.h"
#include "sync/exchange.h"
#include "sync/partners.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSqlQuery>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>

using namespace tandem;

namespace {

const QString kLeadPass = QStringLiteral("lead passphrase, not a secret");
const QString kSeatPass = QStringLiteral("laptop passphrase, not a secret");

} // namespace

class MachinesTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private Q_SLOTS:
    void init()
    {
        Dialogs::setTestMode(true);
        QSettings().clear();
    }

    void cleanup() { QCOMPARE(Dialogs::pendingDialogAnswers(), 0); }

    void aLeadInvitesAMachineWhichJoinsAndIsRemoved()
    {
        {
            Result<std::unique_ptr<Store>> store =
                createOffice(path("office.tandem"), QStringLiteral("Westmarch Police"), kLeadPass, QStringLiteral("Mara Lead"), {});
            QVERIFY(store);
        }
        QString oneTime;
        const QString invitation = path("laptop.invitation");
        {
            MainWindow window;
            window.resize(1280, 800);
            window.show();
            QVERIFY(window.openFile(path("office.tandem")));
            Dialogs::setNextDialogAnswer([&](QDialog& d) {
                QCOMPARE(d.objectName(), QStringLiteral("inviteMachineDialog"));
                QCOMPARE(test::child<QComboBox>(d, "personCombo")->currentText(), QStringLiteral("Mara Lead (Lead)"));
                QVERIFY(!test::child<QPushButton>(d, "okButton")->isEnabled()); // no file yet
                test::type(d, "machineNameEdit", QStringLiteral("Field laptop"));
                test::type(d, "invitationFileEdit", invitation);
                QVERIFY(test::click(d, "okButton"));
                oneTime = test::child<QLabel>(d, "oneTimePassphrase")->text();
                QVERIFY(test::child<QLabel>(d, "invitationDone")->text().contains(QStringLiteral("Field laptop")));
                test::screenshot(&d, QStringLiteral("invitation"), QStringLiteral("machines"));
                QVERIFY(test::click(d, "doneButton"));
            });
            Dialogs::setNextDialogAnswer(test::passphrase(kLeadPass));
            window.actions()->inviteMachine()->trigger();
            QVERIFY(oneTime.size() >= 20);
            QVERIFY(QFile::exists(invitation));
        }
        {
            // Another computer: the welcome screen's join.
            MainWindow window;
            window.resize(1280, 800);
            window.show();
            Dialogs::setNextFileName(invitation);
            Dialogs::setNextFileName(path("laptop.tandem"));
            Dialogs::setNextDialogAnswer([&](QDialog& d) {
                QCOMPARE(d.objectName(), QStringLiteral("joinOfficeDialog"));
                test::type(d, "invitationPassphraseEdit", QStringLiteral("not-the-one-time-passphrase"));
                test::type(d, "newPassphraseEdit", kSeatPass);
                test::type(d, "confirmPassphraseEdit", kSeatPass);
                QVERIFY(test::click(d, "okButton"));
                QVERIFY(d.isVisible());
                auto* error = test::child<QLabel>(d, "joinError");
                QVERIFY(error->isVisible());
                QVERIFY(error->text().contains(QStringLiteral("wrong passphrase for this invitation")));
                test::type(d, "invitationPassphraseEdit", oneTime);
                test::screenshot(&d, QStringLiteral("join"), QStringLiteral("machines"));
                QVERIFY(test::click(d, "okButton"));
                QVERIFY(!d.isVisible());
            });
            auto* join = window.findChild<QPushButton*>(QStringLiteral("noFileJoin"));
            QVERIFY(join);
            QVERIFY(join->isVisible());
            QTest::mouseClick(join, Qt::LeftButton);
            QVERIFY(window.store());
            QVERIFY(window.store()->isSeat());
            QCOMPARE(window.store()->actor().name, QStringLiteral("Mara Lead"));
            Result<std::vector<Seat>> machines = seats(*window.store());
            QVERIFY(machines);
            QCOMPARE(machines->size(), size_t(1));
        }
        const QString byHand = path("to-laptop.bundle");
        {
            // Back on the first machine: a bundle by hand for the laptop (Export for Partners
            // lists it), then the list, and removing the laptop.
            MainWindow window;
            window.resize(1280, 800);
            window.show();
            QVERIFY(window.openFile(path("office.tandem")));
            QVERIFY(window.store()->insert(QStringLiteral("operation"), {{QStringLiteral("code_name"), QStringLiteral("Kept Here")},
                                                                        {QStringLiteral("sharing"), QStringLiteral("office")}}));
            Dialogs::setNextDialogAnswer([&](QDialog& d) {
                auto* list = test::child<QListWidget>(d, "partnerChoices");
                QCOMPARE(list->count(), 1);
                QCOMPARE(list->item(0)->text(), QStringLiteral("Field laptop (a machine of this office)"));
                list->item(0)->setCheckState(Qt::Checked);
                test::type(d, "bundlePathEdit", byHand);
                QVERIFY(test::click(d, "exportButton"));
            });
            Dialogs::setNextDialogAnswer(test::passphrase(kLeadPass));
            window.actions()->exportBundle()->trigger();
            QVERIFY(QFile::exists(byHand));
            Dialogs::setNextDialogAnswer([](QDialog& d) {
                auto* table = test::child<QTableWidget>(d, "machinesTable");
                QCOMPARE(table->rowCount(), 2);
                QVERIFY(table->item(0, 0)->text().contains(QStringLiteral("this machine")));
                QCOMPARE(table->item(1, 0)->text(), QStringLiteral("Field laptop"));
                QCOMPARE(table->item(1, 3)->text(), QStringLiteral("Exchanging"));
                table->selectRow(0);
                QVERIFY(!test::child<QPushButton>(d, "removeMachineButton")->isEnabled());
                table->selectRow(1);
                test::screenshot(&d, QStringLiteral("list"), QStringLiteral("machines"));
                Dialogs::setNextAnswer(true);
                QVERIFY(test::click(d, "removeMachineButton"));
                QVERIFY(table->item(1, 3)->text().startsWith(QStringLiteral("Removed")));
                d.reject();
            });
            window.actions()->machines()->trigger();
            Result<std::vector<Seat>> live = seats(*window.store());
            QVERIFY(live);
            QVERIFY(live->empty());
        }
        {
            // On the laptop: the bundle merges, the office-only operation with it.
            Result<std::unique_ptr<Store>> laptop = Store::open(path("laptop.tandem"));
            QVERIFY(laptop);
            Result<OfficeKeys> keys = unlockOfficeKeys(**laptop, kSeatPass);
            QVERIFY(keys);
            Result<MergeSummary> merged = mergeBundle(**laptop, *keys, byHand);
            QVERIFY2(merged, merged ? "" : qPrintable(merged.error().text()));
            Result<QSqlQuery> q = (*laptop)->exec(QStringLiteral("SELECT count(*) FROM operation WHERE code_name = 'Kept Here'"));
            QVERIFY(q && q->next());
            QCOMPARE(q->value(0).toInt(), 1);
        }
    }
};

TANDEM_GUI_TEST_MAIN(MachinesTest)
#include "machines_test.moc"
