#include "widgets/textstyle.h"

#include <QLabel>
#include <QPalette>
#include <QWidget>

namespace tandem {

QFont TextStyle::scaled(QFont font, qreal scale, bool bold)
{
    font.setPointSizeF(font.pointSizeF() * scale);
    if (bold)
        font.setBold(true);
    return font;
}

QFont TextStyle::bold(QFont font)
{
    font.setBold(true);
    return font;
}

void TextStyle::setHeading(QWidget* widget)
{
    widget->setFont(scaled(widget->font(), 1.3));
}

QLabel* TextStyle::heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    setHeading(label);
    return label;
}

void TextStyle::setFormTitle(QWidget* widget)
{
    widget->setFont(scaled(widget->font(), 1.15));
}

void TextStyle::setCaption(QWidget* widget)
{
    widget->setForegroundRole(QPalette::PlaceholderText);
}

void TextStyle::setTextColour(QWidget* widget, const QColor& colour)
{
    QPalette p = widget->palette();
    p.setColor(QPalette::WindowText, colour);
    widget->setPalette(p);
}

void TextStyle::setColours(QWidget* widget, const QColor& background, const QColor& text)
{
    QPalette p = widget->palette();
    p.setColor(QPalette::Window, background);
    p.setColor(QPalette::WindowText, text);
    widget->setPalette(p);
}

QColor Colours::overdue()
{
    return {0xc6, 0x28, 0x28};
}

QColor Colours::error()
{
    return {0xb7, 0x1c, 0x1c};
}

QColor Colours::errorOnDark()
{
    return {0xff, 0x8a, 0x80};
}

QColor Colours::muted()
{
    return {0x6b, 0x72, 0x78};
}

QColor Colours::warningBackground()
{
    return {0xfd, 0xec, 0xea};
}

QColor Colours::warningText()
{
    return {0x8e, 0x16, 0x16};
}

QColor Colours::okBackground()
{
    return {0xe8, 0xf5, 0xe9};
}

QColor Colours::okText()
{
    return {0x1b, 0x5e, 0x20};
}

} // namespace tandem
