#include "security/filesafetycontroller.h"

#include "actions.h"
#include "dialogs/prompts.h"
#include "security/restoredialog.h"
#include "document.h"
#include "errors.h"
#include "filehost.h"
#include "store/audit.h"
#include "store/backup.h"
#include "store/undofile.h"
#include "store/store.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMainWindow>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace tandem {
namespace {

constexpr int kStatusMessageMs = 8000;
constexpr int kProgressSteps = 1000;
const QString kRoutineKey = QStringLiteral("backup/routine");
const QString kKeptKey = QStringLiteral("backup/kept");

QString fileName(const QString& path)
{
    return QFileInfo(path).fileName();
}

// A core message as a sentence of its own.
QString sentence(QString message)
{
    if (!message.isEmpty())
        message[0] = message[0].toUpper();
    if (!message.endsWith(QLatin1Char('.')))
        message += QLatin1Char('.');
    return message;
}

// A question with a button that does it and Cancel, through Dialogs (tests answer it by the
// buttons' objectNames: `yesName` and "cancelButton"). True when the user chose `yes`.
bool ask(QWidget* parent, const char* name, QMessageBox::Icon icon, const QString& title,
         const QString& text, const QString& details, const QString& yes, const char* yesName)
{
    QMessageBox box(icon, title, text, QMessageBox::NoButton, parent);
    box.setObjectName(QString::fromLatin1(name));
    box.setInformativeText(details);
    QPushButton* confirm = box.addButton(yes, QMessageBox::AcceptRole);
    confirm->setObjectName(QString::fromLatin1(yesName));
    QPushButton* cancel = box.addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    // Nothing irreversible happens on Enter by mistake.
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    Dialogs::exec(box);
    return box.clickedButton() == confirm;
}

} // namespace

FileSafetyController::FileSafetyController(QMainWindow* window, FileHost* files, Actions* actions)
    : QObject(window)
    , m_window(window)
    , m_files(files)
    , m_openingDelay(new QTimer(this))
{
    m_openingDelay->setSingleShot(true);
    m_openingDelay->setInterval(kOpeningDelayMs);
    connect(m_openingDelay, &QTimer::timeout, this, &FileSafetyController::backUpOnOpening);
    connect(actions->saveCopy(), &QAction::triggered, this, &FileSafetyController::saveCopy);
    connect(actions->backUpNow(), &QAction::triggered, this, &FileSafetyController::backUpNow);
    connect(actions->restoreBackup(), &QAction::triggered, this,
            &FileSafetyController::restoreFromBackup);
    connect(this, &FileSafetyController::routineBackupDone, this, [this](const QString& path, const QString& error) {
        m_window->statusBar()->showMessage(error.isEmpty() ? tr("Backed up to %1.").arg(QDir::toNativeSeparators(path))
                                                           : tr("The routine backup was not made: %1").arg(error),
                                           kStatusMessageMs);
    });
    setBackupsToKeep(backupsKept());
}

FileSafetyController::~FileSafetyController()
{
    waitForRoutineBackup();
}

bool FileSafetyController::routineBackups()
{
    return QSettings().value(kRoutineKey, true).toBool();
}

void FileSafetyController::setRoutineBackups(bool on)
{
    QSettings().setValue(kRoutineKey, on);
}

int FileSafetyController::backupsKept()
{
    return std::clamp(QSettings().value(kKeptKey, 10).toInt(), kMinimumKept, kMaximumKept);
}

void FileSafetyController::setBackupsKept(int count)
{
    const int kept = std::clamp(count, kMinimumKept, kMaximumKept);
    QSettings().setValue(kKeptKey, kept);
    setBackupsToKeep(kept);
}

void FileSafetyController::setDocument(Document* document)
{
    if (document == m_document)
        return;
    m_openingDelay->stop();
    backUpOnClosing();
    m_document = document;
    m_seqAtOpen = m_document ? m_document->store().localSeq() : 0;
    // Once the file is up on screen and the window idle: opening stays quick.
    if (m_document && routineBackups())
        m_openingDelay->start();
}

void FileSafetyController::waitForRoutineBackup()
{
    if (m_openingDelay->isActive()) {
        m_openingDelay->stop();
        backUpOnOpening();
    }
    if (m_opening)
        m_opening->wait();
}

void FileSafetyController::backUpOnClosing()
{
    // Only what changed since it was opened is worth a copy; a restore keeps its own.
    if (!m_document || m_restoring || !routineBackups() || m_document->store().localSeq() <= m_seqAtOpen)
        return;
    waitForRoutineBackup();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<QString> made = makeBackup(m_document->store(), tr("on closing"), backupsKept());
    QApplication::restoreOverrideCursor();
    Q_EMIT routineBackupDone(made ? *made : QString(), made ? QString() : made.error().text());
}

void FileSafetyController::backUpOnOpening()
{
    if (!m_document || !routineBackups())
        return;
    const Store& store = m_document->store();
    const QString path = store.path();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(store.wallClock(), Qt::UTC);
    Result<std::vector<BackupInfo>> backups = listBackups(path);
    if (backups && !backups->empty() && backups->front().madeAt.secsTo(now) < kRoutineIntervalSecs)
        return;
    if (m_opening)
        m_opening->wait();
    // Copied from a read-only connection of its own, in the background: a large file takes a
    // moment, and the window is usable meanwhile (the copy is consistent even while it is written).
    const QString reason = tr("on opening");
    const int keep = backupsKept();
    auto result = std::make_shared<Result<QString>>(QString());
    QThread* thread = QThread::create([path, reason, keep, result] {
        Result<std::unique_ptr<Store>> copyFrom = Store::open(path, Store::Access::ReadOnly);
        *result = copyFrom ? makeBackup(**copyFrom, reason, keep) : Result<QString>(copyFrom.error());
    });
    thread->setParent(this);
    m_opening = thread;
    connect(thread, &QThread::finished, this, [this, thread, result] {
        if (m_opening == thread)
            m_opening = nullptr;
        thread->deleteLater();
        Q_EMIT routineBackupDone(*result ? **result : QString(), *result ? QString() : result->error().text());
    });
    thread->start(QThread::LowPriority);
}

void FileSafetyController::backUpNow()
{
    if (!m_document)
        return;
    const Store& store = m_document->store();
    QProgressDialog progress(tr("Backing up %1…").arg(fileName(store.path())), tr("Cancel"), 0, kProgressSteps, m_window);
    progress.setObjectName(QStringLiteral("backupProgress"));
    progress.setWindowTitle(tr("Back Up Now"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    bool cancelled = false;
    Result<QString> made = makeBackup(store, tr("made by hand"), backupsKept(), [&](double fraction) {
        progress.setValue(int(fraction * kProgressSteps));
        QCoreApplication::processEvents();
        cancelled = progress.wasCanceled();
        return !cancelled;
    });
    progress.close();
    if (cancelled && !made) {
        m_window->statusBar()->showMessage(tr("The backup was cancelled; none was made."), kStatusMessageMs);
        return;
    }
    if (!made) {
        showError(m_window, tr("The backup was not made."), made.error());
        return;
    }
    m_window->statusBar()->showMessage(
        tr("Backed up to %1 (%2). Restore from Backup lists it.")
            .arg(QDir::toNativeSeparators(*made), QLocale().formattedDataSize(QFileInfo(*made).size())),
        kStatusMessageMs);
}

Result<std::unique_ptr<Store>> FileSafetyController::open(QWidget* parent, const QString& path)
{
    Result<std::unique_ptr<Store>> writable = Store::open(path);
    if (writable)
        return writable;
    // Whatever kept the file from being written (another Tandem holds it, its folder is
    // read-only), it may still be read: then say why and offer that. A file that cannot even be
    // read (damaged, not Tandem's, from a newer Tandem) gets its error.
    Result<std::unique_ptr<Store>> readable = Store::open(path, Store::Access::ReadOnly);
    if (!readable)
        return writable.error();
    const bool yes = ask(parent, "readOnlyOffer", QMessageBox::Warning, tr("Tandem"),
                         tr("%1 cannot be opened for changes.").arg(fileName(path)),
                         tr("%1\n\n%2\n\nYou can open it read-only: you can read it and save a "
                            "copy of it, but not change it.")
                             .arg(QDir::toNativeSeparators(path), sentence(writable.error().message)),
                         tr("Open &Read-Only"), "openReadOnlyButton");
    if (!yes)
        return std::unique_ptr<Store>();
    return readable;
}

void FileSafetyController::saveCopy()
{
    if (!m_document)
        return;
    Store& store = m_document->store();
    const QString target = Dialogs::saveFileName(m_window, tr("Save a Copy As"),
                                                 tr("Tandem files (*.tandem)"), QStringLiteral("tandem"));
    if (target.isEmpty())
        return;
    const QString failed = tr("The copy was not saved.");
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(store.path()).absoluteFilePath()) {
        showError(m_window, failed, makeError(tr("this is the open file itself; choose another name"), target));
        return;
    }

    // A large file takes a moment: the progress shows only when it does (after half a second).
    QProgressDialog progress(tr("Copying %1…").arg(fileName(store.path())), tr("Cancel"), 0,
                             kProgressSteps, m_window);
    progress.setObjectName(QStringLiteral("copyProgress"));
    progress.setWindowTitle(tr("Save a Copy As"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    bool cancelled = false;
    Result<void> copied = copyDatabase(store, target, [&](double fraction) {
        progress.setValue(int(fraction * kProgressSteps));
        QCoreApplication::processEvents();
        cancelled = progress.wasCanceled();
        return !cancelled;
    });
    progress.close();
    if (cancelled && !copied) {
        m_window->statusBar()->showMessage(tr("The copy was cancelled; no file was written."),
                                           kStatusMessageMs);
        return;
    }
    if (!copied) {
        showError(m_window, failed, copied.error());
        return;
    }
    // The copy holds everything in the file (identities sealed as they are): the log says where
    // it went. A file open read-only cannot take the entry; the copy is made all the same.
    if (!store.isReadOnly())
        (void)appendAudit(store, QStringLiteral("copy"), fileName(target),
                          tr("saved a copy to %1").arg(QDir::toNativeSeparators(target)));
    m_window->statusBar()->showMessage(
        tr("Saved a copy as %1 (%2).")
            .arg(QDir::toNativeSeparators(target), QLocale().formattedDataSize(QFileInfo(target).size())),
        kStatusMessageMs);
}

bool FileSafetyController::withFileClosed(const QString& path, const QString& failed, const std::function<Result<void>()>& work)
{
    // The file must be closed to be replaced or undone; it is opened again whatever happened.
    m_restoring = true;
    m_files->closeFile();
    m_restoring = false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<void> done = work();
    QApplication::restoreOverrideCursor();
    if (!done)
        showError(m_window, failed, done.error());
    return m_files->openFile(path) && done;
}

void FileSafetyController::undo(const BackupInfo& backup, qsizetype later)
{
    const QString path = m_document->store().path();
    const QString when = backupTimeText(backup);
    QString details = tr("The records it changed go back to how they were before it, and the records it "
                         "added are removed; the other records keep what was done to them since. Partners "
                         "send what it merged again at the next exchange.");
    if (later > 0)
        details += QLatin1Char(' ') + (later == 1 ? tr("The later change kept in this list is undone first.")
                                                  : tr("%n later changes kept in this list are undone first.", nullptr, int(later)));
    const bool yes = ask(m_window, "undoConfirmation", QMessageBox::Warning, tr("Restore from Backup"),
                         tr("Undo the change of %1 (“%2”)?").arg(when, backup.reason),
                         details + QStringLiteral("\n\n")
                             + tr("The undo is itself kept in this list, so you can bring the change back."),
                         tr("&Undo"), "confirmUndoButton");
    if (!yes)
        return;
    UndoSummary undone;
    const bool done = withFileClosed(path, tr("Nothing was undone."), [&]() -> Result<void> {
        Result<UndoSummary> r = undoRecorded(path, backup.path);
        if (!r)
            return r.error();
        undone = *r;
        return {};
    });
    if (!done)
        return;
    m_window->statusBar()->showMessage(tr("Undone: %1 records put back as they were, %2 removed.")
                                           .arg(QLocale().toString(undone.restored), QLocale().toString(undone.removed)),
                                       kStatusMessageMs);
}

void FileSafetyController::restoreFromBackup()
{
    if (!m_document)
        return;
    const QString path = m_document->store().path();
    const QString failed = tr("The backup was not restored.");
    Result<std::vector<BackupInfo>> backups = listBackups(path);
    if (!backups) {
        showError(m_window, failed, backups.error());
        return;
    }
    if (backups->empty()) {
        Dialogs::message(m_window, QMessageBox::Information, tr("Restore from Backup"),
                         tr("There is no backup of %1 yet.").arg(fileName(path)),
                         tr("Tandem keeps an undo of every merge of a bundle, and copies the file when it is "
                            "opened (once a day) and closed after changes, and with File ▸ Back Up Now, in the "
                            "folder %1.")
                             .arg(QDir::toNativeSeparators(backupFolder(path))));
        return;
    }
    RestoreDialog dialog(*backups, fileName(path), m_window);
    if (Dialogs::exec(dialog) != QDialog::Accepted || !dialog.chosen())
        return;
    const BackupInfo backup = *dialog.chosen();
    if (backup.undo) {
        qsizetype later = 0;
        for (const BackupInfo& b : *backups) {
            if (b.path == backup.path)
                break;
            later += b.undo ? 1 : 0;
        }
        undo(backup, later);
        return;
    }

    // What is lost: what was written here since the backup, counted from the backup itself.
    Result<std::unique_ptr<Store>> old = Store::open(backup.path, Store::Access::ReadOnly);
    if (!old) {
        showError(m_window, failed, old.error());
        return;
    }
    const qint64 changes = std::max<qint64>(m_document->store().localSeq() - (*old)->localSeq(), 0);
    const Result<qint64> entriesNow = lastAuditSeq(m_document->store());
    const Result<qint64> entriesThen = lastAuditSeq(**old);
    const qint64 entries = entriesNow && entriesThen ? std::max<qint64>(*entriesNow - *entriesThen, 0) : 0;
    old->reset();
    const QString when = backupTimeText(backup);
    QString lost = tr("Everything written to %1 since %2 is lost from it: %L3 changes to records "
                      "(edits made here and records merged from partners), %L4 entries of the "
                      "audit trail, and the undo history.")
                       .arg(fileName(path), when)
                       .arg(changes)
                       .arg(entries);
    if (changes == 0 && entries == 0)
        lost = tr("Nothing was written to %1 since %2: the file will be as it is now.").arg(fileName(path), when);
    const bool yes = ask(m_window, "restoreConfirmation", QMessageBox::Warning, tr("Restore from Backup"),
                         tr("Restore %1 as it was on %2?").arg(fileName(path), when),
                         lost + QStringLiteral("\n\n")
                             + tr("The file as it is now is kept as a backup first (“before "
                                  "restore”), so you can go back to it from this same list."),
                         tr("&Restore"), "confirmRestoreButton");
    if (!yes)
        return;

    // (No backup on closing: the restore keeps the file as it is now as "before restore".)
    if (!withFileClosed(path, failed, [&] { return restoreBackup(path, backup.path); }))
        return;
    if (Store* store = m_files->store(); store && !store->isReadOnly())
        (void)appendAudit(*store, QStringLiteral("restore"), fileName(backup.path),
                          tr("restored the backup of %1 (%2)").arg(when, backup.reason));
    m_window->statusBar()->showMessage(
        tr("Restored %1 as it was on %2. The file as it was before is kept as a backup.").arg(fileName(path), when),
        kStatusMessageMs);
}

} // namespace tandem
