// Store lifecycle: recognising, opening, creating and migrating a .tandem file, transactions and
// the persisted clock. The write path is in storewrite.cpp, reads in storeread.cpp.

#include "store.h"

#include "schema.h"
#include "statement.h"
#include "sync/hlc.h"
#include "util/ids.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#include <sqlite3.h>

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
}

Store::~Store()
{
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

Result<std::unique_ptr<Store>> Store::connect(const QString& path, bool readOnly)
{
    const QString name = QStringLiteral("tandem-%1").arg(++g_connectionCounter);
    std::unique_ptr<Store> store(new Store(path, name));
    store->m_readOnly = readOnly;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY")
                                  : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return makeError(tr("cannot open the database: %1").arg(db.lastError().text()), path);
    store->registerFunctions();
    return store;
}

Result<std::unique_ptr<Store>> Store::open(const QString& path, Access access)
{
    return openFile(path, false, access);
}

Result<std::unique_ptr<Store>> Store::openFile(const QString& path, bool creating, Access access)
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
    std::unique_ptr<QLockFile> lock;
    if (!readOnly) {
        lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
        lock->setStaleLockTime(0); // a lock is stale only when its process is gone
        if (!lock->tryLock(0)) {
            qint64 pid = 0;
            QString host;
            QString app;
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

    Result<std::unique_ptr<Store>> connected = connect(path, readOnly);
    if (!connected)
        return connected;
    Store& store = **connected;
    store.m_lock = std::move(lock);

    // The header read above may predate changes still in a write-ahead log: ask SQLite too,
    // still before anything is written.
    Result<QSqlQuery> version = store.exec(QStringLiteral("PRAGMA user_version"));
    if (!version)
        return makeError(tr("not a Tandem database, or a damaged one: %1").arg(version.error().message), path);
    const int fileVersion = version->next() ? version->value(0).toInt() : 0;
    version->finish();
    if (fileVersion > schema::currentVersion())
        return newerSchemaError(path, fileVersion);

    if (readOnly) {
        if (fileVersion < schema::currentVersion())
            return makeError(tr("this file was made by an older Tandem and needs an upgrade, which "
                                "needs writing: open it for writing once"),
                             path);
        if (Result<QSqlQuery> q = store.exec(QStringLiteral("PRAGMA query_only = 1")); !q)
            return makeError(q.error().message, path);
        if (Result<void> loaded = store.loadMeta(); !loaded)
            return makeError(tr("the file is damaged: %1").arg(loaded.error().message), path);
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
            return makeError(tr("the file is damaged: %1").arg(loaded.error().message), path);
    }
    return connected;
}

Result<std::unique_ptr<Store>> Store::create(const QString& path, const QString& officeName)
{
    return create(path, officeName, FixedOrigin{});
}

Result<std::unique_ptr<Store>> Store::create(const QString& path, const QString& officeName,
                                             const FixedOrigin& origin)
{
    if (QFileInfo::exists(path))
        return makeError(tr("the file already exists; choose another name or open it"), path);
    if (officeName.trimmed().isEmpty())
        return makeError(tr("an office name is required"), path);

    // Start from an empty SQLite file marked as ours, then let open() migrate it from schema 0.
    {
        Result<std::unique_ptr<Store>> raw = connect(path, false);
        if (!raw) {
            QFile::remove(path);
            return raw;
        }
        Result<QSqlQuery> mark =
            (*raw)->exec(QStringLiteral("PRAGMA application_id = %1").arg(schema::kApplicationId));
        if (!mark) {
            raw->reset();
            QFile::remove(path);
            return makeError(mark.error().message, path);
        }
        // VACUUM writes the header page, so that open() recognises the new file.
        Result<QSqlQuery> write = (*raw)->exec(QStringLiteral("VACUUM"));
        if (!write) {
            raw->reset();
            QFile::remove(path);
            return makeError(write.error().message, path);
        }
    }

    auto fail = [&path](const Error& e) -> Result<std::unique_ptr<Store>> {
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QString::fromLatin1(suffix));
        return makeError(e.message, path);
    };

    Result<std::unique_ptr<Store>> opened = openFile(path, true, Access::ReadWrite);
    if (!opened)
        return fail(opened.error());
    Store& store = **opened;
    if (origin.wallClock)
        store.setWallClock(origin.wallClock);

    Result<Transaction> tx = store.begin();
    if (!tx)
        return fail(tx.error());
    store.m_siteId = origin.siteId.size() == 16 ? origin.siteId : makeUuidV7(store.wallClock()).toRfc4122();
    for (const auto& [key, value] :
         {std::pair{QStringLiteral("site_id"), QVariant(store.m_siteId)},
          std::pair{QStringLiteral("created_at"), QVariant(qint64(store.wallClock()))}}) {
        if (Result<void> r = store.setMeta(key, value); !r)
            return fail(r.error());
    }
    Result<QUuid> office = store.insert(QStringLiteral("office"),
                                        {{QStringLiteral("name"), officeName}}, store.officeId());
    if (!office)
        return fail(office.error());
    if (Result<void> committed = tx->commit(); !committed)
        return fail(committed.error());
    return opened;
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
    Result<QSqlQuery> q = exec(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key});
    if (!q)
        return q.error();
    return q->next() ? q->value(0) : QVariant();
}

Result<void> Store::setMeta(const QString& key, const QVariant& value)
{
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
        return makeError(q.lastError().text(), m_path);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return makeError(q.lastError().text(), m_path);
    return q;
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
            return makeError(statement->prepareError(), m_path);
        it = m_statements.emplace(key, std::move(statement)).first;
    }
    return it->second.get();
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
        Result<void> saved;
        if (m_hlc != m_txStartHlc)
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
