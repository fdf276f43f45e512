// Unlocking survivors' identities from the window: Security ▸ Unlock Survivors' Identities…
// asks the passphrase, the status bar shows the open padlock with the minutes left, Lock, the
// idle timeout and the file closing take it away and tell the views (identitiesLocked), and
// Edit ▸ Preferences… chooses the idle time, kept in the settings and applied to the key ring;
// Security ▸ Change Your Passphrase… wraps the keys anew and changes no record.
//
// With TANDEM_SCREENSHOTS=DIR it saves protect-preferences.png and protect-unlocked.png.

#include "actions.h"
#include "dialoganswers.h"
#include "guitest.h"
#include "survivors/identitycontroller.h"
#include "security/keyring.h"
#include "language.h"
#include "mainwindow.h"
#include "sampledata.h"
#include "screenshots.h"
#include "store/audit.h"
#include "store/keystore.h"
#include "store/value.h"
#include "testsupport.h"

#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QToolButton>

using namespace tandem;
using namespace std::chrono_literals;

class IdentityLockTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_identityName;
    QUuid m_identity;

    QString identityName(Store& store) const
    {
        Result<Row> row = store.get(QStringLiteral("survivor_identity"), m_identity);
        if (!row)
            return QStringLiteral("<missing>");
        const QVariant value = row->value(QStringLiteral("name"));
        return value.userType() == qMetaTypeId<SealedValue>() ? QStringLiteral("<sealed>") : value.toString();
    }

    QToolButton* indicator(MainWindow& window) const
    {
        return window.findChild<QToolButton*>(QStringLiteral("identityLockIndicator"));
    }

    bool shown(MainWindow& window) const
    {
        QToolButton* button = indicator(window);
        return button && button->isVisibleTo(&window);
    }

    void unlockFromMenu(MainWindow& window)
    {
        Dialogs::setNextDialogAnswer(test::passphrase(test::kOfficePassphrase));
        window.actions()->unlockIdentities()->trigger();
        QCOMPARE(Dialogs::pendingDialogAnswers(), 0);
        QVERIFY(window.keyRing()->isUnlocked());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("office.tandem"));
        Result<std::unique_ptr<Store>> store = test::createTestOffice(m_path, QStringLiteral("Westmarch Police"));
        QVERIFY(store);
        Result<test::Sample> sample = test::fillSample(**store, 3);
        QVERIFY(sample);
        m_identityName = sample->identityNames.value(0);
        Result<std::vector<Row>> ids = (*store)->select(QStringLiteral("survivor_identity"));
        QVERIFY(ids && !ids->empty());
        m_identity = ids->front().id;
    }

    void init()
    {
        Dialogs::setTestMode(true);
        QSettings().remove(QStringLiteral("security"));
    }

    void cleanup()
    {
        QCOMPARE(Dialogs::pendingDialogAnswers(), 0);
    }

    void unlockingShowsThePadlockAndLockTakesItAway()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(m_path));
        IdentityController* identities = window.identities();
        QSignalSpy changed(identities, &IdentityController::unlockedChanged);
        QSignalSpy locked(identities, &IdentityController::identitiesLocked);
        QVERIFY(window.actions()->unlockIdentities()->isEnabled());
        QVERIFY(!shown(window));
        QCOMPARE(identityName(*window.store()), QStringLiteral("<sealed>"));

        Dialogs::setNextDialogAnswer([](QDialog& d) {
            // The passphrase dialog says why it is asked.
            QVERIFY(test::child<QLabel>(d, "passphraseReason")->text().contains(QStringLiteral("identifying details")));
            test::passphrase(test::kOfficePassphrase)(d);
        });
        window.actions()->unlockIdentities()->trigger();
        QVERIFY(identities->isUnlocked());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toBool(), true);
        QVERIFY(shown(window));
        QCOMPARE(indicator(window)->text(), QStringLiteral("Identities unlocked — locks in 10 min"));
        test::screenshot(&window, QStringLiteral("unlocked"));
        QCOMPARE(identityName(*window.store()), m_identityName);
        // Unlocked: nothing more to unlock; Lock is there instead.
        QVERIFY(!window.actions()->unlockIdentities()->isEnabled());
        QVERIFY(window.actions()->lockKeys()->isEnabled());
        // The unlock is in the audit log with its reason.
        Result<std::vector<AuditEntry>> unlocks = readAudit(*window.store(), QStringLiteral("unlock"));
        QVERIFY(unlocks && !unlocks->empty());
        QVERIFY(unlocks->front().details.contains(QStringLiteral("identifying details")));

        window.actions()->lockKeys()->trigger();
        QVERIFY(!identities->isUnlocked());
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.at(1).at(0).toBool(), false);
        QCOMPARE(locked.size(), 1);
        QVERIFY(!shown(window));
        QCOMPARE(identityName(*window.store()), QStringLiteral("<sealed>"));
        QVERIFY(window.actions()->unlockIdentities()->isEnabled());

        // The padlock in the status bar locks too.
        unlockFromMenu(window);
        QVERIFY(shown(window));
        QTest::mouseClick(indicator(window), Qt::LeftButton);
        QVERIFY(!identities->isUnlocked());
        QCOMPARE(locked.size(), 2);

        // Closing the file locks them.
        unlockFromMenu(window);
        window.closeFile();
        QCOMPARE(locked.size(), 3);
        QVERIFY(!shown(window));
        QVERIFY(!window.actions()->unlockIdentities()->isEnabled());
    }

    void aCancelledPassphraseUnlocksNothingAndSaysNothing()
    {
        MainWindow window;
        QVERIFY(window.openFile(m_path));
        Dialogs::setNextDialogAnswer([](QDialog& d) { QVERIFY(test::click(d, "cancelButton")); });
        window.actions()->unlockIdentities()->trigger();
        QVERIFY(!window.identities()->isUnlocked());
        QCOMPARE(Dialogs::takeMessages().size(), 0);
        QVERIFY(!shown(window));
    }

    void theIdleTimeoutLocksAndTheCountdownFollowsIt()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(m_path));
        QSignalSpy locked(window.identities(), &IdentityController::identitiesLocked);
        unlockFromMenu(window);

        // Less than a minute left.
        window.keyRing()->setIdleTimeout(1500ms);
        QTRY_COMPARE(indicator(window)->text(), QStringLiteral("Identities unlocked — locks in under a minute"));
        QTRY_VERIFY_WITH_TIMEOUT(!window.keyRing()->isUnlocked(), 5000);
        QCOMPARE(locked.size(), 1);
        QVERIFY(!shown(window));
        QCOMPARE(identityName(*window.store()), QStringLiteral("<sealed>"));
    }

    void preferencesChooseTheIdleTime()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(m_path));
        QCOMPARE(window.keyRing()->idleTimeout(), std::chrono::milliseconds(10min));
        unlockFromMenu(window);

        Dialogs::setNextDialogAnswer([](QDialog& d) {
            auto* combo = d.findChild<QComboBox*>(QStringLiteral("idleTimeoutCombo"));
            QVERIFY(combo);
            QCOMPARE(combo->count(), 4);
            QCOMPARE(combo->currentData().toInt(), 10);
            test::screenshot(&d, QStringLiteral("preferences"));
            combo->setCurrentIndex(combo->findData(2));
            QVERIFY(test::click(d, "okButton"));
        });
        window.actions()->preferences()->trigger();
        QCOMPARE(QSettings().value(QStringLiteral("security/idleMinutes")).toInt(), 2);
        QCOMPARE(window.keyRing()->idleTimeout(), std::chrono::milliseconds(2min));
        // Keys held now follow the new time at once.
        QTRY_COMPARE(indicator(window)->text(), QStringLiteral("Identities unlocked — locks in 2 min"));

        // Cancel changes nothing.
        Dialogs::setNextDialogAnswer([](QDialog& d) {
            auto* combo = d.findChild<QComboBox*>(QStringLiteral("idleTimeoutCombo"));
            QCOMPARE(combo->currentData().toInt(), 2);
            combo->setCurrentIndex(combo->findData(30));
            QVERIFY(test::click(d, "cancelButton"));
        });
        window.actions()->preferences()->trigger();
        QCOMPARE(QSettings().value(QStringLiteral("security/idleMinutes")).toInt(), 2);

        // A new window starts with the chosen time.
        MainWindow next;
        QCOMPARE(next.keyRing()->idleTimeout(), std::chrono::milliseconds(2min));
    }

    void preferencesChooseTheLanguage()
    {
        MainWindow window;
        language::setChosen(QString());
        Dialogs::setNextDialogAnswer([](QDialog& d) {
            auto* combo = d.findChild<QComboBox*>(QStringLiteral("languageCombo"));
            QVERIFY(combo);
            QCOMPARE(combo->currentData().toString(), QString()); // the system's
            QCOMPARE(combo->count(), qsizetype(language::available().size()) + 1);
            const int french = combo->findData(QStringLiteral("fr"));
            QVERIFY(french > 0);
            QCOMPARE(combo->itemText(french), QStringLiteral("Français"));
            combo->setCurrentIndex(french);
            QVERIFY(test::click(d, "okButton"));
        });
        window.actions()->preferences()->trigger();
        QCOMPARE(language::chosen(), QStringLiteral("fr"));
        const QList<Dialogs::Message> messages = Dialogs::takeMessages();
        QCOMPARE(messages.size(), 1);
        QVERIFY(messages[0].text.contains(QStringLiteral("Français")));
        QVERIFY(messages[0].text.contains(QStringLiteral("next time")));
        // Help ▸ Language shows the same choice when opened.
        auto* menu = window.findChild<QMenu*>(QStringLiteral("languageMenu"));
        Q_EMIT menu->aboutToShow();
        QVERIFY(menu->findChild<QAction*>(QStringLiteral("language_fr"))->isChecked());
        QVERIFY(!menu->findChild<QAction*>(QStringLiteral("language_system"))->isChecked());
        language::setChosen(QString());
    }

    void changingThePassphraseRewrapsTheKeysAndTouchesNoData()
    {
        const QString path = m_dir.filePath(QStringLiteral("rewrap.tandem"));
        {
            Result<std::unique_ptr<Store>> made = test::createTestOffice(path, QStringLiteral("Southgate Shelter"));
            QVERIFY(made);
            QVERIFY(test::fillSample(**made, 3));
        }
        const QString fresh = QStringLiteral("a brand new office passphrase, also not a secret");
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(path));
        Store& store = *window.store();
        const QString before = test::dumpText(store, true); // identities sealed
        const qint64 seq = store.localSeq();
        QVERIFY(window.actions()->changePassphrase()->isEnabled());

        // A wrong current passphrase is said in the dialog, which stays for another try.
        Dialogs::setNextDialogAnswer([](QDialog& d) {
            test::type(d, "passphraseEdit", QStringLiteral("not the passphrase"));
            QVERIFY(test::click(d, "okButton"));
            QVERIFY(d.isVisible());
            QVERIFY(!test::child<QLabel>(d, "passphraseError")->text().isEmpty());
            test::passphrase(test::kOfficePassphrase)(d);
        });
        Dialogs::setNextDialogAnswer([fresh](QDialog& d) {
            test::type(d, "newPassphraseEdit", fresh);
            test::type(d, "confirmPassphraseEdit", fresh);
            QVERIFY(test::click(d, "okButton"));
        });
        window.actions()->changePassphrase()->trigger();
        QCOMPARE(Dialogs::takeMessages().size(), 0);

        // No record changed; the old passphrase no longer opens the keys, the new one does, and
        // opens the same survivors' identities.
        QCOMPARE(test::dumpText(store, true), before);
        QCOMPARE(store.localSeq(), seq);
        Result<OfficeKeys> old = unlockOfficeKeys(store, test::kOfficePassphrase);
        QVERIFY(!old);
        QVERIFY2(old.error().message.contains(QStringLiteral("wrong passphrase")), qPrintable(old.error().message));
        QVERIFY(unlockOfficeKeys(store, fresh));
        Result<std::vector<AuditEntry>> changes = readAudit(store, QStringLiteral("passphrase"));
        QVERIFY(changes && changes->size() == 1);
        QCOMPARE(changes->front().subject, QStringLiteral("key slot"));

        Dialogs::setNextDialogAnswer(test::passphrase(fresh));
        window.actions()->unlockIdentities()->trigger();
        QVERIFY(window.keyRing()->isUnlocked());
        Result<std::vector<Row>> ids = store.select(QStringLiteral("survivor_identity"));
        QVERIFY(ids && !ids->empty());
        QVERIFY(ids->front().value(QStringLiteral("name")).userType() != qMetaTypeId<SealedValue>());
    }

    void changingThePassphraseIsCancelledWithoutAChange()
    {
        MainWindow window;
        QVERIFY(window.openFile(m_path));
        Dialogs::setNextDialogAnswer(test::passphrase(test::kOfficePassphrase));
        Dialogs::setNextDialogAnswer([](QDialog& d) { QVERIFY(test::click(d, "cancelButton")); });
        window.actions()->changePassphrase()->trigger();
        QVERIFY(unlockOfficeKeys(*window.store(), test::kOfficePassphrase));
        QVERIFY(readAudit(*window.store(), QStringLiteral("passphrase"))->empty());
    }
};

TANDEM_GUI_TEST_MAIN(IdentityLockTest)
#include "identitylock_test.moc"
