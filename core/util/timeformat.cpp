#include "timeformat.h"

#include <QRegularExpression>

#include <atomic>

namespace tandem {
namespace {

std::atomic<DateStyle> g_style{DateStyle::European};

QString withoutSeconds(QString format)
{
    static const QRegularExpression seconds(QStringLiteral("[:.]ss"));
    return format.remove(seconds);
}

QString withFullYear(QString format)
{
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

// The locale's long date when it puts the day before the month ("dddd d MMMM yyyy",
// "dddd, d 'de' MMMM 'de' yyyy"); otherwise (US English: "dddd, MMMM d, yyyy") day month year.
QString dayFirstLongDate(const QLocale& locale)
{
    const QString own = locale.dateFormat(QLocale::LongFormat);
    static const QRegularExpression day(QStringLiteral("(?<![d])d{1,2}(?![d])"));
    const QRegularExpressionMatch m = day.match(own);
    const qsizetype month = own.indexOf(QLatin1String("MMM"));
    if (m.hasMatch() && month >= 0 && m.capturedStart() < month)
        return own;
    return QStringLiteral("dddd d MMMM yyyy");
}

// The format asked for last, on this thread, per kind: a list shows a time in every row, and
// building the format (the locale's, then the seconds taken out) cost more than the rest of the
// row.
struct CachedFormat {
    QLocale locale = QLocale::c();
    DateStyle style = DateStyle::European;
    QString format;
};

template <typename Make>
const QString& cachedFormat(CachedFormat& cache, const QLocale& locale, Make make)
{
    const DateStyle style = dateStyle();
    if (cache.format.isEmpty() || cache.locale != locale || cache.style != style) {
        cache.locale = locale;
        cache.style = style;
        cache.format = make(style);
    }
    return cache.format;
}

} // namespace

DateStyle dateStyle()
{
    return g_style.load(std::memory_order_relaxed);
}

void setDateStyle(DateStyle style)
{
    g_style.store(style, std::memory_order_relaxed);
}

QString dateStyleName(DateStyle style)
{
    switch (style) {
    case DateStyle::System:
        return QStringLiteral("system");
    case DateStyle::Iso:
        return QStringLiteral("iso");
    case DateStyle::European:
        break;
    }
    return QStringLiteral("european");
}

std::optional<DateStyle> dateStyleFromName(const QString& name)
{
    for (DateStyle s : {DateStyle::System, DateStyle::European, DateStyle::Iso}) {
        if (name == dateStyleName(s))
            return s;
    }
    return std::nullopt;
}

QString shortDateTimeFormat(const QLocale& locale, DateStyle style)
{
    switch (style) {
    case DateStyle::System:
        return withoutSeconds(locale.dateTimeFormat(QLocale::ShortFormat));
    case DateStyle::Iso:
        return QStringLiteral("yyyy-MM-dd HH:mm");
    case DateStyle::European:
        break;
    }
    return QStringLiteral("d MMM yyyy HH:mm");
}

QString shortDateTimeFormat(const QLocale& locale)
{
    thread_local CachedFormat cache;
    return cachedFormat(cache, locale, [&](DateStyle style) { return shortDateTimeFormat(locale, style); });
}

QString shortTimeFormat(const QLocale& locale)
{
    thread_local CachedFormat cache;
    return cachedFormat(cache, locale, [&](DateStyle style) {
        return style == DateStyle::System ? withoutSeconds(locale.timeFormat(QLocale::ShortFormat))
                                          : QStringLiteral("HH:mm");
    });
}

QString shortDateFormat(const QLocale& locale)
{
    thread_local CachedFormat cache;
    return cachedFormat(cache, locale, [&](DateStyle style) {
        switch (style) {
        case DateStyle::System:
            return withFullYear(locale.dateFormat(QLocale::ShortFormat));
        case DateStyle::Iso:
            return QStringLiteral("yyyy-MM-dd");
        case DateStyle::European:
            break;
        }
        return QStringLiteral("d MMM yyyy");
    });
}

QString timeForPeople(const QDateTime& t)
{
    const QLocale locale;
    return t.isValid() ? locale.toString(t.toLocalTime(), shortDateTimeFormat(locale)) : QString();
}

QString longDateTimeFormat(const QLocale& locale)
{
    thread_local CachedFormat cache;
    return cachedFormat(cache, locale, [&](DateStyle style) {
        switch (style) {
        case DateStyle::System:
            return withoutSeconds(locale.dateTimeFormat(QLocale::LongFormat));
        case DateStyle::Iso:
            return QStringLiteral("yyyy-MM-dd HH:mm, dddd");
        case DateStyle::European:
            break;
        }
        return dayFirstLongDate(locale) + QStringLiteral(" HH:mm");
    });
}

} // namespace tandem
