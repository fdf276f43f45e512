#pragma once

#include "views/view.h"

#include <QPointer>
#include <QStringList>
#include <QUuid>

class QLabel;
class QPushButton;
class QSplitter;
class QTableView;
class QVBoxLayout;

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
class DirectoryView : public View {
    Q_OBJECT

public:
    struct Config {
        QString key;       // object names: "<key>View", "<key>Table", "<key>Search", ...
        QString entity;
        QString title;
        QString icon;
        QStringList columns;
        QStringList fields;
        QVariantMap newDefaults;
    };
    DirectoryView(Config config, QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void setDocument(Document* document) override;
    void saveLayout(QSettings& settings) const override;
    void restoreLayout(const QSettings& settings) override;
    void takeFocus() override;

    RecordListModel* model() const { return m_model; }
    RecordForm* form() const { return m_form; }
    QUuid current() const;
    Document* document() const;
    bool select(const QUuid& id);
    // A panel under the form that follows the selected entry (see currentChanged()).
    void addPanel(QWidget* panel);
    void startNew();
    QUuid createNew();
    bool deleteCurrent();

Q_SIGNALS:
    // The entry shown in the form; null while none is, or while a new one is being made.
    void currentChanged(const QUuid& id);

private:
    void showCurrent();
    void updateCount();
    void setNewMode(bool on);

    Config m_config;
    QPointer<Document> m_document;
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
    QVBoxLayout* m_formLayout = nullptr;
    QUuid m_kept;
    bool m_newMode = false;
};

// The two directories, as the main window lists them.
DirectoryView* makeAgenciesView(QWidget* parent);
DirectoryView* makeServicesView(QWidget* parent);

} // namespace tandem
