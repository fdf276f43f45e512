#include "timeformat.h"

#include <QRegularExpression>

namespace tandem {
namespace {

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

} // namespace tandem
