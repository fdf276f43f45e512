#pragma once

#include "records/recordlistview.h"

class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QTableView;

namespace tandem {

class AttachmentsPanel;

class FieldsPage;
class RecordForm;
class TipListModel;

// Community tips: intake and triage. New (Ctrl+Shift+N) shows the intake form with the time and
// channel filled in: a place, the indicators ticked from the fixed list, a few words, and Create
// (Ctrl+Return) logs it, well within a minute. Tips stay in this office unless someone shares one
// on purpose: the source of a tip is protected. Triage moves a tip from new to assessed, links it
// to the operation it led to (Ctrl+Shift+L, pick the operation), or closes it; each step undoable.
class TipsView : public RecordListView {
    Q_OBJECT

public:
    // Its navigation entry and object name, written once for the view and for the window, which
    // builds it on first show (views/deferredview.h).
    static constexpr const char* kTitle = QT_TRANSLATE_NOOP("tandem::TipsView", "Tips");
    static constexpr const char* kIcon = ":/icons/tips.svg";
    static constexpr const char* kObjectName = "tipsView";

    explicit TipsView(QWidget* parent = nullptr);

    // The list; reading it loads the tips when the view has not been shown yet.
    TipListModel* model();
    QComboBox* filter() const { return m_filter; }
    // Triage of the selected tip.
    bool setStatus(const QString& status);
    bool linkCurrent();
    bool unlinkCurrent();

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
    void updateTriage();
    void updateCount();

    TipListModel* m_model;
    RecordForm* m_form;
    QComboBox* m_filter;
    QLabel* m_count;
    AttachmentsPanel* m_files = nullptr;
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
};

} // namespace tandem
