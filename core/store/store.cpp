// Store lifecycle: recognising, opening, creating and migrating a .tandem file, transactions and
// the persisted clock. The write path is in storewrite.cpp, reads in storeread.cpp.

#include "store.h"

#include "attachmentstore.h"

#include "hlc.h"
#include "schema.h"
#include "searchschema.h"
#include "sqlerror.h"
#include "statement.h"
#include "util/actor.h"
#include "util/ids.h"
#include "util/safefile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QtEndian>

#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

#include <atomic>

namespace tandem {
namespace {

std::atomic<int> g_connectionCounter{0};

// What the first 100 bytes of a file say about it, read without opening it with SQLite, so that a
// file we refuse is never touched (not even by a journal-mode change).
struct Header {
    bool sqlite = false;
    qint64 size = 0;
    quint32 userVersion = 0;
    quint32 applicationId = 0;
};

Result<Header> readHeader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Store::tr("cannot read the file: %1").arg(file.errorString()), path);
    Header h;
    h.size = file.size();
    const QByteArray bytes = file.read(100);
    if (bytes.size() < 100 || !bytes.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return h;
    h.sqlite = true;
    h.userVersion = qFromBigEndian<quint32>(bytes.constData() + 60);
    h.applicationId = qFromBigEndian<quint32>(bytes.constData() + 68);
    return h;
}

// A new file is made under a hidden name ending so, beside where it goes (Store::create).
const QString kDraftSuffix = QStringLiteral(".creating");

// Whether no process holds the native lock QLockFile takes on `lockPath` as soon as it has made it
// and keeps while it is locked: a dead holder's goes with it. (Between making the file and
// locking it a live maker is not told apart: a window of one system call, in which its draft does
// not exist yet.)
bool nobodyHolds(const QString& lockPath)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(lockPath).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return errno == ENOENT;
    const bool free = ::flock(fd, LOCK_EX | LOCK_NB) == 0;
    ::close(fd); // and with it the lock just taken
    return free;
#else
    Q_UNUSED(lockPath);
    return false;
#endif
}

// Drafts of `path` that their maker left behind when it was killed: nobody holds their lock. A
// maker killed after taking the lock and before making the draft leaves the lock alone: it goes
// too.
void removeAbandonedDrafts(const QString& path)
{
    const QFileInfo target(path);
    const QDir folder = target.absoluteDir();
    const QString pattern = QLatin1Char('.') + target.fileName() + QStringLiteral(".*") + kDraftSuffix;
    QStringList drafts;
    for (QString name : folder.entryList({pattern, pattern + QStringLiteral(".lock")}, QDir::Files | QDir::Hidden)) {
        if (name.endsWith(QLatin1String(".lock")))
            name.chop(5);
        if (!drafts.contains(name))
            drafts << name;
    }
    for (const QString& name : drafts) {
        const QString draft = folder.filePath(name);
        const QString lockPath = draft + QStringLiteral(".lock");
        QLockFile lock(lockPath);
        lock.setStaleLockTime(0);
        if (lock.tryLock(0)) {
            removeDatabaseFiles(draft);
            lock.unlock();
        } else if (nobodyHolds(lockPath)) {
            // Its maker was killed after making the lock file and before writing itself in it:
            // QLockFile cannot read whose it is and takes it for a live one.
            removeDatabaseFiles(draft);
            QFile::remove(lockPath);
        } // else still being made
    }
}

Error newerSchemaError(const QString& path, int version)
{
    return makeError(Store::tr("this file was made by a newer version of Tandem (schema %1; this "
                               "version reads up to schema %2). It was left untouched; open it "
                               "with a newer Tandem.")
                         .arg(version)
                         .arg(schema::currentVersion()),
                     path);
}

} // namespace

int Store::currentSchemaVersion()
{
    return schema::currentVersion();
}

Store::Store(const QString& path, const QString& connection)
    : m_path(path)
    , m_connection(connection)
    , m_wallClock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    const QString login = loginName();
    m_actor.name = login.isEmpty() ? QStringLiteral("unknown") : login;
}

Store::~Store()
{
    // The bytes of attachments deleted in this session go now, not at the delete, so that an
    // undone delete finds them (store/attachmentstore.h). A file from before attachments has no
    // chunk table (its migration failed, or it is opened read only): the query fails. A file
    // that keeps no attached file at all has nothing to collect (most commands, issue 19).
    if (!m_readOnly && m_depth == 0 && database().isOpen()) {
        Result<QSqlQuery> kept = exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM attachment_chunk)"));
        if (kept && kept->next() && kept->value(0).toBool()) {
            kept->finish();
            (void)attachments::collectGarbage(*this);
        }
    }
    m_statements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_lock.reset(); // only now may another writer have the file
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

Result<std::unique_ptr<Store>> Store::connect(const QString& path, bool readOnly, bool immutable)
{
    // SQLite counts every allocation of every connection under one process-wide mutex unless told
    // not to, before its first connection: two connections sharing work (ReadWorkers) then took
    // turns at that mutex. Nothing here reads those counts. (A no-op when SQLite already started.)
    static const bool unCounted = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
    Q_UNUSED(unCounted);
    const QString name = QStringLiteral("tandem-%1").arg(++g_connectionCounter);
    std::unique_ptr<Store> store(new Store(path, name));
    store->m_readOnly = readOnly;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    if (immutable) {
        // A file nothing can change (SQLite's immutable mode): read without locks, and without
        // the shared-memory file a write-ahead log needs, which a read-only folder cannot take.
        options += QStringLiteral(";QSQLITE_OPEN_URI");
        db.setDatabaseName(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
                           + QStringLiteral("?immutable=1"));
    } else {
        db.setDatabaseName(path);
    }
    db.setConnectOptions(options);
    if (!db.open())
        return makeError(tr("cannot open the database: %1").arg(sqlErrorText(db.lastError())), path);
    store->registerFunctions();
    return store;
}

Result<std::unique_ptr<Store>> Store::open(const QString& path, Access access)
{
    return openFile(path, false, access);
}

Result<std::unique_ptr<Store>> Store::openFile(const QString& path, bool creating, Access access,
                                               std::unique_ptr<QLockFile> heldLock)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(tr("no such file"), path);
    if (!info.isFile())
        return makeError(tr("not a file"), path);

    Result<Header> header = readHeader(path);
    if (!header)
        return header.error();
    if (!header->sqlite) {
        return makeError(header->size == 0 ? tr("the file is empty: it is not a Tandem database")
                                           : tr("not a Tandem database (not an SQLite file at all)"),
                         path);
    }
    if (header->applicationId != quint32(schema::kApplicationId))
        return makeError(tr("not a Tandem database (an SQLite file of another application)"), path);
    if (int(header->userVersion) > schema::currentVersion())
        return newerSchemaError(path, int(header->userVersion));

    // One writer per file: SQLite would serialise two writers safely, but two windows editing one
    // file would each show a stale picture of the other's edits, and undo across them is wrong.
    const bool readOnly = access == Access::ReadOnly;
    const QFileInfo folder(info.absolutePath());
    std::unique_ptr<QLockFile> lock = std::move(heldLock);
    if (!readOnly && !lock) {
        if (!folder.isWritable())
            return makeError(tr("the file's folder is read-only, so the file cannot be changed here: "
                                "copy it to a folder you can write, or open it read-only"),
                             path);
        if (!info.isWritable())
            return makeError(tr("the file is read-only, so it cannot be changed: open it read-only, or "
                                "allow writing to it"),
                             path);
        lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
        lock->setStaleLockTime(0); // a lock is stale only when its process is gone
        qint64 pid = 0;
        QString host;
        QString app;
        if (!lock->tryLock(0) && lock->error() == QLockFile::LockFailedError && !lock->getLockInfo(&pid, &host, &app)) {
            // A lock file that names no process: its maker was killed between making it and
            // writing its process id into it. A live one writes it at once, so after a moment
            // the file still naming none is a dead one's; Qt never takes such a lock as stale.
            QThread::msleep(50);
            if (!lock->getLockInfo(&pid, &host, &app))
                lock->removeStaleLockFile();
        }
        if (!lock->isLocked() && !lock->tryLock(0)) {
            if (lock->error() == QLockFile::LockFailedError && lock->getLockInfo(&pid, &host, &app))
                return makeError(tr("the file is open in another Tandem (process %1 on %2); close it there, "
                                    "or open it read-only")
                                     .arg(pid)
                                     .arg(host),
                                 path);
            return makeError(tr("cannot lock the file for writing: its folder may be read-only; copy the "
                                "file somewhere you can write, or open it read-only"),
                             path);
        }
    }

    // Read-only beside a writer, SQLite shares the write-ahead log's index through a "-shm" file
    // next to the database. A folder nobody may write to (an evidence archive, read-only media)
    // cannot take one: then nobody can be writing the file either, and it is read as immutable,
    // unless a write-ahead log holds changes not yet folded into it, which only the shared
    // index could read.
    bool immutable = false;
    if (readOnly && !folder.isWritable()) {
        const QFileInfo wal(path + QStringLiteral("-wal"));
        const bool pendingLog = wal.exists() && wal.size() > 0;
        if (!pendingLog)
            immutable = true;
        else if (!QFileInfo::exists(path + QStringLiteral("-shm")))
            return makeError(tr("the file has changes not yet folded into it (in its \"-wal\" file) and its "
                                "folder is read-only: copy the file with its \"-wal\" file to a folder "
                                "you can write, and open it there"),
                             path);
    }

    Result<std::unique_ptr<Store>> connected = connect(path, readOnly, immutable);
    if (!connected)
        return connected;
    Store& store = **connected;
    store.m_lock = std::move(lock);

    // The header read above may predate changes still in a write-ahead log: ask SQLite too,
    // still before anything is written.
    Result<QSqlQuery> version = store.exec(QStringLiteral("PRAGMA user_version"));
    if (!version)
        return makeError(tr("the file cannot be read: %1").arg(version.error().message), path);
    const int fileVersion = version->next() ? version->value(0).toInt() : 0;
    version->finish();
    if (fileVersion > schema::currentVersion())
        return newerSchemaError(path, fileVersion);
    // Schema 0 is a file whose making was cut short (by an older Tandem, which made files in
    // place): nothing of an office is in it.
    if (fileVersion == 0 && !creating)
        return makeError(tr("this file was never finished: Tandem was stopped while making it, and "
                            "it holds nothing. Delete it and make the file again"),
                         path);

    // Sorts, temporary indexes and statement journals stay in memory. SQLite would otherwise
    // spill them to files in TMPDIR (unlinked at once, but written to disk): rows of a merge's
    // decrypted bundle among them, and a process killed between a temp file's creation and its
    // unlinking leaves the file behind.
    if (Result<QSqlQuery> q = store.exec(QStringLiteral("PRAGMA temp_store = MEMORY")); !q)
        return makeError(q.error().message, path);

    if (readOnly) {
        if (fileVersion < schema::currentVersion())
            return makeError(tr("this file was made by an older Tandem and needs an upgrade, which "
                                "needs writing: open it for writing once"),
                             path);
        if (Result<QSqlQuery> q = store.exec(QStringLiteral("PRAGMA query_only = 1")); !q)
            return makeError(q.error().message, path);
        if (Result<void> loaded = store.loadMeta(); !loaded)
            return makeError(tr("the file cannot be read: %1").arg(loaded.error().message), path);
        return connected;
    }

    for (const char* pragma : {"PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON",
                               "PRAGMA synchronous = FULL"}) {
        Result<QSqlQuery> q = store.exec(QString::fromLatin1(pragma));
        if (!q)
            return makeError(q.error().message, path);
    }

    for (int step = fileVersion + 1; step <= schema::currentVersion(); ++step) {
        Result<Transaction> tx = store.begin();
        if (!tx)
            return makeError(tx.error().message, path);
        for (const QString& sql : schema::migrationStep(step)) {
            Result<QSqlQuery> q = store.exec(sql);
            if (!q)
                return makeError(tr("upgrading to schema %1 failed, the file is unchanged: %2")
                                     .arg(step)
                                     .arg(q.error().message),
                                 path);
        }
        Result<QSqlQuery> setVersion = store.exec(QStringLiteral("PRAGMA user_version = %1").arg(step));
        if (!setVersion)
            return makeError(setVersion.error().message, path);
        if (Result<void> committed = tx->commit(); !committed)
            return makeError(committed.error().message, path);
    }

    if (!creating) {
        if (Result<void> loaded = store.loadMeta(); !loaded)
            return makeError(tr("the file cannot be read: %1").arg(loaded.error().message), path);
    }
    // From here on the search index follows every commit; marks left by a writer that did not
    // bring it up to date (the sqlite3 shell, say) are taken now.
    store.m_changesIndexed = 0;
    if (Result<void> indexed = store.refreshSearchIndex(); !indexed)
        return makeError(tr("the search index cannot be brought up to date: %1").arg(indexed.error().message), path);
    return connected;
}

Result<std::unique_ptr<Store>> Store::createSeat(const QString& path, const QString& officeName, const SeatOrigin& seat,
                                                 const Fill& fill)
{
    if (seat.siteId.size() != 16 || seat.officeId.size() != 16 || seat.siteId == seat.officeId)
        return makeError(tr("a seat needs a site id of its own and its office's id"), path);
    return createFile(path, officeName, fill, {}, &seat);
}

Result<std::unique_ptr<Store>> Store::create(const QString& path, const QString& officeName, const Fill& fill,
                                             const FixedOrigin& origin)
{
    return createFile(path, officeName, fill, origin, nullptr);
}

Result<std::unique_ptr<Store>> Store::createFile(const QString& path, const QString& officeName, const Fill& fill,
                                                 const FixedOrigin& origin, const SeatOrigin* seat)
{
    if (QFileInfo::exists(path))
        return makeError(tr("the file already exists; choose another name or open it"), path);
    if (officeName.trimmed().isEmpty())
        return makeError(tr("an office name is required"), path);
    const QFileInfo target(path);
    const QDir folder = target.absoluteDir();
    if (!folder.exists())
        return makeError(tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(folder.path())), path);
    if (!QFileInfo(folder.path()).isWritable())
        return makeError(tr("the folder %1 is read-only: choose a folder you can write")
                             .arg(QDir::toNativeSeparators(folder.path())),
                         path);
    removeAbandonedDrafts(path);

    // The file is made whole under a name of its own beside `path` and renamed to `path` only
    // when finished: a crash or a kill leaves no file at `path`, or a whole one, never a stub. The
    // draft's lock says it is being made; removeAbandonedDrafts() clears drafts whose maker died.
    const QString draft = folder.filePath(QStringLiteral(".%1.%2%3")
                                              .arg(target.fileName(),
                                                   QString::fromLatin1(makeSiteId().toHex().left(12)),
                                                   kDraftSuffix));
    auto lock = std::make_unique<QLockFile>(draft + QStringLiteral(".lock"));
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0))
        return makeError(tr("cannot write in the folder %1").arg(QDir::toNativeSeparators(folder.path())), path);
    auto fail = [&](const Error& e) -> Result<std::unique_ptr<Store>> {
        removeDatabaseFiles(draft);
        return makeError(e.message, path);
    };

    // Readable by this user only, whatever the umask; SQLite gives its journal, write-ahead log
    // and shared-memory files the same permissions.
    if (Result<void> made = createPrivateFile(draft); !made)
        return makeError(made.error().message, path);
    // An empty SQLite file marked as ours; openFile() then migrates it from schema 0.
    {
        Result<std::unique_ptr<Store>> raw = connect(draft, false, false);
        if (!raw)
            return fail(raw.error());
        Result<QSqlQuery> mark =
            (*raw)->exec(QStringLiteral("PRAGMA application_id = %1").arg(schema::kApplicationId));
        if (!mark)
            return fail(mark.error());
        // VACUUM writes the header page, so that open() recognises the new file.
        if (Result<QSqlQuery> write = (*raw)->exec(QStringLiteral("VACUUM")); !write)
            return fail(write.error());
    }

    {
        Result<std::unique_ptr<Store>> opened = openFile(draft, true, Access::ReadWrite, std::move(lock));
        if (!opened)
            return fail(opened.error());
        Store& store = **opened;
        if (origin.wallClock)
            store.setWallClock(origin.wallClock);
        Result<Transaction> tx = store.begin();
        if (!tx)
            return fail(tx.error());
        store.m_siteId = seat                      ? seat->siteId
                         : origin.siteId.size() == 16 ? origin.siteId
                                                      : makeUuidV7(store.wallClock()).toRfc4122();
        store.m_officeId = seat ? seat->officeId : store.m_siteId;
        for (const auto& [key, value] :
             {std::pair{QStringLiteral("site_id"), QVariant(store.m_siteId)},
              std::pair{QStringLiteral("created_at"), QVariant(qint64(store.wallClock()))}}) {
            if (Result<void> r = store.setMeta(key, value); !r)
                return fail(r.error());
        }
        if (seat) {
            if (Result<void> r = store.setMeta(QStringLiteral("office_id"), store.m_officeId); !r)
                return fail(r.error());
        }
        Result<QUuid> office = seat ? store.insertRow(*Registry::instance().entity(QStringLiteral("office")),
                                                     {{QStringLiteral("name"), officeName}}, store.officeId(), false)
                                    : store.insert(QStringLiteral("office"), {{QStringLiteral("name"), officeName}},
                                                   store.officeId());
        if (!office)
            return fail(office.error());
        if (Result<void> committed = tx->commit(); !committed)
            return fail(committed.error());
        // Out of write-ahead logging, the log is folded into the file: the one file renamed below
        // holds everything (the next open turns the log on again). The draft's lock goes with the
        // store, as the rename follows. The fill is written so too: nobody else has the draft
        // open, and with a rollback journal each page it writes goes once into the file, where
        // the log would take it first and then copy it into the file (a demo of 10,000
        // operations writes 800 MB).
        Result<QSqlQuery> folded = store.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
        if (!folded)
            return fail(folded.error());
        if (folded->next() && folded->value(0).toString() != QLatin1String("delete"))
            return fail(makeError(tr("the new file could not be finished")));
        folded->finish();
        if (fill) {
            if (Result<void> filled = fill(store); !filled)
                return fail(filled.error());
        }
    }
    // Never over a file that appeared meanwhile (QFile::rename does not replace).
    if (!QFile::rename(draft, path)) {
        const bool taken = QFileInfo::exists(path);
        removeDatabaseFiles(draft);
        return makeError(taken ? tr("the file already exists; choose another name or open it")
                               : tr("the finished file could not be put in place"),
                         path);
    }
    Result<std::unique_ptr<Store>> made = open(path);
    if (made && origin.wallClock)
        (*made)->setWallClock(origin.wallClock);
    return made;
}

int Store::schemaVersion() const
{
    Result<QSqlQuery> q = exec(QStringLiteral("PRAGMA user_version"));
    return q && q->next() ? q->value(0).toInt() : 0;
}

Result<void> Store::loadMeta()
{
    Result<QVariant> site = meta(QStringLiteral("site_id"));
    if (!site)
        return site.error();
    if (site->toByteArray().size() != 16)
        return makeError(tr("not a Tandem database, or a damaged one: it has no site id"), m_path);
    m_siteId = site->toByteArray();
    Result<QVariant> office = meta(QStringLiteral("office_id"));
    if (!office)
        return office.error();
    m_officeId = office->toByteArray().size() == 16 ? office->toByteArray() : m_siteId;
    Result<QVariant> hlc = meta(QStringLiteral("hlc"));
    Result<QVariant> seq = meta(QStringLiteral("local_seq"));
    if (!hlc)
        return hlc.error();
    if (!seq)
        return seq.error();
    m_hlc = hlc->toULongLong();
    m_seq = seq->toLongLong();
    reloadKeys();
    return {};
}

Result<QVariant> Store::meta(const QString& key) const
{
    // Read on every insert (the office's default sharing), so prepared once.
    Result<Statement*> statement = cached(QStringLiteral("meta"), [] { return QStringLiteral("SELECT value FROM meta WHERE key = ?1"); });
    if (!statement)
        return statement.error();
    StatementUse q(**statement);
    q->bind(1, key);
    Result<bool> row = q->step();
    if (!row)
        return makeError(row.error().message, m_path);
    return *row ? q->column(0) : QVariant();
}

Result<void> Store::setMeta(const QString& key, const QVariant& value)
{
    m_sharingDefaults.clear();
    Result<QSqlQuery> q = exec(
        QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
        {key, value});
    if (!q)
        return q.error();
    return {};
}

Result<QSqlQuery> Store::exec(const QString& sql, const QVariantList& binds) const
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return makeError(sqlError(q.lastError()), m_path);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return makeError(sqlError(q.lastError()), m_path);
    // A statement that changed rows outside any transaction (a transaction of its own): the
    // search index follows it as it follows a commit.
    if (m_changesIndexed >= 0 && m_depth == 0) {
        const QVariant handle = q.driver()->handle();
        sqlite3* db = handle.isValid() ? *static_cast<sqlite3* const*>(handle.constData()) : nullptr;
        if (db && sqlite3_get_autocommit(db) && sqlite3_total_changes64(db) != m_changesIndexed) {
            if (Result<void> indexed = refreshSearchIndex(); !indexed)
                return indexed.error();
        }
    }
    return q;
}

Result<void> Store::refreshSearchIndex() const
{
    if (m_changesIndexed < 0)
        return {}; // still opening (before schema 7), or read-only
    const QVariant handle = database().driver()->handle();
    sqlite3* db = handle.isValid() ? *static_cast<sqlite3* const*>(handle.constData()) : nullptr;
    if (!db)
        return makeError(tr("the database connection is closed"), m_path);
    m_changesIndexed = -1; // the statements below must not come back here
    const auto done = qScopeGuard([&] { m_changesIndexed = sqlite3_total_changes64(db); });
    Result<QSqlQuery> marked = exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM search_dirty)"));
    if (!marked)
        return marked.error();
    const bool any = marked->next() && marked->value(0).toBool();
    marked->finish();
    if (!any)
        return {};
    const bool own = sqlite3_get_autocommit(db) != 0;
    if (own) {
        if (Result<QSqlQuery> q = exec(QStringLiteral("BEGIN IMMEDIATE")); !q)
            return q.error();
    }
    for (const QString& sql : schema::searchRefreshStatements()) {
        if (Result<QSqlQuery> q = exec(sql); !q) {
            if (own)
                (void)exec(QStringLiteral("ROLLBACK"));
            return q.error();
        }
    }
    if (own) {
        if (Result<QSqlQuery> q = exec(QStringLiteral("COMMIT")); !q) {
            (void)exec(QStringLiteral("ROLLBACK"));
            return q.error();
        }
    }
    return {};
}

Result<Statement*> Store::cached(const QString& key, const std::function<QString()>& sql) const
{
    auto it = m_statements.find(key);
    if (it == m_statements.end()) {
        const QVariant handle = database().driver()->handle();
        sqlite3* db = handle.isValid() ? *static_cast<sqlite3* const*>(handle.constData()) : nullptr;
        if (!db)
            return makeError(tr("the database connection is closed"), m_path);
        auto statement = std::make_unique<Statement>(db, sql());
        if (!statement->isValid())
            return makeError(sqliteErrorText(statement->extendedErrorCode(), statement->prepareError()), m_path);
        it = m_statements.emplace(key, std::move(statement)).first;
    }
    return it->second.get();
}

QString Store::sqlError(const QSqlError& error) const
{
    // SQLite's extended code for the failure says more than the primary one Qt keeps (which of
    // the constraints failed); it belongs to the connection's last failure, which this is.
    const QVariant handle = database().driver()->handle();
    sqlite3* db = handle.isValid() ? *static_cast<sqlite3* const*>(handle.constData()) : nullptr;
    const int code = db ? sqlite3_extended_errcode(db) : SQLITE_OK;
    if (code == SQLITE_OK || code == SQLITE_ROW || code == SQLITE_DONE)
        return sqlErrorText(error);
    return sqliteErrorText(code, error.databaseText());
}

QByteArray Store::nextVersion()
{
    Hlc hlc(m_hlc);
    m_hlc = hlc.tick(m_wallClock());
    return makeVersion(m_hlc, m_siteId);
}

// --- transactions ---------------------------------------------------------------------------

Result<Transaction> Store::begin()
{
    if (m_readOnly)
        return makeError(tr("the file is open read-only: nothing can be changed"), m_path);
    if (m_depth == 0) {
        if (Result<QSqlQuery> q = exec(QStringLiteral("BEGIN IMMEDIATE")); !q)
            return makeError(tr("cannot start writing: %1").arg(q.error().message), m_path);
        // Another process may have written since we last looked: take up its clock and sequence.
        if (!m_siteId.isEmpty()) {
            if (Result<void> r = loadMeta(); !r) {
                (void)exec(QStringLiteral("ROLLBACK"));
                return r.error();
            }
        }
        m_txStartHlc = m_hlc;
        m_txStartSeq = m_seq;
    } else {
        if (Result<QSqlQuery> q = exec(QStringLiteral("SAVEPOINT sp%1").arg(m_depth)); !q)
            return q.error();
    }
    ++m_depth;
    return Transaction(this, m_depth);
}

Result<void> Store::endTransaction(int depth, bool commit)
{
    Q_ASSERT_X(depth == m_depth, "Store::endTransaction", "transactions must nest");
    if (depth != m_depth)
        return makeError(tr("internal error: transactions ended out of order"), m_path);
    --m_depth;
    // What a write transaction remembers (sharingDefault, checkRow's live references) holds past
    // a savepoint released, not past a rollback, nor once the file is another process's to write.
    if (!commit || depth == 1) {
        m_sharingDefaults.clear();
        m_liveReferences.clear();
        m_liveReferencesAt = -1;
    }
    if (depth > 1) {
        const QString sp = QStringLiteral("sp%1").arg(depth - 1);
        if (!commit)
            (void)exec(QStringLiteral("ROLLBACK TO ") + sp);
        Result<QSqlQuery> r = exec(QStringLiteral("RELEASE ") + sp);
        if (!r)
            return r.error();
        return {};
    }

    if (commit) {
        // Only a transaction that wrote something moved the clock or the sequence.
        Result<void> saved = refreshSearchIndex();
        if (saved && m_hlc != m_txStartHlc)
            saved = setMeta(QStringLiteral("hlc"), QVariant(qint64(m_hlc)));
        if (saved && m_seq != m_txStartSeq)
            saved = setMeta(QStringLiteral("local_seq"), QVariant(qint64(m_seq)));
        Result<QSqlQuery> done = saved ? exec(QStringLiteral("COMMIT")) : Result<QSqlQuery>(saved.error());
        if (done) {
            const QHash<QString, QList<QUuid>> changes = std::exchange(m_pendingChanges, {});
            for (auto it = changes.begin(); it != changes.end(); ++it)
                Q_EMIT changed(it.key(), it.value());
            return {};
        }
        (void)exec(QStringLiteral("ROLLBACK"));
        m_pendingChanges.clear();
        (void)loadMeta();
        return makeError(tr("saving failed, nothing was changed: %1").arg(done.error().message), m_path);
    }

    (void)exec(QStringLiteral("ROLLBACK"));
    m_pendingChanges.clear();
    if (!m_siteId.isEmpty())
        (void)loadMeta();
    return {};
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_store(std::exchange(other.m_store, nullptr))
    , m_depth(other.m_depth)
{
}

Transaction::~Transaction()
{
    rollback();
}

Result<void> Transaction::commit()
{
    Store* store = std::exchange(m_store, nullptr);
    if (!store)
        return makeError(QCoreApplication::translate("tandem::Store", "internal error: the transaction has already ended"));
    return store->endTransaction(m_depth, true);
}

void Transaction::rollback()
{
    if (Store* store = std::exchange(m_store, nullptr))
        (void)store->endTransaction(m_depth, false);
}

} // namespace tandem
