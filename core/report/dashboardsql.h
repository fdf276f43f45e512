#pragma once

#include "dashboard.h"

#include <QHash>
#include <QVariantList>

#include <atomic>
#include <functional>
#include <memory>

struct sqlite3;

namespace tandem {
class Statement;
}

namespace tandem::report::dashboard {

// A piece of SQL and the values bound to its "?" in order.
struct Condition {
    QString sql;
    QVariantList binds;
};

// The filter as the queries use it: Unix seconds, tokens, id bytes.
struct Scope {
    qint64 from = 0;
    qint64 until = 0; // exclusive
    qint64 now = 0;
    QString type;
    QByteArray agency; // empty: any
    QStringList months; // "2026-01", ... every month of the period in order
    QLocale locale;

    // Live operations of the period (by starts_at) that pass the filters; `o` is their alias.
    Condition operations(const QString& o) const;
    // Live survivors rescued in the period that pass the filters; `s` is their alias and `o` the
    // alias of their operation, LEFT JOINed.
    Condition survivors(const QString& s, const QString& o) const;
    // The row of `months` that the instant `seconds` (UTC) falls in, or -1.
    int monthRow(qint64 seconds) const;
};

// Each table the figures count is read once, by the pass below that reads it; a pass gives every
// figure of its rows.

// The operations in scope: the two figures of operations, and the operations whose assignments the
// figure of participation counts.
struct OperationFigures {
    Figure byStatus;
    Figure byType;
    QHash<QByteArray, int> ids; // each operation's id, numbered from 0
};
Result<OperationFigures> operationFigures(const Store& store, const Scope& scope);

// The survivors in scope, with what the figures of steps need of them.
struct SurvivorInScope {
    qint64 recoveredAt = 0;
    int operation = 0; // in Survivors::operations
};
struct Survivors {
    Figure perMonth;
    std::vector<QByteArray> ids;           // of those in scope, in order
    std::vector<SurvivorInScope> inScope;  // of ids[i], at i
    std::vector<QByteArray> operations;    // their operations; the first is none (empty)
};
Result<Survivors> survivorsInScope(const Store& store, const Scope& scope);

// Every live assignment: the figure of participation (of the operations in scope), and the agency
// answerable for the survivors of each operation: the agency of its oldest live "victim
// services" assignment.
struct Assignments {
    Figure participation;
    QHash<QByteArray, QByteArray> answerable; // operation id -> agency id
};
Result<Assignments> assignments(const Store& store, const QHash<QByteArray, int>& operations,
                                const QHash<QByteArray, QString>& agencyNames);

// The three figures of checklist steps (dashboardsteps.cpp): one pass over the steps of the
// survivors in scope, in parts that may run at once on connections of their own.
struct StepFigures {
    Figure stepTimes;
    Figure overdueByRole;
    Figure overdueByAgency;
};
class StepPass {
public:
    // Reads the protocols' steps (a few dozen).
    static Result<std::unique_ptr<StepPass>> load(const Store& store);
    ~StepPass();
    // Plans the pass over the steps of `survivors` (which must outlive it) in `parts` parts of
    // about as many survivors each (fewer when there are fewer survivors); `inFile` is every
    // survivor of the file, deleted ones too.
    void plan(const Scope& scope, const Survivors& survivors, qint64 inFile, int parts);
    int parts() const;
    // Reads part `part` through `store` (any connection to the file, on any thread; each part on
    // one thread, once). Fails with "cancelled" soon after `stop` is set.
    Result<void> read(const Store& store, int part, const std::atomic<bool>& stop);
    // Once every part is read: their counts together; then the median and 90th percentile of
    // each group of steps (each group on one thread, once; any thread); then the figures, where
    // `names` are the agencies' names by id.
    void merge();
    int groups() const;
    void settle(int group);
    StepFigures figures(const QHash<QByteArray, QByteArray>& answerable, const QHash<QByteArray, QString>& names);

private:
    StepPass();
    struct Data;
    std::unique_ptr<Data> d;
};

Result<Figure> feedback(const Store& store, const Scope& scope);
// Tips are counted by the period alone: a tip has neither a trafficking type nor an agency.
Result<Figure> tipsByIndicator(const Store& store, const Scope& scope);
Result<Figure> tipsByPlace(const Store& store, const Scope& scope);
// The places with the most tips that tipsByPlace() shows.
constexpr int kMaxTipPlaces = 20;

// The SQLite connection of `store`, which the passes over many rows read through the C API
// (QSqlQuery makes a QVariant of every value); null if it has none.
sqlite3* connectionOf(const Store& store);
// Runs `sql` with `binds` on `store`'s connection, calling `row` with each row.
Result<void> eachRow(const Store& store, const QString& sql, const QVariantList& binds,
                     const std::function<void(const Statement&)>& row);

// Every agency's name by id (a few hundred), for the figures that name agencies.
Result<QHash<QByteArray, QString>> agencyNames(const Store& store);
// Whether agency `a` comes before `b` by name as SQLite orders names: none (no agency, or a
// deleted one) first, then names byte for byte; equal names by id.
bool agencyBefore(const QByteArray& a, const QByteArray& b, const QHash<QByteArray, QString>& names);

// Every figure (dashboard.cpp); see computeDashboard().
Result<Dashboard> computeAll(const Store& store, const Scope& scope, const DashboardProgress& progress, int parallelFrom);

// A figure with `rows` × `columns` zeros.
Figure emptyFigure(const QString& key, const QString& title, const QString& rowHeader, const QStringList& rowKeys,
                   const QStringList& rowLabels, const QStringList& columnKeys, const QStringList& columnLabels);
// Month rows for a figure: keys "2026-04", labels in the locale ("Apr 2026").
QStringList monthLabels(const Scope& scope);

} // namespace tandem::report::dashboard
