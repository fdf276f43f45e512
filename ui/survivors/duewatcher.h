#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>

class QTimer;

namespace tandem {

class Store;

// Keeps the count of overdue checklist steps right while the application is open: after every
// edit of survivors or their checklists, and when the clock passes a due time (a timer set for
// the next due time, or for at most maximumInterval(), re-evaluates by the store's wall clock, so
// tests move time with Store::setWallClock). Owned by the MainWindow; the status bar, the
// navigation and the Today view follow its signals.
class DueWatcher : public QObject {
    Q_OBJECT

public:
    explicit DueWatcher(QObject* parent = nullptr);

    // Follows `store` (null for none). The first count comes from the event loop, right after.
    void setStore(Store* store);
    qint64 overdueCount() const { return m_overdue; }

    // The longest the timer waits before looking again (default one minute): a step whose due
    // time passes is noticed within this, even if the clock jumps.
    void setMaximumInterval(int milliseconds);
    int maximumInterval() const { return m_maximumInterval; }

    // Counts again now, and sets the timer for the next due time.
    void refresh();

Q_SIGNALS:
    void overdueCountChanged(qint64 count);
    // The steps that are overdue or due within a day are no longer those they were: a due time
    // passed, or one came within the next 24 hours.
    void dueStepsChanged();

private:
    void storeChanged(const QString& entity);

    QPointer<Store> m_store;
    QTimer* m_timer;
    int m_maximumInterval = 60 * 1000;
    qint64 m_overdue = 0;
    qint64 m_soon = 0;
    QDateTime m_nextChange;
};

} // namespace tandem
