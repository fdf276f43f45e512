#pragma once

#include "util/result.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <functional>
#include <vector>

namespace tandem {
class Store;
}

// The dashboard: figures over a period for a task force's regular review of its joint work.
// Each table is read once, in the columns the figures count, and counted as it is read; what is
// kept is a few numbers per month, agency and step, and the times of the steps done (for the
// percentiles). Over everything on the 10,000-operation demo the steps are most of the work, so
// with many survivors in the file a second connection shares it (computeDashboard()).
//
// What counts where (months are calendar months in UTC):
// - operations by the month they start (starts_at); drafts without a start are not counted;
// - survivors by the month of their rescue (T0, recovered_at);
// - checklist steps by their survivor's T0; the time of a step is from T0 to done_at;
// - an overdue step is open or in progress with its due time before `at`; a late step was done
//   after its due time;
// - the agency answerable for a survivor's steps is the victim-services agency of the survivor's
//   operation: the agency of its first live "victim services" assignment (the oldest one). A
//   checklist step names an owner role, not an agency, and victim services are who follow a
//   survivor's checklist through; the owner-role figure shows who within the team.
//
// Filters: the trafficking type is the operation's (for survivors and their steps: the
// survivor's own type, or their operation's when they have none); an agency keeps the
// operations it leads or has a live assignment in, and their survivors.
namespace tandem::report {

struct DashboardFilter {
    QDate from; // first day, included
    QDate to;   // last day, included
    QString traffickingType; // a token of operation.trafficking_type; empty: all
    QUuid agency;            // null: all
    QDateTime at;            // the instant "overdue" is judged at; invalid: the store's wall clock

    // The last `months` whole calendar months up to and including the month of `today`.
    static DashboardFilter lastMonths(int months, const QDate& today);
};

// One figure as a small table of numbers the GUI can chart, show beside the chart and export.
// `values[row][column]`; NaN means "no value" (a median over no steps).
struct Figure {
    QString key;   // e.g. "operations_by_status", for file names
    QString title; // for people
    QString rowHeader;
    QStringList rowKeys; // months as "2026-04", tokens, ids: for machines
    QStringList rowLabels;
    QStringList columnKeys;
    QStringList columnLabels;
    std::vector<std::vector<double>> values;
    int decimals = 0; // digits after the point when shown
    std::vector<int> columnDecimals; // per column, when they differ (counts beside averages)

    int decimalsOf(int column) const;

    int rowCount() const { return int(rowKeys.size()); }
    int columnCount() const { return int(columnKeys.size()); }
    double value(int row, int column) const;
    // By keys; NaN when either is absent.
    double value(const QString& rowKey, const QString& columnKey) const;
    // A value as people read it in `locale`; "–" for no value.
    QString text(int row, int column, const QLocale& locale = QLocale()) const;
    // The table as CSV (csv.h): a header row (row header, column labels), then a row per row
    // label. Numbers in the C locale ("12.5"), empty for no value.
    QByteArray csv(bool byteOrderMark = false) const;
};

struct Dashboard {
    Figure operationsByStatus; // rows: months; columns: statuses
    Figure operationsByType;   // rows: months; columns: trafficking types (and "not set")
    Figure survivorsPerMonth;  // rows: months; columns: adults, minors
    // rows: protocol steps (protocol, step title, target); columns: target, done, median, 90th
    // percentile (hours from T0), done within target (per cent)
    Figure stepTimes;
    Figure overdueByRole;   // rows: owner roles; columns: overdue now, done late
    Figure overdueByAgency; // rows: answerable agencies; columns: overdue now, done late
    Figure participation;   // rows: agencies; columns: operations, assignments, acknowledged, people
    // Agencies' feedback on the operations and the meetings of the period (issue 9): rows: the
    // four aspects rated 1–5; columns: ratings given, average, rated 1–2, rated 4–5. An agency
    // filter keeps the feedback that agency gave; a trafficking type keeps operations' feedback.
    Figure feedback;
    // Community tips, by the period only (a tip has no trafficking type or agency):
    Figure tipsByIndicator; // rows: months; columns: indicators (a tip counts under each it names)
    Figure tipsByPlace;     // rows: the 20 places with most tips; columns: tips, credible, linked, months

    std::vector<const Figure*> figures() const;
};

// Called after each figure with how many are done, of how many, and the figure's key; returning
// false cancels the rest (computeDashboard then fails with "cancelled").
using DashboardProgress = std::function<bool(int done, int total, const QString& figure)>;

// Computes every figure. Refused: a period that ends before it starts or is longer than
// kMaxDashboardMonths, an unknown trafficking type. `store` may be a read-only connection on
// another thread than the file's writer (the window computes off its own thread).
constexpr int kMaxDashboardMonths = 120;
// With at least `parallelFrom` survivors in the file (0: never), the work is shared with a second
// read-only connection to the file on a thread of its own: on the 10k demo over everything, the
// checklist steps alone are more than a single connection takes for the whole dashboard.
constexpr int kDashboardParallelFrom = 2000;
Result<Dashboard> computeDashboard(const Store& store, const DashboardFilter& filter,
                                   const QLocale& locale = QLocale(), const DashboardProgress& progress = {},
                                   int parallelFrom = kDashboardParallelFrom);

} // namespace tandem::report
