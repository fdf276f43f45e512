#include "columnfit.h"

#include <QFontMetricsF>
#include <QRegularExpression>

#include <algorithm>
#include <numeric>

namespace tandem::report {

qreal widestWord(const QString& text, const QFontMetricsF& metrics, bool whole)
{
    if (whole)
        return metrics.horizontalAdvance(text);
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    qreal widest = 0;
    for (const QString& word : text.split(spaces, Qt::SkipEmptyParts))
        widest = std::max(widest, metrics.horizontalAdvance(word));
    return widest;
}

std::vector<qreal> fitColumns(const std::vector<qreal>& share, const std::vector<qreal>& least,
                              qreal available)
{
    const size_t n = share.size();
    const qreal leastTotal = std::accumulate(least.begin(), least.end(), qreal(0));
    std::vector<qreal> widths(n);
    if (leastTotal >= available) {
        for (size_t i = 0; i < n; ++i)
            widths[i] = available * least[i] / std::max(leastTotal, qreal(1e-9));
        return widths;
    }
    std::vector<bool> fixed(n, false);
    for (bool changed = true; changed;) {
        changed = false;
        qreal left = available;
        qreal shares = 0;
        for (size_t i = 0; i < n; ++i) {
            if (fixed[i])
                left -= least[i];
            else
                shares += share[i];
        }
        for (size_t i = 0; i < n; ++i) {
            if (fixed[i]) {
                widths[i] = least[i];
                continue;
            }
            widths[i] = shares > 0 ? left * share[i] / shares : left / qreal(n);
            if (widths[i] < least[i]) {
                fixed[i] = true;
                changed = true;
            }
        }
    }
    return widths;
}

} // namespace tandem::report
