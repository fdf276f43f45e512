#pragma once

#include "views/listdetailview.h"

#include <QUuid>

class QLabel;
class QPushButton;
class QSplitter;
class QTableView;

namespace tandem {

class Document;
class ProtocolEditor;
class ProtocolListModel;

// The survivor-assistance protocols: every version, in force or retired, with how many survivors
// follow each; the editor of the selected version beside them; New, Import (a protocol file,
// with the file, step and reason when it is malformed), Export, and Retire or Make Active.
class ProtocolsView : public ListDetailView {
    Q_OBJECT

public:
    // Its navigation entry and object name, written once for the view and for the window, which
    // builds it on first show (views/deferredview.h).
    static constexpr const char* kTitle = QT_TRANSLATE_NOOP("tandem::ProtocolsView", "Protocols");
    static constexpr const char* kIcon = ":/icons/protocols.svg";
    static constexpr const char* kObjectName = "protocolsView";

    explicit ProtocolsView(QWidget* parent = nullptr);

    void setDocument(Document* document) override;
    void restoreLayout(const QSettings& settings) override;

    ProtocolListModel* model() const { return m_model; }
    ProtocolEditor* editor() const { return m_editor; }
    QUuid currentProtocol() const;
    bool selectProtocol(const QUuid& id);

    // The actions of the toolbar, for tests and menus; each shows its own errors.
    void newProtocol();
    void importFile();
    void exportFile();
    void toggleRetired();

protected:
    void loadDocument(Document* document) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void currentChanged(const QModelIndex& current, const QModelIndex& previous);
    // Asks what to do with unsaved edits; false when the user cancels.
    bool settleEdits();
    void updateButtons();

    Document* m_document = nullptr;
    ProtocolListModel* m_model;
    QTableView* m_table;
    ProtocolEditor* m_editor;
    QPushButton* m_new;
    QPushButton* m_import;
    QPushButton* m_export;
    QPushButton* m_retire;
    QLabel* m_count;
    QSplitter* m_splitter;
    QUuid m_keptSelection;
    bool m_reverting = false;
};

} // namespace tandem
