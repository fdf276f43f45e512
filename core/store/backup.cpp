#include "backup.h"

#include "ownclock.h"
#include "sqlerror.h"
#include "store.h"
#include "undofile.h"
#include "util/safefile.h"
#include "value.h"

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
#include <tuple>
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
    removeDatabaseFiles(partial);
    // backupInto() makes `partial` owner-only before a byte is copied into it.
    if (Result<void> r = backupInto(source, partial, progress); !r) {
        removeDatabaseFiles(partial);
        // The temporary name means nothing to whoever asked for `target`.
        return makeError(r.error().message, target);
    }
    if (!QFile::setPermissions(partial, kOwnerOnly)) {
        removeDatabaseFiles(partial);
        return makeError(Texts::tr("cannot make the copy readable by its owner only"), target);
    }
    if (progress)
        progress(1.0);
    if (!QFile::rename(partial, target)) {
        removeDatabaseFiles(partial);
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

Result<QString> reserveBackupPath(const Store& store, const QString& reason, const QString& suffix)
{
    const QString folder = backupFolder(store.path());
    if (Result<void> made = makePrivateFolder(folder); !made)
        return makeError(Texts::tr("cannot make the backup folder: %1").arg(made.error().message), folder);
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(store.wallClock(), Qt::UTC);
    const QString base = now.toString(kStampFormat) + QLatin1Char(' ') + slug(reason);
    // A name is taken whatever its suffix: a copy and an undo file of one moment sort by number.
    const auto taken = [&](const QString& n) {
        return QFileInfo::exists(QDir(folder).filePath(n + QStringLiteral(".tandem")))
               || QFileInfo::exists(QDir(folder).filePath(n + QStringLiteral(".undo")));
    };
    QString stem = base;
    for (int n = 2; taken(stem); ++n)
        stem = base + QStringLiteral(" %1").arg(n);
    return QDir(folder).filePath(stem + suffix);
}

void rotateBackups(const QString& databasePath, int keep)
{
    if (keep <= 0)
        keep = backupsToKeep();
    Result<std::vector<BackupInfo>> all = listBackups(databasePath);
    if (!all)
        return;
    // Whole copies and undo files each keep their own newest `keep`: a busy exchange folder,
    // which leaves an undo file at every merge, must never rotate the last whole copy away.
    int copies = 0;
    int undos = 0;
    for (const BackupInfo& b : *all) {
        int& kept = b.undo ? undos : copies;
        if (++kept > std::max(keep, 1))
            removeDatabaseFiles(b.path);
    }
}

Result<QString> makeBackup(const Store& store, const QString& reason, int keep, const CopyProgress& progress)
{
    Result<QString> path = reserveBackupPath(store, reason, QStringLiteral(".tandem"));
    if (!path)
        return path.error();
    if (Result<void> r = copyDatabase(store, *path, progress); !r)
        return r.error();
    rotateBackups(store.path(), keep);
    return *path;
}

Result<std::vector<BackupInfo>> listBackups(const QString& databasePath)
{
    std::vector<BackupInfo> out;
    const QDir folder(backupFolder(databasePath));
    if (!folder.exists())
        return out;
    // Each with the number its name took when its moment was taken (" 2"; none is 1).
    std::vector<std::pair<BackupInfo, int>> found;
    static const QRegularExpression pattern(QStringLiteral("^(\\d{8}T\\d{9}Z) (.+?)(?: (\\d+))?\\.(tandem|undo)$"));
    for (const QFileInfo& f : folder.entryInfoList({QStringLiteral("*.tandem"), QStringLiteral("*.undo")}, QDir::Files)) {
        const QRegularExpressionMatch m = pattern.match(f.fileName());
        if (!m.hasMatch())
            continue;
        BackupInfo b;
        b.path = f.absoluteFilePath();
        b.madeAt = QDateTime::fromString(m.captured(1), kStampFormat);
        b.madeAt.setTimeSpec(Qt::UTC);
        b.reason = m.captured(2).replace(QLatin1Char('-'), QLatin1Char(' '));
        b.bytes = f.size();
        b.undo = m.captured(4) == QLatin1String("undo");
        found.emplace_back(b, m.hasCaptured(3) ? m.captured(3).toInt() : 1);
    }
    // Newest first; within one moment " 10" after " 9" after none.
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
        if (a.first.madeAt != b.first.madeAt)
            return a.first.madeAt > b.first.madeAt;
        return a.second != b.second ? a.second > b.second : a.first.path > b.first.path;
    });
    out.reserve(found.size());
    for (auto& [b, number] : found)
        out.push_back(std::move(b));
    return out;
}

namespace {

struct ExchangeState {
    std::uint64_t hlc = 0;
    qint64 seq = 0;
    qint64 epoch = 0;
};

Result<ExchangeState> exchangeState(const Store& store)
{
    ExchangeState s{store.clock(), store.localSeq(), 0};
    Result<QVariant> epoch = store.meta(QStringLiteral("restore_epoch"));
    if (!epoch)
        return epoch.error();
    s.epoch = epoch->toLongLong();
    return s;
}

// The restored file continues the exchange of the file it replaces (DESIGN.md §3): its clock and
// its change counter never go back, so no version or sequence number is ever issued twice and a
// partner's acknowledgements never run ahead of it; it takes a new epoch, which tells partners to
// send again what it lost; the stretch of its clock it lost is recorded, so those versions of its
// own are taken back from partners; and trust stays as it is now (a partner revoked since the
// backup stays revoked), with what each partner was sent, while what was received from each is
// the backup's.
Result<void> continueExchange(Store& restored, const Store& current)
{
    Result<ExchangeState> now = exchangeState(current);
    if (!now)
        return now.error();
    Result<ExchangeState> old = exchangeState(restored);
    if (!old)
        return old.error();
    Result<Transaction> tx = restored.begin();
    if (!tx)
        return tx.error();
    const std::pair<const char*, QVariant> meta[] = {
        {"hlc", qint64(std::max(now->hlc, old->hlc))},
        {"local_seq", std::max(now->seq, old->seq)},
        {"restore_epoch", std::max(now->epoch, old->epoch) + 1},
    };
    for (const auto& [key, value] : meta) {
        if (Result<void> r = restored.setMeta(QString::fromLatin1(key), value); !r)
            return r;
    }
    if (Result<void> r = addLostOwnClock(restored, {old->hlc, now->hlc}); !r)
        return r;
    Result<std::vector<ClockRange>> lostBefore = lostOwnClock(current);
    if (!lostBefore)
        return lostBefore.error();
    for (const ClockRange& r : *lostBefore) {
        if (Result<void> added = addLostOwnClock(restored, r); !added)
            return added;
    }

    Result<QSqlQuery> received = restored.exec(QStringLiteral("SELECT site, received_seq, acked_seq FROM partner"));
    if (!received)
        return received.error();
    QHash<QByteArray, std::pair<qint64, qint64>> backupSeqs;
    while (received->next())
        backupSeqs.insert(received->value(0).toByteArray(), {received->value(1).toLongLong(), received->value(2).toLongLong()});
    received->finish();
    if (Result<QSqlQuery> q = restored.exec(QStringLiteral("DELETE FROM partner")); !q)
        return q.error();
    Result<QSqlQuery> partners = current.exec(
        QStringLiteral("SELECT site, name, sign_pk, box_pk, fingerprint, trusted_at, last_export_at, last_merge_at, "
                       "sent_seq, epoch, revoked_at, office, seat, identities FROM partner"));
    if (!partners)
        return partners.error();
    while (partners->next()) {
        QVariantList row;
        for (int i = 0; i < 14; ++i)
            row << partners->value(i);
        const auto seqs = backupSeqs.value(row.first().toByteArray(), {0, 0});
        row << seqs.first << seqs.second;
        if (Result<QSqlQuery> q = restored.exec(
                QStringLiteral("INSERT INTO partner (site, name, sign_pk, box_pk, fingerprint, trusted_at, last_export_at, "
                               "last_merge_at, sent_seq, epoch, revoked_at, office, seat, identities, received_seq, acked_seq) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                row);
            !q)
            return q.error();
    }
    // The exchange folder's bookkeeping is the current file's too: the bundles it wrote there
    // are its own (not another copy's), and each partner gets a bundle at the next pass, which
    // tells it of the restore (so it sends again what the restore lost).
    for (const auto& [table, columns, extra] :
         {std::tuple{QStringLiteral("folder_bundle"), QStringLiteral("name, partner, outgoing, seq, size, modified, outcome, reason, at"),
                     QString()},
          std::tuple{QStringLiteral("folder_partner"), QStringLiteral("partner, written_seq, ack_due, last_written_at, last_merged_at"),
                     QStringLiteral("UPDATE folder_partner SET ack_due = 1")}}) {
        if (Result<QSqlQuery> q = restored.exec(QStringLiteral("DELETE FROM %1").arg(table)); !q)
            return q.error();
        Result<QSqlQuery> rows = current.exec(QStringLiteral("SELECT %1 FROM %2").arg(columns, table));
        if (!rows)
            return rows.error();
        const int n = int(columns.count(QLatin1Char(','))) + 1;
        const QString marks = QStringList(n, QStringLiteral("?")).join(QStringLiteral(", "));
        while (rows->next()) {
            QVariantList values;
            for (int i = 0; i < n; ++i)
                values << rows->value(i);
            if (Result<QSqlQuery> q = restored.exec(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, columns, marks), values);
                !q)
                return q.error();
        }
        if (!extra.isEmpty()) {
            if (Result<QSqlQuery> q = restored.exec(extra); !q)
                return q.error();
        }
    }
    return tx->commit();
}

} // namespace

Result<void> restoreBackup(const QString& databasePath, const QString& backupPath)
{
    if (backupPath.endsWith(QLatin1String(".undo"))) {
        Result<UndoSummary> undone = undoRecorded(databasePath, backupPath);
        if (!undone)
            return undone.error();
        return {};
    }
    // The backup must itself be a sound Tandem file of a schema this Tandem reads, of this very
    // office: another office's file in its place would make two files with one site.
    QByteArray backupSite;
    QString backupOffice;
    {
        Result<std::unique_ptr<Store>> backup = Store::open(backupPath, Store::Access::ReadOnly);
        if (!backup)
            return makeError(Texts::tr("this backup cannot be restored: %1").arg(backup.error().message), backupPath);
        backupSite = (*backup)->siteId();
        Result<Row> office = (*backup)->get(QStringLiteral("office"), (*backup)->officeId());
        backupOffice = office ? office->text(QStringLiteral("name")) : value::idText((*backup)->officeId());
    }
    const QString partial = databasePath + QStringLiteral(".restoring");
    {
        // Opening the current file for writing takes its lock (refused while open elsewhere),
        // folds its write-ahead log into it, and lets it be backed up before it is replaced.
        Result<std::unique_ptr<Store>> current = Store::open(databasePath);
        if (!current)
            return current.error();
        if (backupSite != (*current)->siteId())
            return makeError(Texts::tr("this is a copy of another office's file (\"%1\", site %2), not a backup of "
                                       "this one (site %3): a restore takes only a backup of this office's own file")
                                 .arg(backupOffice, value::idText(QUuid::fromRfc4122(backupSite)),
                                      value::idText((*current)->officeId())),
                             backupPath);
        // The backup is copied first: the backup of the current file made next may rotate the
        // oldest backups out, the one being restored among them.
        {
            Result<std::unique_ptr<Store>> backup = Store::open(backupPath, Store::Access::ReadOnly);
            if (!backup)
                return backup.error();
            removeDatabaseFiles(partial);
            if (Result<void> r = backupInto(handleOf(**backup), partial); !r) {
                removeDatabaseFiles(partial);
                return r;
            }
        }
        Result<QString> safety = makeBackup(**current, Texts::tr("before restore"));
        if (!safety) {
            removeDatabaseFiles(partial);
            return makeError(Texts::tr("the current file could not be backed up, so nothing was restored: %1")
                                 .arg(safety.error().message),
                             databasePath);
        }
        if (Result<QSqlQuery> q = (*current)->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !q) {
            removeDatabaseFiles(partial);
            return q.error();
        }
        {
            // The copy, brought up to this schema, takes over the exchange of the current file.
            Result<std::unique_ptr<Store>> restored = Store::open(partial);
            Result<void> continued = restored ? continueExchange(**restored, **current) : Result<void>(restored.error());
            if (restored) {
                if (Result<QSqlQuery> q = (*restored)->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !q && continued)
                    continued = q.error();
                restored->reset();
            }
            if (!continued) {
                removeDatabaseFiles(partial);
                QFile::remove(partial + QStringLiteral(".lock"));
                return makeError(Texts::tr("the backup could not be prepared, the file is unchanged: %1")
                                     .arg(continued.error().message),
                                 databasePath);
            }
        }
        // Still holding the lock, the copy replaces the file in one rename (atomic on POSIX): at
        // any moment the path names either the old file or the restored one. The old file's
        // write-ahead log was emptied above, so nothing of it can be applied to the new one.
        for (const char* sidecar : {"-wal", "-shm"})
            QFile::remove(partial + QString::fromLatin1(sidecar));
        if (!replaceFile(partial, databasePath)) {
            removeDatabaseFiles(partial);
            return makeError(Texts::tr("cannot put the backup in place; the file is unchanged"), databasePath);
        }
    }
    return {};
}

} // namespace tandem
