// The dashboard's figures (issue 6) against the hand-computed values of reportfixture.cpp.

#include "catchqt.h"
#include "reportfixture.h"

#include "report/dashboard.h"

#include <cmath>

using namespace tandem;
using namespace tandem::test;
using namespace tandem::report;

namespace {

DashboardFilter aprilAndMay()
{
    DashboardFilter filter;
    filter.from = QDate(2026, 4, 1);
    filter.to = QDate(2026, 5, 31);
    filter.at = ReportFixture::now();
    return filter;
}

QString key(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces);
}

} // namespace

TEST_CASE("dashboard figures equal the hand-computed ones")
{
    ReportFixture f;
    Result<Dashboard> d = computeDashboard(*f.t, aprilAndMay(), QLocale(QLocale::English, QLocale::UnitedKingdom));
    REQUIRE(d);

    const Figure& status = d->operationsByStatus;
    CHECK(status.rowKeys == QStringList{QStringLiteral("2026-04"), QStringLiteral("2026-05")});
    CHECK(status.rowLabels == QStringList{QStringLiteral("Apr 2026"), QStringLiteral("May 2026")});
    CHECK(status.value(QStringLiteral("2026-04"), QStringLiteral("completed")) == 1);
    CHECK(status.value(QStringLiteral("2026-05"), QStringLiteral("planned")) == 1);
    double total = 0;
    for (const auto& row : status.values)
        for (double v : row)
            total += v;
    CHECK(total == 2); // the draft without a start is not counted

    CHECK(d->operationsByType.value(QStringLiteral("2026-04"), QStringLiteral("labour_exploitation")) == 1);
    CHECK(d->operationsByType.value(QStringLiteral("2026-05"), QStringLiteral("sexual_exploitation")) == 1);

    CHECK(d->survivorsPerMonth.value(QStringLiteral("2026-04"), QStringLiteral("adults")) == 1);
    CHECK(d->survivorsPerMonth.value(QStringLiteral("2026-04"), QStringLiteral("minors")) == 1);
    CHECK(d->survivorsPerMonth.value(QStringLiteral("2026-05"), QStringLiteral("adults")) == 0);

    const Figure& steps = d->stepTimes;
    const int safety = int(steps.rowLabels.indexOf(QStringLiteral("Fixture protocol: Safety")));
    REQUIRE(safety >= 0);
    CHECK(steps.value(safety, 0) == Approx(1.0));  // target, hours
    CHECK(steps.value(safety, 1) == 2);            // done
    CHECK(steps.value(safety, 2) == Approx(1.0));  // median of 0.5 h and 1.5 h
    CHECK(steps.value(safety, 3) == Approx(1.4));  // 90th percentile
    CHECK(steps.value(safety, 4) == Approx(50.0)); // within target, per cent
    const int advocate = int(steps.rowLabels.indexOf(QStringLiteral("Fixture protocol: Advocate")));
    REQUIRE(advocate >= 0);
    CHECK(steps.value(advocate, 1) == 1);
    CHECK(steps.value(advocate, 2) == Approx(20.0));
    CHECK(steps.rowLabels.indexOf(QStringLiteral("Fixture protocol: Medical")) < 0); // never done

    CHECK(d->overdueByRole.value(QStringLiteral("medical"), QStringLiteral("overdue")) == 2);
    CHECK(d->overdueByRole.value(QStringLiteral("ngo_advocate"), QStringLiteral("overdue")) == 1);
    CHECK(d->overdueByRole.value(QStringLiteral("police"), QStringLiteral("overdue")) == 0);
    CHECK(d->overdueByRole.value(QStringLiteral("police"), QStringLiteral("late")) == 1);

    REQUIRE(d->overdueByAgency.rowCount() == 1);
    CHECK(d->overdueByAgency.rowLabels[0] == QStringLiteral("Harbour Outreach Services"));
    CHECK(d->overdueByAgency.value(key(f.outreach), QStringLiteral("overdue")) == 3);
    CHECK(d->overdueByAgency.value(key(f.outreach), QStringLiteral("late")) == 1);

    const Figure& p = d->participation;
    CHECK(p.value(key(f.police), QStringLiteral("operations")) == 2);
    CHECK(p.value(key(f.police), QStringLiteral("assignments")) == 2);
    CHECK(p.value(key(f.police), QStringLiteral("acknowledged")) == 1);
    CHECK(p.value(key(f.police), QStringLiteral("people")) == 18);
    CHECK(p.value(key(f.outreach), QStringLiteral("operations")) == 1);
    CHECK(p.value(key(f.outreach), QStringLiteral("people")) == 3);

    const Figure& ind = d->tipsByIndicator;
    CHECK(ind.value(QStringLiteral("2026-04"), QStringLiteral("debt_bondage")) == 2);
    CHECK(ind.value(QStringLiteral("2026-04"), QStringLiteral("documents_withheld")) == 1);
    CHECK(ind.value(QStringLiteral("2026-05"), QStringLiteral("isolation")) == 1);
    CHECK(ind.value(QStringLiteral("2026-04"), QStringLiteral("isolation")) == 0); // the March tip is outside

    const Figure& places = d->tipsByPlace;
    REQUIRE(places.rowCount() == 2);
    CHECK(places.rowLabels[0] == QStringLiteral("Dockside"));
    CHECK(places.value(QStringLiteral("Dockside"), QStringLiteral("tips")) == 2);
    CHECK(places.value(QStringLiteral("Dockside"), QStringLiteral("credible")) == 1);
    CHECK(places.value(QStringLiteral("Dockside"), QStringLiteral("linked")) == 1);
    CHECK(places.rowLabels[1] == QStringLiteral("No place given"));
}

TEST_CASE("dashboard filters: trafficking type and agency")
{
    ReportFixture f;
    DashboardFilter filter = aprilAndMay();
    filter.traffickingType = QStringLiteral("sexual_exploitation");
    Result<Dashboard> d = computeDashboard(*f.t, filter);
    REQUIRE(d);
    CHECK(d->operationsByStatus.value(QStringLiteral("2026-04"), QStringLiteral("completed")) == 0);
    CHECK(d->operationsByStatus.value(QStringLiteral("2026-05"), QStringLiteral("planned")) == 1);
    CHECK(d->survivorsPerMonth.value(QStringLiteral("2026-04"), QStringLiteral("minors")) == 0);
    CHECK(d->overdueByAgency.rowCount() == 0);

    filter = aprilAndMay();
    filter.agency = f.outreach; // only Lantern has Harbour Outreach Services
    d = computeDashboard(*f.t, filter);
    REQUIRE(d);
    CHECK(d->operationsByStatus.value(QStringLiteral("2026-05"), QStringLiteral("planned")) == 0);
    CHECK(d->operationsByStatus.value(QStringLiteral("2026-04"), QStringLiteral("completed")) == 1);
    CHECK(d->survivorsPerMonth.value(QStringLiteral("2026-04"), QStringLiteral("minors")) == 1);
    CHECK(d->participation.value(key(f.police), QStringLiteral("operations")) == 1);
}

TEST_CASE("dashboard CSV and refusals")
{
    ReportFixture f;
    Result<Dashboard> d = computeDashboard(*f.t, aprilAndMay(), QLocale(QLocale::English, QLocale::UnitedKingdom));
    REQUIRE(d);
    const QString csv = QString::fromUtf8(d->survivorsPerMonth.csv());
    CHECK(csv == QStringLiteral("Month,Adults,Minors\r\nApr 2026,1,1\r\nMay 2026,0,0\r\n"));
    CHECK(d->stepTimes.csv(true).startsWith("\xEF\xBB\xBF"));

    DashboardFilter backwards = aprilAndMay();
    std::swap(backwards.from, backwards.to);
    Result<Dashboard> bad = computeDashboard(*f.t, backwards);
    REQUIRE_FALSE(bad);
    CHECK(bad.error().message.contains(QStringLiteral("before it starts")));
    DashboardFilter type = aprilAndMay();
    type.traffickingType = QStringLiteral("smuggling");
    CHECK_FALSE(computeDashboard(*f.t, type));
    DashboardFilter longPeriod = aprilAndMay();
    longPeriod.from = QDate(2000, 1, 1);
    CHECK_FALSE(computeDashboard(*f.t, longPeriod));
}
