#include "payload.h"

#include "store/schema.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

namespace tandem::payload {
namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(tandem::payload)
};

const QStringList kFixedTables = {QStringLiteral("manifest"), QStringLiteral("vv"), QStringLiteral("acks")};

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

} // namespace tandem::payload
