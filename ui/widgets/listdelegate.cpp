#include "listdelegate.h"

#include <QApplication>
#include <QPainter>

namespace tandem {
namespace {

// Distinct strings kept: a few screens of a list.
constexpr qsizetype kCacheSize = 4000;

} // namespace

const QStaticText& ListDelegate::layout(const QString& text, const QFont& font, int width) const
{
    // The font's key is text built anew on each call: kept for the font the list paints with.
    if (m_fontKey.isEmpty() || font != m_font) {
        m_font = font;
        m_fontKey = font.key();
        m_maxCharWidth = QFontMetrics(font).maxWidth();
    }
    const QString key = QString::number(width) + QLatin1Char('\x1f') + m_fontKey + QLatin1Char('\x1f') + text;
    auto it = m_cache.find(key);
    if (it != m_cache.end())
        return *it;
    if (m_cache.size() > kCacheSize)
        m_cache.clear();
    // Eliding lays the text out once more: only when the text could be wider than the cell (a
    // count, a date or a status in its column never is).
    const bool mayOverflow = m_maxCharWidth <= 0 || text.size() * qsizetype(m_maxCharWidth) > width;
    QStaticText staticText(mayOverflow ? QFontMetrics(font).elidedText(text, Qt::ElideRight, width) : text);
    staticText.setTextFormat(Qt::PlainText);
    staticText.setPerformanceHint(QStaticText::AggressiveCaching);
    staticText.prepare(QTransform(), font);
    return *m_cache.insert(key, staticText);
}

void ListDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    const QString text = opt.text;
    opt.text.clear(); // the style draws the panel, selection, focus and decoration; the text is ours
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (text.isEmpty())
        return;
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(3, 0, -3, 0);
    if (textRect.width() <= 0)
        return;
    const QStaticText& laid = layout(text, opt.font, textRect.width());
    const QSizeF size = laid.size();
    QPointF at(textRect.left(), textRect.top() + (textRect.height() - size.height()) / 2);
    // Leading and trailing as the layout runs: in Arabic a left-aligned cell starts at the right.
    const Qt::Alignment alignment = QStyle::visualAlignment(opt.direction, opt.displayAlignment);
    if (alignment & Qt::AlignRight)
        at.setX(textRect.right() - size.width());
    else if (alignment & Qt::AlignHCenter)
        at.setX(textRect.left() + (textRect.width() - size.width()) / 2);
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active) ? QPalette::Active
                                                                            : QPalette::Inactive;
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawStaticText(at, laid);
    painter->restore();
}

} // namespace tandem
