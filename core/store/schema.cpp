#include "schema.h"

#include "sync/hlc.h"

#include <algorithm>

namespace tandem::schema {
namespace {

// Statements beyond what the registry derives, per schema version. Append-only: never edit a
// step that has shipped; add a new one.
QStringList customStatements(int version)
{
    switch (version) {
    case 1:
        return {
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value)"),
        };
    default:
        return {};
    }
}

constexpr int kLastCustomStep = 1;

QString indexName(const EntityDef& e, const QStringList& fields)
{
    return e.name + QLatin1Char('_') + fields.join(QLatin1Char('_'));
}

QString createIndex(const EntityDef& e, const QStringList& fields)
{
    return QStringLiteral("CREATE INDEX %1 ON %2 (%3)")
        .arg(indexName(e, fields), e.name, fields.join(QStringLiteral(", ")));
}

} // namespace

QString zeroVersionLiteral()
{
    return QStringLiteral("x'%1'").arg(QString(kVersionSize * 2, QLatin1Char('0')));
}

int currentVersion()
{
    return std::max(Registry::instance().schemaVersion(), kLastCustomStep);
}

QString columnType(const FieldDef& field)
{
    switch (field.type) {
    case FieldType::Int:
    case FieldType::Bool:
    case FieldType::Time:
        return QStringLiteral("INTEGER");
    case FieldType::Real:
        return QStringLiteral("REAL");
    case FieldType::Ref:
    case FieldType::Uuid:
        return QStringLiteral("BLOB");
    default:
        return QStringLiteral("TEXT");
    }
}

QString createTable(const EntityDef& e, int version, const QString& tableName)
{
    QStringList columns;
    columns << QStringLiteral("id BLOB NOT NULL UNIQUE CHECK (length(id) = 16)");
    QStringList versionColumns;
    for (const FieldDef& f : e.fields) {
        if (f.since > version)
            continue;
        columns << f.name + QLatin1Char(' ') + columnType(f);
        if (!versionColumns.contains(f.versionColumn()))
            versionColumns << f.versionColumn();
    }
    for (const QString& v : versionColumns)
        columns << v + QStringLiteral(" BLOB NOT NULL DEFAULT ") + zeroVersionLiteral();
    columns << QStringLiteral("deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))")
            << QStringLiteral("deleted_v BLOB NOT NULL DEFAULT ") + zeroVersionLiteral()
            << QStringLiteral("local_seq INTEGER NOT NULL DEFAULT 0");
    return QStringLiteral("CREATE TABLE %1 (\n  %2\n)")
        .arg(tableName.isEmpty() ? e.name : tableName, columns.join(QStringLiteral(",\n  ")));
}

QStringList migrationStep(int version)
{
    QStringList sql = customStatements(version);
    for (const EntityDef& e : Registry::instance().entities()) {
        if (e.since == version) {
            sql << createTable(e, version);
            sql << createIndex(e, {QStringLiteral("local_seq")});
            for (const FieldDef& f : e.fields) {
                if (f.type == FieldType::Ref && f.since <= version)
                    sql << createIndex(e, {f.name});
            }
            for (const QStringList& index : e.indexes)
                sql << createIndex(e, index);
            continue;
        }
        if (e.since > version)
            continue;
        QStringList existingGroups;
        for (const FieldDef& f : e.fields) {
            if (f.since < version)
                existingGroups << f.versionColumn();
        }
        for (const FieldDef& f : e.fields) {
            if (f.since != version)
                continue;
            sql << QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3").arg(e.name, f.name, columnType(f));
            if (!existingGroups.contains(f.versionColumn())) {
                existingGroups << f.versionColumn();
                sql << QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 BLOB NOT NULL DEFAULT %3")
                           .arg(e.name, f.versionColumn(), zeroVersionLiteral());
            }
            if (f.type == FieldType::Ref)
                sql << createIndex(e, {f.name});
        }
    }
    return sql;
}

} // namespace tandem::schema
