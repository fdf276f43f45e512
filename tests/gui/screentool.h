#pragma once

// What the screenshot tools (tests/gui/*_screens.cpp) share: letting the window paint, and saving
// the window, alone or with a dialog drawn over it, as a PNG; finding the record to show.

#include "store/store.h"

#include <QApplication>
#include <QColor>
#include <QDialog>
#include <QPainter>
#include <QPixmap>
#include <QSqlQuery>
#include <QString>
#include <QTest>
#include <QUuid>
#include <QWidget>

#include <cstdio>

namespace tandem::test {

// Lets queued work and painting finish before a grab.
inline void settle(int rounds = 5)
{
    for (int i = 0; i < rounds; ++i) {
        QApplication::processEvents();
        QTest::qWait(60);
    }
}

inline bool savePixmap(const QPixmap& shot, const QString& path)
{
    const bool ok = shot.save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

// The window as it is painted, saved at `path`.
inline bool saveWindow(QWidget& window, const QString& path, int rounds = 5)
{
    settle(rounds);
    return savePixmap(window.grab(), path);
}

// The window with a dialog open over it, as Qt draws both (there is no window manager under xvfb
// to place the dialog): the dialog centred near the top, the window dimmed around it.
inline bool saveWindowWithDialog(QWidget& window, QDialog& dialog, const QString& path)
{
    settle();
    QPixmap shot = window.grab();
    QPainter painter(&shot);
    const QPoint at((window.width() - dialog.width()) / 2, (window.height() - dialog.height()) / 3);
    painter.fillRect(shot.rect(), QColor(0, 0, 0, 60));
    painter.drawPixmap(at, dialog.grab());
    painter.end();
    return savePixmap(shot, path);
}

// The id in the first row `sql` reads (the record a screenshot shows); null when there is none.
inline QUuid firstId(const Store& store, const QString& sql)
{
    Result<QSqlQuery> q = store.exec(sql);
    return q && q->next() ? QUuid::fromRfc4122(q->value(0).toByteArray()) : QUuid();
}

} // namespace tandem::test
