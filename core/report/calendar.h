#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QDateTime>

namespace tandem {
class Store;
}

// An iCalendar file (RFC 5545) of what is on the office's calendar: operation briefings, meetings
// and trainings, and action items still open by their due date (issue 20). It goes into desktop
// and phone calendars, which may keep it on a server: so an operation is named by its code name
// and time alone (no place, target, plan or agency), a meeting by its kind and title, an action
// item by its title. Cancelled operations and done action items are left out.
namespace tandem::report {

struct CalendarOptions {
    QDateTime from;  // UTC; events at or after it
    QDateTime until; // UTC; events before it
    QDateTime now;   // DTSTAMP of every event

    // The period the window and `tandem-cli calendar` take unless told: from the start of the day
    // thirty days before `now` (what was just missed) to the end of the day a year after it.
    static CalendarOptions around(const QDateTime& now);
};

struct Calendar {
    QByteArray text; // the .ics file, CRLF lines folded at 75 octets
    int events = 0;
};

// Refused: an empty or reversed period.
Result<Calendar> buildCalendar(const Store& store, const CalendarOptions& options);

// TEXT as RFC 5545 writes it: backslash, semicolon, comma and line breaks escaped.
QString calendarText(const QString& text);

} // namespace tandem::report
