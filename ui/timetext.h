#pragma once

#include "util/timeformat.h"

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace tandem {

// Times for people, the same way in every survivor-assistance view.

// "45 min", "2 h 5 min", "3 d 4 h": a length of time, at least a minute, no seconds.
QString durationText(qint64 seconds);
// An instant in this computer's time zone, in the locale's short form without seconds; empty for
// an invalid one. Every list and form shows times through this.
QString localTimeText(const QDateTime& t);
// The same with the weekday and the month in words, for tooltips and screen readers.
QString longTimeText(const QDateTime& t);
// A date in the date style of Edit ▸ Preferences.
QString localDateText(const QDate& d);
// The display format of a control that edits a date and time to the minute, in the date style
// (the locale's short date with a four-digit year in the system's style).
QString dateTimeEditFormat();
// The display format of a control that edits a date alone.
QString dateEditFormat();

} // namespace tandem
