#include "screenfit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

#include <algorithm>

namespace tandem {

void fitToScreen(QWidget* window, QSize wanted)
{
    const QWidget* over = window->parentWidget() ? window->parentWidget()->window() : nullptr;
    QScreen* screen = over ? over->screen() : window->screen();
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (!screen) {
        window->resize(wanted);
        return;
    }
    const QRect available = screen->availableGeometry();
    // A title bar and a frame around the window, which the window manager adds.
    const QSize frame(16, 48);
    const QSize size = wanted.boundedTo(available.size() - frame).expandedTo(window->minimumSize());
    window->resize(size);
    // Centred over the window it belongs to, or on the screen, and within the screen.
    QRect placed(QPoint(0, 0), size + frame);
    placed.moveCenter(over ? over->frameGeometry().center() : available.center());
    placed.moveLeft(std::clamp(placed.left(), available.left(), std::max(available.left(), available.right() - placed.width() + 1)));
    placed.moveTop(std::clamp(placed.top(), available.top(), std::max(available.top(), available.bottom() - placed.height() + 1)));
    window->move(placed.topLeft());
}

} // namespace tandem
