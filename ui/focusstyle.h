#pragma once

#include <QProxyStyle>

namespace tandem {

// The application's style with a keyboard focus that can be seen: Fusion marks a focused button
// with a faint line. A button, box or tool button with the focus gets a two-pixel frame in the
// palette's highlight colour, which reads in light and dark palettes alike.
class FocusStyle : public QProxyStyle {
    Q_OBJECT

public:
    // Over the style of this name (QStyleFactory), or the platform's default when empty.
    explicit FocusStyle(const QString& baseStyle = {});

    void drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
                     const QWidget* widget = nullptr) const override;
    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex* option, QPainter* painter,
                            const QWidget* widget = nullptr) const override;

    // The frame's colour and width on `palette` (for tests: it must differ from the window).
    static QColor frameColor(const QPalette& palette);
    static constexpr int kFrameWidth = 2;
};

// Makes FocusStyle, over the style in use, the application's style.
void installFocusStyle();

} // namespace tandem
