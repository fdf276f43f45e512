#include "operationlistquery.h"

#include "domain/search.h"
#include "domain/searchhits.h"
#include "store/registry.h"
#include "store/store.h"

#include <QCollator>
#include <QSqlQuery>

#include <algorithm>

namespace tandem {
namespace {

// How the list's statements use the operations a search found (measured on 10,000 operations,
// bench_plan): up to kDriveFromHits, SQL starts from them, three look-ups each; up to
// kWalkWithSet, it walks the list's own index in its order and tests each operation against the
// set of their ids (960 found: 1.8 ms instead of 6 ms for a page); beyond, each operation walked
// is tested through the search function, and the walk stops at the end of the page.
constexpr qint64 kDriveFromHits = 200;
constexpr qint64 kWalkWithSet = 1000;

const FieldDef& operationField(const char* name)
{
    return *Registry::instance().entity(QStringLiteral("operation"))->field(QString::fromLatin1(name));
}

// "CASE <column> WHEN 'token' THEN rank ... END", ranking an enum's tokens in `order`. The
// tokens come from the registry (identifiers, never user data).
QString rankCase(const QString& column, const QStringList& order)
{
    QString sql = QStringLiteral("CASE ") + column;
    for (int i = 0; i < order.size(); ++i)
        sql += QStringLiteral(" WHEN '%1' THEN %2").arg(order[i]).arg(i);
    return sql + QStringLiteral(" END");
}

// Statuses sort in the order an operation goes through them, not alphabetically.
QString statusRank()
{
    QStringList tokens;
    for (const EnumValue& v : operationField("status").values)
        tokens << QString::fromLatin1(v.token);
    return rankCase(QStringLiteral("o.status"), tokens);
}

// Trafficking types sort by their label in the user's language.
QString traffickingTypeRank()
{
    const FieldDef& field = operationField("trafficking_type");
    QStringList tokens;
    for (const EnumValue& v : field.values)
        tokens << QString::fromLatin1(v.token);
    QCollator collator;
    std::sort(tokens.begin(), tokens.end(), [&](const QString& a, const QString& b) {
        return collator.compare(field.valueLabel(a), field.valueLabel(b)) < 0;
    });
    return rankCase(QStringLiteral("o.trafficking_type"), tokens);
}

const QString kTargetCount = QStringLiteral(
    "(SELECT count(*) FROM target t WHERE t.operation = o.id AND t.deleted = 0)");
const QString kSurvivorCount = QStringLiteral(
    "(SELECT count(*) FROM survivor s WHERE s.operation = o.id AND s.deleted = 0)");
// The columns of a row, from `o` (operation) and `a` (its lead agency); the sort value follows.
const QString kColumns = QStringLiteral(
    "SELECT o.id, o.code_name, o.status, o.trafficking_type, a.name, o.starts_at, %1, %2")
                             .arg(kTargetCount, kSurvivorCount);
const QString kLeadJoin = QStringLiteral(" LEFT JOIN agency a ON a.id = o.lead_agency AND a.deleted = 0");

std::vector<OperationListRow> readRows(QSqlQuery& q)
{
    std::vector<OperationListRow> out;
    while (q.next()) {
        OperationListRow& row = out.emplace_back();
        row.id = QUuid::fromRfc4122(q.value(0).toByteArray());
        row.codeName = q.value(1).toString();
        row.status = q.value(2).toString();
        row.traffickingType = q.value(3).toString();
        row.leadAgency = q.value(4).toString();
        if (!q.value(5).isNull())
            row.starts = QDateTime::fromSecsSinceEpoch(q.value(5).toLongLong(), Qt::UTC);
        row.targets = q.value(6).toLongLong();
        row.survivors = q.value(7).toLongLong();
        row.sortValue = q.value(8);
    }
    return out;
}

} // namespace

bool OperationFilter::isEmpty() const
{
    return search::searchWords(text).words.isEmpty() && status.isEmpty() && traffickingType.isEmpty() && !from.isValid()
           && !to.isValid() && !openOnly;
}

OperationListQuery::OperationListQuery(const Store& store, int sortColumn, Qt::SortOrder order, OperationFilter filter,
                                       const search::OperationHits* hits)
    : m_store(store)
    , m_sortColumn(sortColumn)
    , m_sortOrder(order)
    , m_filter(std::move(filter))
    , m_hits(hits)
{
}

OperationListQuery::Where OperationListQuery::where() const
{
    Where w;
    w.condition = QStringLiteral("o.deleted = 0");
    const QStringList words = search::searchWords(m_filter.text).words;
    if (!words.isEmpty() && m_hits) {
        // Few matches: SQL starts from them. More: it walks the list in its order and tests each
        // operation against the set, stopping at the end of the page (see kDriveFromHits).
        const QString found = QStringLiteral("o.id IN (SELECT k.id FROM search_key k WHERE k.key IN (%1))");
        if (m_hits->size() == 0) {
            w.condition += QStringLiteral(" AND 0");
        } else if (m_hits->size() <= kDriveFromHits) {
            w.condition += QStringLiteral(" AND ") + found.arg(m_hits->keyList());
        } else if (m_hits->size() <= kWalkWithSet) {
            // The unary + keeps SQLite from starting at the id index: it walks operation_list.
            w.condition += QStringLiteral(" AND +") + found.arg(m_hits->keyList());
        } else {
            // CROSS JOIN keeps the operations the outer loop, in the list's order.
            w.joins = QStringLiteral(" CROSS JOIN search_key o_sk ON o_sk.id = o.id");
            w.condition += QStringLiteral(" AND ") + m_hits->membership(QStringLiteral("o_sk.key"));
        }
    } else if (!words.isEmpty()) {
        const search::Condition text = search::operationCondition(words, QStringLiteral("o"));
        w.joins = text.join;
        w.condition += QStringLiteral(" AND ") + text.condition;
        w.binds << text.binds;
    }
    if (!m_filter.status.isEmpty()) {
        w.condition += QStringLiteral(" AND o.status = ?");
        w.binds << m_filter.status;
    }
    if (m_filter.openOnly)
        w.condition += QStringLiteral(" AND o.status NOT IN ('closed', 'cancelled')");
    if (!m_filter.traffickingType.isEmpty()) {
        w.condition += QStringLiteral(" AND o.trafficking_type = ?");
        w.binds << m_filter.traffickingType;
    }
    // Dates are the user's: from the start of `from` to the end of `to`, in local time.
    if (m_filter.from.isValid()) {
        w.condition += QStringLiteral(" AND o.starts_at >= ?");
        w.binds << m_filter.from.startOfDay().toSecsSinceEpoch();
    }
    if (m_filter.to.isValid()) {
        w.condition += QStringLiteral(" AND o.starts_at < ?");
        w.binds << m_filter.to.addDays(1).startOfDay().toSecsSinceEpoch();
    }
    return w;
}

Result<qint64> OperationListQuery::count() const
{
    // The index holds live operations only: with nothing but words to filter by, the set found is
    // the count.
    if (m_hits && m_filter.status.isEmpty() && m_filter.traffickingType.isEmpty() && !m_filter.from.isValid()
        && !m_filter.to.isValid() && !m_filter.openOnly && !search::searchWords(m_filter.text).words.isEmpty())
        return m_hits->size();
    const Where w = where();
    Result<QSqlQuery> q = m_store.exec(QStringLiteral("SELECT count(*) FROM operation o%1 WHERE %2").arg(w.joins, w.condition),
                                       w.binds);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

QString OperationListQuery::sortExpression(QString* collate) const
{
    switch (m_sortColumn) {
    case CodeName:
        *collate = QStringLiteral(" COLLATE NOCASE");
        return QStringLiteral("o.code_name");
    case Status:
        return statusRank();
    case TraffickingType:
        return traffickingTypeRank();
    case LeadAgency:
        *collate = QStringLiteral(" COLLATE NOCASE");
        return QStringLiteral("a.name");
    case Starts:
        return QStringLiteral("o.starts_at");
    case Targets:
        return kTargetCount;
    case Survivors:
        return kSurvivorCount;
    }
    return QStringLiteral("NULL");
}

Result<std::vector<OperationListRow>> OperationListQuery::page(const OperationListRow* after, int limit) const
{
    QString collate;
    const QString key = sortExpression(&collate);
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    const Where filter = this->where();
    QString where = filter.condition;
    QVariantList binds = filter.binds;
    if (after && after->sortValue.isNull()) {
        where += QStringLiteral(" AND %1 IS NULL AND o.id > ?").arg(key);
        binds << after->id.toRfc4122();
    } else if (after) {
        where += QStringLiteral(" AND (%1%2 %3 ? OR (%1%2 = ? AND o.id > ?) OR %1 IS NULL)")
                     .arg(key, collate, ascending ? QStringLiteral(">") : QStringLiteral("<"));
        binds << after->sortValue << after->sortValue << after->id.toRfc4122();
    }
    binds << limit;
    const QString direction = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    // The page is chosen from (id, sort value) alone; the other columns, the counts above all,
    // are read for the rows of the page only.
    const QString page = QStringLiteral("SELECT o.id AS id, %1 AS k FROM operation o%2 WHERE %3"
                                        " ORDER BY k%4 %5 NULLS LAST, o.id LIMIT ?")
                             .arg(key, (m_sortColumn == LeadAgency ? kLeadJoin : QString()) + filter.joins, where,
                                  collate, direction);
    const QString sql = kColumns
                        + QStringLiteral(", p.k FROM (%1) p JOIN operation o ON o.id = p.id").arg(page)
                        + kLeadJoin
                        + QStringLiteral(" ORDER BY p.k%1 %2 NULLS LAST, p.id").arg(collate, direction);
    Result<QSqlQuery> q = m_store.exec(sql, binds);
    if (!q)
        return q.error();
    return readRows(*q);
}

Result<std::vector<OperationListRow>> OperationListQuery::rows(const QList<QUuid>& ids) const
{
    if (ids.isEmpty())
        return std::vector<OperationListRow>();
    // Only the operations that still pass the filter: an edit can take one out of the list.
    const Where filter = where();
    QVariantList binds = filter.binds;
    for (const QUuid& id : ids)
        binds << id.toRfc4122();
    QString collate;
    const QString sql = kColumns + QStringLiteral(", %1 FROM operation o").arg(sortExpression(&collate))
                        + kLeadJoin + filter.joins
                        + QStringLiteral(" WHERE %1 AND o.id IN (%2)")
                              .arg(filter.condition, QStringList(ids.size(), QStringLiteral("?")).join(QLatin1Char(',')));
    Result<QSqlQuery> q = m_store.exec(sql, binds);
    if (!q)
        return q.error();
    return readRows(*q);
}

Result<std::vector<std::int64_t>> shutOperationKeys(const Store& store)
{
    Result<QSqlQuery> q = store.exec(QStringLiteral("SELECT k.key FROM operation o JOIN search_key k ON k.id = o.id"
                                                    " WHERE o.deleted = 0 AND o.status IN ('closed', 'cancelled')"
                                                    " ORDER BY k.key"));
    if (!q)
        return q.error();
    std::vector<std::int64_t> keys;
    while (q->next())
        keys.push_back(q->value(0).toLongLong());
    return keys;
}

} // namespace tandem
