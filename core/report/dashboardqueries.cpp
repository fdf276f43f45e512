// The dashboard's queries: one aggregate per figure; SQLite does the counting and the ranking.

#include "dashboardsql.h"
#include "document.h"

#include "store/registry.h"
#include "store/store.h"

#include <QSqlQuery>

#include <limits>

namespace tandem::report::dashboard {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

const FieldDef& fieldOf(const char* entity, const char* field)
{
    return *Registry::instance().entity(QLatin1String(entity))->field(QLatin1String(field));
}

void tokens(const FieldDef& f, QStringList& keys, QStringList& labels)
{
    for (const EnumValue& v : f.values) {
        keys << QString::fromLatin1(v.token);
        labels << f.valueLabel(QString::fromLatin1(v.token));
    }
}

// Month × category counts: `sql` selects (month key, category, count).
Result<void> fillByMonth(const Store& store, Figure& f, const QString& sql, const QVariantList& binds)
{
    Result<QSqlQuery> q = store.exec(sql, binds);
    if (!q)
        return q.error();
    while (q->next()) {
        const int row = int(f.rowKeys.indexOf(q->value(0).toString()));
        const int column = int(f.columnKeys.indexOf(q->value(1).toString()));
        if (row >= 0 && column >= 0)
            f.values[size_t(row)][size_t(column)] = q->value(2).toDouble();
    }
    return {};
}

Result<Figure> operationsBy(const Store& store, const Scope& scope, const char* field, const QString& key,
                            const QString& title, bool withUnset)
{
    QStringList keys, labels;
    tokens(fieldOf("operation", field), keys, labels);
    if (withUnset) {
        keys << QString();
        labels << Report::tr("Not set");
    }
    Figure f = emptyFigure(key, title, Report::tr("Month"), scope.months, monthLabels(scope), keys, labels);
    const Condition c = scope.operations(QStringLiteral("o"));
    if (Result<void> r = fillByMonth(store, f,
                                     QStringLiteral("SELECT strftime('%Y-%m', o.starts_at, 'unixepoch') AS month, "
                                                    "COALESCE(o.%1, '') AS category, COUNT(*) FROM operation o WHERE %2 "
                                                    "GROUP BY month, category")
                                         .arg(QLatin1String(field), c.sql),
                                     c.binds);
        !r)
        return r.error();
    return f;
}

// The checklist steps of the survivors in scope: "FROM ... WHERE ..." with aliases i (item),
// s (survivor), o (operation), p (protocol step), and `joins` (on s and o only) joined to each
// survivor before its steps.
Condition stepsInScope(const Scope& scope, const QString& joins = {})
{
    const Condition s = scope.survivors(QStringLiteral("s"), QStringLiteral("o"));
    // Survivors first (CROSS JOIN keeps SQLite from scanning every checklist step): those of the
    // period, then their steps through the index on checklist_item.survivor. On the 10k demo
    // this halves the time of a year's figures and costs nothing over the whole span. What
    // depends on the survivor alone (its operation, `joins`) is looked up once per survivor, not
    // once per step (overdue by agency over the whole span: 1.2 to 0.7 s).
    return {QStringLiteral("FROM survivor s LEFT JOIN operation o ON o.id = s.operation %1 "
                           "CROSS JOIN checklist_item i ON i.survivor = s.id JOIN protocol_step p ON p.id = i.step "
                           "WHERE i.deleted = 0 AND ")
                    .arg(joins)
                + s.sql,
            s.binds};
}

} // namespace

Result<Figure> operationsByStatus(const Store& store, const Scope& scope)
{
    return operationsBy(store, scope, "status", QStringLiteral("operations_by_status"),
                        Report::tr("Operations per month by status"), false);
}

Result<Figure> operationsByType(const Store& store, const Scope& scope)
{
    return operationsBy(store, scope, "trafficking_type", QStringLiteral("operations_by_type"),
                        Report::tr("Operations per month by trafficking type"), true);
}

Result<Figure> survivorsPerMonth(const Store& store, const Scope& scope)
{
    Figure f = emptyFigure(QStringLiteral("survivors_per_month"), Report::tr("Survivors assisted per month"),
                           Report::tr("Month"), scope.months, monthLabels(scope),
                           {QStringLiteral("adults"), QStringLiteral("minors")},
                           {Report::tr("Adults"), Report::tr("Minors")});
    const Condition c = scope.survivors(QStringLiteral("s"), QStringLiteral("o"));
    if (Result<void> r = fillByMonth(
            store, f,
            QStringLiteral("SELECT strftime('%Y-%m', s.recovered_at, 'unixepoch') AS month, "
                           "CASE WHEN s.minor = 1 THEN 'minors' ELSE 'adults' END AS category, COUNT(*) "
                           "FROM survivor s LEFT JOIN operation o ON o.id = s.operation WHERE %1 GROUP BY month, category")
                .arg(c.sql),
            c.binds);
        !r)
        return r.error();
    return f;
}

Result<Figure> stepTimes(const Store& store, const Scope& scope)
{
    // The median and the 90th percentile are tandem_percentile (store/sqlaggregates.h), one sort
    // per group in C++; ranking every done step with window functions was half the time of the
    // whole dashboard on the 10k demo.
    // A step is the same across protocol versions when its protocol, title, anchor and target are:
    // g numbers those groups first (a few dozen protocol steps), so that the done steps are
    // grouped by a small integer instead of by four texts (on the 10k demo, a third of the time).
    // CROSS JOINs keep SQLite going survivors (with their operation, looked up once each), their
    // steps, then the group.
    // "+i.state": not through the index on state, which would make SQLite read every done step
    // once per survivor instead of each survivor's own steps.
    const Condition c = scope.survivors(QStringLiteral("s"), QStringLiteral("o"));
    const QString sql = QStringLiteral(
        "WITH g AS (SELECT p.id AS step, pr.name AS protocol, p.title AS title, p.due_anchor AS anchor, "
        "  COALESCE(p.due_offset_minutes, 0) AS target, p.position AS position, "
        "  DENSE_RANK() OVER (ORDER BY pr.name, p.title, p.due_anchor, COALESCE(p.due_offset_minutes, 0)) AS grp "
        "  FROM protocol_step p JOIN protocol pr ON pr.id = p.protocol), "
        "d AS (SELECT g.grp AS grp, CAST(i.done_at - s.recovered_at AS REAL) AS secs, "
        "  (i.due_at IS NOT NULL) AS timed, (i.due_at IS NOT NULL AND i.done_at <= i.due_at) AS kept "
        "  FROM survivor s LEFT JOIN operation o ON o.id = s.operation CROSS JOIN checklist_item i ON i.survivor = s.id "
        "  CROSS JOIN g ON g.step = i.step "
        "  WHERE i.deleted = 0 AND +i.state = 'done' AND i.done_at IS NOT NULL AND %1), "
        "x AS (SELECT grp, COUNT(*) AS n, SUM(timed) AS timed, SUM(kept) AS kept, tandem_percentile(secs, 0.5) AS median, "
        "  tandem_percentile(secs, 0.9) AS p90 FROM d GROUP BY grp) "
        "SELECT gi.protocol, gi.title, gi.anchor, gi.target, gi.first, x.n, x.timed, x.kept, x.median, x.p90 "
        "FROM x JOIN (SELECT grp, MIN(protocol) AS protocol, MIN(title) AS title, MIN(anchor) AS anchor, "
        "  MIN(target) AS target, MIN(position) AS first FROM g GROUP BY grp) gi ON gi.grp = x.grp "
        "ORDER BY gi.protocol, gi.first, gi.target")
                            .arg(c.sql);
    Result<QSqlQuery> q = store.exec(sql, c.binds);
    if (!q)
        return q.error();
    Figure f = emptyFigure(QStringLiteral("step_times"), Report::tr("Time from T0 to each protocol step"),
                           Report::tr("Step"), {}, {},
                           {QStringLiteral("target_hours"), QStringLiteral("done"), QStringLiteral("median_hours"),
                            QStringLiteral("p90_hours"), QStringLiteral("within_target_percent")},
                           {Report::tr("Target (hours)"), Report::tr("Done"), Report::tr("Median (hours)"),
                            Report::tr("90th percentile (hours)"), Report::tr("Within target (%)")});
    f.decimals = 1;
    while (q->next()) {
        const QString anchor = q->value(2).toString();
        const bool fromT0 = anchor == QLatin1String("t0");
        const double targetHours = q->value(3).toDouble() / 60.0;
        f.rowKeys << QStringLiteral("%1/%2/%3/%4").arg(q->value(0).toString(), q->value(1).toString(), anchor,
                                                       q->value(3).toString());
        f.rowLabels << QStringLiteral("%1: %2").arg(q->value(0).toString(), q->value(1).toString());
        const double timed = q->value(6).toDouble();
        f.values.push_back({fromT0 ? targetHours : kNaN, q->value(5).toDouble(), q->value(8).toDouble() / 3600.0,
                            q->value(9).toDouble() / 3600.0, timed > 0 ? 100.0 * q->value(7).toDouble() / timed : kNaN});
    }
    return f;
}

Result<Figure> overdueByRole(const Store& store, const Scope& scope)
{
    QStringList keys, labels;
    tokens(fieldOf("protocol_step", "owner_role"), keys, labels);
    Figure f = emptyFigure(QStringLiteral("overdue_by_role"), Report::tr("Overdue and late steps by owner role"),
                           Report::tr("Owner role"), keys, labels, {QStringLiteral("overdue"), QStringLiteral("late")},
                           {Report::tr("Overdue now"), Report::tr("Done late")});
    const Condition c = stepsInScope(scope);
    Result<QSqlQuery> q = store.exec(
        QStringLiteral("SELECT p.owner_role, SUM(i.state IN ('open', 'in_progress') AND i.due_at < ?), "
                       "SUM(i.state = 'done' AND i.due_at IS NOT NULL AND i.done_at > i.due_at) %1 GROUP BY p.owner_role")
            .arg(c.sql),
        QVariantList{scope.now} + c.binds);
    if (!q)
        return q.error();
    while (q->next()) {
        const int row = int(f.rowKeys.indexOf(q->value(0).toString()));
        if (row >= 0)
            f.values[size_t(row)] = {q->value(1).toDouble(), q->value(2).toDouble()};
    }
    return f;
}

Result<Figure> overdueByAgency(const Store& store, const Scope& scope)
{
    const Condition c = stepsInScope(scope, QStringLiteral("LEFT JOIN vs ON vs.operation = s.operation"));
    // The answerable agency per operation: its oldest live victim-services assignment (SQLite
    // takes the bare column `agency` from the row that has MIN(id)).
    Result<QSqlQuery> q = store.exec(
        QStringLiteral("WITH vs AS (SELECT operation, agency, MIN(id) FROM assignment WHERE deleted = 0 "
                       "  AND role = 'victim_services' GROUP BY operation), "
                       "x AS (SELECT vs.agency AS agency, SUM(i.state IN ('open', 'in_progress') AND i.due_at < ?) AS overdue, "
                       "  SUM(i.state = 'done' AND i.due_at IS NOT NULL AND i.done_at > i.due_at) AS late "
                       "  %1 GROUP BY vs.agency) "
                       "SELECT x.agency, a.name, x.overdue, x.late FROM x LEFT JOIN agency a ON a.id = x.agency "
                       "WHERE x.overdue > 0 OR x.late > 0 ORDER BY x.overdue DESC, x.late DESC, a.name")
            .arg(c.sql),
        QVariantList{scope.now} + c.binds);
    if (!q)
        return q.error();
    Figure f = emptyFigure(QStringLiteral("overdue_by_agency"),
                           Report::tr("Overdue and late steps by answerable agency"), Report::tr("Agency"), {}, {},
                           {QStringLiteral("overdue"), QStringLiteral("late")},
                           {Report::tr("Overdue now"), Report::tr("Done late")});
    while (q->next()) {
        const QByteArray id = q->value(0).toByteArray();
        f.rowKeys << (id.isEmpty() ? QString() : QUuid::fromRfc4122(id).toString(QUuid::WithoutBraces));
        f.rowLabels << (id.isEmpty() ? Report::tr("No victim-services agency assigned")
                                     : q->value(1).isNull() ? Report::tr("(deleted agency)") : q->value(1).toString());
        f.values.push_back({q->value(2).toDouble(), q->value(3).toDouble()});
    }
    return f;
}

Result<Figure> participation(const Store& store, const Scope& scope)
{
    const Condition c = scope.operations(QStringLiteral("o"));
    Result<QSqlQuery> q = store.exec(
        QStringLiteral("SELECT a.agency, g.name, COUNT(DISTINCT a.operation) AS operations, COUNT(*) AS assignments, "
                       "SUM(a.acknowledged), SUM(COALESCE(a.headcount, 0)) FROM assignment a "
                       "JOIN operation o ON o.id = a.operation LEFT JOIN agency g ON g.id = a.agency "
                       "WHERE a.deleted = 0 AND %1 GROUP BY a.agency ORDER BY assignments DESC, operations DESC, g.name")
            .arg(c.sql),
        c.binds);
    if (!q)
        return q.error();
    Figure f = emptyFigure(QStringLiteral("participation"), Report::tr("Agency participation"), Report::tr("Agency"), {},
                           {},
                           {QStringLiteral("operations"), QStringLiteral("assignments"), QStringLiteral("acknowledged"),
                            QStringLiteral("people")},
                           {Report::tr("Operations"), Report::tr("Assignments"), Report::tr("Acknowledged"),
                            Report::tr("People deployed")});
    while (q->next()) {
        f.rowKeys << QUuid::fromRfc4122(q->value(0).toByteArray()).toString(QUuid::WithoutBraces);
        f.rowLabels << (q->value(1).isNull() ? Report::tr("(deleted agency)") : q->value(1).toString());
        f.values.push_back({q->value(2).toDouble(), q->value(3).toDouble(), q->value(4).toDouble(), q->value(5).toDouble()});
    }
    return f;
}

Result<Figure> feedback(const Store& store, const Scope& scope)
{
    const QStringList aspects{QStringLiteral("planning"), QStringLiteral("communication"), QStringLiteral("victim_care"),
                              QStringLiteral("safety")};
    const EntityDef& entity = *Registry::instance().entity(QStringLiteral("feedback"));
    QStringList labels;
    QStringList columns;
    for (const QString& aspect : aspects) {
        const QString field = QStringLiteral("rating_") + aspect;
        QString label = entity.field(field)->labelText();
        labels << label.remove(QStringLiteral(" (1–5)"));
        columns << QStringLiteral("COUNT(%1), AVG(%1), SUM(%1 <= 2), SUM(%1 >= 4)").arg(field);
    }
    Figure f = emptyFigure(QStringLiteral("feedback"), Report::tr("Agencies' feedback"), Report::tr("Aspect"), aspects,
                           labels,
                           {QStringLiteral("ratings"), QStringLiteral("average"), QStringLiteral("low"),
                            QStringLiteral("high")},
                           {Report::tr("Ratings"), Report::tr("Average (1–5)"), Report::tr("Rated 1–2"),
                            Report::tr("Rated 4–5")});
    f.columnDecimals = {0, 1, 0, 0};
    // The feedback on the operations in scope (an agency filter: the feedback that agency gave, not
    // the operations it took part in), and on the meetings of the period unless a trafficking type
    // is asked for (a meeting has none).
    Scope operations = scope;
    operations.agency.clear();
    const Condition o = operations.operations(QStringLiteral("o"));
    QString sql = QStringLiteral("SELECT f.* FROM feedback f JOIN operation o ON o.id = f.operation WHERE f.deleted = 0 AND ")
                  + o.sql;
    QVariantList binds = o.binds;
    if (scope.type.isEmpty()) {
        sql += QStringLiteral(" UNION ALL SELECT f.* FROM feedback f JOIN meeting m ON m.id = f.meeting "
                              "WHERE f.deleted = 0 AND m.deleted = 0 AND m.starts_at >= ? AND m.starts_at < ?");
        binds << scope.from << scope.until;
    }
    sql = QStringLiteral("WITH fb AS (%1) SELECT %2 FROM fb").arg(sql, columns.join(QStringLiteral(", ")));
    if (!scope.agency.isEmpty()) {
        sql += QStringLiteral(" WHERE fb.agency = ?");
        binds << scope.agency;
    }
    Result<QSqlQuery> q = store.exec(sql, binds);
    if (!q)
        return q.error();
    if (q->next()) {
        for (int row = 0; row < int(aspects.size()); ++row) {
            const int at = row * 4;
            const double ratings = q->value(at).toDouble();
            f.values[size_t(row)] = {ratings, ratings > 0 ? q->value(at + 1).toDouble() : kNaN, q->value(at + 2).toDouble(),
                                     q->value(at + 3).toDouble()};
        }
    }
    return f;
}

Result<Figure> tipsByIndicator(const Store& store, const Scope& scope)
{
    QStringList keys, labels;
    tokens(fieldOf("tip", "indicators"), keys, labels);
    Figure f = emptyFigure(QStringLiteral("tips_by_indicator"), Report::tr("Community tips per month by indicator"),
                           Report::tr("Month"), scope.months, monthLabels(scope), keys, labels);
    // A tip names several indicators (a JSON list): json_each counts it once under each.
    if (Result<void> r = fillByMonth(
            store, f,
            QStringLiteral("SELECT strftime('%Y-%m', t.received_at, 'unixepoch') AS month, j.value AS category, "
                           "COUNT(*) FROM tip t, json_each(CASE WHEN json_valid(t.indicators) THEN t.indicators "
                           "ELSE '[]' END) j WHERE t.deleted = 0 AND t.received_at >= ? AND t.received_at < ? "
                           "GROUP BY month, category"),
            {scope.from, scope.until});
        !r)
        return r.error();
    return f;
}

Result<Figure> tipsByPlace(const Store& store, const Scope& scope)
{
    Result<QSqlQuery> q = store.exec(
        QStringLiteral("SELECT COALESCE(NULLIF(TRIM(t.place), ''), '') AS place, COUNT(*) AS tips, "
                       "SUM(t.credibility IN ('medium', 'high')), SUM(t.operation IS NOT NULL), "
                       "COUNT(DISTINCT strftime('%Y-%m', t.received_at, 'unixepoch')) "
                       "FROM tip t WHERE t.deleted = 0 AND t.received_at >= ? AND t.received_at < ? "
                       "GROUP BY place ORDER BY tips DESC, place LIMIT ?"),
        {scope.from, scope.until, kMaxTipPlaces});
    if (!q)
        return q.error();
    Figure f = emptyFigure(QStringLiteral("tips_by_place"), Report::tr("Community tips by place"), Report::tr("Place"),
                           {}, {},
                           {QStringLiteral("tips"), QStringLiteral("credible"), QStringLiteral("linked"),
                            QStringLiteral("months")},
                           {Report::tr("Tips"), Report::tr("Medium or high credibility"),
                            Report::tr("Linked to an operation"), Report::tr("Months with tips")});
    while (q->next()) {
        const QString place = q->value(0).toString();
        f.rowKeys << place;
        f.rowLabels << (place.isEmpty() ? Report::tr("No place given") : place);
        f.values.push_back({q->value(1).toDouble(), q->value(2).toDouble(), q->value(3).toDouble(), q->value(4).toDouble()});
    }
    return f;
}

} // namespace tandem::report::dashboard
