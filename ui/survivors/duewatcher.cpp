#include "survivors/duewatcher.h"

#include "domain/duesteps.h"
#include "records/followstore.h"
#include "store/store.h"

#include <QTimer>

namespace tandem {

DueWatcher::DueWatcher(QObject* parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &DueWatcher::refresh);
}

void DueWatcher::setStore(Store* store)
{
    followStore(m_store, store, this, &DueWatcher::storeChanged);
    // Counted as soon as the event loop is free, so that opening a file shows its first screen
    // before the count (on a file with 400,000 checklist steps it takes a tenth of a second).
    m_timer->stop();
    const bool hadCount = std::exchange(m_overdue, 0) != 0;
    m_soon = 0;
    m_nextChange = QDateTime();
    if (hadCount)
        Q_EMIT overdueCountChanged(0);
    if (m_store)
        m_timer->start(0);
}

void DueWatcher::setMaximumInterval(int milliseconds)
{
    m_maximumInterval = std::max(1, milliseconds);
    if (m_store)
        refresh();
}

void DueWatcher::storeChanged(const QString& entity)
{
    static const QStringList counted{QStringLiteral("checklist_item"), QStringLiteral("survivor"),
                                     QStringLiteral("protocol_step")};
    if (counted.contains(entity))
        refresh();
}

void DueWatcher::refresh()
{
    m_timer->stop();
    qint64 overdue = 0;
    qint64 soon = 0;
    QDateTime next;
    if (m_store) {
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_store->wallClock(), Qt::UTC);
        // A failed read keeps the last count: better a stale number than a false zero.
        Result<qint64> late = dueStepCount(*m_store, DueBand::Overdue, now);
        Result<qint64> coming = dueStepCount(*m_store, DueBand::Soon, now);
        overdue = late ? *late : m_overdue;
        soon = coming ? *coming : m_soon;
        // The next instant the bands change: a step becomes overdue a second after its due time,
        // and enters the next 24 hours a second after its due time is exactly that far.
        Result<QDateTime> becomesLate = nextDueTime(*m_store, now);
        Result<QDateTime> becomesSoon = nextDueTime(*m_store, now.addSecs(kSoonSeconds));
        if (becomesLate && becomesLate->isValid())
            next = becomesLate->addSecs(1);
        if (becomesSoon && becomesSoon->isValid()) {
            const QDateTime entering = becomesSoon->addSecs(1 - kSoonSeconds);
            if (!next.isValid() || entering < next)
                next = entering;
        }
        qint64 wait = m_maximumInterval;
        if (next.isValid())
            wait = std::clamp<qint64>(now.msecsTo(next), 0, m_maximumInterval);
        m_timer->start(int(wait));
    }
    const bool countChanged = overdue != m_overdue;
    const bool bandsChanged = countChanged || soon != m_soon || next != m_nextChange;
    m_overdue = overdue;
    m_soon = soon;
    m_nextChange = next;
    if (countChanged)
        Q_EMIT overdueCountChanged(m_overdue);
    if (bandsChanged)
        Q_EMIT dueStepsChanged();
}

} // namespace tandem
