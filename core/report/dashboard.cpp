#include "dashboard.h"

#include "csv.h"
#include "dashboardsql.h"
#include "document.h"

#include "store/readworkers.h"
#include "store/registry.h"
#include "store/store.h"

#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <functional>
#include <limits>
#include <memory>
#include <optional>

namespace tandem::report {

DashboardFilter DashboardFilter::lastMonths(int months, const QDate& today)
{
    DashboardFilter f;
    const QDate first(today.year(), today.month(), 1);
    f.from = first.addMonths(-(std::max(months, 1) - 1));
    f.to = first.addMonths(1).addDays(-1);
    return f;
}

double Figure::value(int row, int column) const
{
    if (row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return std::numeric_limits<double>::quiet_NaN();
    return values[size_t(row)][size_t(column)];
}

double Figure::value(const QString& rowKey, const QString& columnKey) const
{
    return value(int(rowKeys.indexOf(rowKey)), int(columnKeys.indexOf(columnKey)));
}

int Figure::decimalsOf(int column) const
{
    return column >= 0 && column < int(columnDecimals.size()) ? columnDecimals[size_t(column)] : decimals;
}

QString Figure::text(int row, int column, const QLocale& locale) const
{
    const double v = value(row, column);
    if (std::isnan(v))
        return QStringLiteral("–");
    return locale.toString(v, 'f', decimalsOf(column));
}

QByteArray Figure::csv(bool byteOrderMark) const
{
    QString out = csv::record(QStringList{rowHeader} + columnLabels);
    for (int r = 0; r < rowCount(); ++r) {
        QStringList cells{rowLabels.value(r)};
        for (int c = 0; c < columnCount(); ++c) {
            const double v = value(r, c);
            cells << (std::isnan(v) ? QString() : QString::number(v, 'f', decimalsOf(c)));
        }
        out += csv::record(cells);
    }
    QByteArray bytes = out.toUtf8();
    if (byteOrderMark)
        bytes.prepend("\xEF\xBB\xBF");
    return bytes;
}

std::vector<const Figure*> Dashboard::figures() const
{
    return {&operationsByStatus, &operationsByType, &survivorsPerMonth, &stepTimes,
            &overdueByRole,      &overdueByAgency,  &participation,    &feedback,        &tipsByIndicator,
            &tipsByPlace};
}

namespace dashboard {
namespace {

// The operations an agency has a live assignment in, as a list SQLite builds once. (A correlated
// EXISTS over assignment looked the agency's assignments up again for every survivor: on the 10k
// demo, six minutes instead of half a second.) Read from the index assignment_participation, which
// holds operation, agency and deleted, whole ("+": not through the index on agency, which reads
// the row of each of the agency's assignments for its operation: for the busiest agency of the
// 10k demo, 18,000 rows, twice the time).
QString agencyOperations()
{
    return QStringLiteral("(SELECT fa.operation FROM assignment fa WHERE fa.deleted = 0 AND +fa.agency = ?)");
}

} // namespace

Condition Scope::operations(const QString& o) const
{
    Condition c{QStringLiteral("%1.deleted = 0 AND %1.starts_at >= ? AND %1.starts_at < ?").arg(o), {from, until}};
    if (!type.isEmpty()) {
        c.sql += QStringLiteral(" AND %1.trafficking_type = ?").arg(o);
        c.binds << type;
    }
    if (!agency.isEmpty()) {
        // "+": the period's range on starts_at picks the operations, the agency only filters them.
        // (Through the indexes on lead agency and assignments, SQLite read every operation the
        // agency ever had, across the whole file: on the 10k demo, twice the time of a year's.)
        c.sql += QStringLiteral(" AND (+%1.lead_agency = ? OR +%1.id IN %2)").arg(o, agencyOperations());
        c.binds << agency << agency;
    }
    return c;
}

Condition Scope::survivors(const QString& s, const QString& o) const
{
    Condition c{QStringLiteral("%1.deleted = 0 AND %1.recovered_at >= ? AND %1.recovered_at < ?").arg(s), {from, until}};
    if (!type.isEmpty()) {
        c.sql += QStringLiteral(" AND COALESCE(%1.trafficking_type, %2.trafficking_type) = ?").arg(s, o);
        c.binds << type;
    }
    if (!agency.isEmpty()) {
        c.sql += QStringLiteral(" AND %1.deleted = 0 AND (%1.lead_agency = ? OR %1.id IN %2)").arg(o, agencyOperations());
        c.binds << agency << agency;
    }
    return c;
}

Figure emptyFigure(const QString& key, const QString& title, const QString& rowHeader, const QStringList& rowKeys,
                   const QStringList& rowLabels, const QStringList& columnKeys, const QStringList& columnLabels)
{
    Figure f;
    f.key = key;
    f.title = title;
    f.rowHeader = rowHeader;
    f.rowKeys = rowKeys;
    f.rowLabels = rowLabels;
    f.columnKeys = columnKeys;
    f.columnLabels = columnLabels;
    f.values.assign(size_t(rowKeys.size()), std::vector<double>(size_t(columnKeys.size()), 0.0));
    return f;
}

QStringList monthLabels(const Scope& scope)
{
    QStringList labels;
    for (const QString& key : scope.months)
        labels << scope.locale.toString(QDate::fromString(key + QStringLiteral("-01"), Qt::ISODate),
                                        QStringLiteral("MMM yyyy"));
    return labels;
}

namespace {

// The steps are read in this many parts, so that two connections (ReadWorkers) share them evenly.
constexpr int kStepParts = 8;

// A task that computes a figure into `out`.
ReadWorkers::Task figureTask(Figure& out, Result<Figure> (*compute)(const Store&, const Scope&), const Scope& scope)
{
    return [&out, compute, &scope](const Store& s, const std::atomic<bool>&) -> Result<void> {
        Result<Figure> f = compute(s, scope);
        if (!f)
            return f.error();
        out = std::move(*f);
        return {};
    };
}

// A task that stores what `compute` gives in `out`.
template <typename T, typename Compute>
ReadWorkers::Task resultTask(std::optional<T>& out, Compute compute)
{
    return [&out, compute](const Store& s, const std::atomic<bool>&) -> Result<void> {
        Result<T> r = compute(s);
        if (!r)
            return r.error();
        out = std::move(*r);
        return {};
    };
}

} // namespace

Result<Dashboard> computeAll(const Store& store, const Scope& scope, const DashboardProgress& progress, int parallelFrom)
{
    Dashboard d;
    // With many survivors in the file, two connections share the work (not while `store` is in a
    // transaction, whose changes no other connection sees). SQLite counts the rows of a table
    // from its smallest index without reading them; live ones only, it would read every row.
    sqlite3* db = connectionOf(store);
    Result<QSqlQuery> all = store.exec(QStringLiteral("SELECT count(*) FROM survivor"));
    if (!all || !all->next())
        return all ? makeError(Report::tr("the dashboard cannot read the file")) : all.error();
    const qint64 survivorsInFile = all->value(0).toLongLong();
    all->finish();
    const bool twoConnections = parallelFrom > 0 && survivorsInFile >= parallelFrom && db && sqlite3_get_autocommit(db) != 0;
    ReadWorkers workers(store, twoConnections);

    // First what needs nothing else.
    std::optional<OperationFigures> operations;
    std::optional<Survivors> survivors;
    std::optional<QHash<QByteArray, QString>> names;
    std::optional<std::unique_ptr<StepPass>> pass;
    Result<void> first = workers.run({
        resultTask(survivors, [&scope](const Store& s) { return survivorsInScope(s, scope); }),
        figureTask(d.feedback, &dashboard::feedback, scope),
        resultTask(operations, [&scope](const Store& s) { return operationFigures(s, scope); }),
        figureTask(d.tipsByIndicator, &dashboard::tipsByIndicator, scope),
        figureTask(d.tipsByPlace, &dashboard::tipsByPlace, scope),
        resultTask(names, [](const Store& s) { return agencyNames(s); }),
        resultTask(pass, [](const Store& s) { return StepPass::load(s); }),
    });
    if (!first)
        return first.error();
    d.operationsByStatus = std::move(operations->byStatus);
    d.operationsByType = std::move(operations->byType);
    d.survivorsPerMonth = std::move(survivors->perMonth);

    // Progress in the figures' order, each figure when it and those before it are in; false: stop.
    const std::vector<const Figure*> order = d.figures();
    const int total = int(order.size());
    std::vector<bool> ready(order.size(), false);
    int reported = 0;
    const auto done = [&](std::initializer_list<const Figure*> figures) {
        for (const Figure* f : figures)
            ready[size_t(std::find(order.begin(), order.end(), f) - order.begin())] = true;
        while (reported < total && ready[size_t(reported)]) {
            ++reported;
            if (progress && !progress(reported, total, order[size_t(reported - 1)]->key))
                return false;
        }
        return true;
    };
    const Error cancelled = makeError(Report::tr("the computation was cancelled"));
    if (!done({&d.operationsByStatus, &d.operationsByType, &d.survivorsPerMonth, &d.feedback, &d.tipsByIndicator,
               &d.tipsByPlace}))
        return cancelled;

    // Then the assignments of the operations in scope, and the steps of the survivors in scope.
    StepPass& steps = **pass;
    steps.plan(scope, *survivors, survivorsInFile, twoConnections ? kStepParts : 1);
    std::optional<Assignments> assigned;
    std::vector<ReadWorkers::Task> second{resultTask(assigned, [&](const Store& s) { return assignments(s, operations->ids, *names); })};
    for (int part = 0; part < steps.parts(); ++part)
        second.push_back([&, part](const Store& s, const std::atomic<bool>& stop) { return steps.read(s, part, stop); });
    if (Result<void> r = workers.run(std::move(second)); !r)
        return r.error();

    // Then each group's percentiles of the time to its step.
    steps.merge();
    std::vector<ReadWorkers::Task> percentiles;
    for (int group = 0; group < steps.groups(); ++group) {
        percentiles.push_back([&steps, group](const Store&, const std::atomic<bool>&) -> Result<void> {
            steps.settle(group);
            return {};
        });
    }
    if (Result<void> r = workers.run(std::move(percentiles)); !r)
        return r.error();
    StepFigures figures = steps.figures(assigned->answerable, *names);
    d.stepTimes = std::move(figures.stepTimes);
    d.overdueByRole = std::move(figures.overdueByRole);
    d.overdueByAgency = std::move(figures.overdueByAgency);
    d.participation = std::move(assigned->participation);
    if (!done({&d.stepTimes, &d.overdueByRole, &d.overdueByAgency, &d.participation}))
        return cancelled;
    return d;
}

} // namespace dashboard

Result<Dashboard> computeDashboard(const Store& store, const DashboardFilter& filter, const QLocale& locale,
                                   const DashboardProgress& progress, int parallelFrom)
{
    const QString context = Report::tr("dashboard");
    if (!filter.from.isValid() || !filter.to.isValid())
        return makeError(Report::tr("the period needs a first and a last day"), context);
    if (filter.to < filter.from)
        return makeError(Report::tr("the period ends (%1) before it starts (%2)")
                             .arg(filter.to.toString(Qt::ISODate), filter.from.toString(Qt::ISODate)),
                         context);
    dashboard::Scope scope;
    for (QDate m(filter.from.year(), filter.from.month(), 1); m <= filter.to; m = m.addMonths(1)) {
        scope.months << m.toString(QStringLiteral("yyyy-MM"));
        if (scope.months.size() > kMaxDashboardMonths)
            return makeError(Report::tr("the period is longer than %1 months").arg(kMaxDashboardMonths), context);
    }
    if (!filter.traffickingType.isEmpty()) {
        const FieldDef* type = Registry::instance().entity(QStringLiteral("operation"))->field(QStringLiteral("trafficking_type"));
        if (!type->hasValue(filter.traffickingType))
            return makeError(Report::tr("\"%1\" is not a trafficking type").arg(filter.traffickingType), context);
    }
    scope.from = QDateTime(filter.from, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    scope.until = QDateTime(filter.to.addDays(1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    scope.now = (filter.at.isValid() ? filter.at.toMSecsSinceEpoch() : store.wallClock()) / 1000;
    scope.type = filter.traffickingType;
    scope.agency = filter.agency.isNull() ? QByteArray() : filter.agency.toRfc4122();
    scope.locale = locale;

    Result<Dashboard> computed = dashboard::computeAll(store, scope, progress, parallelFrom);
    if (!computed)
        return makeError(computed.error().message, context);
    return computed;
}

} // namespace tandem::report
