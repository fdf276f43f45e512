#include "records/pagedmodel.h"

namespace tandem {

PagedModel::PagedModel(int pageSize, QObject* parent) : QAbstractTableModel(parent), m_pageSize(pageSize) {}

bool PagedModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_changing && !m_stopped && canRead() && loadedRows() < m_total;
}

void PagedModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    Result<int> added = 0;
    {
        const QScopedValueRollback<bool> changing(m_changing, true);
        added = appendPage(m_pageSize);
    }
    if (!added) {
        m_stopped = true; // not again and again from every scroll
        Q_EMIT readFailed(readFailedText(added.error()));
        return;
    }
    if (*added < m_pageSize && loadedRows() < m_total) {
        // Fewer rows than counted: the list ends here.
        m_total = loadedRows();
        Q_EMIT totalCountChanged(m_total);
    }
}

} // namespace tandem
