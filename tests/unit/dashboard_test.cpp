// The dashboard's figures (issue 6) against the hand-computed values of reportfixture.cpp.

#include "catchqt.h"
#include "reportfixture.h"

#include "report/dashboard.h"
#include "testsupport.h"

#include <QSqlQuery>

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

TEST_CASE("dashboard feedback: ratings per aspect, filtered by type and by the agency that gave them")
{
    ReportFixture f;
    // Besides the fixture's (Harbour Outreach on Lantern: planning 4, communication 2, victim care
    // 5, safety 4): the police on Lantern, the police on Kestrel (sexual exploitation, May), and two
    // meetings, one in April and one in March (outside the period).
    const auto add = [&](const QString& entity, const QVariantMap& values) {
        Result<QUuid> id = f.t->insert(entity, values);
        REQUIRE(id);
        return *id;
    };
    add(QStringLiteral("feedback"), {{QStringLiteral("operation"), f.lantern}, {QStringLiteral("agency"), f.police},
                                     {QStringLiteral("rating_planning"), 2}, {QStringLiteral("rating_communication"), 3},
                                     {QStringLiteral("rating_victim_care"), 4}});
    add(QStringLiteral("feedback"), {{QStringLiteral("operation"), f.kestrel}, {QStringLiteral("agency"), f.police},
                                     {QStringLiteral("rating_planning"), 1}});
    const QUuid april = add(QStringLiteral("meeting"), {{QStringLiteral("kind"), QStringLiteral("training")},
                                                         {QStringLiteral("title"), QStringLiteral("Joint interviewing")},
                                                         {QStringLiteral("starts_at"), ReportFixture::utc(2026, 4, 20, 9)}});
    const QUuid march = add(QStringLiteral("meeting"), {{QStringLiteral("kind"), QStringLiteral("coordination")},
                                                         {QStringLiteral("title"), QStringLiteral("Quarterly review")},
                                                         {QStringLiteral("starts_at"), ReportFixture::utc(2026, 3, 10, 9)}});
    add(QStringLiteral("feedback"), {{QStringLiteral("meeting"), april}, {QStringLiteral("agency"), f.outreach},
                                     {QStringLiteral("rating_planning"), 5}, {QStringLiteral("rating_safety"), 5}});
    add(QStringLiteral("feedback"), {{QStringLiteral("meeting"), march}, {QStringLiteral("agency"), f.police},
                                     {QStringLiteral("rating_planning"), 3}});

    const auto row = [](const Figure& fig, const char* aspect) {
        const QString a = QString::fromLatin1(aspect);
        return std::vector<double>{fig.value(a, QStringLiteral("ratings")), fig.value(a, QStringLiteral("average")),
                                   fig.value(a, QStringLiteral("low")), fig.value(a, QStringLiteral("high"))};
    };
    Result<Dashboard> d = computeDashboard(*f.t, aprilAndMay(), QLocale(QLocale::English, QLocale::UnitedKingdom));
    REQUIRE(d);
    const Figure& all = d->feedback;
    CHECK(all.rowLabels == QStringList{QStringLiteral("Planning"), QStringLiteral("Communication"),
                                       QStringLiteral("Victim care"), QStringLiteral("Safety")});
    CHECK(row(all, "planning") == std::vector<double>{4, 3.0, 2, 2}); // 4, 2, 1, 5
    CHECK(row(all, "communication") == std::vector<double>{2, 2.5, 1, 0});
    CHECK(row(all, "victim_care") == std::vector<double>{2, 4.5, 0, 2});
    CHECK(row(all, "safety") == std::vector<double>{2, 4.5, 0, 2});
    // Counts without decimals, averages with one.
    CHECK(all.text(0, 0, QLocale::c()) == QStringLiteral("4"));
    CHECK(all.text(0, 1, QLocale::c()) == QStringLiteral("3.0"));
    CHECK(QString::fromUtf8(all.csv()).contains(QStringLiteral("Communication,2,2.5,1,0")));

    DashboardFilter labour = aprilAndMay();
    labour.traffickingType = QStringLiteral("labour_exploitation"); // Lantern's; meetings have no type
    d = computeDashboard(*f.t, labour);
    REQUIRE(d);
    CHECK(row(d->feedback, "planning") == std::vector<double>{2, 3.0, 1, 1});
    CHECK(row(d->feedback, "safety") == std::vector<double>{1, 4.0, 0, 1});

    DashboardFilter outreach = aprilAndMay();
    outreach.agency = f.outreach; // what Harbour Outreach said, on Lantern and at the April meeting
    d = computeDashboard(*f.t, outreach);
    REQUIRE(d);
    CHECK(row(d->feedback, "planning") == std::vector<double>{2, 4.5, 0, 2});
    CHECK(row(d->feedback, "communication") == std::vector<double>{1, 2.0, 1, 0});

    DashboardFilter june = aprilAndMay();
    june.from = QDate(2026, 6, 1);
    june.to = QDate(2026, 6, 30);
    d = computeDashboard(*f.t, june);
    REQUIRE(d);
    CHECK(d->feedback.value(0, 0) == 0);
    CHECK(std::isnan(d->feedback.value(0, 1))); // no average of nothing
    CHECK(d->feedback.text(0, 1) == QStringLiteral("–"));
}

TEST_CASE("dashboard tips: indicators count alike however the JSON list is spaced, and text that is no list counts none")
{
    ReportFixture f;
    const auto indicators = [&f] {
        Result<Dashboard> d = computeDashboard(*f.t, aprilAndMay(), QLocale(QLocale::English, QLocale::UnitedKingdom));
        REQUIRE(d);
        return d->tipsByIndicator;
    };
    const Figure before = indicators();
    REQUIRE(before.value(QStringLiteral("2026-04"), QStringLiteral("debt_bondage")) == 2);

    // The lists as another program might write them: spaces, a line break, an object of tokens.
    REQUIRE(f.t->exec(QStringLiteral("UPDATE tip SET indicators = ' [ \"documents_withheld\",\n \"debt_bondage\" ] ' "
                                     "WHERE place = 'Dockside' AND credibility = 'high'")));
    REQUIRE(f.t->exec(QStringLiteral("UPDATE tip SET indicators = '{\"first\": \"debt_bondage\"}' "
                                     "WHERE place = 'Dockside' AND credibility = 'low'")));
    const Figure spaced = indicators();
    CHECK(spaced.values == before.values);

    // Text that is not JSON, or JSON that names no token, counts under no indicator.
    REQUIRE(f.t->exec(QStringLiteral("UPDATE tip SET indicators = '[\"debt_bondage\",' WHERE place = 'Dockside' AND credibility = 'low'")));
    REQUIRE(f.t->exec(QStringLiteral("UPDATE tip SET indicators = '[1, null, \"no_such_indicator\"]' WHERE credibility = 'unknown'")));
    const Figure broken = indicators();
    CHECK(broken.value(QStringLiteral("2026-04"), QStringLiteral("debt_bondage")) == 1);
    CHECK(broken.value(QStringLiteral("2026-04"), QStringLiteral("documents_withheld")) == 1);
    CHECK(broken.value(QStringLiteral("2026-05"), QStringLiteral("isolation")) == 0);
}

TEST_CASE("dashboard progress: each figure reported, and a cancel stops the rest")
{
    ReportFixture f;
    QStringList seen;
    Result<Dashboard> d = computeDashboard(*f.t, aprilAndMay(), QLocale(), [&](int done, int total, const QString& key) {
        CHECK(done == seen.size() + 1);
        CHECK(total == 10);
        seen << key;
        return true;
    });
    REQUIRE(d);
    QStringList keys;
    for (const Figure* figure : d->figures())
        keys << figure->key;
    CHECK(seen == keys);

    int calls = 0;
    Result<Dashboard> cancelled = computeDashboard(*f.t, aprilAndMay(), QLocale(), [&](int, int, const QString&) {
        return ++calls < 3;
    });
    REQUIRE_FALSE(cancelled);
    CHECK(calls == 3);
    CHECK(cancelled.error().message.contains(QStringLiteral("cancelled")));
}

// Schema 11 reads the steps and the assignments from covering indexes that replace the indexes on
// checklist_item.survivor and assignment.operation. A file of schema 10 gets them when it opens,
// and every figure comes out the same as before.
TEST_CASE("a schema-10 file gets the dashboard's indexes, and its figures stay the same")
{
    ReportFixture f;
    const auto everything = [&f] {
        DashboardFilter filter = aprilAndMay();
        filter.from = QDate(2025, 1, 1);
        Result<Dashboard> d = computeDashboard(*f.t, filter, QLocale(QLocale::English, QLocale::UnitedKingdom));
        REQUIRE(d);
        QByteArray all;
        for (const Figure* figure : d->figures())
            all += figure->csv();
        return all;
    };
    const auto indexes = [&f] {
        Result<QSqlQuery> q = f.t->exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name IN "
                                                       "('checklist_item', 'assignment') AND name NOT LIKE 'sqlite%' ORDER BY name"));
        REQUIRE(q);
        QStringList names;
        while (q->next())
            names << q->value(0).toString();
        return names;
    };
    const auto plan = [&f](const QString& sql) {
        Result<QSqlQuery> q = f.t->exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
        REQUIRE(q);
        QStringList steps;
        while (q->next())
            steps << q->value(3).toString();
        return steps.join(QLatin1Char('\n'));
    };
    const QByteArray before = everything();
    REQUIRE(before.contains("Apr 2026"));
    CHECK(indexes().contains(QStringLiteral("checklist_item_steps")));

    REQUIRE(dropColumnsSince(*f.t, 10));
    CHECK(indexes().contains(QStringLiteral("checklist_item_survivor")));
    CHECK_FALSE(indexes().contains(QStringLiteral("checklist_item_steps")));
    f.t.reopen();
    CHECK(f.t->schemaVersion() == 11);
    const QStringList now = indexes();
    CHECK(now.contains(QStringLiteral("checklist_item_steps")));
    CHECK(now.contains(QStringLiteral("assignment_participation")));
    CHECK_FALSE(now.contains(QStringLiteral("checklist_item_survivor")));
    CHECK_FALSE(now.contains(QStringLiteral("assignment_operation")));
    CHECK(everything() == before);
    // The step pass and the survivor's checklist read the index alone, the rows never.
    CHECK(plan(QStringLiteral("SELECT survivor, step, state, due_at, done_at FROM checklist_item WHERE deleted = 0"))
              .contains(QStringLiteral("COVERING INDEX checklist_item_steps")));
    CHECK(plan(QStringLiteral("SELECT id FROM checklist_item WHERE survivor = x'00'")).contains(QStringLiteral("checklist_item_steps")));
    CHECK(plan(QStringLiteral("SELECT agency, acknowledged, headcount FROM assignment WHERE operation = x'00' AND deleted = 0"))
              .contains(QStringLiteral("COVERING INDEX assignment_participation")));
}
