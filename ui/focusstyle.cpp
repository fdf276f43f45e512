#include "focusstyle.h"

#include <QAbstractButton>
#include <QApplication>
#include <QPainter>
#include <QStyleOption>

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

void installFocusStyle()
{
    if (qobject_cast<FocusStyle*>(QApplication::style()))
        return;
    QApplication::setStyle(new FocusStyle(QApplication::style()->name()));
}

} // namespace tandem
