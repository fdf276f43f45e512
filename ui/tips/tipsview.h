#pragma once

#include "views/view.h"

#include <QPointer>
#include <QUuid>

class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QTableView;

namespace tandem {

class FieldsPage;
class RecordForm;
class TipListModel;

// Community tips: intake and triage. New (Ctrl+Shift+N) shows the intake form with the time and
// channel filled in: a place, the indicators ticked from the fixed list, a few words, and Create
// (Ctrl+Return) logs it, well within a minute. Tips stay in this office unless someone shares one
// on purpose: the source of a tip is protected. Triage moves a tip from new to assessed, links it
// to the operation it led to (Ctrl+Shift+L, pick the operation), or closes it; each step undoable.
class TipsView : public View {
    Q_OBJECT

public:
    explicit TipsView(QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void setDocument(Document* document) override;
    void saveLayout(QSettings& settings) const override;
    void restoreLayout(const QSettings& settings) override;
    void takeFocus() override;

    // The list; reading it loads the tips when the view has not been shown yet.
    TipListModel* model();
    RecordForm* form() const { return m_form; }
    QComboBox* filter() const { return m_filter; }
    QUuid current() const;
    bool select(const QUuid& id);
    void startNew();
    QUuid createNew();
    bool deleteCurrent();
    // Triage of the selected tip.
    bool setStatus(const QString& status);
    bool linkCurrent();
    bool unlinkCurrent();

protected:
    void loadDocument(Document* document) override;

private:
    void showCurrent();
    void setNewMode(bool on);
    void updateTriage();
    void updateCount();

    QPointer<Document> m_document;
    TipListModel* m_model;
    RecordForm* m_form;
    QComboBox* m_filter;
    QLabel* m_count;
    QTableView* m_table;
    QSplitter* m_splitter;
    FieldsPage* m_page;
    QLabel* m_formTitle;
    QLabel* m_triageState;
    QPushButton* m_new;
    QPushButton* m_delete;
    QPushButton* m_create;
    QPushButton* m_cancel;
    QPushButton* m_assessed;
    QPushButton* m_link;
    QPushButton* m_unlink;
    QPushButton* m_close;
    QPushButton* m_reopen;
    QWidget* m_triage;
    QUuid m_kept;
    bool m_newMode = false;
};

} // namespace tandem
