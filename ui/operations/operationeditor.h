#pragma once

#include <QPointer>
#include <QUuid>
#include <QWidget>

class QLabel;
class QMenu;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QToolButton;

namespace tandem {

class AttachmentsPanel;

class ChildRecordsPage;
class Document;
class FieldsPage;
class LinkedTipsPage;
class LogPage;
class PlanBanners;
class RecordForm;
class TimelinePage;

// The plan of one operation, in tabs: the overview (header, lead agency, times, briefing), the
// objectives and legal authority, the risk assessment, communications and contingency (with the
// medical plan), the survivors packet for the NGO, the targets, the assignments (ICS-204), the
// timeline and the log. Every change is written as it is made, as an undoable edit.
//
// The header shows the status and moves it through the workflow (domain/operations.h): the next
// step is one button (Ctrl+Shift+Right), the other moves are in its menu. A move the rules refuse
// is not made; the editor says exactly what is missing, in a dialog and in the line under the
// header. Esc or Alt+Left goes back to the list. A closed operation's plan is read only until it is
// reopened (with a reason); a plan changed since its approval says what changed and is approved
// again from its banner (PlanBanners).
class OperationEditor : public QWidget {
    Q_OBJECT

public:
    explicit OperationEditor(QWidget* parent = nullptr);

    void setDocument(Document* document);
    void setOperation(const QUuid& id);
    QUuid operation() const;

    RecordForm* form() const { return m_form; }
    QTabWidget* tabs() const { return m_tabs; }
    ChildRecordsPage* targets() const { return m_targets; }
    ChildRecordsPage* warrants() const { return m_warrants; }
    AttachmentsPanel* files() const { return m_files; }
    AttachmentsPanel* targetFiles() const { return m_targetFiles; }
    AttachmentsPanel* warrantFiles() const { return m_warrantFiles; }
    ChildRecordsPage* assignments() const { return m_assignments; }
    TimelinePage* timeline() const { return m_timeline; }
    LogPage* log() const { return m_log; }
    ChildRecordsPage* feedback() const { return m_feedback; }
    ChildRecordsPage* followUp() const { return m_followUp; }
    LinkedTipsPage* tips() const { return m_tips; }
    QLabel* workflowMessage() const { return m_workflowMessage; }
    PlanBanners* banners() const { return m_banners; }
    QLabel* approvalLine() const { return m_approval; }

    // Moves the operation to `status` when the workflow allows it; otherwise says why and returns
    // false. A move far from the plan (operations::reasonsNeeded: reopening, starting days early,
    // completing with the timeline open) asks for the reason first; cancelled, nothing moves.
    bool moveTo(const QString& status);
    // The overview, with the code name selected for typing over (a new operation).
    void focusCodeName();
    // Writes what is typed but not written yet.
    void commitPending();

Q_SIGNALS:
    void closeRequested();

private:
    void refresh();
    void updateTabTitles();
    void showWorkflowMessage(const QString& text);
    // After a move was refused for what is missing: says again what still stops it, as soon as
    // anything is filled in, here or elsewhere (and that nothing does once it is all there).
    void recheckBlockedMove();
    QVariantMap nextTargetDefaults() const;
    QVariantMap nextAssignmentDefaults() const;

    QPointer<Document> m_document;
    RecordForm* m_form;
    QStackedWidget* m_pages;
    QLabel* m_deleted;
    QLabel* m_title;
    QLabel* m_status;
    QPushButton* m_next;
    QToolButton* m_moves;
    QMenu* m_movesMenu;
    QString m_blockedMove; // the status a move to was refused for what is missing
    QLabel* m_workflowMessage;
    QLabel* m_approval;     // "Approved by X on D"
    PlanBanners* m_banners; // changed since approval; closed
    QTabWidget* m_tabs;
    FieldsPage* m_overview;
    ChildRecordsPage* m_targets;
    ChildRecordsPage* m_warrants;
    AttachmentsPanel* m_files;
    AttachmentsPanel* m_targetFiles;
    AttachmentsPanel* m_warrantFiles;
    QWidget* m_filesPage;
    ChildRecordsPage* m_assignments;
    TimelinePage* m_timeline;
    LogPage* m_log;
    ChildRecordsPage* m_followUp;
    ChildRecordsPage* m_feedback;
    LinkedTipsPage* m_tips;
};

} // namespace tandem
