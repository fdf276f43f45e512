#include "payload.h"

#include "store/schema.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlDriver>
#include <QSqlQuery>

#include <sodium.h>
#include <sqlite3.h>

namespace tandem::payload {
namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(tandem::payload)
};

const QStringList kFixedTables = {QStringLiteral("manifest"), QStringLiteral("vv"), QStringLiteral("acks")};

sqlite3* handleOf(const Store& store)
{
    const QVariant handle = store.database().driver()->handle();
    return handle.isValid() ? *static_cast<sqlite3* const*>(handle.constData()) : nullptr;
}

// An in-memory database attached as `schema`, to be given its contents by sqlite3_deserialize.
Result<void> attachMemory(Store& store, const QString& schema)
{
    if (!handleOf(store))
        return makeError(Texts::tr("the database is not open"), store.path());
    if (Result<QSqlQuery> a = store.exec(QStringLiteral("ATTACH DATABASE ':memory:' AS %1").arg(schema)); !a)
        return a.error();
    return {};
}

} // namespace

QStringList columns(const EntityDef& e)
{
    QStringList c{QStringLiteral("id")};
    for (const FieldDef& f : e.fields)
        c << f.name;
    c << e.versionColumns() << QStringLiteral("deleted") << QStringLiteral("deleted_v");
    return c;
}

QStringList createStatements(const QString& schema)
{
    QStringList sql{
        QStringLiteral("CREATE TABLE %1.manifest (key TEXT PRIMARY KEY NOT NULL, value)").arg(schema),
        QStringLiteral("CREATE TABLE %1.vv (site BLOB PRIMARY KEY NOT NULL, hlc BLOB NOT NULL)").arg(schema),
        QStringLiteral("CREATE TABLE %1.acks (site BLOB PRIMARY KEY NOT NULL, seq INTEGER NOT NULL)").arg(schema),
        // The parts of the attached files the bundle's attachment rows name (schema 10): their
        // list here, their bytes in the records after the payload (bundle.h), read one at a time.
        QStringLiteral("CREATE TABLE %1.%2 (name TEXT PRIMARY KEY NOT NULL, identifying INTEGER NOT NULL, size INTEGER NOT NULL)")
            .arg(schema, kChunkTable),
    };
    for (const EntityDef& e : Registry::instance().entities()) {
        QString create = schema::createTable(e, schema::currentVersion(), schema + QLatin1Char('.') + e.name);
        // The payload carries no local sequence.
        create.replace(QStringLiteral(",\n  local_seq INTEGER NOT NULL DEFAULT 0"), QString());
        sql << create;
    }
    return sql;
}

Result<QHash<QString, QStringList>> validate(const Store& store, const QString& schema,
                                             int schemaVersion, const QString& bundlePath)
{
    Result<QSqlQuery> tables = store.exec(
        QStringLiteral("SELECT name FROM %1.sqlite_schema WHERE type = 'table'").arg(schema));
    if (!tables)
        return makeError(Texts::tr("bundle payload is not readable: %1").arg(tables.error().message), bundlePath);
    QSet<QString> present;
    while (tables->next())
        present.insert(tables->value(0).toString());

    QSet<QString> expected(kFixedTables.begin(), kFixedTables.end());
    if (schemaVersion >= kChunksSince)
        expected.insert(kChunkTable);
    for (const EntityDef& e : Registry::instance().entities()) {
        if (e.since <= schemaVersion)
            expected.insert(e.name);
    }
    for (const QString& t : present) {
        if (!expected.contains(t))
            return makeError(Texts::tr("bundle payload has an unexpected table \"%1\"").arg(t), bundlePath);
    }
    for (const QString& t : expected) {
        if (!present.contains(t))
            return makeError(Texts::tr("bundle payload lacks the table \"%1\"").arg(t), bundlePath);
    }

    QHash<QString, QStringList> out;
    for (const EntityDef& e : Registry::instance().entities()) {
        if (e.since > schemaVersion)
            continue;
        Result<QSqlQuery> info = store.exec(QStringLiteral("PRAGMA %1.table_info(%2)").arg(schema, e.name));
        if (!info)
            return info.error();
        QStringList have;
        while (info->next())
            have << info->value(1).toString();
        const QStringList known = columns(e);
        for (const QString& c : have) {
            if (!known.contains(c))
                return makeError(Texts::tr("bundle payload table \"%1\" has an unexpected column \"%2\"").arg(e.name, c),
                                 bundlePath);
        }
        QStringList usable;
        for (const QString& c : known) {
            if (have.contains(c)) {
                usable << c;
                continue;
            }
            // Only fields added after the payload's schema may be missing.
            const FieldDef* f = e.field(c);
            const bool newer = f ? f->since > schemaVersion
                                 : std::any_of(e.fields.begin(), e.fields.end(), [&](const FieldDef& g) {
                                       return g.versionColumn() == c && g.since > schemaVersion;
                                   });
            if (!newer)
                return makeError(Texts::tr("bundle payload table \"%1\" lacks the column \"%2\"").arg(e.name, c),
                                 bundlePath);
        }
        out.insert(e.name, usable);
    }
    return out;
}

Result<void> attachReadOnly(Store& store, const QString& schema, QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return makeError(Texts::tr("bundle payload is empty"), store.path());
    if (Result<void> r = attachMemory(store, schema); !r)
        return r;
    // SQLite reads them where they are and never writes (SQLITE_DESERIALIZE_READONLY), so the
    // const_cast never lets anything change them.
    auto* data = reinterpret_cast<unsigned char*>(const_cast<char*>(bytes.data()));
    if (sqlite3_deserialize(handleOf(store), schema.toUtf8().constData(), data, bytes.size(), bytes.size(),
                            SQLITE_DESERIALIZE_READONLY)
        != SQLITE_OK)
        return makeError(Texts::tr("bundle payload cannot be opened"), store.path());
    return {};
}

Result<std::unique_ptr<Attached>> Attached::attachNew(Store& store, const QString& schema)
{
    if (Result<void> r = attachMemory(store, schema); !r)
        return r.error();
    std::unique_ptr<Attached> attached(new Attached(store, schema));
    sqlite3* db = handleOf(store);
    const QByteArray name = schema.toUtf8();
    // An empty memdb that grows as it is written (SQLite owns its buffer), up to the largest
    // payload a bundle may carry.
    if (sqlite3_deserialize(db, name.constData(), nullptr, 0, 0,
                            SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE)
        != SQLITE_OK)
        return makeError(Texts::tr("there is not enough memory to make the bundle"), store.path());
    attached->m_filling = true;
    sqlite3_int64 limit = bundle::kMaxPayloadSize;
    sqlite3_file_control(db, name.constData(), SQLITE_FCNTL_SIZE_LIMIT, &limit);
    return attached;
}

Result<std::unique_ptr<Attached>> Attached::attach(Store& store, const QString& schema,
                                                   std::unique_ptr<bundle::Plaintext> bytes, const QString& context)
{
    if (!bytes || bytes->size() == 0)
        return makeError(Texts::tr("bundle payload is empty"), context);
    if (Result<void> r = attachMemory(store, schema); !r)
        return makeError(Texts::tr("bundle payload cannot be opened: %1").arg(r.error().message), context);
    std::unique_ptr<Attached> attached(new Attached(store, schema));
    // SQLite reads the bytes where they are; they stay ours, and are wiped when the payload is
    // detached. Not SQLITE_DESERIALIZE_READONLY: BEGIN IMMEDIATE locks every attached database
    // for writing, and a read-only one refuses that. Nothing writes to the payload.
    if (sqlite3_deserialize(handleOf(store), schema.toUtf8().constData(), bytes->data(), bytes->size(),
                            bytes->capacity(), 0)
        != SQLITE_OK)
        return makeError(Texts::tr("bundle payload cannot be opened"), context);
    attached->m_bytes = std::move(bytes);
    return attached;
}

Attached::~Attached()
{
    if (m_filling) {
        // Ours to fill: SQLite owns the buffer and frees it on detaching; wipe it first.
        sqlite3_int64 size = 0;
        if (sqlite3* db = handleOf(m_store)) {
            if (unsigned char* data = sqlite3_serialize(db, m_schema.toUtf8().constData(), &size, SQLITE_SERIALIZE_NOCOPY))
                sodium_memzero(data, std::size_t(size));
        }
    }
    (void)m_store.exec(QStringLiteral("DETACH DATABASE %1").arg(m_schema));
    m_bytes.reset();
}

QByteArrayView Attached::bytes() const
{
    sqlite3_int64 size = 0;
    const unsigned char* data =
        sqlite3_serialize(handleOf(m_store), m_schema.toUtf8().constData(), &size, SQLITE_SERIALIZE_NOCOPY);
    if (!data)
        return {};
    return QByteArrayView(reinterpret_cast<const char*>(data), qsizetype(size));
}

} // namespace tandem::payload
