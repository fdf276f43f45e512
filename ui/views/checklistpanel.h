#pragma once

#include <QUuid>
#include <QWidget>

class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace tandem {

class ChecklistModel;
class Document;
class DueWatcher;
class ReferralBox;

// A survivor's checklist: the steps owed (overdue first), buttons and keys to move the selected
// step to a state (done, in progress, not applicable, declined by the survivor, reopened), and
// under it the selected step's guidance and what was recorded (note, referral and its answer, who
// and when; the time can be corrected afterwards for a late entry). Ticking is one click on the step's box or
// one key: Space toggles done, D done, P in progress, N not applicable, X declined, O reopen.
class ChecklistPanel : public QWidget {
    Q_OBJECT

public:
    explicit ChecklistPanel(DueWatcher* watcher, QWidget* parent = nullptr);

    void setDocument(Document* document);
    void showSurvivor(const QUuid& id);
    ChecklistModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    int overdueCount() const;
    QUuid currentItem() const;
    bool selectItem(const QUuid& item);
    // Moves the selected step to `state` (a checklist_item.state token); errors are shown.
    void tickCurrent(const QString& state);

Q_SIGNALS:
    void summaryChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void currentChanged();
    void saveStep();
    void updateSummary();

    Document* m_document = nullptr;
    ChecklistModel* m_model;
    QLabel* m_summary;
    QPushButton* m_done;
    QPushButton* m_inProgress;
    QPushButton* m_notApplicable;
    QPushButton* m_declined;
    QPushButton* m_reopen;
    QTableView* m_table;
    QLabel* m_guidance;
    QPlainTextEdit* m_note;
    ReferralBox* m_referral;
    QLineEdit* m_doneBy;
    QDateTimeEdit* m_doneAt;
    QPushButton* m_save;
    QUuid m_keptItem;
};

} // namespace tandem
