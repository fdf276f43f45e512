#pragma once

#include "store/row.h"
#include "util/result.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace tandem {

class Store;

// A meeting of the calendar, with its open action items (how many, and how many of them are past
// their due time) and its organiser's name (empty when none or deleted).
struct MeetingEntry {
    Row row;
    qint64 openActions = 0;
    qint64 overdueActions = 0;
    QString organiser;
};

// The meetings calendar read at `now`, split at `todayStart` (the start of the user's day):
//  - upcoming: meetings from `todayStart` on, in time order;
//  - overdue: earlier meetings with an open action item past due at `now`, in time order;
//  - past: the other earlier meetings, newest first, at most `pastLimit`; pastCount counts them all.
// Deleted meetings and deleted action items are left out.
struct MeetingCalendar {
    std::vector<MeetingEntry> upcoming;
    std::vector<MeetingEntry> overdue;
    std::vector<MeetingEntry> past;
    qint64 pastCount = 0;
};
Result<MeetingCalendar> readMeetingCalendar(const Store& store, const QDateTime& now, const QDateTime& todayStart,
                                            int pastLimit);

} // namespace tandem
