#pragma once

#include <QSize>

class QWidget;

namespace tandem {

// Gives `window` the size it asks for, or less where the screen it opens on is smaller (with room
// for the title bar and the panels around it), and keeps it on that screen: its buttons at the
// bottom are always in reach, also on a laptop of 1366 × 768.
void fitToScreen(QWidget* window, QSize wanted);

} // namespace tandem
