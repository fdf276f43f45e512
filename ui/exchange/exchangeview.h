#pragma once

#include "views/view.h"

#include "sync/codeclashes.h"
#include "sync/conflicts.h"

class QAction;
class QLabel;
class QSplitter;
class QTableView;

namespace tandem {

class Actions;
class ConflictModel;
class ConflictPane;
class Document;
class PartnerModel;

// Exchange with partner offices: the trusted partners and where the exchange with each stands,
// the menu's exchange actions as buttons, and the conflicts left by merges to review, each with
// both values and the choice to keep the value or take the other one (undoable edits).
class ExchangeView : public View {
    Q_OBJECT

public:
    ExchangeView(Actions* actions, QWidget* parent = nullptr);

    QString navigationText() const override;
    void setDocument(Document* document) override;
    void saveLayout(QSettings& settings) const override;
    void restoreLayout(const QSettings& settings) override;
    void takeFocus() override;

    // Rereads the partners and conflicts (after a trust, an export or a merge, which change
    // local tables the Store does not announce).
    void refresh();
    PartnerModel* partnerModel() const { return m_partners; }
    ConflictModel* conflictModel() const { return m_conflicts; }
    // Selects the conflict; false when it is not open.
    bool selectConflict(const QUuid& id);
    // Revoking the selected partner's trust (a button, the table's context menu, Delete).
    QAction* untrustAction() const { return m_untrust; }

Q_SIGNALS:
    // The user asked to revoke the trust of the partner `site` (the controller asks to confirm).
    void untrustRequested(const QByteArray& site);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void resolveCurrent(Resolution resolution);
    // Two survivors sharing a code: the next code of this office for `side`, as an undoable edit.
    void giveNewCode(const CodeClashSide& side);
    void currentConflictChanged();
    void updateCounts();
    void updatePartnerActions();

    Document* m_document = nullptr;
    PartnerModel* m_partners;
    ConflictModel* m_conflicts;
    QTableView* m_partnerTable;
    QTableView* m_conflictTable;
    QAction* m_untrust;
    QLabel* m_partnersEmpty;
    QLabel* m_conflictCount;
    ConflictPane* m_pane;
    QSplitter* m_splitter;
    bool m_columnsRestored = false;
    bool m_laidOut = false;
    int m_keptRow = -1; // the selected row across a reload: the next conflict moves up into it
};

} // namespace tandem
