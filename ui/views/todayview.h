#pragma once

#include "view.h"

#include <QUuid>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeView;

namespace tandem {

class Document;
class DueWatcher;
class TodayModel;

// The liaison's day across all survivors: overdue steps first (how late), then the steps due in
// the next 24 hours, then those owed before a first interview, grouped by survivor, each ticked with one click on its box or one key
// (Space). Filters by owner role and operation. Re-reads when the store changes and when the
// DueWatcher sees the clock pass a due time, so a step that becomes overdue appears without a
// restart.
class TodayView : public View {
    Q_OBJECT

public:
    explicit TodayView(DueWatcher* watcher, QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void setDocument(Document* document) override;
    void saveLayout(QSettings& settings) const override;
    void restoreLayout(const QSettings& settings) override;
    void takeFocus() override;

    TodayModel* model() const { return m_model; }
    QTreeView* tree() const { return m_tree; }
    // Ticks the selected step into `state` (done, declined, not_applicable, in_progress).
    void tickCurrent(const QString& state);

Q_SIGNALS:
    // The user asked to open a survivor (double-click, or Open Survivor).
    void openSurvivor(const QUuid& survivor);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void ensureLoaded();
    void reloaded();
    void fillOperations();
    void applyFilter();
    void currentChanged();
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
    bool m_loaded = false; // the document's steps are read (on first show)
    QUuid m_keptStep;
    QList<int> m_keptPlace; // band, survivor row, step row of the step selected before a reload
};

} // namespace tandem
