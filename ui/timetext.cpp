#include "timetext.h"

#include <QCoreApplication>
#include <QLocale>

namespace tandem {
namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(tandem::TimeText)
};

} // namespace

QString durationText(qint64 seconds)
{
    const qint64 minutes = std::max<qint64>(std::abs(seconds) / 60, 1);
    if (minutes < 60)
        return Texts::tr("%1 min").arg(minutes);
    if (minutes < 48 * 60)
        return minutes % 60 ? Texts::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60)
                            : Texts::tr("%1 h").arg(minutes / 60);
    return (minutes / 60) % 24 ? Texts::tr("%1 d %2 h").arg(minutes / 1440).arg((minutes / 60) % 24)
                               : Texts::tr("%1 d").arg(minutes / 1440);
}

QString localTimeText(const QDateTime& t)
{
    return timeForPeople(t);
}

QString longTimeText(const QDateTime& t)
{
    const QLocale locale;
    return t.isValid() ? locale.toString(t.toLocalTime(), longDateTimeFormat(locale)) : QString();
}

QString localDateText(const QDate& d)
{
    const QLocale locale;
    return d.isValid() ? locale.toString(d, shortDateFormat(locale)) : QString();
}

QString dateTimeEditFormat()
{
    const QLocale locale;
    if (dateStyle() != DateStyle::System)
        return shortDateTimeFormat(locale);
    // Four-digit years: a rescue time or a consent date must not be read in the wrong century.
    return shortDateFormat(locale) + QLatin1Char(' ') + shortTimeFormat(locale);
}

QString dateEditFormat()
{
    return shortDateFormat(QLocale());
}

} // namespace tandem
