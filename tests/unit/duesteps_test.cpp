// The liaison's day: overdue and soon-due steps across survivors, filters, paging, and each
// survivor's progress within an operation.

#include "catchqt.h"
#include "testsupport.h"

#include "domain/duesteps.h"
#include "domain/protocols.h"
#include "domain/survivors.h"
#include "domain/tick.h"

#include <QSet>

using namespace tandem;
using namespace tandem::test;

namespace {

// One protocol with steps at +1 h (police, mandatory), +2 h (medical), +30 h (ngo_advocate,
// mandatory) and before the first interview (police).
ProtocolFile shortProtocol()
{
    ProtocolFile p;
    p.name = QStringLiteral("Short test protocol");
    auto step = [](const char* title, const char* role, int minutes, bool mandatory, bool interview = false) {
        ProtocolStepSpec s;
        s.title = QString::fromLatin1(title);
        s.key = s.title.toLower().replace(QLatin1Char(' '), QLatin1Char('_'));
        s.ownerRole = QString::fromLatin1(role);
        s.dueOffsetMinutes = minutes;
        s.mandatory = mandatory;
        if (interview)
            s.dueAnchor = QStringLiteral("first_interview");
        return s;
    };
    p.steps = {step("Safety", "police", 60, true), step("Medical", "medical", 120, false),
               step("Advocate", "ngo_advocate", 30 * 60, true), step("Interpreter", "police", 0, true, true)};
    return p;
}

struct Day {
    TempStore t;
    ManualClock clock;
    QUuid operation;
    QUuid otherOperation;

    Day()
    {
        t->setWallClock(clock.fn());
        REQUIRE(importProtocol(*t, shortProtocol()));
        operation = *t->insert(QStringLiteral("operation"), {{QStringLiteral("code_name"), QStringLiteral("Lantern")}});
        otherOperation = *t->insert(QStringLiteral("operation"), {{QStringLiteral("code_name"), QStringLiteral("Kestrel")}});
    }

    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(clock.now, Qt::UTC); }

    QUuid survivor(const QString& code, const QUuid& op, qint64 rescuedSecondsAgo)
    {
        const QUuid id = *t->insert(QStringLiteral("survivor"), {{QStringLiteral("code"), code},
                                                                 {QStringLiteral("operation"), op}});
        REQUIRE(setRescueTime(*t, id, now().addSecs(-rescuedSecondsAgo)));
        return id;
    }

    qint64 count(DueBand band, const DueFilter& filter = {})
    {
        Result<qint64> n = dueStepCount(*t, band, now(), filter);
        REQUIRE(n);
        return *n;
    }
};

} // namespace

TEST_CASE("steps become overdue as the clock passes their due time")
{
    Day d;
    const QUuid a = d.survivor(QStringLiteral("V-2026-0401"), d.operation, 90 * 60); // 1 h step late
    CHECK(d.count(DueBand::Overdue) == 1);
    CHECK(d.count(DueBand::Soon) == 1); // +2 h; +30 h is beyond the day
    CHECK(*nextDueTime(*d.t, d.now()) == d.now().addSecs(30 * 60));

    // At exactly its due time a step is not yet overdue; a second later it is.
    d.clock.now += 30 * 60 * 1000;
    CHECK(d.count(DueBand::Overdue) == 1);
    d.clock.now += 1000;
    CHECK(d.count(DueBand::Overdue) == 2);
    CHECK(stepIsOverdue(QStringLiteral("open"), d.now().addSecs(-1), d.now()));
    CHECK_FALSE(stepIsOverdue(QStringLiteral("open"), d.now(), d.now()));
    CHECK_FALSE(stepIsOverdue(QStringLiteral("declined"), d.now().addSecs(-60), d.now()));
    CHECK_FALSE(stepIsOverdue(QStringLiteral("open"), QDateTime(), d.now()));

    // Ticked, declined or in progress: only the first two stop being owed.
    const std::vector<DueSurvivor> late = *dueSurvivors(*d.t, DueBand::Overdue, d.now(), {}, nullptr, 10);
    REQUIRE(late.size() == 1);
    CHECK(late[0].survivor == a);
    CHECK(late[0].steps == 2);
    const std::vector<DueStep> steps = *dueStepsOf(*d.t, DueBand::Overdue, d.now(), {}, {a});
    REQUIRE(steps.size() == 2);
    CHECK(steps[0].title == QStringLiteral("Safety"));
    CHECK(steps[0].mandatory);
    CHECK(steps[1].title == QStringLiteral("Medical"));
    TickOptions o;
    o.defaultBy = QStringLiteral("Liaison C");
    o.state = QStringLiteral("in_progress");
    REQUIRE(tick(*d.t, steps[0].item, o));
    CHECK(d.count(DueBand::Overdue) == 2);
    o.state = QStringLiteral("done");
    REQUIRE(tick(*d.t, steps[0].item, o));
    o.state = QStringLiteral("declined");
    o.reason = QStringLiteral("the survivor's choice");
    REQUIRE(tick(*d.t, steps[1].item, o));
    CHECK(d.count(DueBand::Overdue) == 0);

    // The advocate step (+30 h) enters the next 24 hours once T0 is more than 6 hours ago.
    CHECK(d.count(DueBand::Soon) == 0);
    d.clock.now += qint64(5 * 3600) * 1000;
    CHECK(d.count(DueBand::Soon) == 1);

    // A deleted survivor owes nothing.
    REQUIRE(d.t->remove(QStringLiteral("survivor"), a));
    CHECK(d.count(DueBand::Soon) == 0);
    CHECK_FALSE(nextDueTime(*d.t, d.now())->isValid());
}

TEST_CASE("filters narrow by owner role and operation")
{
    Day d;
    d.survivor(QStringLiteral("V-2026-0501"), d.operation, 3 * 3600);
    d.survivor(QStringLiteral("V-2026-0502"), d.otherOperation, 3 * 3600);
    CHECK(d.count(DueBand::Overdue) == 4);
    CHECK(d.count(DueBand::Overdue, {QStringLiteral("police"), {}}) == 2);
    CHECK(d.count(DueBand::Overdue, {QStringLiteral("medical"), d.operation}) == 1);
    CHECK(d.count(DueBand::Overdue, {{}, d.otherOperation}) == 2);
    CHECK(d.count(DueBand::Overdue, {QStringLiteral("legal"), {}}) == 0);
    const std::vector<DueSurvivor> police =
        *dueSurvivors(*d.t, DueBand::Overdue, d.now(), {QStringLiteral("police"), d.otherOperation}, nullptr, 10);
    REQUIRE(police.size() == 1);
    CHECK(police[0].code == QStringLiteral("V-2026-0502"));
    CHECK(police[0].operationName == QStringLiteral("Kestrel"));
    CHECK(police[0].steps == 1);
}

TEST_CASE("survivors with overdue steps come page by page, most overdue first, each once")
{
    Day d;
    QList<QUuid> made;
    for (int i = 0; i < 23; ++i) // rescued 2 h to 24 h ago, in an order unlike their codes
        made << d.survivor(QStringLiteral("V-2026-%1").arg(600 + i), i % 2 ? d.operation : d.otherOperation,
                           7200 + qint64((i * 7) % 23) * 3600);
    QList<QUuid> seen;
    QDateTime last;
    std::optional<DueSurvivor> after;
    for (int page = 0; page < 10; ++page) {
        const std::vector<DueSurvivor> rows =
            *dueSurvivors(*d.t, DueBand::Overdue, d.now(), {}, after ? &*after : nullptr, 5);
        if (rows.empty())
            break;
        for (const DueSurvivor& s : rows) {
            CHECK((!last.isValid() || last <= s.firstDue));
            last = s.firstDue;
            seen << s.survivor;
        }
        after = rows.back();
    }
    CHECK(seen.size() == made.size());
    CHECK(QSet<QUuid>(seen.begin(), seen.end()).size() == made.size());
}

TEST_CASE("an operation's survivors show their progress, declined steps as settled")
{
    Day d;
    const QUuid a = d.survivor(QStringLiteral("V-2026-0701"), d.operation, 3 * 3600);
    d.survivor(QStringLiteral("V-2026-0702"), d.operation, 10 * 60);
    REQUIRE(d.t->insert(QStringLiteral("survivor"), {{QStringLiteral("code"), QStringLiteral("V-2026-0703")},
                                                     {QStringLiteral("operation"), d.operation}}));
    const std::vector<DueStep> late = *dueStepsOf(*d.t, DueBand::Overdue, d.now(), {}, {a});
    REQUIRE(late.size() == 2);
    TickOptions o;
    o.defaultBy = QStringLiteral("Liaison D");
    o.state = QStringLiteral("declined");
    o.reason = QStringLiteral("the survivor's choice");
    REQUIRE(tick(*d.t, late[1].item, o));

    const std::vector<SurvivorProgress> progress = *operationProgress(*d.t, d.operation, d.now());
    REQUIRE(progress.size() == 3);
    CHECK(progress[0].code == QStringLiteral("V-2026-0701"));
    CHECK(progress[0].total == 4);
    CHECK(progress[0].settled == 1);
    CHECK(progress[0].overdue == 1);
    CHECK(progress[0].openMandatory == 3);
    CHECK(progress[1].total == 4);
    CHECK(progress[1].settled == 0);
    CHECK(progress[1].overdue == 0);
    CHECK(progress[2].total == 0); // no T0 yet, no checklist
    CHECK_FALSE(progress[2].t0.isValid());
}

TEST_CASE("steps owed before the first interview are listed for survivors rescued in the last two weeks")
{
    Day d;
    const QUuid recent = d.survivor(QStringLiteral("V-2026-0801"), d.operation, 3 * 3600);
    d.survivor(QStringLiteral("V-2026-0802"), d.operation, 15 * 24 * 3600);
    CHECK(d.count(DueBand::BeforeInterview) == 1);
    const std::vector<DueSurvivor> s = *dueSurvivors(*d.t, DueBand::BeforeInterview, d.now(), {}, nullptr, 10);
    REQUIRE(s.size() == 1);
    CHECK(s[0].survivor == recent);
    CHECK(s[0].firstDue == d.now().addSecs(-3 * 3600)); // T0
    const std::vector<DueStep> steps = *dueStepsOf(*d.t, DueBand::BeforeInterview, d.now(), {}, {recent});
    REQUIRE(steps.size() == 1);
    CHECK(steps[0].title == QStringLiteral("Interpreter"));
    CHECK_FALSE(steps[0].dueAt.isValid());
    CHECK(d.count(DueBand::BeforeInterview, {QStringLiteral("medical"), {}}) == 0);
    // Never overdue by the clock, and settled like any other step.
    CHECK(d.count(DueBand::Overdue) == 2 + 3);
    TickOptions o;
    o.defaultBy = QStringLiteral("Liaison E");
    REQUIRE(tick(*d.t, steps[0].item, o));
    CHECK(d.count(DueBand::BeforeInterview) == 0);
}

TEST_CASE("what fell due in a stretch of time: steps now overdue and action items due, each once")
{
    Day d;
    const QDateTime rescued = d.now();
    d.survivor(QStringLiteral("V-2026-0501"), d.operation, 0); // steps due at +1 h, +2 h, +30 h
    Result<QUuid> made = d.t->insert(QStringLiteral("meeting"), {{QStringLiteral("kind"), QStringLiteral("coordination")},
                                                                 {QStringLiteral("title"), QStringLiteral("Weekly")},
                                                                 {QStringLiteral("starts_at"), rescued}});
    INFO((made ? QString() : made.error().text()).toStdString());
    REQUIRE(made);
    const QUuid meeting = *made;
    REQUIRE(d.t->insert(QStringLiteral("action_item"), {{QStringLiteral("meeting"), meeting},
                                                        {QStringLiteral("title"), QStringLiteral("Send the floor plans")},
                                                        {QStringLiteral("due_at"), rescued.addSecs(90 * 60)}}));
    FellDue none = *fellDue(*d.t, rescued, rescued.addSecs(59 * 60));
    CHECK(none.steps == 0);
    CHECK(none.actionItems == 0);
    // From 59 min to 2 h: the +1 h and +2 h steps, and the action item at 90 min.
    FellDue fell = *fellDue(*d.t, rescued.addSecs(59 * 60), rescued.addSecs(2 * 3600));
    CHECK(fell.steps == 2);
    CHECK(fell.firstSurvivorCode == QStringLiteral("V-2026-0501"));
    CHECK(fell.firstStepTitle == QStringLiteral("Safety"));
    CHECK(fell.actionItems == 1);
    CHECK(fell.firstActionTitle == QStringLiteral("Send the floor plans"));
    // The next stretch tells none of them again.
    FellDue after = *fellDue(*d.t, rescued.addSecs(2 * 3600), rescued.addSecs(3 * 3600));
    CHECK(after.steps == 0);
    CHECK(after.actionItems == 0);
}
