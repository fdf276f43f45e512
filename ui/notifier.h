#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QAction;
class QFrame;
class QLabel;
class QMainWindow;
class QSystemTrayIcon;
class QTimer;

namespace tandem {

class Store;

// Desktop notifications while Tandem runs (issue 20): a checklist step that falls overdue, an
// action item whose due time comes (each told once, when its time comes: domain/duesteps.h
// fellDue), and a merge through the exchange folder that left conflicts to review. Each shows as
// a note in the window's corner with an Open button, and through the system tray when the
// desktop has one (so it is seen with the window hidden). Open goes to the right place: Today for
// steps, Meetings for action items, Exchange for conflicts.
//
// With a system tray, the person may choose to keep Tandem running there when the window is
// closed (the tray icon's menu; kept in QSettings): the window hides, notifications go on, and
// the tray's Quit ends it.
class Notifier : public QObject {
    Q_OBJECT

public:
    enum class Kind { Steps, ActionItems, Conflicts };

    // `open` shows the place a notification of `kind` is about.
    Notifier(QMainWindow* window, std::function<void(Kind)> open);

    // Follows `store` (null: none): what falls due from now on is told.
    void setStore(Store* store);
    // Looks now for what fell due since the last look (the timer does it every minute).
    void check();
    void setInterval(int milliseconds);

    void notifyConflicts(qint64 count, const QString& from);

    // The last notification, for tests.
    Kind lastKind() const { return m_lastKind; }
    QString lastTitle() const { return m_lastTitle; }
    QString lastText() const { return m_lastText; }
    // Opens what the note in the corner is about (its Open button).
    void openLast();

    bool trayAvailable() const { return m_tray != nullptr; }
    // Whether closing the window only hides it (a tray, and the person chose so).
    bool hideOnClose() const;
    static bool keepInTray();
    static void setKeepInTray(bool on);

Q_SIGNALS:
    void notified(tandem::Notifier::Kind kind, const QString& title, const QString& text);
    // The tray's Quit: the window closes for real.
    void quitRequested();

private:
    void notify(Kind kind, const QString& title, const QString& text);
    void placeNote();

    QMainWindow* m_window;
    std::function<void(Kind)> m_open;
    QPointer<Store> m_store;
    QDateTime m_since;
    QTimer* m_timer;
    QSystemTrayIcon* m_tray = nullptr;
    QFrame* m_note;
    QLabel* m_noteTitle;
    QLabel* m_noteText;
    QTimer* m_noteTimer;
    Kind m_lastKind = Kind::Steps;
    QString m_lastTitle;
    QString m_lastText;

    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace tandem
