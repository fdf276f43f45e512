#include "dashboard.h"

#include "csv.h"
#include "dashboardsql.h"
#include "document.h"

#include "store/registry.h"
#include "store/store.h"

#include <cmath>
#include <functional>
#include <optional>
#include <limits>

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
// demo, six minutes instead of half a second.)
QString agencyOperations()
{
    return QStringLiteral("(SELECT fa.operation FROM assignment fa WHERE fa.deleted = 0 AND fa.agency = ?)");
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

} // namespace dashboard

Result<Dashboard> computeDashboard(const Store& store, const DashboardFilter& filter, const QLocale& locale,
                                   const DashboardProgress& progress)
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

    Dashboard d;
    // The three figures of steps come from one pass over the steps, made when the first is due.
    std::optional<dashboard::StepFigures> steps;
    const auto step = [&](Figure dashboard::StepFigures::*which) {
        return [&, which](const Store& s, const dashboard::Scope& sc) -> Result<Figure> {
            if (!steps) {
                Result<dashboard::StepFigures> made = dashboard::stepFigures(s, sc);
                if (!made)
                    return made.error();
                steps = std::move(*made);
            }
            return std::move((*steps).*which);
        };
    };
    using Compute = std::function<Result<Figure>(const Store&, const dashboard::Scope&)>;
    const std::pair<Figure*, Compute> parts[] = {
        {&d.operationsByStatus, dashboard::operationsByStatus},
        {&d.operationsByType, dashboard::operationsByType},
        {&d.survivorsPerMonth, dashboard::survivorsPerMonth},
        {&d.stepTimes, step(&dashboard::StepFigures::stepTimes)},
        {&d.overdueByRole, step(&dashboard::StepFigures::overdueByRole)},
        {&d.overdueByAgency, step(&dashboard::StepFigures::overdueByAgency)},
        {&d.participation, dashboard::participation},
        {&d.feedback, dashboard::feedback},
        {&d.tipsByIndicator, dashboard::tipsByIndicator},
        {&d.tipsByPlace, dashboard::tipsByPlace},
    };
    const int total = int(std::size(parts));
    int done = 0;
    for (const auto& [figure, compute] : parts) {
        Result<Figure> f = compute(store, scope);
        if (!f)
            return makeError(f.error().message, context);
        *figure = std::move(*f);
        if (progress && !progress(++done, total, figure->key))
            return makeError(Report::tr("the computation was cancelled"), context);
    }
    return d;
}

} // namespace tandem::report
