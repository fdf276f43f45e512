// The KeyRing: the office passphrase asked in a dialog that says why and lets a wrong passphrase
// be retried in place, keys kept until idle, Lock or the file closing, keys made on first need for
// a file without them, every unlock in the audit log.

#include "actions.h"
#include "dialoganswers.h"
#include "security/passphrasefields.h"
#include "domain/office.h"
#include "guitest.h"
#include "security/keyring.h"
#include "mainwindow.h"
#include "store/audit.h"
#include "store/keystore.h"

#include <QLabel>
#include <QProgressBar>
#include <QSignalSpy>

using namespace tandem;
using namespace std::chrono_literals;

namespace {

const QString kPassphrase = QStringLiteral("saffron tide orchard nine");

std::vector<AuditEntry> audit(const Store& store, const char* action)
{
    Result<std::vector<AuditEntry>> entries = readAudit(store, QString::fromLatin1(action));
    return entries ? *entries : std::vector<AuditEntry>{};
}

} // namespace

class KeyRingTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

private Q_SLOTS:
    void init()
    {
        Dialogs::setTestMode(true);
        QFile::remove(m_dir.filePath(QStringLiteral("office.tandem")));
        Result<std::unique_ptr<Store>> store =
            createOffice(m_dir.filePath(QStringLiteral("office.tandem")),
                         QStringLiteral("Westmarch Police"), kPassphrase);
        QVERIFY(store);
        m_store = std::move(*store);
    }

    void cleanup()
    {
        m_store.reset();
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(m_dir.filePath(QStringLiteral("office.tandem")) +
                          QString::fromLatin1(suffix));
        QCOMPARE(Dialogs::pendingDialogAnswers(), 0);
    }

    void aWrongPassphraseIsShownInTheDialogAndCanBeRetried()
    {
        KeyRing ring;
        ring.setStore(m_store.get());
        QSignalSpy unlocked(&ring, &KeyRing::unlockedChanged);
        Dialogs::setNextDialogAnswer([](QDialog& d) {
            QVERIFY(test::child<QLabel>(d, "passphraseReason")
                        ->text()
                        .startsWith(QStringLiteral("Opening a bundle.")));
            auto* error = test::child<QLabel>(d, "passphraseError");
            QVERIFY(!error->isVisible());
            test::type(d, "passphraseEdit", QStringLiteral("saffron tide orchard"));
            QVERIFY(test::click(d, "okButton"));
            QVERIFY(d.isVisible()); // still open, for another try
            QVERIFY(error->isVisible());
            QCOMPARE(error->text(), QStringLiteral("Wrong passphrase."));
            test::type(d, "passphraseEdit", kPassphrase);
            QVERIFY(!error->isVisible()); // typing again clears the complaint
            QVERIFY(test::click(d, "okButton"));
            QVERIFY(!d.isVisible());
            QCOMPARE(test::child<QLineEdit>(d, "passphraseEdit")->text(), QString());
        });
        Result<KeyRing::Keys> keys = ring.unlock(nullptr, QStringLiteral("Opening a bundle."));
        QVERIFY2(keys, keys ? "" : qPrintable(keys.error().text()));
        QVERIFY(ring.isUnlocked());
        QCOMPARE(unlocked.size(), 1);
        QCOMPARE((*keys)->publicKeys(), *officePublicKeys(*m_store));

        const std::vector<AuditEntry> entries = audit(*m_store, "unlock");
        QCOMPARE(entries.size(), size_t(1));
        QCOMPARE(entries[0].details, QStringLiteral("Opening a bundle."));

        // Held: the next use asks nothing (no answer is queued) and logs nothing.
        QVERIFY(ring.unlock(nullptr, QStringLiteral("Again.")));
        QCOMPARE(audit(*m_store, "unlock").size(), size_t(1));
    }

    void cancelIsAQuietErrorAndLogsNothing()
    {
        KeyRing ring;
        ring.setStore(m_store.get());
        Dialogs::setNextDialogAnswer([](QDialog& d) {
            test::type(d, "passphraseEdit", QStringLiteral("something"));
            QVERIFY(test::click(d, "cancelButton"));
        });
        Result<KeyRing::Keys> keys = ring.unlock(nullptr, QStringLiteral("Export."));
        QVERIFY(!keys);
        QVERIFY(KeyRing::isCancel(keys.error()));
        QVERIFY(!KeyRing::isCancel(makeError(QStringLiteral("wrong passphrase"), m_store->path())));
        QVERIFY(!ring.isUnlocked());
        QVERIFY(audit(*m_store, "unlock").empty());
    }

    void keysAreForgottenWhenIdleOnLockAndWithAnotherFile()
    {
        KeyRing ring;
        QCOMPARE(ring.idleTimeout(), std::chrono::milliseconds(10min));
        ring.setStore(m_store.get());
        ring.setIdleTimeout(600ms);
        Dialogs::setNextDialogAnswer(test::passphrase(kPassphrase));
        QVERIFY(ring.unlock(nullptr, QStringLiteral("Test.")));
        // Each use restarts the timeout.
        for (int i = 0; i < 3; ++i) {
            QTest::qWait(350);
            QVERIFY(ring.isUnlocked());
            QVERIFY(ring.unlock(nullptr, QStringLiteral("Test.")));
        }
        QTRY_VERIFY_WITH_TIMEOUT(!ring.isUnlocked(), 3000);

        // Lock: the next use asks again.
        ring.setIdleTimeout(10min);
        Dialogs::setNextDialogAnswer(test::passphrase(kPassphrase));
        QVERIFY(ring.unlock(nullptr, QStringLiteral("Test.")));
        ring.lock();
        QVERIFY(!ring.isUnlocked());
        QVERIFY(!ring.unlock(nullptr, QStringLiteral("Test."))); // no answer queued: cancelled

        // Another file (or none) forgets the keys of the one before.
        Dialogs::setNextDialogAnswer(test::passphrase(kPassphrase));
        QVERIFY(ring.unlock(nullptr, QStringLiteral("Test.")));
        ring.setStore(nullptr);
        QVERIFY(!ring.isUnlocked());
        QVERIFY(!ring.unlock(nullptr, QStringLiteral("Test.")));
    }

    void keysInUseOutliveTheIdleTimeoutAndLock()
    {
        KeyRing ring;
        ring.setStore(m_store.get());
        ring.setIdleTimeout(1ms);
        Dialogs::setNextDialogAnswer(test::passphrase(kPassphrase));
        Result<KeyRing::Keys> keys = ring.unlock(nullptr, QStringLiteral("A long export."));
        QVERIFY(keys);
        // The work that holds them processes events (a progress dialog): the timeout comes.
        QTRY_VERIFY(!ring.isUnlocked());
        ring.lock();
        // Still whole for the work in progress (AddressSanitizer would catch a use after free).
        QCOMPARE((*keys)->publicKeys(), *officePublicKeys(*m_store));
        QCOMPARE((*keys)->signSecret().size(), size_t(64));
    }

    void aFileWithoutKeysGetsThemOnFirstNeed()
    {
        const QString path = m_dir.filePath(QStringLiteral("demo-like.tandem"));
        QFile::remove(path);
        Result<std::unique_ptr<Store>> store =
            Store::create(path, QStringLiteral("Demo Task Force"));
        QVERIFY(store);
        QVERIFY(!hasOfficeKeys(**store));
        KeyRing ring;
        ring.setStore(store->get());
        Dialogs::setNextDialogAnswer([](QDialog& d) {
            QVERIFY(test::child<QLabel>(d, "passphraseReason")
                        ->text()
                        .contains(QStringLiteral("no office keys yet")));
            auto* ok = test::child<QAbstractButton>(d, "okButton");
            auto* meter = test::child<QProgressBar>(d, "strengthMeter");
            test::type(d, "newPassphraseEdit", QStringLiteral("short"));
            QCOMPARE(meter->value(), 0);
            QVERIFY(!ok->isEnabled());
            test::type(d, "newPassphraseEdit", QStringLiteral("saffron tide"));
            const int fair = meter->value();
            QVERIFY(fair >= 1);
            test::type(d, "newPassphraseEdit", kPassphrase + QStringLiteral(" Gate-7"));
            QVERIFY(meter->value() > fair);
            test::type(d, "confirmPassphraseEdit", kPassphrase);
            QVERIFY(!ok->isEnabled()); // not the same twice
            test::type(d, "newPassphraseEdit", kPassphrase);
            QVERIFY(ok->isEnabled());
            QVERIFY(test::click(d, "okButton"));
        });
        QVERIFY(ring.unlock(nullptr,
                            QStringLiteral("The key card carries this office's public keys.")));
        QVERIFY(hasOfficeKeys(**store));
        QVERIFY(unlockOfficeKeys(**store, kPassphrase));
        QCOMPARE(audit(**store, "keys").size(), size_t(1));
        QCOMPARE(audit(**store, "unlock").size(), size_t(1));
        ring.setStore(nullptr);
    }

    void strengthGrowsWithLengthAndKindsOfCharacters()
    {
        QCOMPARE(PassphraseFields::strength(QString()), 0);
        QCOMPARE(PassphraseFields::strength(QStringLiteral("Ab1!")), 0); // too short
        QCOMPARE(PassphraseFields::strength(QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaaa")),
                 1); // one letter
        QCOMPARE(PassphraseFields::strength(QStringLiteral("saffrontide")), 1);
        QCOMPARE(PassphraseFields::strength(QStringLiteral("saffron tide orchard")),
                 2); // 20 characters
        QCOMPARE(PassphraseFields::strength(QStringLiteral("saffron tide orchard nine")), 3); // 25
        QCOMPARE(PassphraseFields::strength(QStringLiteral("Saffron tide orchard 9")),
                 3); // 22, four kinds
        QCOMPARE(PassphraseFields::strength(QStringLiteral("Saffron tide orchard nine 9")), 4);
        QCOMPARE(PassphraseFields::strengthLabel(0), QStringLiteral("Too weak"));
        QCOMPARE(PassphraseFields::strengthLabel(4), QStringLiteral("Very strong"));
    }

    void closingTheFileLocksTheKeys()
    {
        const QString path = m_store->path();
        m_store.reset();
        MainWindow window;
        QVERIFY(window.openFile(path));
        QVERIFY(!window.actions()->lockKeys()->isEnabled());
        Dialogs::setNextDialogAnswer(test::passphrase(kPassphrase));
        QVERIFY(window.keyRing()->unlock(&window, QStringLiteral("Test.")));
        QVERIFY(window.actions()->lockKeys()->isEnabled());
        window.actions()->lockKeys()->trigger();
        QVERIFY(!window.keyRing()->isUnlocked());
        QVERIFY(!window.actions()->lockKeys()->isEnabled());

        Dialogs::setNextDialogAnswer(test::passphrase(kPassphrase));
        QVERIFY(window.keyRing()->unlock(&window, QStringLiteral("Test.")));
        window.closeFile();
        QVERIFY(!window.keyRing()->isUnlocked());
        QVERIFY(!window.actions()->lockKeys()->isEnabled());
    }
};

TANDEM_GUI_TEST_MAIN(KeyRingTest)
#include "keyring_test.moc"
