#pragma once

#include "util/timeformat.h"

class QDateTimeEdit;

namespace tandem {

// The date style of Edit ▸ Preferences (util/timeformat.h), kept in the settings under
// "ui/dateStyle" and applied at once: lists repaint in it, and date controls made through
// followDateStyle() change their display format.
namespace datestyle {

// The style kept in the settings; European when none is kept (or an unknown one).
DateStyle chosen();
// Keeps `style`, makes it the process's style and shows it in the open windows.
void setChosen(DateStyle style);
// Makes the kept style the process's (at start, before any window).
void apply();

// What a date control edits: a date and time, the same with the weekday first, or a date alone.
enum class Edit { DateTime, WeekdayDateTime, Date };
// Gives `edit` the display format of the style, now and whenever the style changes, and a width
// for the widest date it can show in its locale (the longest month and weekday names).
void followDateStyle(QDateTimeEdit* edit, Edit kind);

} // namespace datestyle
} // namespace tandem
