// File ▸ Save a Copy As… and File ▸ Restore from Backup…: a copy that opens and holds the same
// data, refused over an existing file; the backups listed newest first, a confirmation that says
// what is lost and that the file as it was is kept, the earlier state back after the restore and
// a "before restore" backup to undo it with.
//
// With TANDEM_SCREENSHOTS=DIR it saves protect-restore-dialog.png and protect-restore-confirm.png.

#include "actions.h"
#include "records/recordcommands.h"
#include "dialoganswers.h"
#include "document.h"
#include "guitest.h"
#include "mainwindow.h"
#include "sampledata.h"
#include "screenshots.h"
#include "store/audit.h"
#include "store/backup.h"
#include "store/undofile.h"
#include "testsupport.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableWidget>
#include <QUndoStack>

using namespace tandem;

namespace {

int agencies(Store& store, const QString& name)
{
    Result<std::vector<Row>> rows =
        store.select(QStringLiteral("agency"), QStringLiteral("name = ? AND deleted = 0"), {name});
    return rows ? int(rows->size()) : -1;
}

QString dumpOf(const QString& path)
{
    Result<std::unique_ptr<Store>> s = Store::open(path, Store::Access::ReadOnly);
    return s ? test::dumpText(**s, true) : s.error().text();
}

} // namespace

class FileSafetyTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;

    QString file(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    void addAgency(const QString& name)
    {
        QVERIFY(addRecord(*m_window->document(), QStringLiteral("agency"),
                          {{QStringLiteral("name"), name}, {QStringLiteral("kind"), QStringLiteral("shelter")}},
                          QStringLiteral("Add agency")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The backups counted here are the ones each test makes (routine ones are tested apart).
        QSettings().setValue(QStringLiteral("backup/routine"), false);
        m_path = file("office.tandem");
        Result<std::unique_ptr<Store>> store = test::createTestOffice(m_path, QStringLiteral("Eastbrook Task Force"));
        QVERIFY(store);
        QVERIFY(test::fillSample(**store, 20));
        store->reset();
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1200, 760);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openFile(m_path));
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

    void saveACopyWritesAFileThatOpensAndMatches()
    {
        const QString copy = file("copy of office.tandem");
        Dialogs::setNextFileName(copy);
        m_window->actions()->saveCopy()->trigger();
        QCOMPARE(Dialogs::takeMessages().size(), 0);
        QVERIFY(QFile::exists(copy));
        // The copy opens on its own, and holds what the file holds (identities sealed in both).
        Result<std::unique_ptr<Store>> opened = Store::open(copy);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().text()));
        QCOMPARE((*opened)->officeId(), m_window->store()->officeId());
        opened->reset();
        m_window->store()->setIdentityKeys(nullptr);
        QCOMPARE(dumpOf(copy), test::dumpText(*m_window->store(), true));
        // The log says where the copy went.
        Result<std::vector<AuditEntry>> copies = readAudit(*m_window->store(), QStringLiteral("copy"));
        QVERIFY(copies && copies->size() == 1);
        QCOMPARE(copies->front().subject, QStringLiteral("copy of office.tandem"));

        // Never over an existing file, and never over the open file itself.
        const QByteArray before = test::readFile(copy);
        Dialogs::setNextFileName(copy);
        m_window->actions()->saveCopy()->trigger();
        QList<Dialogs::Message> messages = Dialogs::takeMessages();
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages[0].text, QStringLiteral("The copy was not saved."));
        QVERIFY(messages[0].details.startsWith(copy));
        QVERIFY(messages[0].details.contains(QStringLiteral("already exists")));
        QCOMPARE(test::readFile(copy), before);
        Dialogs::setNextFileName(m_path);
        m_window->actions()->saveCopy()->trigger();
        messages = Dialogs::takeMessages();
        QCOMPARE(messages.size(), 1);
        QVERIFY(messages[0].details.contains(QStringLiteral("the open file itself")));
    }

    void restoreWithNoBackupSaysSo()
    {
        QVERIFY(listBackups(m_path)->empty());
        m_window->actions()->restoreBackup()->trigger();
        const QList<Dialogs::Message> messages = Dialogs::takeMessages();
        QCOMPARE(messages.size(), 1);
        QVERIFY(messages[0].text.contains(QStringLiteral("no backup of office.tandem yet")));
    }

    void restoreBringsBackTheEarlierStateAndKeepsABeforeRestoreBackup()
    {
        addAgency(QStringLiteral("Kept Agency"));
        QVERIFY(makeBackup(*m_window->store(), QStringLiteral("before merge from Harbourside Shelter")));
        addAgency(QStringLiteral("Later Agency One"));
        addAgency(QStringLiteral("Later Agency Two"));
        QCOMPARE(agencies(*m_window->store(), QStringLiteral("Later Agency Two")), 1);
        m_window->store()->setIdentityKeys(nullptr);
        const QString later = test::dumpText(*m_window->store(), true);

        // Cancelled at the confirmation: nothing happens, the file stays open as it was.
        Dialogs::setNextDialogAnswer([](QDialog& d) { QVERIFY(test::click(d, "restoreButton")); });
        Dialogs::setNextDialogAnswer([](QDialog& d) { QVERIFY(test::click(d, "cancelButton")); });
        Store* before = m_window->store();
        m_window->actions()->restoreBackup()->trigger();
        QCOMPARE(m_window->store(), before);
        QCOMPARE(test::dumpText(*m_window->store(), true), later);

        Dialogs::setNextDialogAnswer([](QDialog& d) {
            auto* table = test::child<QTableWidget>(d, "backupsTable");
            QVERIFY(table);
            QCOMPARE(table->rowCount(), 1);
            QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Before merge from harbourside shelter"));
            QVERIFY(!table->item(0, 2)->text().isEmpty());
            QCOMPARE(table->selectionModel()->selectedRows().size(), 1); // the newest, chosen
            test::screenshot(&d, QStringLiteral("restore-dialog"));
            QVERIFY(test::click(d, "restoreButton"));
        });
        Dialogs::setNextDialogAnswer([](QDialog& d) {
            auto* box = qobject_cast<QMessageBox*>(&d);
            QVERIFY(box);
            QVERIFY2(box->text().startsWith(QStringLiteral("Restore office.tandem as it was on")), qPrintable(box->text()));
            const QString details = box->informativeText();
            // What is lost: the two agencies added since, and the entries of the audit trail.
            QVERIFY2(details.contains(QStringLiteral(": 2 changes to records")), qPrintable(details));
            QVERIFY2(details.contains(QStringLiteral("undo history")), qPrintable(details));
            QVERIFY2(details.contains(QStringLiteral("kept as a backup first (“before restore”)")), qPrintable(details));
            // Cancel is what Enter does.
            QCOMPARE(box->defaultButton()->objectName(), QStringLiteral("cancelButton"));
            test::screenshot(&d, QStringLiteral("restore-confirm"));
            QVERIFY(test::click(d, "confirmRestoreButton"));
        });
        m_window->actions()->restoreBackup()->trigger();
        QCOMPARE(Dialogs::takeMessages().size(), 0);

        // The file is open again, as it was at the backup.
        Store* store = m_window->store();
        QVERIFY(store);
        QCOMPARE(store->path(), m_path);
        QCOMPARE(agencies(*store, QStringLiteral("Kept Agency")), 1);
        QCOMPARE(agencies(*store, QStringLiteral("Later Agency One")), 0);
        QCOMPARE(agencies(*store, QStringLiteral("Later Agency Two")), 0);
        QCOMPARE(m_window->document()->undoStack()->count(), 0);
        QCOMPARE(m_window->windowTitle(), QStringLiteral("office.tandem — Tandem"));
        Result<std::vector<AuditEntry>> restores = readAudit(*store, QStringLiteral("restore"));
        QVERIFY(restores && restores->size() == 1);

        // The file as it was is the newest backup; restoring it undoes the restore.
        Result<std::vector<BackupInfo>> backups = listBackups(m_path);
        QVERIFY(backups && backups->size() == 2);
        QCOMPARE(backups->front().reason, QStringLiteral("before restore"));
        QCOMPARE(dumpOf(backups->front().path), later);
        Dialogs::setNextDialogAnswer([](QDialog& d) { QVERIFY(test::click(d, "restoreButton")); });
        Dialogs::setNextDialogAnswer([](QDialog& d) { QVERIFY(test::click(d, "confirmRestoreButton")); });
        m_window->actions()->restoreBackup()->trigger();
        QCOMPARE(Dialogs::takeMessages().size(), 0);
        QCOMPARE(agencies(*m_window->store(), QStringLiteral("Later Agency Two")), 1);
    }

    void undoingAMergeTakesBackOnlyWhatItChangedAndCanBeBroughtBack()
    {
        // A change recorded as a merge records it (core/sync/merger.cpp does just this).
        Store& store = *m_window->store();
        QVERIFY(makeBackup(store, QStringLiteral("made by hand")));
        {
            Result<std::unique_ptr<UndoRecording>> recording = UndoRecording::start(store, QStringLiteral("before merge from Harbourside Shelter"));
            QVERIFY(recording);
            Result<Transaction> tx = store.begin();
            QVERIFY(tx);
            QVERIFY(store.insert(QStringLiteral("agency"), {{QStringLiteral("name"), QStringLiteral("Merged Agency")},
                                                           {QStringLiteral("kind"), QStringLiteral("shelter")}}));
            QVERIFY(appendAudit(store, QStringLiteral("merge"), QStringLiteral("Harbourside Shelter"), QStringLiteral("1 new")));
            QVERIFY((*recording)->seal());
            QVERIFY(tx->commit());
            QVERIFY((*recording)->keep());
        }
        addAgency(QStringLiteral("Local Agency After"));
        QCOMPARE(agencies(*m_window->store(), QStringLiteral("Merged Agency")), 1);

        Dialogs::setNextDialogAnswer([](QDialog& d) {
            auto* table = test::child<QTableWidget>(d, "backupsTable");
            QVERIFY(table);
            QVERIFY(table->rowCount() >= 2);
            int undoRow = -1;
            QStringList kinds;
            for (int row = 0; row < table->rowCount(); ++row) {
                kinds << table->item(row, 2)->text();
                // (an earlier test made a whole copy for the same reason)
                if (table->item(row, 1)->text() == QStringLiteral("Before merge from harbourside shelter")
                    && table->item(row, 2)->text() == QStringLiteral("Undo"))
                    undoRow = row;
            }
            QVERIFY(undoRow >= 0);
            QVERIFY(kinds.contains(QStringLiteral("Whole file")));
            table->selectRow(undoRow);
            test::screenshot(&d, QStringLiteral("restore-dialog-undo"));
            QVERIFY(test::click(d, "restoreButton"));
        });
        Dialogs::setNextDialogAnswer([](QDialog& d) {
            auto* box = qobject_cast<QMessageBox*>(&d);
            QVERIFY(box);
            QVERIFY2(box->text().startsWith(QStringLiteral("Undo the change of")), qPrintable(box->text()));
            QVERIFY2(box->informativeText().contains(QStringLiteral("the other records keep what was done to them since")),
                     qPrintable(box->informativeText()));
            QCOMPARE(box->defaultButton()->objectName(), QStringLiteral("cancelButton"));
            QVERIFY(test::click(d, "confirmUndoButton"));
        });
        m_window->actions()->restoreBackup()->trigger();
        QCOMPARE(Dialogs::takeMessages().size(), 0);
        QVERIFY(m_window->store());
        QCOMPARE(agencies(*m_window->store(), QStringLiteral("Merged Agency")), 0);
        QCOMPARE(agencies(*m_window->store(), QStringLiteral("Local Agency After")), 1);
        QVERIFY2(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Undone: 0 records put back as they were, 1 removed")),
                 qPrintable(m_window->statusBar()->currentMessage()));

        // The undo is the newest entry; choosing it brings the merged agency back.
        Dialogs::setNextDialogAnswer([](QDialog& d) {
            auto* table = test::child<QTableWidget>(d, "backupsTable");
            QVERIFY(table);
            bool found = false;
            for (int row = 0; row < table->rowCount() && !found; ++row) {
                if (table->item(row, 1)->text() == QStringLiteral("Before undoing before merge from harbourside shelter")) {
                    table->selectRow(row);
                    found = true;
                }
            }
            QVERIFY(found);
            QVERIFY(test::click(d, "restoreButton"));
        });
        Dialogs::setNextDialogAnswer([](QDialog& d) { QVERIFY(test::click(d, "confirmUndoButton")); });
        m_window->actions()->restoreBackup()->trigger();
        QCOMPARE(Dialogs::takeMessages().size(), 0);
        QCOMPARE(agencies(*m_window->store(), QStringLiteral("Merged Agency")), 1);
        QCOMPARE(agencies(*m_window->store(), QStringLiteral("Local Agency After")), 1);
    }
};

TANDEM_GUI_TEST_MAIN(FileSafetyTest)
#include "filesafety_test.moc"
