#include "style.h"

#include "util/timeformat.h"

namespace tandem::report::style {

QFont bodyFont(qreal points)
{
    QFont f;
    f.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans")});
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points);
    return f;
}

QString issuedLine(const Document& d)
{
    const QString when = d.locale.toString(d.generatedAt.toTimeZone(d.timeZone), shortDateTimeFormat(d.locale));
    return d.issuedBy.isEmpty() ? Report::tr("Made on %1 with Tandem").arg(when)
                                : Report::tr("Issued by %1 on %2 with Tandem").arg(d.issuedBy, when);
}

QString identitiesWarning(const Document& d)
{
    if (d.identitiesShown == 1)
        return Report::tr("This copy names 1 survivor by their identity, as they consented to share it with "
                          "%1. Keep it under that consent: do not copy or pass it on.")
            .arg(d.marking.recipient);
    return Report::tr("This copy names %n survivors by their identity, as they consented to share it with "
                      "%1. Keep it under that consent: do not copy or pass it on.",
                      nullptr, d.identitiesShown)
        .arg(d.marking.recipient);
}

QString pageText(const Document& d, int page, int pages)
{
    return Report::tr("Page %1 of %2").arg(d.locale.toString(page), d.locale.toString(pages));
}

} // namespace tandem::report::style
