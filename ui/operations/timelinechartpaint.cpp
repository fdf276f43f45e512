// TimelineChart's painting: lanes, the time axis, the start and the present, the tasks, and the
// lanes' names over what scrolls under them. (Layout and interaction are in timelinechart.cpp.)

#include "operations/timelinechart.h"

#include "operations/timelinechartgeometry.h"
#include "widgets/textstyle.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <limits>

namespace tandem {
namespace {

using namespace timeline;

QColor phaseColour(const QString& phase)
{
    static const QHash<QString, QColor> colours{
        {QStringLiteral("preparation"), QColor(0x3b, 0x7d, 0xd8)}, {QStringLiteral("briefing"), QColor(0x7e, 0x57, 0xc2)},
        {QStringLiteral("execution"), QColor(0xef, 0x8a, 0x17)},   {QStringLiteral("post_rescue"), QColor(0x00, 0x89, 0x7b)},
        {QStringLiteral("follow_up"), QColor(0x55, 0x8b, 0x2f)},   {QStringLiteral("debrief"), QColor(0x6d, 0x4c, 0x41)},
    };
    return colours.value(phase, QColor(0x75, 0x75, 0x75));
}

} // namespace

void TimelineChart::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const int chartBottom = laneTop(int(std::max<qsizetype>(m_lanes.size(), 1)));

    // Lanes.
    const int laneCount = std::max<int>(int(m_lanes.size()), 1);
    for (int lane = 0; lane < laneCount; ++lane) {
        const QRect band(0, laneTop(lane), width(), laneTop(lane + 1) - laneTop(lane));
        p.fillRect(band, lane % 2 ? pal.alternateBase() : pal.base());
    }

    // The time axis: ticks as dense as the scale allows, days named at midnight.
    const int tickHours = m_pixelsPerHour >= 60 ? 1 : m_pixelsPerHour >= 20 ? 3 : m_pixelsPerHour >= 8 ? 6 : 24;
    const QLocale locale;
    int labelsEnd = std::numeric_limits<int>::min(); // labels never overlap: one that would is left out
    for (QDateTime t = m_start; t <= m_end; t = t.addSecs(3600)) {
        const QDateTime local = t.toLocalTime();
        const bool midnight = local.time().hour() == 0;
        if (!midnight && local.time().hour() % tickHours != 0)
            continue;
        const int x = xOf(t);
        p.setPen(midnight ? pal.color(QPalette::Dark) : pal.color(QPalette::Midlight));
        p.drawLine(x, kAxisHeight - 6, x, chartBottom);
        const QString label = midnight ? locale.toString(local.date(), QStringLiteral("ddd d MMM"))
                                       : locale.toString(local.time(), QStringLiteral("HH:mm"));
        if (x + 3 < labelsEnd)
            continue;
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRect(x + 3, 2, 120, kAxisHeight - 8), Qt::AlignLeft | Qt::AlignVCenter, label);
        labelsEnd = x + 3 + p.fontMetrics().horizontalAdvance(label) + 10;
    }

    const auto vertical = [&](const QDateTime& t, const QColor& colour, const QString& label) {
        if (!t.isValid() || t < m_start || t > m_end)
            return;
        const int x = xOf(t);
        QPen pen(colour, 2, Qt::DashLine);
        p.setPen(pen);
        p.drawLine(x, kAxisHeight - 4, x, chartBottom);
        p.setPen(colour);
        p.drawText(QRect(x + 3, chartBottom - 16, 80, 16), Qt::AlignLeft | Qt::AlignVCenter, label);
    };
    vertical(m_operationStart, QColor(0x1e, 0x63, 0xc4), tr("Start"));
    vertical(m_now(), Colours::overdue(), tr("Now"));

    // The tasks.
    for (const Item& i : m_items) {
        const QRect r = taskRect(i.id);
        const bool overdue = isOverdue(i.id);
        const bool selected = i.id == m_selected;
        QColor colour = i.done ? QColor(0x9e, 0x9e, 0x9e) : overdue ? Colours::overdue() : phaseColour(i.phase);
        const QPoint centre(r.left() + kMarker + 1, r.center().y());
        QPainterPath diamond;
        diamond.moveTo(centre.x(), centre.y() - kMarker);
        diamond.lineTo(centre.x() + kMarker, centre.y());
        diamond.lineTo(centre.x(), centre.y() + kMarker);
        diamond.lineTo(centre.x() - kMarker, centre.y());
        diamond.closeSubpath();
        if (selected) {
            p.setPen(QPen(pal.color(QPalette::Highlight), 2));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(r.adjusted(-2, -1, 2, 1), 4, 4);
        }
        p.setPen(QPen(colour.darker(130), 1));
        p.setBrush(colour);
        p.drawPath(diamond);
        QFont f = font();
        f.setBold(overdue);
        f.setStrikeOut(i.done);
        p.setFont(f);
        p.setPen(overdue ? colour : pal.color(QPalette::Text));
        p.drawText(QRect(centre.x() + kMarker + 4, r.top(), r.width() - 2 * kMarker - 4, r.height()),
                   Qt::AlignVCenter | Qt::AlignLeft, p.fontMetrics().elidedText(i.title, Qt::ElideRight, 220));
        p.setFont(font());
    }
    // The lanes' names, over whatever scrolled under them.
    const int left = visibleLeft();
    for (int lane = 0; lane < laneCount; ++lane) {
        const QRect band(left, laneTop(lane), kLabelWidth, laneTop(lane + 1) - laneTop(lane));
        p.fillRect(band, lane % 2 ? pal.alternateBase() : pal.base());
        const QString name = m_lanes.isEmpty() ? tr("No tasks with a due time yet") : lanes().at(lane);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(band.adjusted(8, 0, -6, 0), Qt::AlignVCenter | Qt::AlignLeft,
                   p.fontMetrics().elidedText(name, Qt::ElideRight, kLabelWidth - 14));
    }
    p.fillRect(QRect(left, 0, kLabelWidth, kAxisHeight), pal.base());
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(left + kLabelWidth - 1, 0, left + kLabelWidth - 1, chartBottom);

    if (hasFocus() && m_selected.isNull() && !m_items.empty()) {
        p.setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DotLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(rect().adjusted(1, 1, -2, -2));
    }
}

} // namespace tandem
