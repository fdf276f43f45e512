// Setting a survivor's rescue time (T0): the checklist made from it, due times moved with it,
// daylight-saving changes, and the refusals.

#include "catchqt.h"
#include "testsupport.h"

#include "domain/protocols.h"
#include "domain/officecode.h"
#include "domain/survivors.h"
#include "domain/tick.h"

#include <QSqlQuery>
#include <QTimeZone>

using namespace tandem;
using namespace tandem::test;

namespace {

const QString kItem = QStringLiteral("checklist_item");

QDateTime utc(qint64 millis)
{
    return QDateTime::fromSecsSinceEpoch(millis / 1000, Qt::UTC);
}

struct Office {
    TempStore t;
    ManualClock clock;

    Office()
    {
        t->setWallClock(clock.fn());
        REQUIRE(installDefaultProtocols(*t));
    }

    QUuid survivor(const QString& code, bool minor = false)
    {
        Result<QUuid> id = t->insert(QStringLiteral("survivor"),
                                     {{QStringLiteral("code"), code}, {QStringLiteral("minor"), minor}});
        REQUIRE(id);
        return *id;
    }

    // Item id → (state, due_at in seconds or -1).
    std::map<QUuid, std::pair<QString, qint64>> items(const QUuid& survivor)
    {
        std::map<QUuid, std::pair<QString, qint64>> out;
        Result<std::vector<Row>> rows =
            t->select(kItem, QStringLiteral("survivor = ? AND deleted = 0"), {survivor.toRfc4122()});
        REQUIRE(rows);
        for (const Row& r : *rows) {
            const QDateTime due = r.value(QStringLiteral("due_at")).toDateTime();
            out[r.id] = {r.text(QStringLiteral("state")), due.isValid() ? due.toSecsSinceEpoch() : -1};
        }
        return out;
    }

    // The step's offset in minutes, or -1 for "before the first interview".
    qint64 offsetOf(const QUuid& item)
    {
        Result<QSqlQuery> q = t->exec(
            QStringLiteral("SELECT p.due_anchor, p.due_offset_minutes FROM checklist_item i "
                           "JOIN protocol_step p ON p.id = i.step WHERE i.id = ?"),
            {item.toRfc4122()});
        REQUIRE(q);
        REQUIRE(q->next());
        return q->value(0).toString() == QLatin1String("t0") ? q->value(1).toLongLong() : -1;
    }
};

} // namespace

TEST_CASE("setting T0 the first time makes the checklist, each step due at T0 plus its offset")
{
    Office o;
    const QUuid survivor = o.survivor(QStringLiteral("V-2026-0001"), true);
    const QDateTime t0 = utc(o.clock.now).addSecs(-3 * 3600);
    Result<RescueTimeChange> change = setRescueTime(*o.t, survivor, t0);
    REQUIRE(change);
    CHECK_FALSE(change->previous.isValid());
    CHECK(change->t0 == t0);
    CHECK(change->itemsMoved == 0);
    CHECK_FALSE(change->noProtocol);

    const auto items = o.items(survivor);
    CHECK(change->itemsMade == int(items.size()));
    REQUIRE(items.size() > 10);
    int beforeInterview = 0;
    for (const auto& [id, item] : items) {
        CHECK(item.first == QStringLiteral("open"));
        const qint64 offset = o.offsetOf(id);
        if (offset < 0) {
            ++beforeInterview;
            CHECK(item.second == -1);
        } else {
            CHECK(item.second == t0.toSecsSinceEpoch() + offset * 60);
        }
    }
    CHECK(beforeInterview > 0);
    CHECK(o.t->get(QStringLiteral("survivor"), survivor)->value(QStringLiteral("recovered_at")).toDateTime() == t0);
}

TEST_CASE("changing T0 moves open and in-progress steps by as much, and leaves settled steps alone")
{
    Office o;
    const QUuid survivor = o.survivor(QStringLiteral("V-2026-0002"));
    const QDateTime t0 = utc(o.clock.now).addDays(-2);
    REQUIRE(setRescueTime(*o.t, survivor, t0));
    auto before = o.items(survivor);
    // One step done, one declined, one in progress.
    QList<QUuid> timed;
    for (const auto& [id, item] : before) {
        if (item.second >= 0)
            timed << id;
    }
    REQUIRE(timed.size() > 5);
    const QUuid done = timed[0];
    const QUuid declined = timed[1];
    const QUuid inProgress = timed[2];
    TickOptions ticking;
    ticking.defaultBy = QStringLiteral("Liaison A");
    REQUIRE(tick(*o.t, done, ticking));
    ticking.state = QStringLiteral("declined");
    ticking.reason = QStringLiteral("prefers her own doctor");
    REQUIRE(tick(*o.t, declined, ticking));
    ticking.reason.clear();
    ticking.state = QStringLiteral("in_progress");
    REQUIRE(tick(*o.t, inProgress, ticking));
    before = o.items(survivor);

    // T0 was an hour and a half earlier than first entered.
    const qint64 shift = -90 * 60;
    Result<RescueTimeChange> change = setRescueTime(*o.t, survivor, t0.addSecs(shift));
    REQUIRE(change);
    CHECK(change->previous == t0);
    CHECK(change->shiftSeconds == shift);
    CHECK(change->itemsMade == 0);

    const auto after = o.items(survivor);
    REQUIRE(after.size() == before.size());
    int moved = 0;
    for (const auto& [id, item] : before) {
        INFO(id.toString().toStdString());
        const bool settled = id == done || id == declined;
        if (item.second < 0 || settled) {
            CHECK(after.at(id).second == item.second);
        } else {
            CHECK(after.at(id).second == item.second + shift);
            ++moved;
        }
    }
    CHECK(change->itemsMoved == moved);
    CHECK(after.at(inProgress).second == before.at(inProgress).second + shift);

    // Setting the same T0 again changes nothing and makes no second checklist.
    const qint64 seq = o.t->localSeq();
    Result<RescueTimeChange> again = setRescueTime(*o.t, survivor, t0.addSecs(shift));
    REQUIRE(again);
    CHECK(again->itemsMade == 0);
    CHECK(again->itemsMoved == 0);
    CHECK(o.t->localSeq() == seq);
}

TEST_CASE("moving T0 across a daylight-saving change keeps due times exact instants")
{
    Office o;
    const QTimeZone berlin("Europe/Berlin");
    REQUIRE(berlin.isValid());
    const QUuid survivor = o.survivor(QStringLiteral("V-2026-0003"));
    // Saturday before clocks go back in Central Europe (2026-10-25, 03:00 CEST -> 02:00 CET).
    const QDateTime first(QDate(2026, 10, 24), QTime(22, 0), berlin);
    REQUIRE(setRescueTime(*o.t, survivor, first));
    const auto before = o.items(survivor);
    // Corrected to Sunday 01:30 CEST, the night of the change: 3.5 hours later as instants,
    // although the clock face in Berlin moves 3.5 hours and then falls back one.
    const QDateTime corrected(QDate(2026, 10, 25), QTime(1, 30), berlin);
    REQUIRE(corrected.toSecsSinceEpoch() - first.toSecsSinceEpoch() == 3 * 3600 + 1800);
    Result<RescueTimeChange> change = setRescueTime(*o.t, survivor, corrected);
    REQUIRE(change);
    CHECK(change->shiftSeconds == 3 * 3600 + 1800);
    const auto after = o.items(survivor);
    for (const auto& [id, item] : after) {
        const qint64 offset = o.offsetOf(id);
        if (offset >= 0)
            CHECK(item.second == corrected.toSecsSinceEpoch() + offset * 60);
    }
    // A step due 24 h after T0 is due at 00:30 CET on Monday on Berlin's clocks, not 01:30: the
    // day had 25 hours.
    bool found = false;
    for (const auto& [id, item] : after) {
        if (o.offsetOf(id) == 24 * 60) {
            CHECK(QDateTime::fromSecsSinceEpoch(item.second, Qt::UTC).toTimeZone(berlin).time() == QTime(0, 30));
            found = true;
        }
    }
    CHECK(found);
    CHECK(after.size() == before.size());
}

TEST_CASE("a rescue time more than a day ahead, after a recorded done time, or of a deleted survivor is refused")
{
    Office o;
    const QUuid survivor = o.survivor(QStringLiteral("V-2026-0004"));
    const QDateTime now = utc(o.clock.now);

    const QString dumped = dumpText(*o.t, true);
    Result<RescueTimeChange> future = setRescueTime(*o.t, survivor, now.addSecs(24 * 3600 + 120));
    REQUIRE_FALSE(future);
    CHECK(future.error().message.contains(QStringLiteral("more than a day in the future")));
    CHECK(future.error().context == QStringLiteral("survivor V-2026-0004"));
    CHECK(dumpText(*o.t, true) == dumped);
    // Up to a day ahead is accepted (other time zones).
    REQUIRE(setRescueTime(*o.t, survivor, now.addSecs(3600)));
    REQUIRE(setRescueTime(*o.t, survivor, now.addDays(-1)));

    // A step done at now - 20 h: T0 cannot move to after it.
    QUuid item;
    for (const auto& [id, entry] : o.items(survivor)) {
        if (entry.second >= 0)
            item = id;
    }
    TickOptions done;
    done.defaultBy = QStringLiteral("Liaison B");
    done.at = now.addSecs(-20 * 3600);
    REQUIRE(tick(*o.t, item, done));
    const QString ticked = dumpText(*o.t, true);
    Result<RescueTimeChange> late = setRescueTime(*o.t, survivor, now.addSecs(-10 * 3600));
    REQUIRE_FALSE(late);
    CHECK(late.error().message.contains(QStringLiteral("is recorded as done at")));
    CHECK(late.error().message.contains(QStringLiteral("correct that step's time first")));
    CHECK(dumpText(*o.t, true) == ticked);

    REQUIRE(setRescueTime(*o.t, survivor, now.addSecs(-21 * 3600)));

    Result<RescueTimeChange> invalid = setRescueTime(*o.t, survivor, QDateTime());
    CHECK_FALSE(invalid);

    REQUIRE(o.t->remove(QStringLiteral("survivor"), survivor));
    Result<RescueTimeChange> deleted = setRescueTime(*o.t, survivor, now.addDays(-2));
    REQUIRE_FALSE(deleted);
    CHECK(deleted.error().message == QStringLiteral("this survivor was deleted"));
}

TEST_CASE("without an active protocol T0 is set and the checklist is made once there is one")
{
    TempStore t;
    ManualClock clock;
    t->setWallClock(clock.fn());
    const QUuid survivor = *t->insert(QStringLiteral("survivor"), {{QStringLiteral("code"), QStringLiteral("V-2026-0005")}});
    const QDateTime t0 = utc(clock.now).addSecs(-3600);
    Result<RescueTimeChange> change = setRescueTime(*t, survivor, t0);
    REQUIRE(change);
    CHECK(change->noProtocol);
    CHECK(change->itemsMade == 0);
    CHECK(t->get(QStringLiteral("survivor"), survivor)->value(QStringLiteral("recovered_at")).toDateTime() == t0);

    REQUIRE(installDefaultProtocols(*t));
    Result<RescueTimeChange> again = setRescueTime(*t, survivor, t0);
    REQUIRE(again);
    CHECK_FALSE(again->noProtocol);
    CHECK(again->itemsMade > 0);
}

TEST_CASE("the next survivor code follows the highest of its year")
{
    TempStore t;
    REQUIRE(setOfficeCode(*t, QStringLiteral("TO")));
    CHECK(*nextSurvivorCode(*t, 2026) == QStringLiteral("TO-2026-0001"));
    for (const char* code : {"TO-2026-0007", "TO-2026-0012", "TO-2025-0400", "TO-2026-12x", "X-2026-9999", "V-2026-0500"})
        REQUIRE(t->insert(QStringLiteral("survivor"), {{QStringLiteral("code"), QString::fromLatin1(code)}}));
    CHECK(*nextSurvivorCode(*t, 2026) == QStringLiteral("TO-2026-0013"));
    CHECK(*nextSurvivorCode(*t, 2025) == QStringLiteral("TO-2025-0401"));
    REQUIRE(t->insert(QStringLiteral("survivor"), {{QStringLiteral("code"), QStringLiteral("TO-2024-9999")}}));
    CHECK(*nextSurvivorCode(*t, 2024) == QStringLiteral("TO-2024-10000"));
}

TEST_CASE("steps that come to apply after the checklist was made are added from the versions followed")
{
    Office o;
    const QUuid survivor = o.survivor(QStringLiteral("V-2026-0006"));
    const QDateTime t0 = utc(o.clock.now).addSecs(-5 * 3600);
    REQUIRE(setRescueTime(*o.t, survivor, t0));
    const size_t before = o.items(survivor).size();
    CHECK(addApplicableSteps(*o.t, survivor)->empty());

    // Found to be a minor after all: the child-protection steps are owed too, due from T0.
    REQUIRE(o.t->update(QStringLiteral("survivor"), survivor, {{QStringLiteral("minor"), true}}));
    Result<std::vector<ChecklistEntry>> added = addApplicableSteps(*o.t, survivor);
    REQUIRE(added);
    REQUIRE_FALSE(added->empty());
    for (const ChecklistEntry& e : *added) {
        CHECK(e.step.appliesTo == QStringLiteral("minors"));
        if (e.step.dueAnchor == QLatin1String("t0"))
            CHECK(e.dueAt.toSecsSinceEpoch() == t0.toSecsSinceEpoch() + qint64(e.step.dueOffsetMinutes) * 60);
    }
    CHECK(o.items(survivor).size() == before + added->size());
    CHECK(addApplicableSteps(*o.t, survivor)->empty()); // once only

    // A new version of the general protocol does not leak into a checklist that follows version 1:
    // steps of the version followed come from it.
    const Row general = [&] {
        const std::vector<Row> active = *activeProtocols(*o.t);
        for (const Row& r : active) {
            if (r.text(QStringLiteral("name")) == QStringLiteral("General post-rescue assistance"))
                return r;
        }
        FAIL("no general protocol");
        return Row();
    }();
    ProtocolFile edited = *protocolFromStore(*o.t, general.id);
    edited.steps.front().title = QStringLiteral("Advocate meets the survivor within the hour");
    REQUIRE(saveProtocol(*o.t, general.id, edited));
    REQUIRE(o.t->update(QStringLiteral("survivor"), survivor, {{QStringLiteral("sexual_violence"), true}}));
    added = addApplicableSteps(*o.t, survivor);
    REQUIRE(added);
    REQUIRE(added->size() == 1);
    CHECK(added->front().step.protocol == general.id);
    CHECK(added->front().step.appliesTo == QStringLiteral("sexual_violence"));

    // Without a checklist there is nothing to add to.
    const QUuid later = o.survivor(QStringLiteral("V-2026-0007"), true);
    CHECK(addApplicableSteps(*o.t, later)->empty());
    CHECK(o.items(later).empty());
}
