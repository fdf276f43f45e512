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

} // namespace tandem
