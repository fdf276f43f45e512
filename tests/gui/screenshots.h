#pragma once

// Screenshots for people to look at, when TANDEM_SCREENSHOTS names a folder (run under a real
// display, e.g. xvfb-run with QT_QPA_PLATFORM=xcb); without it, nothing happens.

#include <QPainter>
#include <QPixmap>
#include <QTest>
#include <QWidget>

namespace tandem::test {

inline QString screenshotDir()
{
    return qEnvironmentVariable("TANDEM_SCREENSHOTS");
}

// The window `widget` belongs to, as Qt draws it, with a dialog open over it drawn where it is
// (grabbing the X screen would show stale pixels: there is no window manager under xvfb).
inline void screenshot(QWidget* widget, const QString& name, const QString& prefix = QStringLiteral("protect"))
{
    if (screenshotDir().isEmpty())
        return;
    QWidget* dialog = widget->window();
    QWidget* main = dialog->parentWidget() ? dialog->parentWidget()->window() : dialog;
    QTest::qWait(80);
    QPixmap shot = main->grab();
    if (dialog != main) {
        QPainter painter(&shot);
        QPoint at = dialog->geometry().topLeft() - main->geometry().topLeft();
        // A dialog not yet placed by a window manager: centre it over the window.
        if (!QRect(QPoint(0, 0), main->size()).contains(QRect(at, dialog->size())))
            at = QPoint((main->width() - dialog->width()) / 2, (main->height() - dialog->height()) / 3);
        painter.fillRect(QRect(at, dialog->size()).adjusted(-1, -1, 1, 1), QColor(0, 0, 0, 90));
        painter.drawPixmap(at, dialog->grab());
    }
    QVERIFY(shot.save(screenshotDir() + QStringLiteral("/%1-%2.png").arg(prefix, name)));
}

} // namespace tandem::test
