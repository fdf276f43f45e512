#pragma once

#include "records/recordlistview.h"

class QLabel;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTreeView;

namespace tandem {

class AttachmentsPanel;

class ChildRecordsPage;
class FieldsPage;
class MeetingListModel;
class RecordForm;

// Coordination meetings, joint trainings and outreach events. On the left a calendar of them
// (overdue follow-up, today, the next seven days, later, past: MeetingListModel); on the right the
// selected meeting: its details (when, where, organiser, topics, minutes), the agencies that
// attended and how many people, the action items agreed there (owner agency, due, done: open ones
// show in Today) and each agency's feedback. Every change is written as it is made, one undoable
// step each. Shortcuts: Ctrl+Shift+N (list, details) or Insert (list) new meeting, Ctrl+Return
// create it, Delete (in the list) delete, Ctrl+1..4 the tabs.
class MeetingsView : public RecordListView {
    Q_OBJECT

public:
    // Its navigation entry and object name, written once for the view and for the window, which
    // builds it on first show (views/deferredview.h).
    static constexpr const char* kTitle = QT_TRANSLATE_NOOP("tandem::MeetingsView", "Meetings");
    static constexpr const char* kIcon = ":/icons/meetings.svg";
    static constexpr const char* kObjectName = "meetingsView";

    explicit MeetingsView(QWidget* parent = nullptr);

    // The list; reading it loads the meetings when the view has not been shown yet.
    MeetingListModel* model();
    ChildRecordsPage* attendance() const { return m_attendance; }
    ChildRecordsPage* actionItems() const { return m_actions; }
    ChildRecordsPage* feedback() const { return m_feedback; }
    QTabWidget* tabs() const { return m_tabs; }

protected:
    void loadDocument(Document* document) override;
    QUuid idAt(const QModelIndex& index) const override;
    QModelIndex indexOf(const QUuid& id, bool fetch) override;
    void showRecord(const QUuid& id) override;
    void newModeChanged(bool on) override;
    void prepareNew() override;
    QString createText() const override;
    void created() override;
    std::optional<QString> confirmDelete(const QUuid& id) override;

private:
    void updateTabTitles();

    MeetingListModel* m_model;
    RecordForm* m_form;
    QTreeView* m_tree;
    QSplitter* m_splitter;
    QLabel* m_summary;
    QLabel* m_formTitle;
    QPushButton* m_new;
    QPushButton* m_delete;
    QPushButton* m_create;
    QPushButton* m_cancel;
    QTabWidget* m_tabs;
    AttachmentsPanel* m_files = nullptr;
    FieldsPage* m_details;
    ChildRecordsPage* m_attendance;
    ChildRecordsPage* m_actions;
    ChildRecordsPage* m_feedback;
};

} // namespace tandem
