// core/query/followups.h: what is owed between operations (action items, tasks, protocol reviews).

#include "catchqt.h"
#include "querysample.h"

#include "query/followups.h"

using namespace tandem;
using namespace tandem::test;

namespace {

const QString kTitle = QStringLiteral("title");
const QString kDue = QStringLiteral("due_at");

struct Owed {
    TempStore t;
    QDateTime now = utc("2026-06-15T12:00:00Z");
    QUuid police;
    QUuid meeting;
    QUuid underWay;

    Owed()
    {
        police = addAgency(*t, QStringLiteral("Quayside Police"));
        meeting = add(*t, "meeting", {{QStringLiteral("kind"), QStringLiteral("coordination")},
                                      {kTitle, QStringLiteral("Monthly coordination")},
                                      {QStringLiteral("starts_at"), utc("2026-06-01T09:00:00Z")}});
        underWay = addOperation(*t, QStringLiteral("Operation Kite"), QStringLiteral("in_progress"));
    }

    FollowUpWindow window(int limit = 200) const
    {
        return {now.addDays(7), now.addSecs(24 * 3600), now.addDays(14), limit};
    }
};

} // namespace

TEST_CASE("open action items due within the window, earliest first, with where they come from")
{
    Owed o;
    Store& s = *o.t;
    const QUuid late = add(s, "action_item", {{QStringLiteral("meeting"), o.meeting}, {kTitle, QStringLiteral("Send the list")},
                                              {QStringLiteral("owner_agency"), o.police}, {kDue, utc("2026-06-14T10:00:00Z")}});
    const QUuid soon = add(s, "action_item", {{QStringLiteral("operation"), o.underWay}, {kTitle, QStringLiteral("Book the room")},
                                              {kDue, utc("2026-06-18T10:00:00Z")}});
    add(s, "action_item", {{QStringLiteral("meeting"), o.meeting}, {kTitle, QStringLiteral("Too far ahead")},
                           {kDue, utc("2026-06-23T10:00:00Z")}});
    add(s, "action_item", {{QStringLiteral("meeting"), o.meeting}, {kTitle, QStringLiteral("Done already")},
                           {kDue, utc("2026-06-14T09:00:00Z")}, {QStringLiteral("done_at"), utc("2026-06-14T11:00:00Z")}});
    add(s, "action_item", {{QStringLiteral("meeting"), o.meeting}, {kTitle, QStringLiteral("No due time")}});
    const QUuid gone = add(s, "action_item", {{QStringLiteral("meeting"), o.meeting}, {kTitle, QStringLiteral("Deleted")},
                                              {kDue, utc("2026-06-13T10:00:00Z")}});
    remove(s, "action_item", gone);

    Result<FollowUps> f = readFollowUps(s, o.window());
    REQUIRE(f);
    REQUIRE(f->actionItems.size() == 2);
    CHECK(f->actionItemCount == 2);
    const FollowUpActionItem& first = f->actionItems[0];
    CHECK(first.id == late);
    CHECK(first.title == QStringLiteral("Send the list"));
    CHECK(first.due == utc("2026-06-14T10:00:00Z"));
    CHECK(first.meeting == o.meeting);
    CHECK(first.meetingTitle == QStringLiteral("Monthly coordination"));
    CHECK(first.ownerAgency == QStringLiteral("Quayside Police"));
    const FollowUpActionItem& second = f->actionItems[1];
    CHECK(second.id == soon);
    CHECK(second.meeting.isNull());
    CHECK(second.operation == o.underWay);
    CHECK(second.operationCodeName == QStringLiteral("Operation Kite"));
    CHECK(second.ownerAgency.isEmpty());

    // At most `limit` are read; the count is of them all. A deleted owner or meeting has no name.
    remove(s, "agency", o.police);
    f = readFollowUps(s, o.window(1));
    REQUIRE(f);
    REQUIRE(f->actionItems.size() == 1);
    CHECK(f->actionItemCount == 2);
    CHECK(f->actionItems[0].ownerAgency.isEmpty());
}

TEST_CASE("open tasks of operations under way due within a day and reviews due within two weeks")
{
    Owed o;
    Store& s = *o.t;
    const QUuid draft = addOperation(s, QStringLiteral("Operation Draft"), QStringLiteral("draft"));
    const QUuid deleted = addOperation(s, QStringLiteral("Operation Gone"), QStringLiteral("in_progress"));
    const auto task = [&](const QUuid& op, const char* title, const QDateTime& due) {
        return add(s, "task", {{QStringLiteral("operation"), op}, {QStringLiteral("phase"), QStringLiteral("execution")},
                               {kTitle, QString::fromLatin1(title)}, {QStringLiteral("owner_agency"), o.police}, {kDue, due}});
    };
    const QUuid second = task(o.underWay, "Secure the site", utc("2026-06-16T08:00:00Z"));
    const QUuid first = task(o.underWay, "Brief the team", utc("2026-06-15T11:00:00Z"));
    task(o.underWay, "Tomorrow evening", utc("2026-06-16T18:00:00Z"));
    task(draft, "Of a draft", utc("2026-06-15T13:00:00Z"));
    task(deleted, "Of a deleted operation", utc("2026-06-15T13:00:00Z"));
    remove(s, "operation", deleted);

    const auto protocol = [&](const char* name, const QDateTime& review) {
        return add(s, "protocol", {{QStringLiteral("family"), QUuid::createUuid()}, {QStringLiteral("name"), QString::fromLatin1(name)},
                                   {QStringLiteral("version"), 3}, {QStringLiteral("next_review_at"), review},
                                   {QStringLiteral("reviewed_by"), QStringLiteral("J. Doe")}});
    };
    const QUuid due = protocol("First contact", utc("2026-06-20T00:00:00Z"));
    protocol("Far off", utc("2026-07-20T00:00:00Z"));
    const QUuid gone = protocol("Deleted", utc("2026-06-10T00:00:00Z"));
    remove(s, "protocol", gone);

    Result<FollowUps> f = readFollowUps(s, o.window());
    REQUIRE(f);
    REQUIRE(f->tasks.size() == 2);
    CHECK(f->taskCount == 2);
    CHECK(f->tasks[0].id == first);
    CHECK(f->tasks[1].id == second);
    CHECK(f->tasks[0].operation == o.underWay);
    CHECK(f->tasks[0].operationCodeName == QStringLiteral("Operation Kite"));
    CHECK(f->tasks[0].ownerAgency == QStringLiteral("Quayside Police"));
    REQUIRE(f->reviews.size() == 1);
    CHECK(f->reviewCount == 1);
    CHECK(f->reviews[0].protocol == due);
    CHECK(f->reviews[0].name == QStringLiteral("First contact"));
    CHECK(f->reviews[0].version == 3);
    CHECK(f->reviews[0].reviewedBy == QStringLiteral("J. Doe"));
    CHECK(f->reviews[0].due == utc("2026-06-20T00:00:00Z"));
}
