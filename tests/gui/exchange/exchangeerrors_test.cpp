// Exchange when things go wrong, as the user sees it: a tampered bundle is refused with the core's
// message and changes nothing; Cancel during an export leaves no file, during a merge no change;
// a forged or malformed key card is refused and explained; an export with no partner, or onto an
// existing file, says what to do instead.

#include "actions.h"
#include "dialoganswers.h"
#include "domain/office.h"
#include "guitest.h"
#include "security/keyring.h"
#include "mainwindow.h"
#include "sampledata.h"
#include "store/keystore.h"
#include "sync/exchange.h"
#include "sync/partners.h"
#include "testsupport.h"

#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QThread>
#include <QTimer>

using namespace tandem;

namespace {

const QString kPassA = QStringLiteral("granite willow seven lanterns");
const QString kPassB = QStringLiteral("harbour fennel quiet arches");

std::unique_ptr<Store> office(const QString& path, const QString& name, const QString& passphrase)
{
    Result<std::unique_ptr<Store>> s = createOffice(path, name, passphrase);
    return s ? std::move(*s) : nullptr;
}

std::unique_ptr<Store> open(const QString& path)
{
    Result<std::unique_ptr<Store>> s = Store::open(path);
    return s ? std::move(s).value() : nullptr;
}

QStringList filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

// Cancels the progress dialog `name` of `window` once its value reaches `atLeast`.
class Canceller : public QObject {
public:
    Canceller(QWidget* window, const char* name, int atLeast)
        : m_window(window)
        , m_name(QString::fromLatin1(name))
    {
        connect(&m_timer, &QTimer::timeout, this, [this, atLeast] {
            auto* progress = m_window->findChild<QProgressDialog*>(m_name);
            if (!progress || !progress->isVisible() || progress->value() < atLeast)
                return;
            m_timer.stop();
            seenAt = progress->value();
            const QList<QPushButton*> buttons = progress->findChildren<QPushButton*>();
            if (!buttons.isEmpty())
                QTest::mouseClick(buttons.first(), Qt::LeftButton);
        });
        m_timer.start(0);
    }
    int seenAt = -1;

private:
    QWidget* m_window;
    QString m_name;
    QTimer m_timer;
};

} // namespace

class ExchangeErrorsTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_pathA;
    QString m_pathB;

    QString file(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    // A bundle from A for B, made by the core.
    QString bundleFromA(const char* name)
    {
        std::unique_ptr<Store> a = open(m_pathA);
        Result<OfficeKeys> keys = unlockOfficeKeys(*a, kPassA);
        ExportOptions options;
        options.recipients << open(m_pathB)->siteId();
        options.full = true;
        const QString path = file(name);
        Result<ExportSummary> r = exportBundle(*a, *keys, options, path);
        return r ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pathA = file("eastbrook.tandem");
        m_pathB = file("riverside.tandem");
        std::unique_ptr<Store> a = office(m_pathA, QStringLiteral("Eastbrook Task Force"), kPassA);
        std::unique_ptr<Store> b =
            office(m_pathB, QStringLiteral("Riverside Shelter Network"), kPassB);
        QVERIFY(a && b);
        QVERIFY(trustPartner(*a, *ownCard(*b)));
        QVERIFY(trustPartner(*b, *ownCard(*a)));
        QVERIFY(test::fillSample(*a, 300));
    }

    void init() { Dialogs::setTestMode(true); }

    void cleanup()
    {
        QCOMPARE(Dialogs::pendingDialogAnswers(), 0);
        for (const Dialogs::Message& m : Dialogs::takeMessages())
            qWarning() << "message not checked by the test:" << m.text << m.details;
    }

    void aTamperedBundleShowsTheCoreMessageAndChangesNothing()
    {
        const QString good = bundleFromA("good.bundle");
        QVERIFY(!good.isEmpty());
        QFile in(good);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray bytes = in.readAll();
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x20);
        const QString tampered = file("tampered.bundle");
        QFile out(tampered);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();

        MainWindow window;
        QVERIFY(window.openFile(m_pathB));
        // What the core says about this bundle (it refuses before touching anything).
        Result<MergeSummary> core =
            mergeBundle(*window.store(), *unlockOfficeKeys(*window.store(), kPassB), tampered);
        QVERIFY(!core);
        const QString before = test::dumpText(*window.store(), true);

        Dialogs::setNextFileName(tampered);
        Dialogs::setNextDialogAnswer(test::passphrase(kPassB));
        window.actions()->mergeBundle()->trigger();
        const QList<Dialogs::Message> messages = Dialogs::takeMessages();
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages[0].text,
                 QStringLiteral("The bundle was not merged; nothing was changed."));
        QString expected = core.error().message;
        expected[0] = expected[0].toUpper();
        QVERIFY2(messages[0].details.contains(expected), qPrintable(messages[0].details));
        QVERIFY(messages[0].details.startsWith(tampered));
        QCOMPARE(test::dumpText(*window.store(), true), before);
    }

    void cancellingAnExportLeavesNoFile_data()
    {
        QTest::addColumn<int>("atLeast");
        QTest::newRow("while gathering the rows") << 1;
        QTest::newRow("while encrypting") << 501;
    }

    void cancellingAnExportLeavesNoFile()
    {
        QFETCH(int, atLeast);
        const QString folder = file(atLeast > 500 ? "late" : "early");
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/cancelled.bundle");
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(m_pathA));
        const QDateTime lastExport = partners(*window.store())->front().lastExportAt;
        Dialogs::setNextDialogAnswer([&](QDialog& d) {
            test::type(d, "bundlePathEdit", path);
            QVERIFY(test::click(d, "exportButton"));
        });
        Dialogs::setNextDialogAnswer(test::passphrase(kPassA));
        Canceller cancel(&window, "exportProgress", atLeast);
        window.actions()->exportBundle()->trigger();
        QVERIFY2(cancel.seenAt >= atLeast, "the export ended before it could be cancelled");
        QCOMPARE(window.statusBar()->currentMessage(),
                 QStringLiteral("The export was cancelled; no bundle was written."));
        QCOMPARE(Dialogs::takeMessages().size(), 0);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(filesIn(folder), QStringList());
        // Not recorded as an export either.
        QCOMPARE(partners(*window.store())->front().lastExportAt, lastExport);
    }

    // An export that outlasts the idle timeout: the keys are forgotten by the ring, not by the
    // export that is using them.
    void anExportOutlastingTheIdleTimeoutCompletes()
    {
        const QString path = file("outlasting.bundle");
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(m_pathA));
        window.keyRing()->setIdleTimeout(std::chrono::milliseconds(1));
        Dialogs::setNextDialogAnswer([&](QDialog& d) {
            test::type(d, "bundlePathEdit", path);
            QVERIFY(test::click(d, "exportButton"));
        });
        Dialogs::setNextDialogAnswer(test::passphrase(kPassA));
        bool lockedDuringExport = false;
        connect(window.keyRing(), &KeyRing::unlockedChanged, this, [&](bool unlocked) {
            if (!unlocked && window.findChild<QProgressDialog*>(QStringLiteral("exportProgress")))
                lockedDuringExport = true;
        });
        QTimer slow; // the export's events take their time, so that the timeout comes meanwhile
        connect(&slow, &QTimer::timeout, this, [] { QThread::msleep(2); });
        slow.start(0);
        window.actions()->exportBundle()->trigger();
        QVERIFY(lockedDuringExport);
        const QList<Dialogs::Message> messages = Dialogs::takeMessages();
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages[0].text.contains(QStringLiteral("records for")),
                 qPrintable(messages[0].text));
        QVERIFY(QFile::exists(path));
        QVERIFY(!window.keyRing()->isUnlocked());
    }

    void cancellingAMergeChangesNothing()
    {
        const QString bundle = bundleFromA("cancel-merge.bundle");
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(m_pathB));
        const QString before = test::dumpText(*window.store(), true);
        Dialogs::setNextFileName(bundle);
        Dialogs::setNextDialogAnswer(test::passphrase(kPassB));
        Canceller cancel(&window, "mergeProgress", 450); // after decryption, while merging tables
        window.actions()->mergeBundle()->trigger();
        QVERIFY(cancel.seenAt >= 450);
        QCOMPARE(window.statusBar()->currentMessage(),
                 QStringLiteral("The merge was cancelled; nothing was changed."));
        QCOMPARE(Dialogs::takeMessages().size(), 0);
        QCOMPARE(test::dumpText(*window.store(), true), before);
    }

    void aForgedOrMalformedCardIsRefused()
    {
        MainWindow window;
        QVERIFY(window.openFile(m_pathB));
        // Eastbrook's site and name with someone else's keys: consistent in itself, so only the
        // trust refuses it, because Riverside already trusts Eastbrook with other keys. The window
        // offers to replace the key only once the new fingerprint is compared with the partner's;
        // whoever has not compared it cannot take it.
        KeyCard forged = *ownCard(*open(m_pathA));
        forged.keys = OfficeKeys::generate().publicKeys();
        const QString path = file("forged.card");
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(forged.toText().toUtf8());
        out.close();
        const Result<TrustResult> core = trustPartner(*window.store(), forged);
        QVERIFY(!core);

        Dialogs::setNextFileName(path);
        Dialogs::setNextDialogAnswer([](QDialog& d) {
            QVERIFY(!test::child<QLabel>(d, "replacedKeyWarning")->isHidden());
            QVERIFY(!test::child<QAbstractButton>(d, "trustButton")->isEnabled());
            d.reject();
        });
        window.actions()->trustPartner()->trigger();
        QCOMPARE(Dialogs::pendingDialogAnswers(), 0);
        QList<Dialogs::Message> messages = Dialogs::takeMessages();
        QCOMPARE(messages.size(), 0);
        QCOMPARE(partners(*window.store())->front().keys, ownCard(*open(m_pathA))->keys);

        // Not a card at all: refused before any question.
        const QString notes = file("notes.card");
        QFile bad(notes);
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("shopping list: bread, milk\n");
        bad.close();
        Dialogs::setNextFileName(notes);
        window.actions()->trustPartner()->trigger();
        messages = Dialogs::takeMessages();
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages[0].details.startsWith(notes), qPrintable(messages[0].details));
        QVERIFY(messages[0].details.contains(QStringLiteral("Not a Tandem office card")));
    }

    void anExportNeedsAPartnerAndANewFile()
    {
        const QString lonely = file("lonely.tandem");
        QVERIFY(office(lonely, QStringLiteral("Lonely Office"), kPassA));
        MainWindow window;
        QVERIFY(window.openFile(lonely));
        window.actions()->exportBundle()->trigger();
        QList<Dialogs::Message> messages = Dialogs::takeMessages();
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages[0].text, QStringLiteral("This office trusts no partner office yet."));

        QVERIFY(window.openFile(m_pathA));
        const QString existing = file("existing.bundle");
        QFile taken(existing);
        QVERIFY(taken.open(QIODevice::WriteOnly));
        taken.write("an older bundle");
        taken.close();
        Dialogs::setNextDialogAnswer([&](QDialog& d) {
            test::type(d, "bundlePathEdit", existing);
            QVERIFY(test::click(d, "exportButton"));
            QVERIFY(d.isVisible());
            auto* error = test::child<QLabel>(d, "exportError");
            QVERIFY(error->isVisible());
            QVERIFY(error->text().contains(QStringLiteral("already exists")));
            // No partner chosen, no export.
            test::child<QListWidget>(d, "partnerChoices")->item(0)->setCheckState(Qt::Unchecked);
            QVERIFY(!test::child<QAbstractButton>(d, "exportButton")->isEnabled());
            QVERIFY(test::click(d, "cancelButton"));
        });
        window.actions()->exportBundle()->trigger();
        QCOMPARE(test::readFile(existing), QByteArray("an older bundle"));
        QCOMPARE(Dialogs::takeMessages().size(), 0);
    }
};

TANDEM_GUI_TEST_MAIN(ExchangeErrorsTest)
#include "exchangeerrors_test.moc"
