#include "survivorchecklist.h"

#include "store/store.h"

#include <QSqlQuery>

namespace tandem {
namespace {

QDateTime fromSeconds(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

} // namespace

Result<std::vector<SurvivorChecklistRow>> readSurvivorChecklist(const Store& store, const QUuid& survivor)
{
    Result<QSqlQuery> q = store.exec(
        QStringLiteral("SELECT i.id, p.title, p.guidance, p.owner_role, i.state, i.due_at, p.due_anchor,"
                       " p.mandatory, i.done_by, i.done_at, i.note, i.service, v.name, r.name, r.version,"
                       " i.referral_answer, i.referral_reason, i.referral_answered_at, i.referral_outcome, i.reason"
                       " FROM checklist_item i LEFT JOIN protocol_step p ON p.id = i.step"
                       " LEFT JOIN protocol r ON r.id = p.protocol"
                       " LEFT JOIN service v ON v.id = i.service AND v.deleted = 0"
                       " WHERE i.survivor = ? AND i.deleted = 0 ORDER BY i.due_at, p.position, i.id"),
        {survivor.toRfc4122()});
    if (!q)
        return q.error();
    std::vector<SurvivorChecklistRow> rows;
    while (q->next()) {
        SurvivorChecklistRow i;
        i.id = QUuid::fromRfc4122(q->value(0).toByteArray());
        i.stepKnown = !q->value(1).isNull();
        i.title = q->value(1).toString();
        i.guidance = q->value(2).toString();
        i.ownerRole = q->value(3).toString();
        i.state = q->value(4).toString();
        i.dueAt = fromSeconds(q->value(5));
        i.dueAnchor = q->value(6).toString();
        i.mandatory = q->value(7).toBool();
        i.doneBy = q->value(8).toString();
        i.doneAt = fromSeconds(q->value(9));
        i.note = q->value(10).toString();
        i.service = QUuid::fromRfc4122(q->value(11).toByteArray());
        i.serviceName = q->value(12).toString();
        i.protocolName = q->value(13).toString();
        i.protocolVersion = q->value(14).toInt();
        i.referralAnswer = q->value(15).toString();
        i.referralReason = q->value(16).toString();
        i.referralAnsweredAt = fromSeconds(q->value(17));
        i.referralOutcome = q->value(18).toString();
        i.reason = q->value(19).toString();
        rows.push_back(std::move(i));
    }
    return rows;
}

} // namespace tandem
