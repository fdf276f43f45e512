#include "protocollist.h"

#include "store/store.h"

#include <QSqlQuery>

namespace tandem {

Result<std::vector<ProtocolListRow>> readProtocolList(const Store& store)
{
    Result<QSqlQuery> q = store.exec(QStringLiteral(
        "SELECT r.id, r.family, r.name, r.version, r.status, r.jurisdiction, r.next_review_at,"
        " (SELECT count(*) FROM protocol_step p WHERE p.protocol = r.id AND p.deleted = 0),"
        " (SELECT count(DISTINCT i.survivor) FROM checklist_item i JOIN protocol_step p ON p.id = i.step"
        "  JOIN survivor s ON s.id = i.survivor AND s.deleted = 0 WHERE p.protocol = r.id AND i.deleted = 0)"
        " FROM protocol r WHERE r.deleted = 0 ORDER BY r.name COLLATE NOCASE, r.family, r.version DESC"));
    if (!q)
        return q.error();
    std::vector<ProtocolListRow> rows;
    while (q->next()) {
        ProtocolListRow i;
        i.id = QUuid::fromRfc4122(q->value(0).toByteArray());
        i.family = QUuid::fromRfc4122(q->value(1).toByteArray());
        i.name = q->value(2).toString();
        i.version = q->value(3).toInt();
        i.status = q->value(4).toString();
        i.jurisdiction = q->value(5).toString();
        if (!q->value(6).isNull())
            i.nextReview = QDateTime::fromSecsSinceEpoch(q->value(6).toLongLong(), Qt::UTC);
        i.steps = q->value(7).toInt();
        i.survivors = q->value(8).toInt();
        rows.push_back(std::move(i));
    }
    return rows;
}

} // namespace tandem
