#pragma once

#include <QLocale>
#include <QString>

namespace tandem {

// Times for people: the locale's short formats without seconds, which never matter here (some
// locales' short formats show them, C among them, which CI and a bare X session run in). Lists,
// forms and reports all format times through these.

// QLocale's short date-time format, seconds taken out.
QString shortDateTimeFormat(const QLocale& locale);
// QLocale's short time format, seconds taken out.
QString shortTimeFormat(const QLocale& locale);

} // namespace tandem
