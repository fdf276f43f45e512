#pragma once

#include <QProxyStyle>

namespace tandem {

// The application's style with a keyboard focus that can be seen: Fusion marks a focused button
// with a faint line. A button, box or tool button with the focus gets a two-pixel frame in the
// palette's highlight colour, which reads in light and dark palettes alike.
// It also draws the &-letter of an Arabic label (a tab, a button) without breaking the word: Qt
// lays the underlined letter out apart from its neighbours, so the letters lose their joined
// forms and the word is drawn wider than it was measured, and cut.
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
    void drawItemText(QPainter* painter, const QRect& rect, int flags, const QPalette& palette, bool enabled,
                      const QString& text, QPalette::ColorRole textRole = QPalette::NoRole) const override;

    // The frame's colour and width on `palette` (for tests: it must differ from the window).
    static QColor frameColor(const QPalette& palette);
    static constexpr int kFrameWidth = 2;
};

// Makes FocusStyle, over the style in use, the application's style.
void installFocusStyle();

} // namespace tandem
