#include "survivorlist.h"

#include "store/store.h"

#include <QSqlQuery>

namespace tandem {
namespace {

const QString kOwed = QStringLiteral("i.state IN ('open', 'in_progress')");

// Per-survivor figures over s, for the rows of one page only. kOverdue binds now (Unix seconds).
// (QtSql rewrites placeholders: numbered ones like ?1 do not survive it, so every ? is bound in
// the order it appears.)
const QString kSettled = QStringLiteral(
    "(SELECT count(*) FROM checklist_item i WHERE i.survivor = s.id AND i.deleted = 0"
    " AND i.state IN ('done', 'not_applicable', 'declined'))");
const QString kTotal = QStringLiteral("(SELECT count(*) FROM checklist_item i WHERE i.survivor = s.id AND i.deleted = 0)");
const QString kOverdue = QStringLiteral("(SELECT count(*) FROM checklist_item i WHERE i.survivor = s.id"
                                        " AND i.deleted = 0 AND ") + kOwed + QStringLiteral(" AND i.due_at < ?)");

// The expression a column sorts by, empty values last in either direction. Overdue and Progress
// sort by per-survivor aggregates joined in once per query (see aggregateJoin()), never by a
// subquery per survivor: sorting 16,000 survivors that way took seconds a page.
QString sortExpression(int column, Qt::SortOrder order)
{
    const bool ascending = order == Qt::AscendingOrder;
    const QString lastText = ascending ? QStringLiteral("char(1114111)") : QStringLiteral("''");
    const QString lastNumber = ascending ? QStringLiteral("9223372036854775807") : QStringLiteral("-9223372036854775807");
    switch (column) {
    case SurvivorListQuery::Operation:
        return QStringLiteral("ifnull(o.code_name, %1)").arg(lastText);
    case SurvivorListQuery::RescuedAt:
        return QStringLiteral("ifnull(s.recovered_at, %1)").arg(lastNumber);
    case SurvivorListQuery::AgeBand:
        return QStringLiteral("CASE s.age_band WHEN 'under_12' THEN 0 WHEN '12_15' THEN 1 WHEN '16_17' THEN 2"
                              " WHEN '18_24' THEN 3 WHEN '25_34' THEN 4 WHEN '35_49' THEN 5"
                              " WHEN '50_plus' THEN 6 ELSE %1 END")
            .arg(lastNumber);
    case SurvivorListQuery::Progress:
        return QStringLiteral("ifnull(agg.n, 0.0)");
    case SurvivorListQuery::Overdue:
        return QStringLiteral("ifnull(agg.n, 0)");
    default:
        return QStringLiteral("s.code");
    }
}

// The aggregate a column sorts by, as a join on s (alias agg, value n); empty for other columns.
// The overdue one binds now.
QString aggregateJoin(int column)
{
    if (column == SurvivorListQuery::Overdue)
        return QStringLiteral(" LEFT JOIN (SELECT survivor, count(*) AS n FROM checklist_item WHERE deleted = 0"
                              " AND state IN ('open', 'in_progress') AND due_at < ? GROUP BY survivor) agg"
                              " ON agg.survivor = s.id");
    if (column == SurvivorListQuery::Progress)
        return QStringLiteral(" LEFT JOIN (SELECT survivor, total(state IN ('done', 'not_applicable', 'declined'))"
                              " / count(*) AS n FROM checklist_item WHERE deleted = 0 GROUP BY survivor) agg"
                              " ON agg.survivor = s.id");
    return {};
}

QString escapedLike(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    text.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + text + QLatin1Char('%');
}

// Both queries share this FROM and WHERE (with `join` before the WHERE); a search binds its
// pattern twice.
QString fromClause(bool searching, const QString& join = {})
{
    QString sql = QStringLiteral(" FROM survivor s LEFT JOIN operation o ON o.id = s.operation AND o.deleted = 0")
                  + join + QStringLiteral(" WHERE s.deleted = 0");
    if (searching)
        sql += QStringLiteral(" AND (s.code LIKE ? ESCAPE '\\' OR o.code_name LIKE ? ESCAPE '\\')");
    return sql;
}

} // namespace

SurvivorListQuery::SurvivorListQuery(const Store& store, int sortColumn, Qt::SortOrder order, QString search)
    : m_store(store)
    , m_sortColumn(sortColumn)
    , m_sortOrder(order)
    , m_search(std::move(search))
{
}

Result<qint64> SurvivorListQuery::count() const
{
    QVariantList binds;
    if (!m_search.isEmpty())
        binds << escapedLike(m_search) << escapedLike(m_search);
    Result<QSqlQuery> q = m_store.exec(QStringLiteral("SELECT count(*)") + fromClause(!m_search.isEmpty()), binds);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<std::vector<SurvivorListRow>> SurvivorListQuery::page(const SurvivorListRow* after, int limit) const
{
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    const QString key = sortExpression(m_sortColumn, m_sortOrder);
    const qint64 now = m_store.wallClock() / 1000;
    QVariantList binds;
    QString sql = QStringLiteral("WITH page AS (SELECT s.id AS id, %1 AS k").arg(key)
                  + fromClause(!m_search.isEmpty(), aggregateJoin(m_sortColumn));
    if (m_sortColumn == Overdue)
        binds << now;
    if (!m_search.isEmpty())
        binds << escapedLike(m_search) << escapedLike(m_search);
    if (after) {
        sql += QStringLiteral(" AND (%1, s.id) %2 (?, ?)").arg(key, ascending ? QStringLiteral(">") : QStringLiteral("<"));
        binds << after->sortValue << after->id.toRfc4122();
    }
    const QString direction = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    sql += QStringLiteral(" ORDER BY k %1, s.id %1 LIMIT ?)").arg(direction);
    binds << limit;
    sql += QStringLiteral(" SELECT s.id, s.code, o.code_name, s.recovered_at, s.age_band, %1, %2, %3, page.k"
                          " FROM page JOIN survivor s ON s.id = page.id"
                          " LEFT JOIN operation o ON o.id = s.operation AND o.deleted = 0"
                          " ORDER BY page.k %4, page.id %4")
               .arg(kSettled, kTotal, kOverdue, direction);
    binds << now;
    Result<QSqlQuery> q = m_store.exec(sql, binds);
    if (!q)
        return q.error();
    std::vector<SurvivorListRow> out;
    while (q->next()) {
        SurvivorListRow item;
        item.id = QUuid::fromRfc4122(q->value(0).toByteArray());
        item.code = q->value(1).toString();
        item.operationName = q->value(2).toString();
        if (!q->value(3).isNull())
            item.rescuedAt = QDateTime::fromSecsSinceEpoch(q->value(3).toLongLong(), Qt::UTC);
        item.ageBand = q->value(4).toString();
        item.settled = q->value(5).toInt();
        item.total = q->value(6).toInt();
        item.overdue = q->value(7).toInt();
        item.sortValue = q->value(8);
        out.push_back(std::move(item));
    }
    return out;
}

} // namespace tandem
