#pragma once

#include <QPointer>
#include <QUuid>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QPushButton;
class QTableView;
class QVBoxLayout;

namespace tandem {

class ChildTableModel;
class Document;
class FormMessage;
class RecordForm;

// The records a parent record has of one kind (an operation's targets, assignments, tasks; a
// meeting's attendance and action items): a table of them, and
// under it a form for the selected one, written field by field as it is edited. Add shows the form
// empty (with the defaults) and Create makes the record from it, as one undo step; Remove deletes
// the selected record (undoable). Shortcuts: Insert or Ctrl+Shift+N adds, Ctrl+Return creates,
// Delete (in the table) removes. Widgets are named after `key` ("<key>Table", "<key>Add", ...).
class ChildRecordsPage : public QWidget {
    Q_OBJECT

public:
    // `layout` Qt::Vertical puts the form under the table, in two columns; Qt::Horizontal beside it.
    ChildRecordsPage(const QString& key, const QString& entity, const QStringList& columns,
                     const QStringList& formFields, const QString& orderBy, QWidget* parent = nullptr,
                     Qt::Orientation layout = Qt::Vertical,
                     const QString& parentField = QStringLiteral("operation"));

    void setDocument(Document* document);
    // The parent record (an operation, or a meeting for a page made with parentField "meeting").
    void setOperation(const QUuid& operation) { setParentRecord(operation); }
    void setParentRecord(const QUuid& parent);

    ChildTableModel* model() const { return m_model; }
    RecordForm* form() const { return m_form; }
    QTableView* table() const { return m_table; }
    QUuid current() const;
    void select(const QUuid& id);
    // Values a new record starts with, computed when Add is pressed (e.g. the next target label).
    void setNewDefaults(std::function<QVariantMap()> defaults);
    // Puts `widget` under the form, shown while an existing record is selected (not for a new one):
    // e.g. the files attached to the selected target.
    void addFormWidget(QWidget* widget);
    // Starts a new record in the form.
    void startNew();
    // Makes the new record from the form.
    bool createNew();
    void removeCurrent();

Q_SIGNALS:
    void currentChanged(const QUuid& id);

private:
    void showCurrent();
    void updateCount();
    void setNewMode(bool on);

    QString m_key;
    QString m_parentField;
    QPointer<Document> m_document;
    QUuid m_operation;
    ChildTableModel* m_model;
    RecordForm* m_form;
    QTableView* m_table;
    QLabel* m_count;
    QLabel* m_formTitle;
    FormMessage* m_message;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_create;
    QPushButton* m_cancel;
    QWidget* m_formArea;
    QVBoxLayout* m_formLayout = nullptr;
    QList<QWidget*> m_formWidgets;
    std::function<QVariantMap()> m_newDefaults;
    QUuid m_kept;
    bool m_newMode = false;
};

} // namespace tandem
