// core/report/calendar.h: the iCalendar export (issue 20). What goes in (briefings, meetings and
// trainings, open action items in the period), what never does (an operation's place, targets or
// plan; cancelled operations, done or deleted items), and the format calendars read.

#include "catchqt.h"
#include "querysample.h"

#include "report/calendar.h"

using namespace tandem;
using namespace tandem::test;

namespace {

QStringList unfolded(const QByteArray& ics)
{
    // Every line ends in CRLF; a line starting with a space continues the one before.
    return QString::fromUtf8(QByteArray(ics).replace("\r\n ", "")).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
}

} // namespace

TEST_CASE("the calendar holds briefings, meetings and open action items by code name and time alone")
{
    TempStore t;
    Store& s = *t;
    const QUuid raid = add(s, "operation", {{QStringLiteral("code_name"), QStringLiteral("Operation Quiet Heron")},
                                            {QStringLiteral("briefing_at"), utc("2026-06-20T05:00:00Z")},
                                            {QStringLiteral("briefing_place"), QStringLiteral("Dock 9 warehouse, Saltmarsh Lane")},
                                            {QStringLiteral("objectives"), QStringLiteral("Recover the workers at the nail bar")}});
    add(s, "target", {{QStringLiteral("operation"), raid}, {QStringLiteral("label"), QStringLiteral("Nail bar")},
                      {QStringLiteral("address"), QStringLiteral("14 Tidewater Road")}});
    const QUuid cancelled = add(s, "operation", {{QStringLiteral("code_name"), QStringLiteral("Operation Called Off")},
                                                 {QStringLiteral("briefing_at"), utc("2026-06-21T05:00:00Z")}});
    REQUIRE(s.update(QStringLiteral("operation"), cancelled, {{QStringLiteral("status"), QStringLiteral("cancelled")}}));
    add(s, "operation", {{QStringLiteral("code_name"), QStringLiteral("Operation Long Ago")},
                         {QStringLiteral("briefing_at"), utc("2025-01-10T05:00:00Z")}});
    const QUuid training = add(s, "meeting", {{QStringLiteral("kind"), QStringLiteral("training")},
                                              {QStringLiteral("title"), QStringLiteral("Interviewing, with interpreters; day 1")},
                                              {QStringLiteral("starts_at"), utc("2026-06-18T08:00:00Z")},
                                              {QStringLiteral("ends_at"), utc("2026-06-18T16:00:00Z")},
                                              {QStringLiteral("place"), QStringLiteral("Room 4, Harbour House")},
                                              {QStringLiteral("minutes"), QStringLiteral("Nothing to see here")}});
    add(s, "action_item", {{QStringLiteral("meeting"), training}, {QStringLiteral("title"), QStringLiteral("Send the slides")},
                           {QStringLiteral("due_at"), utc("2026-06-25T12:00:00Z")}});
    add(s, "action_item", {{QStringLiteral("meeting"), training}, {QStringLiteral("title"), QStringLiteral("Book the room")},
                           {QStringLiteral("due_at"), utc("2026-06-19T12:00:00Z")}, {QStringLiteral("done_at"), utc("2026-06-19T10:00:00Z")}});
    const QUuid dropped = add(s, "action_item", {{QStringLiteral("title"), QStringLiteral("Dropped item")},
                                                 {QStringLiteral("operation"), raid},
                                                 {QStringLiteral("due_at"), utc("2026-06-22T12:00:00Z")}});
    remove(s, "action_item", dropped);

    const report::CalendarOptions options = report::CalendarOptions::around(utc("2026-06-15T12:00:00Z"));
    CHECK(options.from == utc("2026-05-16T00:00:00Z"));
    CHECK(options.until == utc("2027-06-16T00:00:00Z"));
    Result<report::Calendar> calendar = report::buildCalendar(s, options);
    REQUIRE(calendar);
    CHECK(calendar->events == 3);
    const QByteArray& ics = calendar->text;
    for (const QByteArray& line : ics.split('\n')) {
        if (line.isEmpty())
            continue;
        INFO(line.toStdString());
        CHECK(line.endsWith('\r'));
        CHECK(line.size() <= 76); // 75 octets and the CR
    }
    const QStringList lines = unfolded(ics);
    CHECK(lines.first() == QStringLiteral("BEGIN:VCALENDAR"));
    CHECK(lines.last() == QStringLiteral("END:VCALENDAR"));
    CHECK(lines.contains(QStringLiteral("VERSION:2.0")));
    CHECK(lines.filter(QStringLiteral("BEGIN:VEVENT")).size() == 3);
    // In the order of their times, each named and timed.
    CHECK(lines.filter(QStringLiteral("SUMMARY:")) == QStringList{QStringLiteral("SUMMARY:Joint training: Interviewing\\, with interpreters\\; day 1"),
                                                                  QStringLiteral("SUMMARY:Briefing: Operation Quiet Heron"),
                                                                  QStringLiteral("SUMMARY:Due: Send the slides")});
    CHECK(lines.filter(QStringLiteral("DTSTART:")) == QStringList{QStringLiteral("DTSTART:20260618T080000Z"), QStringLiteral("DTSTART:20260620T050000Z"),
                                                                  QStringLiteral("DTSTART:20260625T120000Z")});
    CHECK(lines.contains(QStringLiteral("DTEND:20260618T160000Z")));
    CHECK(lines.contains(QStringLiteral("UID:%1-briefing@tandem").arg(raid.toString(QUuid::WithoutBraces))));
    CHECK(lines.contains(QStringLiteral("DTSTAMP:20260615T120000Z")));
    // Nothing of the operation but its code name; nothing of the meeting but its kind and title.
    for (const char* secret : {"Dock 9", "Saltmarsh", "nail bar", "Nail bar", "Tidewater", "Room 4", "Nothing to see", "Called Off",
                               "Long Ago", "Book the room", "Dropped item"}) {
        INFO(secret);
        CHECK_FALSE(ics.contains(secret));
    }
}

TEST_CASE("calendar text is escaped and long lines are folded between characters")
{
    CHECK(report::calendarText(QStringLiteral("a\\b;c,d\ne\rf\tg")) == QStringLiteral("a\\\\b\\;c\\,d\\nef g"));
    TempStore t;
    Store& s = *t;
    const QString title = QStringLiteral("Réunion de coordination — ") + QString(40, QChar(0x0646)); // Arabic noon, two bytes each
    add(s, "meeting", {{QStringLiteral("kind"), QStringLiteral("coordination")}, {QStringLiteral("title"), title},
                       {QStringLiteral("starts_at"), utc("2026-06-18T08:00:00Z")}});
    Result<report::Calendar> calendar = report::buildCalendar(s, report::CalendarOptions::around(utc("2026-06-15T12:00:00Z")));
    REQUIRE(calendar);
    for (const QByteArray& line : calendar->text.split('\n')) {
        CHECK(line.size() <= 76);
        CHECK(QString::fromUtf8(line).toUtf8() == line); // no UTF-8 sequence cut in two
    }
    CHECK(unfolded(calendar->text).contains(QStringLiteral("SUMMARY:Coordination meeting: ") + title));
    // An empty or reversed period is refused.
    report::CalendarOptions reversed = report::CalendarOptions::around(utc("2026-06-15T12:00:00Z"));
    std::swap(reversed.from, reversed.until);
    CHECK_FALSE(report::buildCalendar(s, reversed));
}
