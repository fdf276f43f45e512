#pragma once

#include "views/view.h"

#include <QUuid>

class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTreeView;

namespace tandem {

class Document;
class DueWatcher;
class FollowUpModel;
class TodayModel;

// The liaison's day across all survivors: overdue steps first (how late), then the steps due in
// the next 24 hours, then those owed before a first interview, grouped by survivor, each ticked
// with one click on its box or one key: Space or D done, P in progress, N not applicable and X
// declined (those two ask why), as on a survivor's checklist. Other letters do nothing here (no
// jump to another survivor by typing). A step that leaves the list gives its place to the next step
// of the same survivor; when that survivor has none left, the next survivor's own row is current,
// not one of their steps, so that the next Space never ticks another person's step unseen.
// Filters by owner role and operation. Re-reads when the store changes and when the
// DueWatcher sees the clock pass a due time, so a step that becomes overdue appears without a
// restart. Under the steps, what is owed between operations (FollowUpModel): action items agreed at
// meetings, tasks of operations under way and protocol reviews, overdue first; ticked done with one
// click or Space, opened with a double-click or Return.
class TodayView : public View {
    Q_OBJECT

public:
    explicit TodayView(DueWatcher* watcher, QWidget* parent = nullptr);

    void setDocument(Document* document) override;
    void saveLayout(QSettings& settings) const override;
    void restoreLayout(const QSettings& settings) override;
    void takeFocus() override;

    TodayModel* model() const { return m_model; }
    QTreeView* tree() const { return m_tree; }
    FollowUpModel* followUps() const { return m_followUps; }
    QTableView* followUpTable() const { return m_followUpTable; }
    // Marks the selected action item or task done.
    void followUpDone();
    // Ticks the selected step into `state` (done, declined, not_applicable, in_progress).
    void tickCurrent(const QString& state);

Q_SIGNALS:
    // The user asked to open a survivor (double-click, or Open Survivor).
    void openSurvivor(const QUuid& survivor);
    // The user asked to open where a follow-up comes from.
    void openMeeting(const QUuid& meeting);
    void openOperation(const QUuid& operation);
    void openProtocol(const QUuid& protocol);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void ensureLoaded();
    void reloaded();
    void fillOperations();
    void applyFilter();
    void currentChanged();
    void followUpsChanged();
    void openFollowUp();
    QUuid currentStep() const;
    QUuid currentSurvivor() const;

    Document* m_document = nullptr;
    TodayModel* m_model;
    QLabel* m_summary;
    QComboBox* m_role;
    QComboBox* m_operation;
    QPushButton* m_done;
    QPushButton* m_declined;
    QPushButton* m_notApplicable;
    QPushButton* m_open;
    QStackedWidget* m_pages;
    QLabel* m_empty;
    QTreeView* m_tree;
    FollowUpModel* m_followUps;
    QTableView* m_followUpTable;
    QLabel* m_followUpSummary;
    QPushButton* m_followUpDone;
    QPushButton* m_followUpOpen;
    QSplitter* m_splitter;
    bool m_loaded = false; // the document's steps are read (on first show)
    QUuid m_keptStep;
    QUuid m_keptSurvivor;   // whose step was selected before a reload
    QList<int> m_keptPlace; // band, survivor row, step row of the step selected before a reload
};

} // namespace tandem
