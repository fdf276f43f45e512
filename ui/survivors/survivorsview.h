#pragma once

#include "views/listdetailview.h"

#include <QUuid>

class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QSplitter;
class QTableView;

namespace tandem {

class Document;
class DueWatcher;
class SurvivorDetail;
class SurvivorListModel;

// The survivors of the open file, pseudonymous: a lazily fetched list (most overdue first, with
// each survivor's progress) on the left, the selected survivor on the right (rescue time, the
// checklist, details, the consent ledger and, behind its own button, the identity panel).
class SurvivorsView : public ListDetailView {
    Q_OBJECT

public:
    // Its navigation entry and object name, written once for the view and for the window, which
    // builds it on first show (views/deferredview.h).
    static constexpr const char* kTitle = QT_TRANSLATE_NOOP("tandem::SurvivorsView", "Survivors");
    static constexpr const char* kIcon = ":/icons/survivors.svg";
    static constexpr const char* kObjectName = "survivorsView";

    explicit SurvivorsView(DueWatcher* watcher, QWidget* parent = nullptr);

    void setDocument(Document* document) override;

    SurvivorListModel* model() const { return m_model; }
    SurvivorDetail* detail() const { return m_detail; }
    QUuid currentSurvivor() const;
    // Selects `id` (fetching pages until it is loaded, clearing a search that hides it).
    bool selectSurvivor(const QUuid& id);

protected:
    void loadDocument(Document* document) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void currentChanged(const QModelIndex& current, const QModelIndex& previous);
    void updateCount();
    void addSurvivor();

    Document* m_document = nullptr;
    SurvivorListModel* m_model;
    QLabel* m_count;
    QLineEdit* m_search;
    QPushButton* m_add;
    QTableView* m_table;
    SurvivorDetail* m_detail;
    QSplitter* m_splitter;
    QUuid m_keptSelection;
    bool m_reverting = false;
};

} // namespace tandem
