#pragma once

#include "views/listdetailview.h"

#include <QPointer>
#include <QUuid>

class QAction;
class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;

namespace tandem {

class OperationDetail;
class OperationEditor;
class OperationFilterBar;
class OperationListModel;

// The operations of the open file: a lazily fetched, SQL-sorted table with search as you type and
// filters above it, the selected operation's detail on the right, and the plan editor
// (OperationEditor) in place of both when an operation is opened (Enter or double-click). New,
// Duplicate (as the template of the next operation) and Delete (to the tombstone, after asking)
// act on the list; each is one undo step. The selection survives model resets (edits, sorting).
//
// Shortcuts on the list: Ctrl+F search, Ctrl+Shift+N or Insert new, Ctrl+D duplicate, Delete
// delete, Enter open.
class OperationsView : public ListDetailView {
    Q_OBJECT

public:
    explicit OperationsView(QWidget* parent = nullptr);

    void setDocument(Document* document) override;
    void takeFocus() override;

    OperationListModel* model() const { return m_model; }
    OperationFilterBar* filterBar() const { return m_filter; }
    // The plan editor, made when first needed: the first painted list does not wait for it.
    OperationEditor* editor();
    QUuid currentOperation() const;
    // Selects `id` (fetching pages until it is loaded); false when it is not in the list.
    bool selectOperation(const QUuid& id);

    // The plan editor for `id`, in place of the list.
    void openOperation(const QUuid& id);
    void closeEditor();
    bool isEditing() const;
    // The actions of the list; each returns the operation it made, or a null id.
    QUuid newOperation();
    QUuid duplicateCurrent();
    bool deleteCurrent();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void currentChanged();
    void updateCount();
    void updateActions();
    void fitColumns();

    QPointer<Document> m_document;
    OperationListModel* m_model;
    OperationFilterBar* m_filter;
    QLabel* m_count;
    QTableView* m_table;
    OperationDetail* m_detail;
    QSplitter* m_splitter;
    QStackedWidget* m_pages;
    OperationEditor* m_editor = nullptr;
    QPushButton* m_new;
    QPushButton* m_duplicate;
    QPushButton* m_delete;
    QPushButton* m_open;
    QTimer* m_detailTimer; // the detail pane, while a search is typed
    QUuid m_keptSelection; // across a model reset
};

} // namespace tandem
