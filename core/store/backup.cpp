#include "backup.h"

#include "sqlerror.h"
#include "store.h"
#include "util/safefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <QSqlDriver>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <cstdio>

namespace tandem {
namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(tandem::Backup)
};

const QString kStampFormat = QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'");

std::atomic<int> g_backupsToKeep{10};

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

sqlite3* handleOf(const Store& store)
{
    const QVariant handle = store.database().driver()->handle();
    return handle.isValid() ? *static_cast<sqlite3* const*>(handle.constData()) : nullptr;
}

QString errorOf(sqlite3* db)
{
    return sqliteErrorText(sqlite3_extended_errcode(db), QString::fromUtf8(sqlite3_errmsg(db)));
}

// Copies the database `source` (an open connection) into a new file at `target`, readable by
// this user only whatever the umask (a copy holds all the file does).
Result<void> backupInto(sqlite3* source, const QString& target, const CopyProgress& progress = {})
{
    if (Result<void> made = createPrivateFile(target); !made)
        return makeError(made.error().message, target);
    sqlite3* dest = nullptr;
    const QByteArray path = QFile::encodeName(target);
    if (sqlite3_open_v2(path.constData(), &dest, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        const QString message = errorOf(dest);
        sqlite3_close(dest);
        return makeError(Texts::tr("cannot write the copy: %1").arg(message), target);
    }
    sqlite3_backup* backup = sqlite3_backup_init(dest, "main", source, "main");
    int rc = SQLITE_ERROR;
    bool stopped = false;
    if (backup) {
        // In steps, so that a writer elsewhere is never held up for long.
        do {
            rc = sqlite3_backup_step(backup, 1024);
            if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                sqlite3_sleep(20);
            if (progress && rc == SQLITE_OK) {
                const int total = sqlite3_backup_pagecount(backup);
                const double done = total > 0 ? 1.0 - double(sqlite3_backup_remaining(backup)) / total : 0.0;
                stopped = !progress(done);
            }
        } while (!stopped && (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED));
        sqlite3_backup_finish(backup);
    }
    if (stopped) {
        sqlite3_close(dest);
        return makeError(Texts::tr("the copy was stopped before it was finished"), target);
    }
    const QString message = errorOf(dest);
    // The copy stands alone: no write-ahead log beside it.
    if (rc == SQLITE_DONE)
        rc = sqlite3_exec(dest, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr) == SQLITE_OK ? SQLITE_DONE : SQLITE_ERROR;
    sqlite3_close(dest);
    if (rc != SQLITE_DONE)
        return makeError(Texts::tr("the copy failed: %1").arg(message), target);
    return {};
}

void removeWithSidecars(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QString::fromLatin1(suffix));
}

QString slug(const QString& reason)
{
    QString s = reason.toLower();
    s.replace(QRegularExpression(QStringLiteral("[^\\p{L}\\p{N}]+")), QStringLiteral("-"));
    s = s.left(60);
    while (s.endsWith(QLatin1Char('-')))
        s.chop(1);
    while (s.startsWith(QLatin1Char('-')))
        s.remove(0, 1);
    return s.isEmpty() ? QStringLiteral("backup") : s;
}

} // namespace

Result<void> copyDatabase(const Store& store, const QString& target, const CopyProgress& progress)
{
    if (QFileInfo::exists(target))
        return makeError(Texts::tr("the file already exists; choose another name"), target);
    sqlite3* source = handleOf(store);
    if (!source)
        return makeError(Texts::tr("the database is not open"), store.path());
    const QString partial = target + QStringLiteral(".partial");
    removeWithSidecars(partial);
    // backupInto() makes `partial` owner-only before a byte is copied into it.
    if (Result<void> r = backupInto(source, partial, progress); !r) {
        removeWithSidecars(partial);
        // The temporary name means nothing to whoever asked for `target`.
        return makeError(r.error().message, target);
    }
    if (!QFile::setPermissions(partial, kOwnerOnly)) {
        removeWithSidecars(partial);
        return makeError(Texts::tr("cannot make the copy readable by its owner only"), target);
    }
    if (progress)
        progress(1.0);
    if (!QFile::rename(partial, target)) {
        removeWithSidecars(partial);
        return makeError(Texts::tr("cannot move the finished copy into place"), target);
    }
    return {};
}

QString backupFolder(const QString& databasePath)
{
    return databasePath + QStringLiteral(".backups");
}

int backupsToKeep()
{
    return g_backupsToKeep.load();
}

void setBackupsToKeep(int keep)
{
    g_backupsToKeep.store(std::max(keep, 1));
}

Result<QString> makeBackup(const Store& store, const QString& reason, int keep, const CopyProgress& progress)
{
    if (keep <= 0)
        keep = backupsToKeep();
    const QString folder = backupFolder(store.path());
    if (Result<void> made = makePrivateFolder(folder); !made)
        return makeError(Texts::tr("cannot make the backup folder: %1").arg(made.error().message), folder);
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(store.wallClock(), Qt::UTC);
    QString name = now.toString(kStampFormat) + QLatin1Char(' ') + slug(reason) + QStringLiteral(".tandem");
    for (int n = 2; QFileInfo::exists(QDir(folder).filePath(name)); ++n)
        name = now.toString(kStampFormat) + QLatin1Char(' ') + slug(reason) + QStringLiteral(" %1.tandem").arg(n);
    const QString path = QDir(folder).filePath(name);
    if (Result<void> r = copyDatabase(store, path, progress); !r)
        return r.error();

    Result<std::vector<BackupInfo>> all = listBackups(store.path());
    if (all) {
        for (size_t i = size_t(std::max(keep, 1)); i < all->size(); ++i)
            removeWithSidecars((*all)[i].path);
    }
    return path;
}

Result<std::vector<BackupInfo>> listBackups(const QString& databasePath)
{
    std::vector<BackupInfo> out;
    const QDir folder(backupFolder(databasePath));
    if (!folder.exists())
        return out;
    static const QRegularExpression pattern(QStringLiteral("^(\\d{8}T\\d{9}Z) (.+?)( \\d+)?\\.tandem$"));
    for (const QFileInfo& f : folder.entryInfoList({QStringLiteral("*.tandem")}, QDir::Files)) {
        const QRegularExpressionMatch m = pattern.match(f.fileName());
        if (!m.hasMatch())
            continue;
        BackupInfo b;
        b.path = f.absoluteFilePath();
        b.madeAt = QDateTime::fromString(m.captured(1), kStampFormat);
        b.madeAt.setTimeSpec(Qt::UTC);
        b.reason = m.captured(2).replace(QLatin1Char('-'), QLatin1Char(' '));
        b.bytes = f.size();
        out.push_back(b);
    }
    std::sort(out.begin(), out.end(), [](const BackupInfo& a, const BackupInfo& b) {
        return a.madeAt != b.madeAt ? a.madeAt > b.madeAt : a.path > b.path;
    });
    return out;
}

Result<void> restoreBackup(const QString& databasePath, const QString& backupPath)
{
    // The backup must itself be a sound Tandem file of a schema this Tandem reads.
    {
        Result<std::unique_ptr<Store>> backup = Store::open(backupPath, Store::Access::ReadOnly);
        if (!backup)
            return makeError(Texts::tr("this backup cannot be restored: %1").arg(backup.error().message), backupPath);
    }
    const QString partial = databasePath + QStringLiteral(".restoring");
    {
        // Opening the current file for writing takes its lock (refused while open elsewhere),
        // folds its write-ahead log into it, and lets it be backed up before it is replaced.
        Result<std::unique_ptr<Store>> current = Store::open(databasePath);
        if (!current)
            return current.error();
        Result<QString> safety = makeBackup(**current, Texts::tr("before restore"));
        if (!safety)
            return makeError(Texts::tr("the current file could not be backed up, so nothing was restored: %1")
                                 .arg(safety.error().message),
                             databasePath);
        if (Result<QSqlQuery> q = (*current)->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !q)
            return q.error();

        Result<std::unique_ptr<Store>> backup = Store::open(backupPath, Store::Access::ReadOnly);
        if (!backup)
            return backup.error();
        removeWithSidecars(partial);
        if (Result<void> r = backupInto(handleOf(**backup), partial); !r) {
            removeWithSidecars(partial);
            return r;
        }
        // Still holding the lock, the copy replaces the file in one rename (atomic on POSIX): at
        // any moment the path names either the old file or the restored one. The old file's
        // write-ahead log was emptied above, so nothing of it can be applied to the new one.
        if (!replaceFile(partial, databasePath)) {
            removeWithSidecars(partial);
            return makeError(Texts::tr("cannot put the backup in place; the file is unchanged"), databasePath);
        }
    }
    return {};
}

} // namespace tandem
