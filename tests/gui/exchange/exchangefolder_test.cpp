// Exchange ▸ Exchange Folder… (issue 20): choosing a folder asks for the office key and passes at
// once (a partner's bundle merged, one written for it); the dialog shows each partner's state;
// an edit is written to the folder on its own a moment later; a bad bundle dropped in the folder
// is set aside on its own and listed with its reason.
//
// With TANDEM_SCREENSHOTS=DIR it saves exchange-folder-dialog.png and exchange-folder-set-aside.png.

#include "actions.h"
#include "dialoganswers.h"
#include "document.h"
#include "exchange/folderexchange.h"
#include "guitest.h"
#include "mainwindow.h"
#include "records/recordcommands.h"
#include "screenshots.h"
#include "store/keystore.h"
#include "sync/exchangefolder.h"
#include "sync/partners.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>

using namespace tandem;

namespace {

bool hasAgency(Store& store, const QString& name)
{
    Result<std::vector<Row>> rows = store.select(QStringLiteral("agency"), QStringLiteral("name = ? AND deleted = 0"), {name});
    return rows && !rows->empty();
}

} // namespace

class ExchangeFolderTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_folder;
    std::unique_ptr<Store> m_b; // the partner, in the core
    std::optional<OfficeKeys> m_bKeys;
    std::unique_ptr<MainWindow> m_window;

    FolderPass passAtB()
    {
        Result<FolderPass> p = syncFolder(*m_b, *m_bKeys, m_folder);
        if (!p)
            qWarning() << p.error().text();
        return p ? *p : FolderPass{};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings().setValue(QStringLiteral("backup/routine"), false);
        m_folder = m_dir.filePath(QStringLiteral("exchange"));
        QVERIFY(QDir().mkpath(m_folder));
        const QString pathA = m_dir.filePath(QStringLiteral("eastfold.tandem"));
        Result<std::unique_ptr<Store>> a = test::createTestOffice(pathA, QStringLiteral("Eastfold Police Service"));
        QVERIFY(a);
        Result<std::unique_ptr<Store>> b = test::createTestOffice(m_dir.filePath(QStringLiteral("harbourside.tandem")),
                                                                  QStringLiteral("Harbourside Shelter"));
        QVERIFY(b);
        m_b = std::move(*b);
        Result<OfficeKeys> keys = unlockOfficeKeys(*m_b, test::kOfficePassphrase);
        QVERIFY(keys);
        m_bKeys.emplace(std::move(*keys));
        QVERIFY(trustPartner(**a, *ownCard(*m_b)));
        QVERIFY(trustPartner(*m_b, *ownCard(**a)));
        a->reset();

        QVERIFY(m_b->insert(QStringLiteral("agency"), {{QStringLiteral("name"), QStringLiteral("Written at Harbourside")},
                                                      {QStringLiteral("kind"), QStringLiteral("shelter")}}));
        QCOMPARE(passAtB().written.size(), qsizetype(1));

        m_window = std::make_unique<MainWindow>();
        m_window->resize(1200, 760);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openFile(pathA));
    }

    void cleanupTestCase()
    {
        m_window.reset();
    }

    void init()
    {
        Dialogs::setTestMode(true);
    }

    void cleanup()
    {
        QCOMPARE(Dialogs::pendingDialogAnswers(), 0);
    }

    void choosingAFolderAsksForTheKeyAndExchangesAtOnce()
    {
        Store* store = m_window->store();
        QVERIFY(!hasAgency(*store, QStringLiteral("Written at Harbourside")));
        Dialogs::setNextFileName(m_folder);
        Dialogs::setNextDialogAnswer([this](QDialog& d) {
            QCOMPARE(test::child<QLineEdit>(d, "folderField")->text(), QStringLiteral("None: bundles are exchanged by hand"));
            QVERIFY(!test::child<QPushButton>(d, "exchangeNowButton")->isEnabled());
            QVERIFY(test::click(d, "chooseFolderButton")); // the passphrase is asked (next answer)
            QCOMPARE(test::child<QLineEdit>(d, "folderField")->text(), QDir::toNativeSeparators(m_folder));
            const QString status = test::child<QLabel>(d, "statusLabel")->text();
            QVERIFY2(status.contains(QStringLiteral("1 bundle merged, 1 bundle written")), qPrintable(status));
            auto* partners = test::child<QTableWidget>(d, "partnersTable");
            QCOMPARE(partners->rowCount(), 1);
            QCOMPARE(partners->item(0, 0)->text(), QStringLiteral("Harbourside Shelter"));
            QVERIFY(partners->item(0, 3)->text().startsWith(QStringLiteral("A bundle waits for it in the folder")));
            test::screenshot(&d, QStringLiteral("folder-dialog"), QStringLiteral("exchange"));
            QVERIFY(test::click(d, "closeButton"));
        });
        Dialogs::setNextDialogAnswer([](QDialog& d) {
            test::type(d, "passphraseEdit", test::kOfficePassphrase);
            QVERIFY(test::click(d, "okButton"));
        });
        m_window->actions()->exchangeFolder()->trigger();
        QVERIFY(hasAgency(*m_window->store(), QStringLiteral("Written at Harbourside")));
        // The folder is kept in the file.
        QCOMPARE(*exchangeFolder(*m_window->store()), m_folder);
        // The partner takes what was written for it.
        const FolderPass atB = passAtB();
        QCOMPARE(atB.merged.size(), size_t(1));
    }

    void anEditIsWrittenToTheFolderOnItsOwn()
    {
        QVERIFY(addRecord(*m_window->document(), QStringLiteral("agency"),
                          {{QStringLiteral("name"), QStringLiteral("Written at Eastfold")}, {QStringLiteral("kind"), QStringLiteral("police")}},
                          QStringLiteral("Add agency")));
        // A moment later, with nobody asking: the pass writes it for the partner.
        bool arrived = false;
        QTRY_VERIFY_WITH_TIMEOUT((arrived = arrived || (passAtB(), hasAgency(*m_b, QStringLiteral("Written at Eastfold")))), 15000);
    }

    void aBadBundleIsSetAsideAndListedWithItsReason()
    {
        const QString name = QStringLiteral("tandem-%1-%2-000000000999.bundle")
                                 .arg(QString::fromLatin1(m_b->siteId().toHex()), QString::fromLatin1(m_window->store()->siteId().toHex()));
        {
            QFile f(QDir(m_folder).filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("TANDEMX1 this is not a bundle at all");
            f.close();
            // Written an hour ago: not one still arriving.
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(f.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-3600), QFileDevice::FileModificationTime));
        }
        // Noticed in the folder and set aside on its own.
        auto* exchange = m_window->findChild<FolderExchange*>();
        QVERIFY(exchange);
        QTRY_VERIFY2_WITH_TIMEOUT(!setAsideBundles(m_folder).empty(), qPrintable(exchange->lastProblem() + exchange->lastPassAt().toString()), 15000);
        Dialogs::setNextDialogAnswer([&](QDialog& d) {
            auto* aside = test::child<QTableWidget>(d, "setAsideTable");
            QCOMPARE(aside->rowCount(), 1);
            QCOMPARE(aside->item(0, 1)->text(), QStringLiteral("Harbourside Shelter")); // as its name says
            QVERIFY(aside->item(0, 1)->toolTip().endsWith(name));
            QVERIFY(!aside->item(0, 2)->text().isEmpty());
            test::screenshot(&d, QStringLiteral("folder-set-aside"), QStringLiteral("exchange"));
            QVERIFY(test::click(d, "closeButton"));
        });
        m_window->actions()->exchangeFolder()->trigger();
        QVERIFY(!QFile::exists(QDir(m_folder).filePath(name)));
    }

    void bundlesUnderThisOfficesNameItDidNotWriteAreReported()
    {
        // As a copy of this file on another machine would write them.
        const QString name = QStringLiteral("tandem-%1-%2-000000099999.bundle")
                                 .arg(QString::fromLatin1(m_window->store()->siteId().toHex()), QString::fromLatin1(m_b->siteId().toHex()));
        {
            QFile f(QDir(m_folder).filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("written elsewhere");
        }
        Dialogs::setNextDialogAnswer([&](QDialog& d) {
            QVERIFY(test::click(d, "exchangeNowButton"));
            const QString status = test::child<QLabel>(d, "statusLabel")->text();
            QVERIFY2(status.contains(QStringLiteral("Warning: the folder holds bundles under this office's name")), qPrintable(status));
            QVERIFY2(status.contains(name), qPrintable(status));
            QVERIFY(test::click(d, "closeButton"));
        });
        m_window->actions()->exchangeFolder()->trigger();
        QVERIFY(QFile::exists(QDir(m_folder).filePath(name))); // left alone
    }
};

TANDEM_GUI_TEST_MAIN(ExchangeFolderTest)
#include "exchangefolder_test.moc"
