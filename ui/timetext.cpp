#include "timetext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace tandem {
namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(tandem::TimeText)
};

// Seconds never matter here, and some locales' short formats (C among them, which CI and a bare
// X session run in) show them.
QString withoutSeconds(QString format)
{
    static const QRegularExpression seconds(QStringLiteral("[:.]ss"));
    return format.remove(seconds);
}

// The format asked for last, on this thread: a list shows a time in every row, and building the
// format (the locale's, then the seconds taken out) cost more than the rest of the row.
struct CachedFormat {
    QLocale locale = QLocale::c();
    QString format;
};

template <typename Make>
const QString& cachedFormat(CachedFormat& cache, const QLocale& locale, Make make)
{
    if (cache.format.isEmpty() || cache.locale != locale) {
        cache.locale = locale;
        cache.format = make();
    }
    return cache.format;
}

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

QString shortDateTimeFormat(const QLocale& locale)
{
    thread_local CachedFormat cache;
    return cachedFormat(
        cache, locale, [&] { return withoutSeconds(locale.dateTimeFormat(QLocale::ShortFormat)); });
}

QString shortTimeFormat(const QLocale& locale)
{
    thread_local CachedFormat cache;
    return cachedFormat(cache, locale,
                        [&] { return withoutSeconds(locale.timeFormat(QLocale::ShortFormat)); });
}

QString localTimeText(const QDateTime& t)
{
    const QLocale locale;
    return t.isValid() ? locale.toString(t.toLocalTime(), shortDateTimeFormat(locale)) : QString();
}

} // namespace tandem
