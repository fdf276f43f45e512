#pragma once

#include "view.h"

#include <QUuid>

class QLabel;
class QSplitter;
class QTableView;

namespace tandem {

class OperationDetail;
class OperationListModel;

// The operations of the open file: a lazily fetched, SQL-sorted table on the left, the selected
// operation's detail on the right. The selection survives model resets (edits, sorting elsewhere).
class OperationsView : public View {
    Q_OBJECT

public:
    explicit OperationsView(QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void setDocument(Document* document) override;
    void saveLayout(QSettings& settings) const override;
    void restoreLayout(const QSettings& settings) override;
    void takeFocus() override;

    OperationListModel* model() const { return m_model; }
    QUuid currentOperation() const;
    // Selects `id` (fetching pages until it is loaded); false when it is not in the list.
    bool selectOperation(const QUuid& id);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void currentChanged();
    void updateCount();
    void fitColumns();

    OperationListModel* m_model;
    QLabel* m_count;
    QTableView* m_table;
    OperationDetail* m_detail;
    QSplitter* m_splitter;
    QUuid m_keptSelection; // across a model reset
    // What restoreLayout() found in the settings; the rest is laid out when first shown.
    bool m_splitterRestored = false;
    bool m_columnsRestored = false;
    bool m_laidOut = false;
};

} // namespace tandem
