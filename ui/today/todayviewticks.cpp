// Today's ticking: a step moved to a state (with the reason where one is owed), the keys that do
// it, and where the current row goes when the list is read again after a tick. (The view itself is
// in todayview.cpp.)

#include "today/todayview.h"

#include "survivors/survivorcommands.h"
#include "dialogs/reasondialog.h"
#include "document.h"
#include "errors.h"
#include "today/todaymodel.h"
#include "store/store.h"

#include <QHash>
#include <QKeyEvent>
#include <QLabel>
#include <QStackedWidget>
#include <QTreeView>

namespace tandem {

void TodayView::reloaded()
{
    m_tree->expandAll();
    const QUuid kept = std::exchange(m_keptStep, QUuid());
    const QUuid keptSurvivor = std::exchange(m_keptSurvivor, QUuid());
    QModelIndex again = kept.isNull() ? QModelIndex() : m_model->indexOfStep(kept);
    if (!again.isValid() && m_keptPlace.size() == 3) {
        // The step left the list (ticked, declined): the same survivor's step that took its
        // place, so that the next key press goes on with that survivor; then that survivor's
        // steps in the other bands. A survivor with nothing left here gives way to the survivor
        // row that took their place, never to another survivor's step: Space on it ticks nothing.
        const int keptBand = m_keptPlace[0];
        for (int i = 0; i < kDueBands && !again.isValid(); ++i) {
            const int b = (keptBand + i) % kDueBands;
            const QModelIndex band = m_model->bandIndex(DueBand(b));
            for (int s = 0; s < m_model->rowCount(band); ++s) {
                const QModelIndex survivor = m_model->index(s, 0, band);
                if (survivor.data(TodayModel::IdRole).toUuid() != keptSurvivor)
                    continue;
                const int steps = m_model->rowCount(survivor);
                if (steps > 0)
                    again = m_model->index(b == keptBand ? std::min(m_keptPlace[2], steps - 1) : 0, 0, survivor);
                break;
            }
        }
        if (!again.isValid()) {
            const QModelIndex band = m_model->bandIndex(DueBand(keptBand));
            const int survivors = m_model->rowCount(band);
            again = survivors > 0 ? m_model->index(std::min(m_keptPlace[1], survivors - 1), 0, band) : band;
        }
    }
    if (!again.isValid() && m_keptPlace.isEmpty() && !keptSurvivor.isNull()) {
        // A survivor's own row was current: it stays so, wherever the survivor went.
        for (int b = 0; b < kDueBands && !again.isValid(); ++b) {
            const QModelIndex band = m_model->bandIndex(DueBand(b));
            for (int row = 0; row < m_model->rowCount(band) && !again.isValid(); ++row) {
                if (m_model->index(row, 0, band).data(TodayModel::IdRole).toUuid() == keptSurvivor)
                    again = m_model->index(row, 0, band);
            }
        }
    }
    m_keptPlace.clear();
    if (again.isValid())
        m_tree->setCurrentIndex(again);
    const qint64 overdue = m_model->stepCount(DueBand::Overdue);
    const qint64 soon = m_model->stepCount(DueBand::Soon);
    const qint64 interview = m_model->stepCount(DueBand::BeforeInterview);
    m_summary->setText(m_document ? tr("%L1 overdue · %L2 due in the next 24 hours · %L3 before a first interview")
                                        .arg(overdue)
                                        .arg(soon)
                                        .arg(interview)
                                  : QString());
    const bool filtered = !m_model->filter().ownerRole.isEmpty() || !m_model->filter().operation.isNull();
    m_empty->setText(filtered ? tr("Nothing owed now for this owner and operation.")
                              : tr("Nothing is overdue, due in the next 24 hours or owed before a first interview. "
                                   "Steps owed to survivors appear here as their time comes."));
    m_pages->setCurrentWidget(m_document && overdue + soon + interview == 0 ? static_cast<QWidget*>(m_empty) : m_tree);
    currentChanged();
}

void TodayView::tickCurrent(const QString& state)
{
    const QUuid step = currentStep();
    if (!m_document || step.isNull() || m_document->isReadOnly())
        return;
    TickOptions options;
    options.state = state;
    if (tickStateNeedsReason(state)) {
        // The survivor's code and the step as the row shows them, before anything reloads.
        const QModelIndex current = m_tree->currentIndex().siblingAtColumn(TodayModel::What);
        const Result<Row> survivor = m_document->store().get(QStringLiteral("survivor"), currentSurvivor());
        const QString code = survivor ? survivor->text(QStringLiteral("code")) : QString();
        const std::optional<QString> reason = askStepReason(this, state, code, current.data().toString());
        if (!reason || currentStep() != step)
            return;
        options.reason = *reason;
    }
    Result<void> r = tickStep(*m_document, step, options);
    if (!r)
        showError(this, tr("The step could not be changed."), r.error());
}

bool TodayView::eventFilter(QObject* watched, QEvent* event)
{
    // The survivor page's keys do the same here; no other letter searches the list, which would
    // move the current row to another survivor's step unseen.
    if (watched == m_tree && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const Qt::KeyboardModifiers modifiers = key->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
        if (modifiers == Qt::NoModifier) {
            static const QHash<int, const char*> states{{Qt::Key_D, "done"},
                                                        {Qt::Key_P, "in_progress"},
                                                        {Qt::Key_N, "not_applicable"},
                                                        {Qt::Key_X, "declined"}};
            if (const char* state = states.value(key->key(), nullptr)) {
                tickCurrent(QString::fromLatin1(state));
                return true;
            }
            const QString text = key->text();
            if (!text.isEmpty() && text.at(0).isPrint() && !text.at(0).isSpace())
                return true;
        }
    }
    return View::eventFilter(watched, event);
}

} // namespace tandem
