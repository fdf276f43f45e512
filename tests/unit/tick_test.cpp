// Ticking a survivor's checklist step: states, who and when, and the refusals.

#include "catchqt.h"
#include "testsupport.h"

#include "domain/tick.h"
#include "store/value.h"
#include "util/timeformat.h"

#include <QUuid>

using namespace tandem;
using namespace tandem::test;

namespace {

const QString kItem = QStringLiteral("checklist_item");

QDateTime utc(qint64 millis)
{
    return QDateTime::fromSecsSinceEpoch(millis / 1000, Qt::UTC);
}

// A survivor recovered a day before the clock's "now", with one open checklist step.
struct Checklist {
    TempStore t;
    ManualClock clock;
    QDateTime t0;
    QUuid survivor;
    QUuid item;

    explicit Checklist(bool withT0 = true)
    {
        t->setWallClock(clock.fn());
        t0 = utc(clock.now).addDays(-1);
        QVariantMap survivorValues{{QStringLiteral("code"), QStringLiteral("V-2026-0042")}};
        if (withT0)
            survivorValues.insert(QStringLiteral("recovered_at"), t0);
        survivor = *t->insert(QStringLiteral("survivor"), survivorValues);
        const QUuid protocol =
            *t->insert(QStringLiteral("protocol"),
                       {{QStringLiteral("family"), QUuid::createUuid()},
                        {QStringLiteral("name"), QStringLiteral("Adult support")}});
        const QUuid step = *t->insert(QStringLiteral("protocol_step"),
                                      {{QStringLiteral("protocol"), protocol},
                                       {QStringLiteral("position"), 1},
                                       {QStringLiteral("title"), QStringLiteral("Medical check")},
                                       {QStringLiteral("owner_role"), QStringLiteral("medical")}});
        item = *t->insert(kItem, {{QStringLiteral("survivor"), survivor},
                                  {QStringLiteral("step"), step},
                                  {QStringLiteral("note"), QStringLiteral("interpreter booked")}});
    }

    Row row() { return *t->get(kItem, item); }
};

TickOptions options(const QString& state, const QString& by = {}, const QDateTime& at = {})
{
    TickOptions o;
    o.state = state;
    o.by = by;
    o.at = at;
    return o;
}

} // namespace

TEST_CASE("ticking a step done records when and by whom, and reopening clears both")
{
    Checklist c;
    REQUIRE(tick(*c.t, c.item, options(QStringLiteral("done"), QStringLiteral("Dana Okafor"))));
    Row done = c.row();
    CHECK(done.text(QStringLiteral("state")) == QStringLiteral("done"));
    CHECK(done.value(QStringLiteral("done_at")).toDateTime() == utc(c.clock.now));
    CHECK(done.text(QStringLiteral("done_by")) == QStringLiteral("Dana Okafor"));
    CHECK(done.text(QStringLiteral("note")) == QStringLiteral("interpreter booked"));

    TickOptions reopen = options(QStringLiteral("open"));
    reopen.note = QStringLiteral("needs a second visit");
    REQUIRE(tick(*c.t, c.item, reopen));
    Row open = c.row();
    CHECK(open.text(QStringLiteral("state")) == QStringLiteral("open"));
    CHECK(open.isNull(QStringLiteral("done_at")));
    CHECK(open.isNull(QStringLiteral("done_by")));
    CHECK(open.text(QStringLiteral("note")) == QStringLiteral("needs a second visit"));

    REQUIRE(tick(*c.t, c.item, options(QStringLiteral("in_progress"))));
    CHECK(c.row().text(QStringLiteral("state")) == QStringLiteral("in_progress"));
    CHECK(c.row().isNull(QStringLiteral("done_at")));
}

TEST_CASE("not_applicable and declined record their time and person like done")
{
    for (const QString& state : {QStringLiteral("not_applicable"), QStringLiteral("declined")}) {
        INFO(state.toStdString());
        Checklist c;
        TickOptions o = options(state);
        o.defaultBy = QStringLiteral("case worker 7");
        o.reason = QStringLiteral("the survivor's choice");
        REQUIRE(tick(*c.t, c.item, o));
        CHECK(c.row().text(QStringLiteral("state")) == state);
        CHECK(c.row().value(QStringLiteral("done_at")).toDateTime() == utc(c.clock.now));
        CHECK(c.row().text(QStringLiteral("done_by")) == QStringLiteral("case worker 7"));
    }
}

TEST_CASE("a late entry records the time given, and a repeated tick keeps what was recorded")
{
    Checklist c;
    const QDateTime late = c.t0.addSecs(3 * 3600);
    REQUIRE(
        tick(*c.t, c.item, options(QStringLiteral("done"), QStringLiteral("Dana Okafor"), late)));
    CHECK(c.row().value(QStringLiteral("done_at")).toDateTime() == late);

    // The same tick an hour later, by someone else at the keyboard: history stays as it was.
    c.clock.now += 3'600'000;
    const qint64 seq = c.t->localSeq();
    TickOptions again = options(QStringLiteral("done"));
    again.defaultBy = QStringLiteral("Sam Reyes");
    REQUIRE(tick(*c.t, c.item, again));
    CHECK(c.row().value(QStringLiteral("done_at")).toDateTime() == late);
    CHECK(c.row().text(QStringLiteral("done_by")) == QStringLiteral("Dana Okafor"));
    CHECK(c.t->localSeq() == seq);

    // Saying who and when explicitly corrects them.
    REQUIRE(tick(*c.t, c.item,
                 options(QStringLiteral("done"), QStringLiteral("Sam Reyes"), late.addSecs(60))));
    CHECK(c.row().value(QStringLiteral("done_at")).toDateTime() == late.addSecs(60));
    CHECK(c.row().text(QStringLiteral("done_by")) == QStringLiteral("Sam Reyes"));
}

TEST_CASE("a time up to a day ahead is accepted, for people in other time zones")
{
    Checklist c;
    const QDateTime ahead = utc(c.clock.now).addSecs(23 * 3600);
    REQUIRE(
        tick(*c.t, c.item, options(QStringLiteral("done"), QStringLiteral("Dana Okafor"), ahead)));
    CHECK(c.row().value(QStringLiteral("done_at")).toDateTime() == ahead);
}

TEST_CASE("a survivor without a rescue time accepts any past done time")
{
    Checklist c(false);
    const QDateTime longAgo = QDateTime(QDate(2019, 4, 2), QTime(9, 0), Qt::UTC);
    REQUIRE(tick(*c.t, c.item,
                 options(QStringLiteral("done"), QStringLiteral("Dana Okafor"), longAgo)));
    CHECK(c.row().value(QStringLiteral("done_at")).toDateTime() == longAgo);
}

TEST_CASE("refused ticks say why and leave the step as it was")
{
    Checklist c;
    const QString itemContext = kItem + QLatin1Char(' ') + value::idText(c.item);
    struct Case {
        const char* name;
        TickOptions options;
        QString message;
    };
    TickOptions noOne = options(QStringLiteral("done"));
    const std::vector<Case> cases = {
        {"before T0", options(QStringLiteral("done"), QStringLiteral("Dana"), c.t0.addSecs(-60)),
         QStringLiteral("the done time %1 is before survivor V-2026-0042 was recovered (T0, %2)")
             .arg(timeForPeople(c.t0.addSecs(-60)), timeForPeople(c.t0))},
        {"more than a day ahead",
         options(QStringLiteral("done"), QStringLiteral("Dana"),
                 utc(c.clock.now).addSecs(25 * 3600)),
         QStringLiteral("the done time %1 is more than a day in the future")
             .arg(timeForPeople(utc(c.clock.now).addSecs(25 * 3600)))},
        {"unknown state", options(QStringLiteral("finished"), QStringLiteral("Dana")),
         QStringLiteral("unknown state \"finished\"; the states are: open, in_progress, done, "
                        "not_applicable, declined")},
        {"a person for open", options(QStringLiteral("open"), QStringLiteral("Dana")),
         QStringLiteral("a done time and who did it are recorded only for the states done")},
        {"a time for in_progress", options(QStringLiteral("in_progress"), {}, utc(c.clock.now)),
         QStringLiteral("a done time and who did it are recorded only for the states done")},
        {"nobody", noOne,
         QStringLiteral("say who did it: a step marked done records who did it (done_by)")},
    };
    const Row before = c.row();
    const qint64 seq = c.t->localSeq();
    for (const Case& k : cases) {
        INFO(k.name);
        Result<void> r = tick(*c.t, c.item, k.options);
        REQUIRE_FALSE(r);
        CHECK(r.error().context == itemContext);
        CHECK(r.error().message.startsWith(k.message));
    }
    CHECK(c.t->localSeq() == seq);
    CHECK(c.row().values == before.values);
}

TEST_CASE("a deleted or unknown step cannot be ticked")
{
    Checklist c;
    REQUIRE(c.t->remove(QStringLiteral("survivor"), c.survivor));
    Result<void> deleted =
        tick(*c.t, c.item, options(QStringLiteral("done"), QStringLiteral("Dana")));
    REQUIRE_FALSE(deleted);
    CHECK(deleted.error().message ==
          QStringLiteral("this checklist step was deleted; it can no longer be ticked"));
    CHECK(c.row().deleted);
    CHECK(c.row().isNull(QStringLiteral("state")));

    const QUuid unknown = QUuid::createUuid();
    Result<void> missing =
        tick(*c.t, unknown, options(QStringLiteral("done"), QStringLiteral("Dana")));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().context == kItem + QLatin1Char(' ') + value::idText(unknown));
    CHECK(missing.error().message == QStringLiteral("there is no checklist_item with this id"));
}
