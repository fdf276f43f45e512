#include "followups.h"

#include "store/store.h"

#include <QSqlQuery>

namespace tandem {
namespace {

QDateTime fromSeconds(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QUuid uuidOf(const QVariant& v)
{
    return v.isNull() ? QUuid() : QUuid::fromRfc4122(v.toByteArray());
}

// Operations whose tasks are still owed: planned to completed (follow-up continues after the raid).
const char* const kActiveOperation = "o.status IN ('planned', 'approved', 'briefed', 'in_progress', 'completed')";

Result<qint64> count(const Store& store, const QString& sql, const QVariantList& binds)
{
    Result<QSqlQuery> q = store.exec(sql, binds);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

} // namespace

Result<FollowUps> readFollowUps(const Store& store, const FollowUpWindow& window)
{
    FollowUps out;

    const QString actionWhere = QStringLiteral(
        " FROM action_item a WHERE a.deleted = 0 AND a.done_at IS NULL AND a.due_at IS NOT NULL AND a.due_at <= ?");
    const qint64 actionLimit = window.actionsUntil.toSecsSinceEpoch();
    Result<QSqlQuery> q = store.exec(
        QStringLiteral("SELECT a.id, a.title, a.due_at, a.meeting, a.operation,"
                       " (SELECT title FROM meeting WHERE id = a.meeting AND deleted = 0),"
                       " (SELECT code_name FROM operation WHERE id = a.operation AND deleted = 0),"
                       " (SELECT name FROM agency WHERE id = a.owner_agency AND deleted = 0)")
            + actionWhere + QStringLiteral(" ORDER BY a.due_at, a.id LIMIT ?"),
        {actionLimit, window.limit});
    if (!q)
        return q.error();
    while (q->next()) {
        out.actionItems.push_back({uuidOf(q->value(0)), q->value(1).toString(), fromSeconds(q->value(2)),
                                   uuidOf(q->value(3)), uuidOf(q->value(4)), q->value(5).toString(),
                                   q->value(6).toString(), q->value(7).toString()});
    }
    Result<qint64> n = count(store, QStringLiteral("SELECT count(*)") + actionWhere, {actionLimit});
    if (!n)
        return n.error();
    out.actionItemCount = *n;

    const QString taskWhere = QStringLiteral(" FROM task t JOIN operation o ON o.id = t.operation AND o.deleted = 0 AND ")
                              + QLatin1String(kActiveOperation)
                              + QStringLiteral(" WHERE t.deleted = 0 AND t.done_at IS NULL AND t.due_at IS NOT NULL"
                                               " AND t.due_at <= ?");
    const qint64 taskLimit = window.tasksUntil.toSecsSinceEpoch();
    q = store.exec(QStringLiteral("SELECT t.id, t.title, t.due_at, t.operation, o.code_name,"
                                  " (SELECT name FROM agency WHERE id = t.owner_agency AND deleted = 0)")
                       + taskWhere + QStringLiteral(" ORDER BY t.due_at, t.id LIMIT ?"),
                   {taskLimit, window.limit});
    if (!q)
        return q.error();
    while (q->next()) {
        out.tasks.push_back({uuidOf(q->value(0)), q->value(1).toString(), fromSeconds(q->value(2)), uuidOf(q->value(3)),
                             q->value(4).toString(), q->value(5).toString()});
    }
    n = count(store, QStringLiteral("SELECT count(*)") + taskWhere, {taskLimit});
    if (!n)
        return n.error();
    out.taskCount = *n;

    const QString reviewWhere = QStringLiteral(" FROM protocol WHERE deleted = 0 AND status = 'active'"
                                               " AND next_review_at IS NOT NULL AND next_review_at <= ?");
    const qint64 reviewLimit = window.reviewsUntil.toSecsSinceEpoch();
    q = store.exec(QStringLiteral("SELECT id, name, version, next_review_at, reviewed_by") + reviewWhere
                       + QStringLiteral(" ORDER BY next_review_at, id LIMIT ?"),
                   {reviewLimit, window.limit});
    if (!q)
        return q.error();
    while (q->next()) {
        out.reviews.push_back({uuidOf(q->value(0)), q->value(1).toString(), q->value(2).toLongLong(),
                               fromSeconds(q->value(3)), q->value(4).toString()});
    }
    n = count(store, QStringLiteral("SELECT count(*)") + reviewWhere, {reviewLimit});
    if (!n)
        return n.error();
    out.reviewCount = *n;
    return out;
}

} // namespace tandem
