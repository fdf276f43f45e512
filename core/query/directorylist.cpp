#include "directorylist.h"

#include "domain/search.h"
#include "store/registry.h"
#include "store/store.h"
#include "store/value.h"

#include <QSqlQuery>

namespace tandem {

DirectoryQuery::DirectoryQuery(const Store& store, const EntityDef& entity, const QString& sortField,
                               Qt::SortOrder order, const QString& search)
    : m_store(store)
    , m_entity(entity)
    , m_sortField(sortField)
    , m_sortOrder(order)
    , m_search(search)
{
}

DirectoryQuery::Where DirectoryQuery::where() const
{
    Where q;
    q.from = m_entity.name + QStringLiteral(" d");
    q.where = QStringLiteral("d.deleted = 0");
    const search::Condition c = search::directoryCondition(search::searchWords(m_search).words, QStringLiteral("d"));
    if (!c.isEmpty()) {
        q.from += c.join;
        q.where += QStringLiteral(" AND ") + c.condition;
        q.binds = c.binds;
    }
    return q;
}

QString DirectoryQuery::sortKey() const
{
    const FieldDef& f = *m_entity.field(m_sortField);
    const bool text = f.type == FieldType::Text || f.type == FieldType::LongText;
    return QStringLiteral("d.") + f.name + (text ? QStringLiteral(" COLLATE NOCASE") : QString());
}

Result<qint64> DirectoryQuery::count() const
{
    const Where q = where();
    Result<QSqlQuery> count = m_store.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(q.from, q.where), q.binds);
    if (!count)
        return count.error();
    return count->next() ? count->value(0).toLongLong() : qint64(0);
}

Result<std::vector<Row>> DirectoryQuery::page(const Row* after, int limit) const
{
    Where q = where();
    const FieldDef& field = *m_entity.field(m_sortField);
    const QString key = sortKey();
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    if (after) {
        const QVariant v = value::toSql(field, after->value(field.name));
        if (v.isNull()) {
            q.where += QStringLiteral(" AND d.%1 IS NULL AND d.id > ?").arg(field.name);
            q.binds << after->id.toRfc4122();
        } else {
            q.where += QStringLiteral(" AND (%1 %2 ? OR (%1 = ? AND d.id > ?) OR d.%3 IS NULL)")
                           .arg(key, ascending ? QStringLiteral(">") : QStringLiteral("<"), field.name);
            q.binds << v << v << after->id.toRfc4122();
        }
    }
    QStringList columns;
    for (const QString& c : Store::selectColumns(m_entity).split(QStringLiteral(", ")))
        columns << QStringLiteral("d.") + c;
    q.binds << limit;
    Result<QSqlQuery> rows = m_store.exec(QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %4 %5 NULLS LAST, d.id LIMIT ?")
                                              .arg(columns.join(QStringLiteral(", ")), q.from, q.where, key,
                                                   ascending ? QStringLiteral("ASC") : QStringLiteral("DESC")),
                                          q.binds);
    if (!rows)
        return rows.error();
    std::vector<Row> out;
    while (rows->next())
        out.push_back(Store::rowFromQuery(m_entity, *rows));
    return out;
}

} // namespace tandem
