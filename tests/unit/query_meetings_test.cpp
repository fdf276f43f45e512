// core/query/meetings.h and children.h: the meetings calendar, and the records under a parent.

#include "catchqt.h"
#include "querysample.h"

#include "query/children.h"
#include "query/meetings.h"

using namespace tandem;
using namespace tandem::test;

namespace {

QList<QUuid> ids(const std::vector<MeetingEntry>& entries)
{
    QList<QUuid> out;
    for (const MeetingEntry& e : entries)
        out << e.row.id;
    return out;
}

QUuid meeting(Store& s, const char* title, const char* starts, const QUuid& organiser = {})
{
    QVariantMap v{{QStringLiteral("kind"), QStringLiteral("coordination")}, {QStringLiteral("title"), QString::fromLatin1(title)},
                  {QStringLiteral("starts_at"), utc(starts)}};
    if (!organiser.isNull())
        v.insert(QStringLiteral("organiser"), organiser);
    return add(s, "meeting", v);
}

QUuid action(Store& s, const QUuid& m, const char* due, const QVariantMap& more = {})
{
    QVariantMap v{{QStringLiteral("meeting"), m}, {QStringLiteral("title"), QStringLiteral("Follow up")},
                  {QStringLiteral("due_at"), utc(due)}};
    v.insert(more);
    return add(s, "action_item", v);
}

} // namespace

TEST_CASE("the meetings calendar: upcoming in order, past with late follow-up apart, the rest newest first")
{
    TempStore t;
    Store& s = *t;
    const QDateTime now = utc("2026-06-15T12:00:00Z");
    const QDateTime todayStart = utc("2026-06-15T00:00:00Z");
    const QUuid police = addAgency(s, QStringLiteral("Quayside Police"));
    const QUuid tomorrow = meeting(s, "Tomorrow", "2026-06-16T09:00:00Z", police);
    const QUuid thisMorning = meeting(s, "This morning", "2026-06-15T08:00:00Z");
    const QUuid lateFollowUp = meeting(s, "Late follow-up", "2026-06-01T09:00:00Z");
    const QUuid lastWeek = meeting(s, "Last week", "2026-06-08T09:00:00Z");
    const QUuid lastMonth = meeting(s, "Last month", "2026-05-10T09:00:00Z");
    const QUuid gone = meeting(s, "Deleted", "2026-06-09T09:00:00Z");
    remove(s, "meeting", gone);
    action(s, lateFollowUp, "2026-06-10T09:00:00Z");                 // overdue
    action(s, lateFollowUp, "2026-06-20T09:00:00Z");                 // open, not yet due
    action(s, lastWeek, "2026-06-10T09:00:00Z", {{QStringLiteral("done_at"), utc("2026-06-09T09:00:00Z")}}); // done
    const QUuid deletedAction = action(s, lastMonth, "2026-06-01T09:00:00Z");
    remove(s, "action_item", deletedAction);
    action(s, tomorrow, "2026-06-17T09:00:00Z");

    Result<MeetingCalendar> c = readMeetingCalendar(s, now, todayStart, 200);
    REQUIRE(c);
    CHECK(ids(c->upcoming) == QList<QUuid>{thisMorning, tomorrow});
    CHECK(c->upcoming[1].organiser == QStringLiteral("Quayside Police"));
    CHECK(c->upcoming[1].openActions == 1);
    CHECK(c->upcoming[1].overdueActions == 0);
    REQUIRE(ids(c->overdue) == QList<QUuid>{lateFollowUp});
    CHECK(c->overdue[0].openActions == 2);
    CHECK(c->overdue[0].overdueActions == 1);
    CHECK(ids(c->past) == QList<QUuid>{lastWeek, lastMonth});
    CHECK(c->past[0].openActions == 0);
    CHECK(c->pastCount == 2);

    // The past is capped; its count is not.
    c = readMeetingCalendar(s, now, todayStart, 1);
    REQUIRE(c);
    CHECK(ids(c->past) == QList<QUuid>{lastWeek});
    CHECK(c->pastCount == 2);
}

TEST_CASE("the records under a parent: live ones, in the order asked, then by id")
{
    TempStore t;
    Store& s = *t;
    const QUuid op = addOperation(s, QStringLiteral("Operation Kite"));
    const QUuid otherOp = addOperation(s, QStringLiteral("Operation Heron"));
    const auto note = [&](const QUuid& o, const char* at, const char* text) {
        return add(s, "note", {{QStringLiteral("operation"), o}, {QStringLiteral("at"), utc(at)},
                               {QStringLiteral("text"), QString::fromLatin1(text)}});
    };
    const QUuid first = note(op, "2026-06-01T09:00:00Z", "first");
    const QUuid second = note(op, "2026-06-02T09:00:00Z", "second");
    note(otherOp, "2026-06-03T09:00:00Z", "elsewhere");
    const QUuid gone = note(op, "2026-06-04T09:00:00Z", "deleted");
    remove(s, "note", gone);

    Result<std::vector<Row>> rows = childRecords(s, QStringLiteral("note"), QStringLiteral("operation"), op, QStringLiteral("at DESC"));
    REQUIRE(rows);
    REQUIRE(rows->size() == 2);
    CHECK((*rows)[0].id == second);
    CHECK((*rows)[1].id == first);
    rows = childRecords(s, QStringLiteral("note"), QStringLiteral("operation"), op);
    REQUIRE(rows);
    CHECK(rows->size() == 2);
    CHECK_FALSE(childRecords(s, QStringLiteral("note"), QStringLiteral("no_such_field"), op).ok());
}
