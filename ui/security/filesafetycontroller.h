#pragma once

#include "util/result.h"

#include <QObject>

#include <functional>
#include <memory>

class QMainWindow;
class QThread;
class QTimer;
class QWidget;

namespace tandem {

class Actions;
class Document;
class FileHost;
class Store;
struct BackupInfo;

// Keeping the file safe, from the File menu: Save a Copy As… (a consistent copy of the open file,
// with progress when it takes a while), Back Up Now, and Restore from Backup… (the file's
// backups, a confirmation that says what is lost, then the file closed, restored and opened
// again), and opening a file that cannot be written (another Tandem holds it, or its folder is
// read-only) with an offer to open it read-only. Owned by the main window, which it reaches through
// its status bar and the narrow FileHost (closing and opening the file), never the window's class.
//
// Routine backups (on unless turned off in Preferences): when a file is opened and its newest
// backup is a day old or more (two seconds after opening, in the background, from a read-only
// connection of its own, so that opening stays quick and the window responsive), and when a file
// is closed after changes (local writes or merges) since it was opened. Every backup goes to the
// folder beside the file, and the newest N are kept (Preferences; core's backupsToKeep()).
class FileSafetyController : public QObject {
    Q_OBJECT

public:
    FileSafetyController(QMainWindow* window, FileHost* files, Actions* actions);
    ~FileSafetyController() override;

    void setDocument(Document* document);

    void saveCopy();
    void backUpNow();
    void restoreFromBackup();

    // The routine backups' settings (QSettings), applied at once.
    static bool routineBackups();
    static void setRoutineBackups(bool on);
    static int backupsKept();
    static void setBackupsKept(int count);
    static constexpr int kMinimumKept = 2;
    static constexpr int kMaximumKept = 100;
    // A backup on opening when the newest is older than this, once the window has been idle
    // this long after opening.
    static constexpr qint64 kRoutineIntervalSecs = 24 * 3600;
    static constexpr int kOpeningDelayMs = 2000;

    // The backup on opening, if one is due or runs: starts it at once and waits for it.
    void waitForRoutineBackup();

    // Opens `path` for writing; when that fails but the file can be read, says why and offers to
    // open it read-only. A null Store means the user declined (nothing more to say); an error is
    // why the file could not be opened at all.
    static Result<std::unique_ptr<Store>> open(QWidget* parent, const QString& path);

Q_SIGNALS:
    // A routine backup was made (its path) or failed (why); for the status bar and tests.
    void routineBackupDone(const QString& path, const QString& error);

private:
    void backUpOnClosing();
    // Applies the undo file `backup` (a merge's), after asking; `later` undo files newer than it
    // are undone first.
    void undo(const BackupInfo& backup, qsizetype later);
    // Closes the file (no backup on closing), runs `work`, opens the file again whatever happened,
    // and shows `failed` with the error when `work` failed. Whether both went well.
    bool withFileClosed(const QString& path, const QString& failed, const std::function<Result<void>()>& work);
    void backUpOnOpening();

    QMainWindow* m_window;
    FileHost* m_files;
    Document* m_document = nullptr;
    qint64 m_seqAtOpen = 0;     // the file's local_seq when it was opened: later, it has changes
    bool m_restoring = false;   // closing to restore: the restore keeps its own backup
    QTimer* m_openingDelay;       // from opening to the backup on opening
    QThread* m_opening = nullptr; // the backup on opening, while it runs
};

} // namespace tandem
