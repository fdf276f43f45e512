#include "duesteps.h"

#include "store/store.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace tandem {
namespace {

QDateTime fromSeconds(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

// The FROM and WHERE shared by every band query, over checklist_item i, survivor s and
// protocol_step p; `binds` receives the values in order.
QString bandClause(DueBand band, const QDateTime& now, const DueFilter& filter, QVariantList& binds)
{
    QString sql = QStringLiteral(
        " FROM checklist_item i JOIN survivor s ON s.id = i.survivor AND s.deleted = 0"
        " LEFT JOIN protocol_step p ON p.id = i.step"
        " WHERE i.deleted = 0 AND i.state IN ('open', 'in_progress')");
    const qint64 t = now.toSecsSinceEpoch();
    switch (band) {
    case DueBand::Overdue:
        sql += QStringLiteral(" AND i.due_at < ?");
        binds << t;
        break;
    case DueBand::Soon:
        sql += QStringLiteral(" AND i.due_at >= ? AND i.due_at < ?");
        binds << t << t + kSoonSeconds;
        break;
    case DueBand::BeforeInterview:
        sql += QStringLiteral(" AND i.due_at IS NULL AND p.due_anchor = 'first_interview' AND s.recovered_at >= ?");
        binds << t - kInterviewWindowSeconds;
        break;
    }
    if (!filter.ownerRole.isEmpty()) {
        sql += QStringLiteral(" AND p.owner_role = ?");
        binds << filter.ownerRole;
    }
    if (!filter.operation.isNull()) {
        sql += QStringLiteral(" AND s.operation = ?");
        binds << filter.operation.toRfc4122();
    }
    return sql;
}

} // namespace

bool stepIsOverdue(const QString& state, const QDateTime& dueAt, const QDateTime& now)
{
    return (state == QLatin1String("open") || state == QLatin1String("in_progress")) && dueAt.isValid()
           && dueAt.toSecsSinceEpoch() < now.toSecsSinceEpoch();
}

Result<qint64> dueStepCount(const Store& store, DueBand band, const QDateTime& now, const DueFilter& filter)
{
    QVariantList binds;
    const QString sql = QStringLiteral("SELECT count(*)") + bandClause(band, now, filter, binds);
    Result<QSqlQuery> q = store.exec(sql, binds);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<QDateTime> nextDueTime(const Store& store, const QDateTime& now)
{
    Result<QSqlQuery> q = store.exec(
        QStringLiteral("SELECT min(i.due_at) FROM checklist_item i JOIN survivor s ON s.id = i.survivor "
                       "AND s.deleted = 0 WHERE i.deleted = 0 AND i.state IN ('open', 'in_progress') "
                       "AND i.due_at >= ?"),
        {now.toSecsSinceEpoch()});
    if (!q)
        return q.error();
    return q->next() ? fromSeconds(q->value(0)) : QDateTime();
}

Result<FellDue> fellDue(const Store& store, const QDateTime& after, const QDateTime& upTo)
{
    FellDue out;
    const QVariantList stretch{after.toSecsSinceEpoch(), upTo.toSecsSinceEpoch()};
    Result<QSqlQuery> steps = store.exec(
        QStringLiteral("SELECT count(*) OVER (), i.survivor, s.code, p.title FROM checklist_item i "
                       "JOIN survivor s ON s.id = i.survivor AND s.deleted = 0 LEFT JOIN protocol_step p ON p.id = i.step "
                       "WHERE i.deleted = 0 AND i.state IN ('open', 'in_progress') AND i.due_at > ? AND i.due_at <= ? "
                       "ORDER BY i.due_at, i.id LIMIT 1"),
        stretch);
    if (!steps)
        return steps.error();
    if (steps->next()) {
        out.steps = steps->value(0).toLongLong();
        out.firstSurvivor = QUuid::fromRfc4122(steps->value(1).toByteArray());
        out.firstSurvivorCode = steps->value(2).toString();
        out.firstStepTitle = steps->value(3).toString();
    }
    steps->finish();
    Result<QSqlQuery> actions = store.exec(
        QStringLiteral("SELECT count(*) OVER (), title FROM action_item WHERE deleted = 0 AND done_at IS NULL "
                       "AND due_at > ? AND due_at <= ? ORDER BY due_at, id LIMIT 1"),
        stretch);
    if (!actions)
        return actions.error();
    if (actions->next()) {
        out.actionItems = actions->value(0).toLongLong();
        out.firstActionTitle = actions->value(1).toString();
    }
    return out;
}

Result<std::vector<DueSurvivor>> dueSurvivors(const Store& store, DueBand band, const QDateTime& now,
                                              const DueFilter& filter, const DueSurvivor* after, int limit)
{
    QVariantList binds;
    // Steps before the first interview have no due time: their survivors are ordered by T0.
    QString sql = QStringLiteral("SELECT i.survivor, s.code, o.code_name, min(ifnull(i.due_at, s.recovered_at)) AS first_due, count(*)")
                  + bandClause(band, now, filter, binds);
    sql.replace(QStringLiteral(" LEFT JOIN protocol_step p"),
                QStringLiteral(" LEFT JOIN operation o ON o.id = s.operation AND o.deleted = 0"
                               " LEFT JOIN protocol_step p"));
    sql += QStringLiteral(" GROUP BY i.survivor");
    if (after) {
        sql += QStringLiteral(" HAVING first_due > ? OR (first_due = ? AND i.survivor > ?)");
        const qint64 first = after->firstDue.toSecsSinceEpoch();
        binds << first << first << after->survivor.toRfc4122();
    }
    sql += QStringLiteral(" ORDER BY first_due, i.survivor LIMIT ?");
    binds << limit;
    Result<QSqlQuery> q = store.exec(sql, binds);
    if (!q)
        return q.error();
    std::vector<DueSurvivor> out;
    while (q->next()) {
        DueSurvivor s;
        s.survivor = QUuid::fromRfc4122(q->value(0).toByteArray());
        s.code = q->value(1).toString();
        s.operationName = q->value(2).toString();
        s.firstDue = fromSeconds(q->value(3));
        s.steps = q->value(4).toInt();
        out.push_back(std::move(s));
    }
    return out;
}

Result<std::vector<DueStep>> dueStepsOf(const Store& store, DueBand band, const QDateTime& now,
                                        const DueFilter& filter, const QList<QUuid>& survivors)
{
    std::vector<DueStep> out;
    if (survivors.isEmpty())
        return out;
    QVariantList binds;
    QString sql = QStringLiteral("SELECT i.id, i.survivor, p.title, p.owner_role, i.state, i.due_at, p.mandatory")
                  + bandClause(band, now, filter, binds);
    QStringList marks;
    for (const QUuid& id : survivors) {
        marks << QStringLiteral("?");
        binds << id.toRfc4122();
    }
    sql += QStringLiteral(" AND i.survivor IN (%1) ORDER BY i.due_at, p.protocol, p.position, i.id").arg(marks.join(QLatin1Char(',')));
    Result<QSqlQuery> q = store.exec(sql, binds);
    if (!q)
        return q.error();
    while (q->next()) {
        DueStep s;
        s.item = QUuid::fromRfc4122(q->value(0).toByteArray());
        s.survivor = QUuid::fromRfc4122(q->value(1).toByteArray());
        s.title = q->value(2).toString();
        s.ownerRole = q->value(3).toString();
        s.state = q->value(4).toString();
        s.dueAt = fromSeconds(q->value(5));
        s.mandatory = q->value(6).toBool();
        out.push_back(std::move(s));
    }
    // By survivor in the order asked for; stable, so each survivor's steps stay in due order.
    QHash<QUuid, int> rank;
    for (int i = 0; i < survivors.size(); ++i)
        rank.insert(survivors[i], i);
    std::stable_sort(out.begin(), out.end(), [&rank](const DueStep& a, const DueStep& b) {
        return rank.value(a.survivor) < rank.value(b.survivor);
    });
    return out;
}

Result<std::vector<SurvivorProgress>> operationProgress(const Store& store, const QUuid& operationId,
                                                        const QDateTime& now)
{
    Result<QSqlQuery> q = store.exec(
        QStringLiteral(
            "SELECT s.id, s.code, s.recovered_at, s.age_band,"
            " total(i.state IN ('done', 'not_applicable', 'declined')), count(i.id),"
            " total(i.state IN ('open', 'in_progress') AND i.due_at < ?),"
            " total(i.state IN ('open', 'in_progress') AND p.mandatory = 1)"
            " FROM survivor s LEFT JOIN checklist_item i ON i.survivor = s.id AND i.deleted = 0"
            " LEFT JOIN protocol_step p ON p.id = i.step"
            " WHERE s.operation = ? AND s.deleted = 0 GROUP BY s.id ORDER BY s.code, s.id"),
        {now.toSecsSinceEpoch(), operationId.toRfc4122()});
    if (!q)
        return q.error();
    std::vector<SurvivorProgress> out;
    while (q->next()) {
        SurvivorProgress p;
        p.survivor = QUuid::fromRfc4122(q->value(0).toByteArray());
        p.code = q->value(1).toString();
        p.t0 = fromSeconds(q->value(2));
        p.ageBand = q->value(3).toString();
        p.settled = int(q->value(4).toDouble());
        p.total = q->value(5).toInt();
        p.overdue = int(q->value(6).toDouble());
        p.openMandatory = int(q->value(7).toDouble());
        out.push_back(std::move(p));
    }
    return out;
}

} // namespace tandem
