// The dashboard's queries: one aggregate per figure, SQLite doing the counting and the ranking; the
// three figures of checklist steps come from one pass instead (dashboardsteps.cpp).

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

Result<Figure> participation(const Store& store, const Scope& scope)
{
    const Condition c = scope.operations(QStringLiteral("o"));
    // The assignments of the operations in scope, counted per agency from the index
    // assignment_participation (schema 11) alone; the agencies' names joined to the few rows of
    // the result, not to every assignment.
    Result<QSqlQuery> q = store.exec(
        QStringLiteral("SELECT x.agency, g.name, x.operations, x.assignments, x.acknowledged, x.people FROM ("
                       "SELECT a.agency, COUNT(DISTINCT a.operation) AS operations, COUNT(*) AS assignments, "
                       "SUM(a.acknowledged) AS acknowledged, SUM(COALESCE(a.headcount, 0)) AS people FROM assignment a "
                       "WHERE a.deleted = 0 AND a.operation IN (SELECT o.id FROM operation o WHERE %1) GROUP BY a.agency) x "
                       "LEFT JOIN agency g ON g.id = x.agency ORDER BY x.assignments DESC, x.operations DESC, g.name")
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
