#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <vector>

namespace tandem {

class Store;

// Copies of a database file, made with SQLite's online backup API so that they are consistent
// even while the file is open and being written: "Save a copy as", the automatic backup before
// every merge (kept in a rotating set), and restoring one.

// Told the fraction done (0 to 1) between steps of a copy; returning false stops the copy.
using CopyProgress = std::function<bool(double fraction)>;

// Writes a consistent copy of `store` to `target`, which must not exist (through a temporary
// file renamed at the end: no half copy is ever left). The copy is readable and writable by its
// owner only (0600), like the file itself: it holds everything the file holds. A copy stopped by
// `progress` fails and leaves nothing behind.
Result<void> copyDatabase(const Store& store, const QString& target, const CopyProgress& progress = {});

struct BackupInfo {
    QString path;
    QDateTime madeAt; // UTC
    QString reason;   // e.g. "before merge from Harbourside Shelter"
    qint64 bytes = 0;
    // An undo file (core/store/undofile.h: what one merge changed) rather than a whole copy.
    bool undo = false;
};

// Where the backups of the database at `databasePath` live: "<file>.backups" beside it.
QString backupFolder(const QString& databasePath);

// How many backups makeBackup() keeps when not told (10 unless set, e.g. from the window's
// preferences); at least 1. Safe to call from any thread.
int backupsToKeep();
void setBackupsToKeep(int keep);

// Makes a backup of `store` for `reason` in backupFolder() (made owner-only, 0700) and keeps the
// newest `keep` backups (0: backupsToKeep()), deleting older ones. Returns the backup's path.
Result<QString> makeBackup(const Store& store, const QString& reason, int keep = 0,
                           const CopyProgress& progress = {});

// A name in backupFolder() for a new backup for `reason` with `suffix` (".tandem", ".undo") that
// no file has yet; the folder is made (owner-only) if needed.
Result<QString> reserveBackupPath(const Store& store, const QString& reason, const QString& suffix);

// Keeps the newest `keep` whole copies and, apart, the newest `keep` undo files of the database
// (0: backupsToKeep()).
void rotateBackups(const QString& databasePath, int keep = 0);

// The backups and undo files of the database at `databasePath`, newest first.
Result<std::vector<BackupInfo>> listBackups(const QString& databasePath);

// Puts the backup at `backupPath` in place of the database at `databasePath`, which nobody may
// have open (the caller closes its Store first; the file's lock is taken here). The current file
// is kept as a backup first ("before restore"), so a restore can itself be undone. At any moment
// the file is either the old one or the backup, never a mix. An undo file is applied instead
// (undoRecorded(), core/store/undofile.h).
Result<void> restoreBackup(const QString& databasePath, const QString& backupPath);

} // namespace tandem
