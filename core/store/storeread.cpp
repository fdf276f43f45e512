// Generic reads of any entity, derived from the registry.

#include "store.h"

#include "statement.h"
#include "value.h"

#include <QSqlError>
#include <QSqlQuery>

namespace tandem {

QString Store::selectColumns(const EntityDef& e)
{
    QStringList columns{QStringLiteral("id"), QStringLiteral("deleted"), QStringLiteral("local_seq")};
    for (const FieldDef& f : e.fields)
        columns << f.name;
    return columns.join(QStringLiteral(", "));
}

Row Store::rowFromQuery(const EntityDef& e, const QSqlQuery& q, int first)
{
    Row row(&e);
    row.id = QUuid::fromRfc4122(q.value(first).toByteArray());
    row.deleted = q.value(first + 1).toBool();
    row.localSeq = q.value(first + 2).toLongLong();
    for (size_t i = 0; i < e.fields.size(); ++i)
        row.values[i] = value::fromSql(e.fields[i], q.value(first + 3 + int(i)));
    return row;
}

Result<Row> Store::get(const QString& entity, const QUuid& id) const
{
    Result<const EntityDef*> def = entityDef(entity);
    if (!def)
        return def.error();
    const EntityDef& e = **def;
    Result<Statement*> statement = cached(QStringLiteral("get:") + e.name, [&] {
        return QStringLiteral("SELECT %1 FROM %2 WHERE id = ?1").arg(selectColumns(e), e.name);
    });
    if (!statement)
        return statement.error();
    StatementUse q(**statement);
    q->bind(1, id.toRfc4122());
    Result<bool> found = q->step();
    if (!found)
        return makeError(found.error().message, e.name);
    if (!*found)
        return makeError(tr("there is no %1 with this id").arg(e.name),
                         e.name + QLatin1Char(' ') + value::idText(id));
    Row row(&e);
    row.id = QUuid::fromRfc4122(q->column(0).toByteArray());
    row.deleted = q->column(1).toBool();
    row.localSeq = q->column(2).toLongLong();
    for (size_t i = 0; i < e.fields.size(); ++i)
        row.values[i] = value::fromSql(e.fields[i], q->column(3 + int(i)));
    openSealed(row);
    return row;
}

Result<std::vector<Row>> Store::select(const QString& entity, const QString& where,
                                       const QVariantList& binds, const QString& orderBy,
                                       int limit) const
{
    Result<const EntityDef*> def = entityDef(entity);
    if (!def)
        return def.error();
    const EntityDef& e = **def;
    QString sql = QStringLiteral("SELECT %1 FROM %2").arg(selectColumns(e), e.name);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    if (!orderBy.isEmpty())
        sql += QStringLiteral(" ORDER BY ") + orderBy;
    if (limit >= 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    Result<QSqlQuery> q = exec(sql, binds);
    if (!q)
        return q.error();
    std::vector<Row> rows;
    while (q->next()) {
        rows.push_back(rowFromQuery(e, *q));
        openSealed(rows.back());
    }
    return rows;
}

Result<QHash<QString, QByteArray>> Store::versions(const QString& entity, const QUuid& id) const
{
    Result<const EntityDef*> def = entityDef(entity);
    if (!def)
        return def.error();
    QStringList columns = (*def)->versionColumns();
    columns << QStringLiteral("deleted_v");
    Result<QSqlQuery> q = exec(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                                   .arg(columns.join(QStringLiteral(", ")), (*def)->name),
                               {id.toRfc4122()});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(tr("there is no %1 with this id").arg(entity),
                         entity + QLatin1Char(' ') + value::idText(id));
    QHash<QString, QByteArray> out;
    for (int i = 0; i < columns.size(); ++i)
        out.insert(columns[i], q->value(i).toByteArray());
    return out;
}

} // namespace tandem
