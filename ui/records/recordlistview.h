#pragma once

#include "views/listdetailview.h"

#include <QPointer>
#include <QUuid>

#include <initializer_list>
#include <optional>

class QAbstractItemModel;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace tandem {

class Document;
class FieldsPage;
class RecordForm;

// A list screen whose records are edited in a RecordForm beside the list (meetings, tips, the
// directories): the form shows the current record, New (Ctrl+Shift+N) empties it for a new one
// with Create and Cancel below it, Create adds the record and selects it, Delete asks and deletes
// the current one; each change one undoable step. The selection survives a reload of the list.
// The screen makes its widgets (so the keyboard's order stays the order it makes them in) and
// hands them over with setControls(); what it shows of a record, its defaults and its questions
// are its own (the virtual functions below).
class RecordListView : public ListDetailView {
    Q_OBJECT

public:
    // Keeps the file (document()) and reads it when the view is first shown (loadDocument()), not
    // before a file's first screen: on a large file the records take tens of milliseconds.
    void setDocument(Document* document) override;
    RecordForm* form() const { return m_form; }
    // The open file, or null.
    Document* document() const;
    // The current record, or a null id.
    QUuid current() const;
    // Makes `id` current (loading the list first); false when it is not in the list.
    bool select(const QUuid& id);
    // The form emptied for a new record, its defaults filled in.
    void startNew();
    // Adds the record of the new form; its id, or a null id when the form refused.
    QUuid createNew();
    // Deletes the current record after asking; true when it was deleted.
    bool deleteCurrent();

protected:
    using ListDetailView::ListDetailView;

    struct Controls {
        RecordForm* form;
        FieldsPage* page; // the record's first page: focused for a new record
        QPushButton* add;
        QPushButton* remove;
        QPushButton* create;
        QPushButton* cancel;
        QLabel* title;
    };
    // The screen's controls, named `prefix` + "New", "Delete", "Create", "Cancel", "FormTitle"
    // (the splitter + "Splitter"), and their buttons connected. Called once, after setList().
    void setControls(const Controls& controls, const QString& prefix);
    // The record's pane, in the splitter: the title, `above`, `body` (taking the height that is
    // left) and Cancel and Create under it, which Return and Escape reach from the last field.
    QWidget* makeFormPane(std::initializer_list<QWidget*> above, QWidget* body, QWidget* lastField);
    QVBoxLayout* formLayout() const { return m_formLayout; }
    // The current record kept (or, when it is gone, the pane emptied) when `model` is reset.
    void keepCurrentAcrossResets(QAbstractItemModel* model);

    void setDocumentPointer(Document* document);
    bool isNewMode() const { return m_newMode; }
    // In and out of the new-record form.
    void setNewMode(bool on);
    // The current record (a null id: none) in the pane, unless the new form is shown.
    void showCurrent();

    // The id of the list's row at `index`.
    virtual QUuid idAt(const QModelIndex& index) const = 0;
    // The list's row of `id`; with `fetch`, loading rows (or widening a filter) until it comes.
    virtual QModelIndex indexOf(const QUuid& id, bool fetch) = 0;
    // Shows the record `id` (null: none) in the pane.
    virtual void showRecord(const QUuid& id) = 0;
    // What else changes in and out of the new form (the title above all).
    virtual void newModeChanged(bool on) = 0;
    // Whether New is offered with a file open.
    virtual bool canCreate() const;
    // The defaults of a new record, set on form() before it is reset.
    virtual void prepareNew() = 0;
    // The undo text of Create.
    virtual QString createText() const = 0;
    // Before a record just created is selected (e.g. a search that would hide it cleared).
    virtual void beforeSelectingCreated() {}
    // After a record just created is selected: where the keyboard goes next.
    virtual void created() = 0;
    // Asks before `id` is deleted: the undo text, or nothing when the answer is no.
    virtual std::optional<QString> confirmDelete(const QUuid& id) = 0;

private:
    QPointer<Document> m_document;
    RecordForm* m_form = nullptr;
    FieldsPage* m_page = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_create = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_title = nullptr;
    QVBoxLayout* m_formLayout = nullptr;
    QUuid m_kept; // across a reset of the list
    bool m_newMode = false;
};

} // namespace tandem
