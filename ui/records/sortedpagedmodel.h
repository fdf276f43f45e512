#pragma once

#include "records/pagedmodel.h"

#include <QPointer>

namespace tandem {

class Store;

// A PagedTableModel over a store, sorted by SQL (operations, survivors, the directories): the store
// it reads (null: no rows), the sort column and order, and sort(), which reads the first page
// again in the new order. The subclass says how many columns there are, points m_store at a store
// (followStore()) and reads its pages in m_sortColumn and m_sortOrder.
template <typename Row>
class SortedPagedModel : public PagedTableModel<Row> {
public:
    Store* store() const { return m_store; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : columns(); }
    // Ignores a column that is not there and the order already shown.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override
    {
        if (column < 0 || column >= columns() || (column == m_sortColumn && order == m_sortOrder))
            return;
        m_sortColumn = column;
        m_sortOrder = order;
        // Back to the first page in the new order: the rows loaded so far are no longer the first.
        readFirstPage();
    }

protected:
    SortedPagedModel(int pageSize, int sortColumn, Qt::SortOrder sortOrder, QObject* parent)
        : PagedTableModel<Row>(pageSize, parent)
        , m_sortColumn(sortColumn)
        , m_sortOrder(sortOrder)
    {
    }

    virtual int columns() const = 0;
    // The first page, read again (after a new order); a model with more to reset says so here.
    virtual void readFirstPage() { this->resetRows(this->pageSize()); }
    bool canRead() const override { return m_store; }

    QPointer<Store> m_store;
    int m_sortColumn;
    Qt::SortOrder m_sortOrder;
};

} // namespace tandem
