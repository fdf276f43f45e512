// Every figure of the dashboard, over the period the window opens it on (the last twelve months),
// shows something on the window's demo (issue 22): no empty month, no empty chart, no figure that
// only says the demo is broken.

#include "catchqt.h"
#include "testsupport.h"

#include "demo/demo.h"
#include "report/dashboard.h"

#include <QSqlQuery>

#include <cmath>

using namespace tandem;
using namespace tandem::test;
using namespace tandem::report;

namespace {

// How many rows of `f` have a value above `least` in `column`.
int rowsAbove(const Figure& f, int column, double least = 0)
{
    int n = 0;
    for (int row = 0; row < f.rowCount(); ++row)
        n += f.value(row, column) > least;
    return n;
}

double total(const Figure& f, int column)
{
    double sum = 0;
    for (int row = 0; row < f.rowCount(); ++row) {
        const double v = f.value(row, column);
        if (!std::isnan(v))
            sum += v;
    }
    return sum;
}

// The sum of a row over all its columns.
double rowTotal(const Figure& f, int row)
{
    double sum = 0;
    for (int column = 0; column < f.columnCount(); ++column)
        sum += f.value(row, column);
    return sum;
}

} // namespace

TEST_CASE("every dashboard figure over the last twelve months shows the demo's work")
{
    const QDateTime now(QDate(2026, 11, 18), QTime(10, 30), Qt::UTC);
    TempStore t;
    demo::Options options; // the window's demo: 200 operations, seed 1
    options.operations = 200;
    options.anchor = now;
    Result<demo::Stats> made = demo::generate(*t, options);
    REQUIRE(made);

    DashboardFilter filter = DashboardFilter::lastMonths(12, now.date());
    filter.at = now;
    Result<Dashboard> d = computeDashboard(*t, filter, QLocale(QLocale::English, QLocale::UnitedKingdom));
    REQUIRE(d);

    // Operations and survivors in every month, the plans of this month beside what was done.
    const Figure& status = d->operationsByStatus;
    REQUIRE(status.rowCount() == 12);
    for (int month = 0; month < 12; ++month) {
        INFO(status.rowKeys[month].toStdString());
        CHECK(rowTotal(status, month) >= 2);
        CHECK(rowTotal(d->survivorsPerMonth, month) >= 2);
        CHECK(rowTotal(d->tipsByIndicator, month) >= 1);
    }
    const QString thisMonth = now.toString(QStringLiteral("yyyy-MM"));
    CHECK(status.value(thisMonth, QStringLiteral("in_progress")) == 1);
    CHECK(status.value(thisMonth, QStringLiteral("completed")) >= 1);
    CHECK(status.value(thisMonth, QStringLiteral("briefed")) + status.value(thisMonth, QStringLiteral("approved")) >= 1);
    CHECK(total(status, int(status.columnKeys.indexOf(QStringLiteral("closed")))) >= 50);
    CHECK(total(status, int(status.columnKeys.indexOf(QStringLiteral("cancelled")))) >= 1);
    int types = 0;
    for (int column = 0; column < d->operationsByType.columnCount(); ++column)
        types += total(d->operationsByType, column) > 0;
    CHECK(types >= 7);
    CHECK(total(d->survivorsPerMonth, int(d->survivorsPerMonth.columnKeys.indexOf(QStringLiteral("minors")))) >= 10);

    // Step times: every step done many times, mostly within its target, some not.
    const Figure& steps = d->stepTimes;
    CHECK(steps.rowCount() >= 25);
    CHECK(rowsAbove(steps, 1, 20) >= steps.rowCount() - 6); // done, for the steps that apply to most
    CHECK(rowsAbove(steps, 4, 60) >= steps.rowCount() * 3 / 4); // within target, per cent
    CHECK(rowsAbove(steps, 4, 99.5) < steps.rowCount());

    // Overdue now and done late, for several roles and agencies.
    CHECK(rowsAbove(d->overdueByRole, 0) >= 4);
    CHECK(rowsAbove(d->overdueByRole, 1) >= 6);
    CHECK(rowsAbove(d->overdueByAgency, 0) >= 2);
    CHECK(rowsAbove(d->overdueByAgency, 1) >= 2);

    // Agencies taking part; their feedback, neither all praise nor all blame.
    CHECK(rowsAbove(d->participation, 0, 10) >= 10);
    const Figure& feedback = d->feedback;
    REQUIRE(feedback.rowCount() == 4);
    for (int aspect = 0; aspect < 4; ++aspect) {
        INFO(feedback.rowKeys[aspect].toStdString());
        CHECK(feedback.value(aspect, 0) >= 30);
        CHECK(feedback.value(aspect, 1) > 3.0);
        CHECK(feedback.value(aspect, 1) < 4.5);
    }

    // Tips: many indicators; some places named again and again, some tips credible, some linked.
    int indicators = 0;
    for (int column = 0; column < d->tipsByIndicator.columnCount(); ++column)
        indicators += total(d->tipsByIndicator, column) > 0;
    CHECK(indicators >= 10);
    const Figure& places = d->tipsByPlace;
    CHECK(places.rowCount() >= 10);
    CHECK(places.value(0, 0) >= 3);
    CHECK(total(places, 1) > 0);
    CHECK(total(places, 2) > 0);
}

namespace {

// Every key, label and value of every figure, NaN as "nan", for comparing two dashboards whole.
QStringList everything(const Dashboard& d)
{
    QStringList lines;
    for (const Figure* f : d.figures()) {
        lines << f->key << f->rowKeys.join(QLatin1Char('|')) << f->rowLabels.join(QLatin1Char('|'))
              << f->columnKeys.join(QLatin1Char('|'));
        for (int row = 0; row < f->rowCount(); ++row) {
            QStringList cells;
            for (int column = 0; column < f->columnCount(); ++column)
                cells << QString::number(f->value(row, column), 'g', 17);
            lines << cells.join(QLatin1Char(' '));
        }
    }
    return lines;
}

const QDateTime kNow(QDate(2026, 11, 18), QTime(10, 30), Qt::UTC);

// A demo of `operations` operations up to kNow, and the filter over all of it.
DashboardFilter fillDemo(Store& store, int operations)
{
    demo::Options options;
    options.operations = operations;
    options.anchor = kNow;
    REQUIRE(demo::generate(store, options));
    DashboardFilter all;
    all.from = QDate(2018, 1, 1);
    all.to = kNow.date();
    all.at = kNow;
    return all;
}

} // namespace

TEST_CASE("the dashboard read on two connections at once equals the one read on one, for every filter")
{
    TempStore t;
    const DashboardFilter all = fillDemo(*t, 60);

    Result<QSqlQuery> busiest = t->exec(QStringLiteral(
        "SELECT agency FROM assignment WHERE deleted = 0 GROUP BY agency ORDER BY COUNT(*) DESC LIMIT 1"));
    REQUIRE(busiest);
    REQUIRE(busiest->next());
    const QUuid agency = QUuid::fromRfc4122(busiest->value(0).toByteArray());

    DashboardFilter year = DashboardFilter::lastMonths(12, kNow.date());
    year.at = kNow;
    DashboardFilter typed = year;
    typed.traffickingType = QStringLiteral("labour_exploitation");
    DashboardFilter agencies = all;
    agencies.agency = agency;
    for (const DashboardFilter& filter : {all, year, typed, agencies}) {
        INFO(filter.from.toString(Qt::ISODate).toStdString() << " " << filter.traffickingType.toStdString() << " "
                                                              << filter.agency.toString().toStdString());
        Result<Dashboard> one = computeDashboard(*t, filter, QLocale::c(), {}, 0);
        Result<Dashboard> two = computeDashboard(*t, filter, QLocale::c(), {}, 1);
        REQUIRE(one);
        REQUIRE(two);
        CHECK(rowsAbove(one->stepTimes, 1) > 0);
        CHECK(everything(*two) == everything(*one));
    }
}

TEST_CASE("inside a transaction the dashboard counts what the transaction holds, on its own connection")
{
    // A second connection would not see a transaction's rows: with one open, the dashboard keeps
    // to the connection it was given, however many survivors are in scope.
    TempStore t;
    const DashboardFilter filter = fillDemo(*t, 20);
    Result<Dashboard> before = computeDashboard(*t, filter, QLocale::c(), {}, 1);
    REQUIRE(before);

    Result<Transaction> tx = t->begin();
    REQUIRE(tx);
    REQUIRE(t->exec(QStringLiteral("UPDATE checklist_item SET state = 'open', done_at = NULL, due_at = ? WHERE state = 'done'"),
                    {kNow.toSecsSinceEpoch() - 3600}));
    Result<Dashboard> during = computeDashboard(*t, filter, QLocale::c(), {}, 1);
    REQUIRE(during);
    CHECK(before->stepTimes.rowCount() > 0);
    CHECK(during->stepTimes.rowCount() == 0); // nothing done any more, in the transaction
    double overdue = 0;
    for (int row = 0; row < during->overdueByRole.rowCount(); ++row)
        overdue += during->overdueByRole.value(row, 0);
    CHECK(overdue > 0);
}
