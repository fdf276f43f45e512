#include "focusstyle.h"

#include <QAbstractButton>
#include <QApplication>
#include <QPainter>
#include <QStyleOption>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace tandem {
namespace {

void drawFrame(QPainter* painter, const QRectF& rect, const QPalette& palette, qreal radius)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(FocusStyle::frameColor(palette), FocusStyle::kFrameWidth));
    const qreal inset = FocusStyle::kFrameWidth / 2.0;
    painter->drawRoundedRect(rect.adjusted(inset, inset, -inset, -inset), radius, radius);
    painter->restore();
}

// Letters that join their neighbours, whose shapes change when the word is cut in pieces.
bool joinsNeighbours(QChar c)
{
    switch (c.script()) {
    case QChar::Script_Arabic:
    case QChar::Script_Syriac:
    case QChar::Script_Nko:
    case QChar::Script_Mongolian:
    case QChar::Script_Mandaic:
    case QChar::Script_Adlam:
    case QChar::Script_HanifiRohingya:
        return true;
    default:
        return false;
    }
}

// `text` without its &-marks ("&&" is one "&"), and where its &-letter is in that (or -1).
QString withoutMnemonic(const QString& text, int* letter)
{
    QString out;
    out.reserve(text.size());
    *letter = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&') && i + 1 < text.size()) {
            ++i;
            if (text.at(i) != QLatin1Char('&') && *letter < 0)
                *letter = int(out.size());
        }
        out += text.at(i);
    }
    return out;
}

} // namespace

FocusStyle::FocusStyle(const QString& baseStyle) : QProxyStyle(baseStyle)
{
}

QColor FocusStyle::frameColor(const QPalette& palette)
{
    return palette.color(QPalette::Active, QPalette::Highlight);
}

void FocusStyle::drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
                             const QWidget* widget) const
{
    QProxyStyle::drawControl(element, option, painter, widget);
    // Around the whole button, over the style's own faint mark.
    if (element == CE_PushButton && (option->state & State_HasFocus))
        drawFrame(painter, option->rect, option->palette, 3);
}

void FocusStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                               const QWidget* widget) const
{
    // Boxes and radio buttons ask for a focus rectangle around their label (item views keep theirs).
    if (element == PE_FrameFocusRect && qobject_cast<const QAbstractButton*>(widget)) {
        drawFrame(painter, option->rect, option->palette, 2);
        return;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

void FocusStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex* option, QPainter* painter,
                                    const QWidget* widget) const
{
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    if (control == CC_ToolButton && (option->state & State_HasFocus))
        drawFrame(painter, option->rect, option->palette, 3);
}

void FocusStyle::drawItemText(QPainter* painter, const QRect& rect, int flags, const QPalette& palette, bool enabled,
                              const QString& text, QPalette::ColorRole textRole) const
{
    int letter = -1;
    const QString plain = (flags & Qt::TextShowMnemonic) ? withoutMnemonic(text, &letter) : QString();
    if (letter < 0 || plain.contains(QLatin1Char('\n')) || !joinsNeighbours(plain.at(letter))) {
        QProxyStyle::drawItemText(painter, rect, flags, palette, enabled, text, textRole);
        return;
    }
    // The word whole, as it was measured; then the line under the letter where the letter is.
    const int whole = (flags & ~Qt::TextShowMnemonic) | Qt::TextHideMnemonic;
    QProxyStyle::drawItemText(painter, rect, whole, palette, enabled, text, textRole);
    const QRect drawn = painter->boundingRect(rect, whole, text);
    QTextLayout layout(plain, painter->font());
    QTextOption option(Qt::AlignLeft | Qt::AlignAbsolute);
    option.setWrapMode(QTextOption::NoWrap);
    option.setTextDirection((flags & Qt::TextForceLeftToRight)   ? Qt::LeftToRight
                            : (flags & Qt::TextForceRightToLeft) ? Qt::RightToLeft
                                                                 : painter->layoutDirection());
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    layout.endLayout();
    if (!line.isValid())
        return;
    const qreal from = line.cursorToX(letter);
    const qreal to = line.cursorToX(letter + 1);
    const QFontMetricsF metrics(painter->font());
    const qreal y = drawn.top() + line.ascent() + metrics.underlinePos();
    const QBrush brush = textRole == QPalette::NoRole ? painter->pen().brush() : palette.brush(textRole);
    painter->fillRect(QRectF(drawn.left() + std::min(from, to), y, std::abs(to - from), std::max<qreal>(1, metrics.lineWidth())), brush);
}

void installFocusStyle()
{
    if (qobject_cast<FocusStyle*>(QApplication::style()))
        return;
    QApplication::setStyle(new FocusStyle(QApplication::style()->name()));
}

} // namespace tandem
