#pragma once

#include <QDateTime>
#include <QUuid>
#include <QWidget>

class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QModelIndex;
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
// and when; the time can be corrected afterwards for a late entry; why it was declined or does not
// apply). Ticking is one click on the step's box or one key: Space toggles done, D done,
// P in progress, N not applicable, X declined, O reopen; not applicable and declined ask why first.
//
// What is typed in the step form is never thrown away: moving to another step or survivor, ticking
// or closing the file first writes it to the step it belongs to (Save Step does it at once), and a
// reload of the list (an edit elsewhere, the clock) leaves it as typed. A referral and its answer
// are written as soon as they are chosen.
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
    // Writes what the step form holds that is not saved yet to the step it belongs to. False when
    // the store refused it (the error is shown and the form keeps what was typed).
    bool commitPending();
    // Whether the step form holds something not saved yet.
    bool hasPendingEdit() const;

Q_SIGNALS:
    void summaryChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // What the form was last filled with, to tell what the person changed since.
    struct Shown {
        QUuid item;
        QString note;
        QString doneBy;
        QDateTime doneAt;
    };

    void rowChanged(const QModelIndex& current, const QModelIndex& previous);
    void currentChanged();
    void saveStep();
    void updateSummary();
    QString survivorCode() const;

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
    QLabel* m_reason;
    QLabel* m_reasonLabel;
    QUuid m_keptItem;
    Shown m_shown;
    bool m_committing = false;
    bool m_reverting = false;
};

} // namespace tandem
