// The Audit Trail view: after an exchange between two offices, the merge and the export are
// listed newest first with who did them; the action and text filters narrow the list; long logs
// are fetched a page at a time; new entries appear while the view is open; and a file whose log
// was edited behind Tandem's back shows a banner naming the first broken entry.
//
// With TANDEM_SCREENSHOTS=DIR it saves protect-audit-view.png and protect-audit-tampered.png.

#include "actions.h"
#include "crypto/officekeys.h"
#include "dialoganswers.h"
#include "guitest.h"
#include "security/keyring.h"
#include "mainwindow.h"
#include "security/auditmodel.h"
#include "sampledata.h"
#include "screenshots.h"
#include "store/audit.h"
#include "store/backup.h"
#include "store/keystore.h"
#include "sync/exchange.h"
#include "sync/partners.h"
#include "testsupport.h"
#include "security/auditview.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>

using namespace tandem;

namespace {

const QString kNorth = QStringLiteral("Northbridge Task Force");
const QString kHarbour = QStringLiteral("Harbourside Shelter");

QString cell(const QAbstractItemModel& model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

} // namespace

class AuditViewTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_north; // exported to Harbourside
    QString m_harbour; // merged North's bundle, then exported back
    std::unique_ptr<MainWindow> m_window;

    QString file(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    AuditView* view() const { return m_window->auditView(); }
    AuditModel* model() const { return view()->model(); }
    QLabel* banner() const { return view()->findChild<QLabel*>(QStringLiteral("auditBannerText")); }

    void openAndShow(const QString& path)
    {
        QVERIFY(m_window->openFile(path));
        m_window->showView(view());
        QVERIFY(view()->isVisible());
    }

    void chooseAction(const QString& label)
    {
        auto* combo = view()->findChild<QComboBox*>(QStringLiteral("auditActionFilter"));
        QVERIFY(combo);
        const int target = combo->findText(label);
        QVERIFY2(target >= 0, qPrintable(label));
        combo->setFocus();
        // As a person does: the arrow keys choose and apply the action at once.
        while (combo->currentIndex() != target)
            QTest::keyClick(combo, combo->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_north = file("north.tandem");
        m_harbour = file("harbour.tandem");
        Result<std::unique_ptr<Store>> north = test::createTestOffice(m_north, kNorth);
        Result<std::unique_ptr<Store>> harbour = test::createTestOffice(m_harbour, kHarbour);
        QVERIFY(north && harbour);
        QVERIFY(test::fillSample(**north, 5));
        QVERIFY(trustPartner(**north, *ownCard(**harbour)));
        QVERIFY(trustPartner(**harbour, *ownCard(**north)));
        Result<OfficeKeys> northKeys = unlockOfficeKeys(**north, test::kOfficePassphrase);
        Result<OfficeKeys> harbourKeys = unlockOfficeKeys(**harbour, test::kOfficePassphrase);
        QVERIFY(northKeys && harbourKeys);
        ExportOptions toHarbour;
        toHarbour.recipients = {(*harbour)->siteId()};
        QVERIFY(exportBundle(**north, *northKeys, toHarbour, file("to-harbour.bundle")));
        Result<MergeSummary> merged = mergeBundle(**harbour, *harbourKeys, file("to-harbour.bundle"));
        QVERIFY2(merged, merged ? "" : qPrintable(merged.error().text()));
        ExportOptions toNorth;
        toNorth.recipients = {(*north)->siteId()};
        QVERIFY(exportBundle(**harbour, *harbourKeys, toNorth, file("to-north.bundle")));

        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 760);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
    }

    void init()
    {
        Dialogs::setTestMode(true);
    }

    void listsTheExportAndTheMergeNewestFirst()
    {
        QAbstractItemModelTester tester(model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        openAndShow(m_harbour);
        QCOMPARE(model()->rowCount(), 3);
        QCOMPARE(cell(*model(), 0, AuditModel::Action), QStringLiteral("Export"));
        QCOMPARE(cell(*model(), 0, AuditModel::Subject), kNorth);
        QCOMPARE(cell(*model(), 1, AuditModel::Action), QStringLiteral("Merge"));
        QCOMPARE(cell(*model(), 1, AuditModel::Subject), kNorth);
        // Trusting the partner, first of all, is in the trail too.
        QCOMPARE(cell(*model(), 2, AuditModel::Action), QStringLiteral("Partner trusted"));
        QCOMPARE(cell(*model(), 2, AuditModel::Subject), kNorth);
        QVERIFY2(cell(*model(), 0, AuditModel::Details).endsWith(QStringLiteral("to to-north.bundle")),
                 qPrintable(cell(*model(), 0, AuditModel::Details)));
        QVERIFY2(cell(*model(), 1, AuditModel::Details).endsWith(QStringLiteral("conflicts from to-harbour.bundle")),
                 qPrintable(cell(*model(), 1, AuditModel::Details)));
        const QString who = readAudit(*m_window->store())->front().actor;
        QVERIFY(!who.isEmpty());
        QCOMPARE(cell(*model(), 0, AuditModel::Actor), who);
        QVERIFY2(banner()->text().contains(QStringLiteral("The audit trail is whole")), qPrintable(banner()->text()));
        QCOMPARE(view()->brokenSeq(), 0);
        QCOMPARE(view()->findChild<QLabel*>(QStringLiteral("auditCount"))->text(), QStringLiteral("3 entries"));

        // The other office's file lists its own side of it.
        openAndShow(m_north);
        QCOMPARE(model()->rowCount(), 2);
        QCOMPARE(cell(*model(), 0, AuditModel::Action), QStringLiteral("Export"));
        QCOMPARE(cell(*model(), 0, AuditModel::Subject), kHarbour);
        openAndShow(m_harbour);
    }

    void newEntriesAppearWhileTheViewIsOpen()
    {
        QCOMPARE(model()->rowCount(), 3);
        Dialogs::setNextDialogAnswer(test::passphrase(test::kOfficePassphrase));
        m_window->actions()->unlockIdentities()->trigger();
        QVERIFY(m_window->keyRing()->isUnlocked());
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 4, 5000);
        QCOMPARE(cell(*model(), 0, AuditModel::Action), QStringLiteral("Unlock"));
        m_window->keyRing()->lock();
        test::screenshot(view(), QStringLiteral("audit-view"));
    }

    void filtersByActionAndText()
    {
        QAbstractItemModelTester tester(model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto* count = view()->findChild<QLabel*>(QStringLiteral("auditCount"));
        chooseAction(QStringLiteral("Merge"));
        QCOMPARE(model()->rowCount(), 1);
        QCOMPARE(cell(*model(), 0, AuditModel::Action), QStringLiteral("Merge"));
        QCOMPARE(count->text(), QStringLiteral("1 entry"));
        chooseAction(QStringLiteral("All actions"));
        QCOMPARE(model()->rowCount(), 4);

        auto* search = view()->findChild<QLineEdit*>(QStringLiteral("auditSearch"));
        QVERIFY(search);
        QTest::keyClicks(search, QStringLiteral("northbridge"));
        QTRY_COMPARE(model()->rowCount(), 3); // the trust, the export and the merge name the partner
        chooseAction(QStringLiteral("Export"));
        QCOMPARE(model()->rowCount(), 1);
        QCOMPARE(cell(*model(), 0, AuditModel::Action), QStringLiteral("Export"));

        search->clear();
        QTest::keyClicks(search, QStringLiteral("no such partner"));
        auto* empty = view()->findChild<QLabel*>(QStringLiteral("auditEmpty"));
        QTRY_COMPARE(model()->rowCount(), 0);
        QVERIFY(empty->isVisible());
        QCOMPARE(empty->text(), QStringLiteral("No entry matches the filter."));

        search->clear();
        chooseAction(QStringLiteral("All actions"));
        QTRY_COMPARE(model()->rowCount(), 4);
        QVERIFY(!empty->isVisible());
    }

    void aLongLogIsFetchedAPageAtATime()
    {
        QAbstractItemModelTester tester(model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 0; i < 450; ++i)
            QVERIFY(appendAudit(*m_window->store(), QStringLiteral("copy"), QStringLiteral("copy %1.tandem").arg(i), {}));
        view()->refresh();
        QCOMPARE(model()->totalCount(), qint64(454));
        QCOMPARE(model()->rowCount(), AuditModel::kPageSize);
        QVERIFY(model()->canFetchMore({}));
        model()->fetchMore({});
        QCOMPARE(model()->rowCount(), 2 * AuditModel::kPageSize);
        model()->fetchMore({});
        QCOMPARE(model()->rowCount(), 454);
        QVERIFY(!model()->canFetchMore({}));
        // Newest first, and no entry twice across the pages.
        QSet<qint64> seen;
        for (int row = 0; row < model()->rowCount(); ++row) {
            const qint64 seq = model()->data(model()->index(row, 0), AuditModel::SeqRole).toLongLong();
            QCOMPARE(seq, qint64(454 - row));
            seen.insert(seq);
        }
        QCOMPARE(seen.size(), 454);
    }

    void thePersonFilterShowsOnePersonsEntries()
    {
        m_window->closeFile();
        const QString path = file("people.tandem");
        {
            Result<std::unique_ptr<Store>> s = test::createTestOffice(path, kNorth);
            QVERIFY(s);
            (*s)->setActor({QUuid::createUuid(), QStringLiteral("Ines Calloway")});
            for (int i = 0; i < 3; ++i)
                QVERIFY(appendAudit(**s, QStringLiteral("export"), kHarbour, QStringLiteral("%1 rows").arg(i)));
            (*s)->setActor({QUuid::createUuid(), QStringLiteral("Tomas Veld")});
            for (int i = 0; i < 2; ++i)
                QVERIFY(appendAudit(**s, QStringLiteral("merge"), kHarbour, QStringLiteral("%1 rows").arg(i)));
        }
        openAndShow(path);
        auto* combo = view()->findChild<QComboBox*>(QStringLiteral("auditPersonFilter"));
        QVERIFY(combo);
        QCOMPARE(combo->itemText(0), QStringLiteral("Everyone"));
        const int ines = combo->findText(QStringLiteral("Ines Calloway"));
        QVERIFY(ines > 0);
        QVERIFY(combo->findText(QStringLiteral("Tomas Veld")) > 0);
        combo->setFocus();
        while (combo->currentIndex() != ines)
            QTest::keyClick(combo, combo->currentIndex() < ines ? Qt::Key_Down : Qt::Key_Up);
        QCOMPARE(model()->totalCount(), qint64(3));
        for (int row = 0; row < model()->rowCount(); ++row)
            QCOMPARE(cell(*model(), row, AuditModel::Actor), QStringLiteral("Ines Calloway"));
        // With the action too: Ines made no merge.
        chooseAction(QStringLiteral("Merge"));
        QCOMPARE(model()->totalCount(), qint64(0));
        auto* empty = view()->findChild<QLabel*>(QStringLiteral("auditEmpty"));
        QCOMPARE(empty->text(), QStringLiteral("No entry matches the filter."));
        chooseAction(QStringLiteral("All actions"));
        test::screenshot(view(), QStringLiteral("audit-person"));
        // Back to everyone for the tests after.
        combo->setFocus();
        while (combo->currentIndex() != 0)
            QTest::keyClick(combo, Qt::Key_Up);
        QCOMPARE(model()->totalCount(), qint64(5));
    }

    void aTamperedEntryShowsTheBrokenChainBannerNamingIt()
    {
        m_window->closeFile();
        // Someone edits the merge's entry with the sqlite3 shell: the table refuses updates, so
        // they drop its guard first.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(m_harbour);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_append_only_update")));
            QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET subject = 'Nobody' WHERE action = 'merge'")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));

        // No model tester here: it fetches every page on each signal, and this test needs the
        // broken entry (the oldest) not yet loaded.
        openAndShow(m_harbour);
        QCOMPARE(view()->brokenSeq(), qint64(2)); // after the trust
        const QString text = banner()->text();
        QVERIFY2(text.contains(QStringLiteral("has been tampered with")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("entry 2 (Merge, ")), qPrintable(text));
        // "Show the entry" brings it into view, however far down it is.
        QVERIFY2(model()->rowCount() < model()->totalCount(), qPrintable(QStringLiteral("%1 of %2").arg(model()->rowCount()).arg(model()->totalCount())));
        Q_EMIT banner()->linkActivated(QStringLiteral("#broken"));
        auto* table = view()->findChild<QTableView*>(QStringLiteral("auditTable"));
        const QModelIndex current = table->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(model()->data(current, AuditModel::SeqRole).toLongLong(), qint64(2));
        QCOMPARE(cell(*model(), current.row(), AuditModel::Subject), QStringLiteral("Nobody"));
        QVERIFY(!model()->data(model()->index(current.row(), AuditModel::Time), Qt::DecorationRole).isNull());
        QVERIFY(model()->data(model()->index(0, AuditModel::Time), Qt::DecorationRole).isNull());
        test::screenshot(view(), QStringLiteral("audit-tampered"));
    }
};

TANDEM_GUI_TEST_MAIN(AuditViewTest)
#include "auditview_test.moc"
