#pragma once

#include "dashboard.h"

#include <QVariantList>

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
};

// The figures, each from one or two aggregate queries.
Result<Figure> operationsByStatus(const Store& store, const Scope& scope);
Result<Figure> operationsByType(const Store& store, const Scope& scope);
Result<Figure> survivorsPerMonth(const Store& store, const Scope& scope);
// The three figures of checklist steps, from one pass over the steps in scope (dashboardsteps.cpp).
struct StepFigures {
    Figure stepTimes;
    Figure overdueByRole;
    Figure overdueByAgency;
};
Result<StepFigures> stepFigures(const Store& store, const Scope& scope);
Result<Figure> participation(const Store& store, const Scope& scope);
Result<Figure> feedback(const Store& store, const Scope& scope);
// Tips are counted by the period alone: a tip has neither a trafficking type nor an agency.
Result<Figure> tipsByIndicator(const Store& store, const Scope& scope);
Result<Figure> tipsByPlace(const Store& store, const Scope& scope);
// The places with the most tips that tipsByPlace() shows.
constexpr int kMaxTipPlaces = 20;

// A figure with `rows` × `columns` zeros.
Figure emptyFigure(const QString& key, const QString& title, const QString& rowHeader, const QStringList& rowKeys,
                   const QStringList& rowLabels, const QStringList& columnKeys, const QStringList& columnLabels);
// Month rows for a figure: keys "2026-04", labels in the locale ("Apr 2026").
QStringList monthLabels(const Scope& scope);

} // namespace tandem::report::dashboard
