// Recording what a merge changes in an undo file (undofile.h); undoapply.cpp applies one.

#include "undofile.h"
#include "undoschema.h"

#include "audit.h"
#include "backup.h"
#include "ownclock.h"
#include "store.h"
#include "util/safefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace tandem {
namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(tandem::UndoFile)
};

} // namespace

namespace undo {

QString quoted(const QString& name)
{
    QString q = name;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

Result<QStringList> columnsOf(const Store& store, const QString& schema, const QString& table)
{
    Result<QSqlQuery> q = store.exec(QStringLiteral("SELECT name FROM pragma_table_info(?, ?) ORDER BY cid"), {table, schema});
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

Result<QStringList> keyOf(const Store& store, const QString& table)
{
    Result<QSqlQuery> pk = store.exec(QStringLiteral("SELECT name FROM pragma_table_info(?, 'main') WHERE pk > 0 ORDER BY pk"), {table});
    if (!pk)
        return pk.error();
    QStringList key;
    while (pk->next())
        key << pk->value(0).toString();
    if (!key.isEmpty())
        return key;
    Result<QSqlQuery> unique = store.exec(
        QStringLiteral("SELECT (SELECT group_concat(name) FROM pragma_index_info(l.name, 'main')) FROM pragma_index_list(?, 'main') l "
                       "WHERE l.\"unique\" = 1 AND (SELECT count(*) FROM pragma_index_info(l.name, 'main')) = 1 ORDER BY l.name"),
        {table});
    if (!unique)
        return unique.error();
    if (unique->next())
        return QStringList{unique->value(0).toString()};
    return makeError(Texts::tr("the table %1 has no key, so its changes cannot be recorded for an undo").arg(table), store.path());
}

// `a.k1 = b.k1 AND a.k2 = b.k2`
QString keyMatch(const QStringList& key, const QString& a, const QString& b)
{
    QStringList parts;
    for (const QString& k : key)
        parts << QStringLiteral("%1.%2 = %3.%2").arg(a, quoted(k), b);
    return parts.join(QStringLiteral(" AND "));
}

QString keyList(const QStringList& key, const QString& prefix)
{
    QStringList parts;
    for (const QString& k : key)
        parts << prefix + quoted(k);
    return parts.join(QStringLiteral(", "));
}

} // namespace undo

namespace {

using namespace undo;

// Tables whose rows an undo never takes back (undofile.h says why).
bool recorded(const QString& table, const QString& sql)
{
    static const QStringList kept = {QStringLiteral("meta"), QStringLiteral("audit_log"), QStringLiteral("erased_identity"),
                                     QStringLiteral("key_slot"), QStringLiteral("search_dirty"), QStringLiteral("search_key")};
    return !kept.contains(table) && !table.startsWith(QLatin1String("sqlite_")) && !table.contains(QLatin1String("_search"))
           && !sql.startsWith(QLatin1String("CREATE VIRTUAL"), Qt::CaseInsensitive);
}

struct TableShape {
    QString name;
    QStringList columns;
    QStringList key; // the primary key's columns, or else the one column of a unique index
};

Result<std::vector<TableShape>> recordedTables(const Store& store)
{
    Result<QSqlQuery> q = store.exec(QStringLiteral("SELECT name, sql FROM main.sqlite_schema WHERE type = 'table' ORDER BY name"));
    if (!q)
        return q.error();
    std::vector<TableShape> out;
    while (q->next()) {
        if (recorded(q->value(0).toString(), q->value(1).toString()))
            out.push_back({q->value(0).toString(), {}, {}});
    }
    q->finish();
    for (TableShape& t : out) {
        Result<QStringList> columns = columnsOf(store, QStringLiteral("main"), t.name);
        if (!columns)
            return columns.error();
        t.columns = *columns;
        Result<QStringList> key = keyOf(store, t.name);
        if (!key)
            return key.error();
        t.key = *key;
    }
    return out;
}

} // namespace

UndoRecording::UndoRecording(Store& store, QString path)
    : m_store(store)
    , m_path(std::move(path))
    , m_partial(m_path + QStringLiteral(".partial"))
{
}

Result<std::unique_ptr<UndoRecording>> UndoRecording::start(Store& store, const QString& reason)
{
    if (store.inTransaction())
        return makeError(Texts::tr("an undo is recorded from before the transaction it records"), store.path());
    Result<std::vector<TableShape>> tables = recordedTables(store);
    if (!tables)
        return tables.error();
    Result<QString> path = reserveBackupPath(store, reason, QStringLiteral(".undo"));
    if (!path)
        return path.error();
    // What a recording cut short (Tandem stopped during a merge) left: never listed, gone now.
    const QDir folder = QFileInfo(*path).dir();
    for (const QString& stale : folder.entryList({QStringLiteral("*.undo.partial")}, QDir::Files))
        removeDatabaseFiles(folder.filePath(stale));
    std::unique_ptr<UndoRecording> r(new UndoRecording(store, *path));
    if (Result<void> made = createPrivateFile(r->m_partial); !made)
        return makeError(Texts::tr("cannot make the undo file: %1").arg(made.error().message), *path);
    if (Result<QSqlQuery> a = store.exec(QStringLiteral("ATTACH DATABASE ? AS %1").arg(kSchema), {r->m_partial}); !a)
        return a.error();
    r->m_attached = true;

    // Pages freed when keep() drops the tables that stayed empty are given back at once: a small
    // merge leaves a small file.
    QStringList sql{QStringLiteral("PRAGMA recursive_triggers = ON"), QStringLiteral("PRAGMA %1.auto_vacuum = FULL").arg(kSchema), QStringLiteral("PRAGMA %1.journal_mode = DELETE").arg(kSchema),
                    QStringLiteral("CREATE TABLE %1.%2 (key TEXT PRIMARY KEY NOT NULL, value)").arg(kSchema, kMeta)};
    const std::pair<const char*, QVariant> meta[] = {
        {"reason", reason},
        {"site", QString::fromLatin1(store.siteId().toHex())},
        {"made_at", store.wallClock()},
        {"hlc", QString::number(store.clock())},
        {"schema", store.schemaVersion()},
    };
    for (const TableShape& t : *tables) {
        const QString name = quoted(t.name);
        const QString before = quoted(t.name + kBefore);
        const QString added = quoted(t.name + kAdded);
        const QString u = kSchema + QLatin1Char('.');
        sql << QStringLiteral("CREATE TABLE %1%2 AS SELECT * FROM main.%3 WHERE 0").arg(u, before, name)
            << QStringLiteral("CREATE UNIQUE INDEX %1%2 ON %3 (%4)").arg(u, quoted(t.name + QStringLiteral("@beforekey")), before, keyList(t.key))
            << QStringLiteral("CREATE TABLE %1%2 AS SELECT %3 FROM main.%4 WHERE 0").arg(u, added, keyList(t.key), name)
            << QStringLiteral("CREATE UNIQUE INDEX %1%2 ON %3 (%4)").arg(u, quoted(t.name + QStringLiteral("@addedkey")), added, keyList(t.key));
        // The row as it was, the first time it is about to change (an update, a delete, an
        // insert that replaces it: recursive triggers make that a delete), unless the recording
        // itself added it. Not before every insert: an upsert that leaves a row as it is (a
        // bundle merged again) then records nothing.
        const auto capture = [&](const QString& row) {
            return QStringLiteral("INSERT INTO %1 SELECT * FROM main.%2 AS r WHERE %3 AND NOT EXISTS (SELECT 1 FROM %4%5 AS a "
                                  "WHERE %6) ON CONFLICT DO NOTHING;")
                .arg(before, name, keyMatch(t.key, QStringLiteral("r"), row), u, added, keyMatch(t.key, QStringLiteral("a"), row));
        };
        const QString trigger = QStringLiteral("undo_") + QString::number(r->m_triggers.size() / 3) + QLatin1Char('_');
        const struct {
            const char* suffix;
            const char* when;
            QString body;
        } triggers[] = {
            {"bu", "BEFORE UPDATE", capture(QStringLiteral("old"))},
            {"bd", "BEFORE DELETE", capture(QStringLiteral("old"))},
            {"ai", "AFTER INSERT",
             QStringLiteral("INSERT INTO %1 SELECT %2 WHERE NOT EXISTS (SELECT 1 FROM %3%4 AS p WHERE %5) ON CONFLICT DO NOTHING;")
                 .arg(added, keyList(t.key, QStringLiteral("new.")), u, before, keyMatch(t.key, QStringLiteral("p"), QStringLiteral("new")))},
        };
        for (const auto& tr : triggers) {
            const QString tname = trigger + QLatin1String(tr.suffix);
            r->m_triggers << tname;
            sql << QStringLiteral("CREATE TEMP TRIGGER %1 %2 ON main.%3 BEGIN %4 END").arg(tname, QLatin1String(tr.when), name, tr.body);
            if (QLatin1String(tr.suffix) == QLatin1String("ai") && t.columns.contains(QStringLiteral("local_seq")))
                r->m_inserts.insert(t.name, {tname, sql.constLast(),
                                             QStringLiteral("INSERT INTO %1%2 SELECT %3 FROM main.%4 AS r WHERE r.local_seq = ? AND NOT EXISTS "
                                                            "(SELECT 1 FROM %1%5 AS p WHERE %6) ON CONFLICT DO NOTHING")
                                                 .arg(u, added, keyList(t.key, QStringLiteral("r.")), name, before,
                                                      keyMatch(t.key, QStringLiteral("p"), QStringLiteral("r")))});
        }
    }
    // The pragmas first, on their own; then the tables and triggers in one transaction (one
    // journal and one sync, not one per table: a hundred of them would cost more than a small
    // merge).
    for (int i = 0; i < 3; ++i) {
        if (Result<QSqlQuery> q = store.exec(sql.at(i)); !q)
            return makeError(Texts::tr("cannot make the undo file: %1").arg(q.error().message), *path);
    }
    Result<Transaction> tx = store.begin();
    if (!tx)
        return tx.error();
    for (qsizetype i = 3; i < sql.size(); ++i) {
        if (Result<QSqlQuery> q = store.exec(sql.at(i)); !q)
            return makeError(Texts::tr("cannot make the undo file: %1").arg(q.error().message), *path);
    }
    for (const auto& [key, value] : meta) {
        if (Result<QSqlQuery> q = store.exec(QStringLiteral("INSERT INTO %1.%2 (key, value) VALUES (?, ?)").arg(kSchema, kMeta),
                                             {QString::fromLatin1(key), value});
            !q)
            return q.error();
    }
    if (Result<void> committed = tx->commit(); !committed)
        return committed.error();
    return r;
}

Result<void> UndoRecording::recordInsertsBySeq(const QString& table, qint64 seq, const std::function<Result<void>()>& insert)
{
    const auto it = m_inserts.constFind(table);
    if (it == m_inserts.cend() || !m_triggers.contains(it->trigger))
        return insert();
    // Inside the caller's transaction: a failure undoes the trigger's absence with the rest.
    if (Result<QSqlQuery> q = m_store.exec(QStringLiteral("DROP TRIGGER temp.%1").arg(it->trigger)); !q)
        return q.error();
    Result<void> inserted = insert();
    if (inserted) {
        if (Result<QSqlQuery> q = m_store.exec(it->fill, {seq}); !q)
            inserted = q.error();
    }
    if (Result<QSqlQuery> q = m_store.exec(it->create); !q)
        return q.error();
    return inserted;
}

Result<void> UndoRecording::seal()
{
    Result<AuditHead> head = auditHead(m_store);
    if (!head)
        return head.error();
    const std::pair<const char*, QVariant> meta[] = {
        {"audit_seq", head->seq},
        {"audit_hash", QString::fromLatin1(head->hash.toHex())},
        {"local_seq", m_store.localSeq()},
    };
    for (const auto& [key, value] : meta) {
        if (Result<QSqlQuery> q = m_store.exec(QStringLiteral("INSERT INTO %1.%2 (key, value) VALUES (?, ?) "
                                                              "ON CONFLICT (key) DO UPDATE SET value = excluded.value")
                                                   .arg(kSchema, kMeta),
                                               {QString::fromLatin1(key), value});
            !q)
            return q.error();
    }
    return {};
}

void UndoRecording::dropTriggers()
{
    for (const QString& t : std::as_const(m_triggers))
        (void)m_store.exec(QStringLiteral("DROP TRIGGER IF EXISTS temp.%1").arg(t));
    m_triggers.clear();
    (void)m_store.exec(QStringLiteral("PRAGMA recursive_triggers = OFF"));
}

void UndoRecording::stop()
{
    dropTriggers();
    if (m_attached && !m_store.inTransaction()) {
        if (m_store.exec(QStringLiteral("DETACH DATABASE %1").arg(kSchema)))
            m_attached = false;
    }
}

Result<QString> UndoRecording::keep()
{
    // Nothing more is recorded while the tables that stayed empty are dropped.
    dropTriggers();
    if (m_attached) {
        QStringList empty;
        if (Result<QSqlQuery> q = m_store.exec(QStringLiteral("SELECT name FROM %1.sqlite_schema WHERE type = 'table' AND name LIKE '%@%'").arg(kSchema))) {
            QStringList tables;
            while (q->next())
                tables << q->value(0).toString();
            q->finish();
            for (const QString& t : std::as_const(tables)) {
                Result<QSqlQuery> rows = m_store.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1.%2)").arg(kSchema, quoted(t)));
                if (rows && rows->next() && !rows->value(0).toBool())
                    empty << t;
            }
        }
        if (Result<Transaction> tx = m_store.begin(); tx) {
            bool dropped = true;
            for (const QString& t : std::as_const(empty))
                dropped = dropped && m_store.exec(QStringLiteral("DROP TABLE %1.%2").arg(kSchema, quoted(t)));
            if (dropped)
                (void)tx->commit();
        }
    }
    stop();
    if (m_attached)
        return makeError(Texts::tr("the undo file could not be closed"), m_path);
    // Listed from now on: a file that was being written is never taken for an undo file.
    if (!QFile::rename(m_partial, m_path))
        return makeError(Texts::tr("the undo file could not be closed"), m_path);
    m_kept = true;
    rotateBackups(m_store.path());
    return m_path;
}

UndoRecording::~UndoRecording()
{
    stop();
    if (!m_kept && !m_attached)
        removeDatabaseFiles(m_partial);
}

} // namespace tandem
