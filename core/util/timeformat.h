#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

#include <optional>

namespace tandem {

// Times for people, in one date style for the whole process, without seconds, which never matter
// here. Lists, forms, reports and exports all format times through these.
//
// The styles: the locale's own short formats (System; "10/21/26 9:59 AM" in US English), day month
// year with a 24-hour clock in the locale's words (European, the default: "21 Oct 2026 09:59",
// "21 oct 2026 09:59"), or ISO 8601 ("2026-10-21 09:59"). The window sets the style from Edit ▸
// Preferences; the command line keeps the default.
enum class DateStyle { System, European, Iso };

DateStyle dateStyle();
// Thread-safe; formats asked for afterwards follow the new style.
void setDateStyle(DateStyle style);
// The style's name in settings ("system", "european", "iso"), and back (nullopt for another name).
QString dateStyleName(DateStyle style);
std::optional<DateStyle> dateStyleFromName(const QString& name);

// A date and time: "21 Oct 2026 09:59" (European), "2026-10-21 09:59" (ISO), the locale's short
// date-time format with the seconds taken out (System).
QString shortDateTimeFormat(const QLocale& locale);
// The same in `style` rather than the process's (to show what a style looks like).
QString shortDateTimeFormat(const QLocale& locale, DateStyle style);
// A time of day: "HH:mm", or the locale's short time format without seconds (System).
QString shortTimeFormat(const QLocale& locale);
// A date alone: "21 Oct 2026", "2026-10-21", or the locale's short date format with a four-digit
// year (System).
QString shortDateFormat(const QLocale& locale);
// A date and time with the weekday, for tooltips and screen readers: "Wednesday 21 October 2026
// 09:59" (European, in the locale's long date order where that puts the day first),
// "2026-10-21 09:59, Wednesday" (ISO), the locale's long format without seconds (System).
QString longDateTimeFormat(const QLocale& locale);

// An instant for a message to a person: in this computer's time zone, in the date style and the
// default locale ("21 Oct 2026 09:59"), never UTC in ISO 8601; empty for an invalid one.
QString timeForPeople(const QDateTime& t);

} // namespace tandem
