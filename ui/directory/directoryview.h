#pragma once

#include "records/recordlistview.h"

#include <QPointer>
#include <QStringList>
#include <QUuid>

class QLabel;
class QPushButton;
class QSplitter;
class QTableView;

namespace tandem {

class FieldsPage;
class FormMessage;
class LimitedLineEdit;
class RecordForm;
class RecordListModel;

// A directory of the office: agencies (with their contacts) or services (shelters, legal aid,
// counselling, hotlines, with capacity, languages, whether they accept minors). A searchable,
// sortable list fetched a page at a time, and beside it the selected entry's form, written field by
// field as it is edited (each change undoable). New shows an empty form and Create adds the entry;
// Delete removes the selected one after asking. Shortcuts: Ctrl+F search, Ctrl+Shift+N or Insert
// new, Ctrl+Return create, Delete (in the list) delete.
class DirectoryView : public RecordListView {
    Q_OBJECT

public:
    struct Config {
        QString key;       // object names: "<key>View", "<key>Table", "<key>Search", ...
        QString entity;
        const char* title; // QT_TRANSLATE_NOOP("tandem::DirectoryView", ...): see View
        const char* icon;  // the resource path
        QStringList columns;
        QStringList fields;
        QVariantMap newDefaults;
    };
    DirectoryView(Config config, QWidget* parent = nullptr);

    void setDocument(Document* document) override;

    RecordListModel* model() const { return m_model; }
    // A panel under the form that follows the selected entry (see currentChanged()).
    void addPanel(QWidget* panel);

Q_SIGNALS:
    // The entry shown in the form; null while none is, or while a new one is being made.
    void currentChanged(const QUuid& id);

protected:
    QUuid idAt(const QModelIndex& index) const override;
    QModelIndex indexOf(const QUuid& id, bool fetch) override;
    void showRecord(const QUuid& id) override;
    void newModeChanged(bool on) override;
    bool canCreate() const override;
    void prepareNew() override;
    QString createText() const override;
    void beforeSelectingCreated() override;
    void created() override;
    std::optional<QString> confirmDelete(const QUuid& id) override;

private:
    void updateCount();

    Config m_config;
    RecordListModel* m_model;
    RecordForm* m_form;
    LimitedLineEdit* m_search;
    QLabel* m_count;
    QTableView* m_table;
    FieldsPage* m_page;
    QSplitter* m_splitter;
    QPushButton* m_new;
    QPushButton* m_delete;
    QPushButton* m_create;
    QPushButton* m_cancel;
    QLabel* m_formTitle;
};

// The two directories, as the main window lists them.
DirectoryView* makeAgenciesView(QWidget* parent);
DirectoryView* makeServicesView(QWidget* parent);

} // namespace tandem
