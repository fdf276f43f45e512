// The demo at the moment it is made (issue 22): what Today shows on the window's demo is a
// working task force's day, and the same seed gives the same demo relative to its moment.

#include "catchqt.h"
#include "testsupport.h"

#include "demo/demo.h"
#include "domain/duesteps.h"

#include <QSqlQuery>
#include <QSqlRecord>

using namespace tandem;
using namespace tandem::test;

namespace {

// A Wednesday morning; and the window's demo (DemoDatabase::defaultOptions(): 200 operations,
// seed 1, which `tandem-cli demo` makes too).
const QDateTime kNow(QDate(2026, 11, 18), QTime(10, 30), Qt::UTC);

demo::Options options(const QDateTime& now, int operations = 200, quint64 seed = 1)
{
    demo::Options o;
    o.operations = operations;
    o.seed = seed;
    o.anchor = now;
    return o;
}

void make(Store& store, const demo::Options& o)
{
    Result<demo::Stats> stats = demo::generate(store, o);
    if (!stats)
        FAIL(stats.error().text().toStdString());
}

qint64 scalar(const Store& s, const QString& sql, const QVariantList& binds = {})
{
    Result<QSqlQuery> q = s.exec(sql, binds);
    REQUIRE(q);
    REQUIRE(q->next());
    return q->value(0).toLongLong();
}

QStringList rows(const Store& s, const QString& sql, const QVariantList& binds = {})
{
    Result<QSqlQuery> q = s.exec(sql, binds);
    REQUIRE(q);
    QStringList out;
    while (q->next()) {
        QStringList fields;
        for (int i = 0; i < q->record().count(); ++i)
            fields << q->value(i).toString();
        out << fields.join(QLatin1Char('|'));
    }
    return out;
}

} // namespace

TEST_CASE("the window's demo opens on a working day: a little overdue, much due soon, one operation under way")
{
    TempStore t;
    make(*t, options(kNow));
    const qint64 now = kNow.toSecsSinceEpoch();
    const qint64 day = 86400;

    // Today, counted by the rule the window and the command line use.
    const qint64 steps = scalar(*t, QStringLiteral("SELECT count(*) FROM checklist_item WHERE deleted = 0"));
    Result<qint64> overdue = dueStepCount(*t, DueBand::Overdue, kNow);
    Result<qint64> soon = dueStepCount(*t, DueBand::Soon, kNow);
    Result<qint64> beforeInterview = dueStepCount(*t, DueBand::BeforeInterview, kNow);
    REQUIRE(overdue);
    REQUIRE(soon);
    REQUIRE(beforeInterview);
    INFO(*overdue << " overdue of " << steps << " steps");
    CHECK(steps > 5000);
    CHECK(*overdue * 100 >= steps * 1);
    CHECK(*overdue * 100 <= steps * 5);
    CHECK(*soon >= 3);
    CHECK(*beforeInterview > 0);
    CHECK(*beforeInterview < 60);
    // Late by hours and by days, never by months; no survivor waits on everything at once.
    const QString owedOverdue = QStringLiteral("deleted = 0 AND state IN ('open', 'in_progress') AND due_at < ?");
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM checklist_item WHERE %1 AND due_at > ? - 6 * 3600").arg(owedOverdue),
                 {now, now}) > 0);
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM checklist_item WHERE %1 AND due_at < ? - 86400").arg(owedOverdue),
                 {now, now}) > 0);
    CHECK(scalar(*t, QStringLiteral("SELECT max(? - due_at) FROM checklist_item WHERE %1").arg(owedOverdue), {now, now})
          < 21 * day);
    CHECK(scalar(*t, QStringLiteral("SELECT max(n) FROM (SELECT count(*) AS n FROM checklist_item WHERE %1 GROUP BY survivor)")
                     .arg(owedOverdue),
                 {now}) <= 6);

    // One operation under way, started today; a few briefed for this week; the pipeline after.
    CHECK(rows(*t, QStringLiteral("SELECT status FROM operation WHERE starts_at <= ? AND ends_at > ? AND deleted = 0"),
               {now, now})
          == QStringList{QStringLiteral("in_progress")});
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM operation WHERE status = 'in_progress' AND starts_at >= ? "
                                    "AND starts_at <= ?"),
                 {now - now % day, now}) == 1);
    const qint64 briefed = scalar(*t, QStringLiteral("SELECT count(*) FROM operation WHERE status = 'briefed'"));
    CHECK(briefed >= 2);
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM operation WHERE status = 'briefed' AND starts_at > ? AND starts_at < ?"),
                 {now, now + 7 * day}) == briefed);
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM operation WHERE status = 'draft' AND starts_at < ?"),
                 {now + 7 * day}) == 0);
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM operation WHERE status IN ('approved', 'planned', 'draft') "
                                    "AND starts_at > ?"),
                 {now}) >= 5);
    // Operations over the past years, busier of late.
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM operation WHERE starts_at < ?"), {now - 365 * day}) >= 10);
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM operation WHERE starts_at BETWEEN ? AND ?"), {now - 30 * day, now})
          >= 8);

    // Meetings and trainings behind and ahead: one in the coming week, a training in the coming weeks.
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM meeting WHERE starts_at > ? AND starts_at <= ?"),
                 {now, now + 7 * day}) >= 1);
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM meeting WHERE kind = 'training' AND starts_at > ? AND starts_at <= ?"),
                 {now, now + 28 * day}) >= 1);
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM meeting WHERE kind = 'training' AND starts_at < ?"), {now}) >= 3);

    // Action items mostly done; a few open, due soon or lately; none long forgotten.
    const qint64 actions = scalar(*t, QStringLiteral("SELECT count(*) FROM action_item"));
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM action_item WHERE done_at IS NOT NULL")) * 10 >= actions * 8);
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM action_item WHERE done_at IS NULL AND due_at BETWEEN ? AND ?"),
                 {now - 7 * day, now + 7 * day}) >= 2);
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM action_item WHERE done_at IS NULL AND due_at < ?"), {now - 7 * day})
          == 0);
    // Tasks of operations under way or just carried out: a few days late at most.
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM task t JOIN operation o ON o.id = t.operation WHERE t.done_at IS NULL "
                                    "AND t.due_at < ? AND o.status NOT IN ('draft', 'closed', 'cancelled')"),
                 {now - 6 * day}) == 0);

    // Tips new, assessed and linked; the newest came in the last days.
    for (const char* status : {"new", "assessed", "linked", "closed"}) {
        INFO(status);
        CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM tip WHERE status = ?"), {QString::fromLatin1(status)}) > 0);
    }
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM tip WHERE status = 'new' AND received_at > ?"), {now - 3 * day}) > 0);

    // Protocol reviews: one next month, none overdue.
    const QDate nextMonth = kNow.date().addMonths(1);
    const qint64 monthStart = QDateTime(QDate(nextMonth.year(), nextMonth.month(), 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    const qint64 monthEnd = QDateTime(QDate(nextMonth.year(), nextMonth.month(), 1).addMonths(1), QTime(0, 0), Qt::UTC)
                                .toSecsSinceEpoch();
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM protocol WHERE status = 'active' AND next_review_at >= ? "
                                    "AND next_review_at < ?"),
                 {monthStart, monthEnd}) == 1);
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM protocol WHERE status = 'active' AND next_review_at < ?"), {now}) == 0);
}

TEST_CASE("the same seed gives the same demo relative to its moment, made on any day")
{
    TempStore a;
    TempStore b;
    const QDateTime later = kNow.addDays(9);
    make(*a, options(kNow, 40, 3));
    make(*b, options(later, 40, 3));
    // Names, states, counts and every time as an offset from the moment of the demo.
    const QList<QPair<QString, QString>> queries{
        {QStringLiteral("operation"), QStringLiteral("code_name, status, trafficking_type, starts_at - %3, ends_at - %3, briefing_at - %3")},
        {QStringLiteral("survivor"), QStringLiteral("recovered_at - %3, age_band, gender, nationality")},
        {QStringLiteral("checklist_item"), QStringLiteral("state, due_at - %3, done_at - %3, done_by, note")},
        {QStringLiteral("task"), QStringLiteral("title, due_at - %3, done_at - %3")},
        {QStringLiteral("note"), QStringLiteral("at - %3, text")},
        {QStringLiteral("meeting"), QStringLiteral("kind, starts_at - %3, ends_at - %3, place")},
        {QStringLiteral("action_item"), QStringLiteral("title, due_at - %3, done_at - %3")},
        {QStringLiteral("tip"), QStringLiteral("received_at - %3, status, place, credibility")},
        {QStringLiteral("agency"), QStringLiteral("name, contact_person")},
    };
    for (const auto& [table, columns] : queries) {
        INFO(table.toStdString());
        // (The moment is a number the test made: written into the statement, not bound.)
        const QString sql = QStringLiteral("SELECT %1 FROM %2").arg(columns, table);
        const bool timed = sql.contains(QLatin1String("%3"));
        QStringList ra = rows(*a, timed ? sql.arg(kNow.toSecsSinceEpoch()) : sql);
        QStringList rb = rows(*b, timed ? sql.arg(later.toSecsSinceEpoch()) : sql);
        ra.sort();
        rb.sort();
        CHECK(ra.size() > 0);
        CHECK(ra == rb);
    }
}

TEST_CASE("a demo made at any hour has its operation under way started that day")
{
    for (const QTime& time : {QTime(0, 20), QTime(5, 0), QTime(23, 50)}) {
        const QDateTime now(kNow.date(), time, Qt::UTC);
        INFO(now.toString(Qt::ISODate).toStdString());
        TempStore t;
        make(*t, options(now, 12));
        const qint64 at = now.toSecsSinceEpoch();
        CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM operation WHERE status = 'in_progress' AND starts_at >= ? "
                                        "AND starts_at <= ? AND ends_at > ?"),
                     {at - at % 86400, at, at}) == 1);
        // Nothing carried out ends after the moment, nothing to come starts before it.
        CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM operation WHERE status IN ('completed', 'closed') AND ends_at > ?"),
                     {at}) == 0);
        CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM operation WHERE status IN ('briefed', 'approved', 'planned', 'draft') "
                                        "AND starts_at <= ?"),
                     {at}) == 0);
        CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM survivor s JOIN operation o ON o.id = s.operation "
                                        "WHERE s.recovered_at < o.starts_at OR s.recovered_at > ?"),
                     {at}) == 0);
    }
}
