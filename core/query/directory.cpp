#include "directory.h"

#include "store/store.h"

#include <QSqlQuery>

namespace tandem::query {
namespace {

QUuid idAt(const QSqlQuery& q, int column)
{
    return QUuid::fromRfc4122(q.value(column).toByteArray());
}

} // namespace

Result<std::vector<NamedRow>> agencies(const Store& store, NameOrder order)
{
    Result<QSqlQuery> q = store.exec(order == NameOrder::IgnoringCase
                                         ? QStringLiteral("SELECT id, name FROM agency WHERE deleted = 0"
                                                          " ORDER BY name COLLATE NOCASE, id")
                                         : QStringLiteral("SELECT id, name FROM agency WHERE deleted = 0"
                                                          " ORDER BY name, id"));
    if (!q)
        return q.error();
    std::vector<NamedRow> rows;
    while (q->next())
        rows.push_back({idAt(*q, 0), q->value(1).toString()});
    return rows;
}

Result<std::vector<RecipientRow>> consentRecipients(const Store& store)
{
    Result<QSqlQuery> q = store.exec(QStringLiteral(
        "SELECT 0, id, name FROM agency WHERE deleted = 0 UNION ALL SELECT 1, id, name FROM office WHERE deleted = 0"
        " ORDER BY 1, 3 COLLATE NOCASE"));
    if (!q)
        return q.error();
    std::vector<RecipientRow> rows;
    while (q->next()) {
        const auto kind = q->value(0).toInt() == 1 ? RecipientRow::Kind::Office : RecipientRow::Kind::Agency;
        rows.push_back({kind, idAt(*q, 1), q->value(2).toString()});
    }
    return rows;
}

Result<std::vector<RecipientRow>> reportRecipients(const Store& store)
{
    Result<QSqlQuery> q = store.exec(
        QStringLiteral("SELECT 1, id, name FROM office WHERE deleted = 0 AND id <> ? "
                       "UNION ALL SELECT 2, id, name FROM agency WHERE deleted = 0 ORDER BY 1, 3 COLLATE NOCASE, 2"),
        {store.officeId().toRfc4122()});
    if (!q)
        return q.error();
    std::vector<RecipientRow> rows;
    while (q->next()) {
        const auto kind = q->value(0).toInt() == 1 ? RecipientRow::Kind::Office : RecipientRow::Kind::Agency;
        rows.push_back({kind, idAt(*q, 1), q->value(2).toString()});
    }
    return rows;
}

Result<QString> officeName(const Store& store)
{
    Result<QSqlQuery> q = store.exec(QStringLiteral("SELECT name FROM office WHERE id = ?"),
                                     {store.officeId().toRfc4122()});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toString() : QString();
}

Result<qint64> agencyOperationCount(const Store& store, const QUuid& agency)
{
    Result<QSqlQuery> q = store.exec(
        QStringLiteral("SELECT count(*) FROM (SELECT id FROM operation WHERE lead_agency = ? AND deleted = 0"
                       " UNION SELECT operation FROM assignment WHERE agency = ? AND deleted = 0)"),
        {agency.toRfc4122(), agency.toRfc4122()});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<std::vector<OpenActionItem>> openActionItems(const Store& store, const QUuid& agency, int limit)
{
    Result<QSqlQuery> q = store.exec(
        QStringLiteral("SELECT a.title, a.due_at, m.title, o.code_name FROM action_item a"
                       " LEFT JOIN meeting m ON m.id = a.meeting AND m.deleted = 0"
                       " LEFT JOIN operation o ON o.id = a.operation AND o.deleted = 0"
                       " WHERE a.deleted = 0 AND a.owner_agency = ? AND a.done_at IS NULL"
                       " ORDER BY a.due_at IS NULL, a.due_at, a.title LIMIT %1")
            .arg(limit),
        {agency.toRfc4122()});
    if (!q)
        return q.error();
    std::vector<OpenActionItem> rows;
    while (q->next()) {
        OpenActionItem& item = rows.emplace_back();
        item.title = q->value(0).toString();
        if (!q->value(1).isNull())
            item.due = QDateTime::fromSecsSinceEpoch(q->value(1).toLongLong(), Qt::UTC);
        item.meeting = q->value(2).toString();
        item.operation = q->value(3).toString();
    }
    return rows;
}

} // namespace tandem::query
