#pragma once

#include "records/sortedpagedmodel.h"
#include "query/operationlistquery.h"
#include "store/store.h"

#include <QPointer>
#include <QUuid>

#include <memory>
#include <vector>

namespace tandem {
namespace search {
class OperationHits;
}

// The operations of a store as a table, fetched lazily: rowCount() starts at one page and grows by
// a page with each fetchMore() (keyset pagination, see OperationListQuery), so that a view over
// 10,000 operations reads only what it shows. Sorting is done by SQL, never by loading everything.
// Tombstoned operations are left out. The model follows Store::changed(): an edit of loaded
// operations that leaves their order alone updates those rows; anything else (new or deleted
// operations, a new order, changed targets, survivors or agencies) reads the rows loaded so far
// again, in a model reset. With a filter, only the operations that pass it are there, and an edit
// that makes one pass or fail it brings it in or takes it out.
class OperationListModel : public SortedPagedModel<OperationListRow> {
    Q_OBJECT

public:
    enum Column {
        CodeName = OperationListQuery::CodeName,
        Status = OperationListQuery::Status,
        TraffickingType = OperationListQuery::TraffickingType,
        LeadAgency = OperationListQuery::LeadAgency,
        Starts = OperationListQuery::Starts,
        Targets = OperationListQuery::Targets,
        Survivors = OperationListQuery::Survivors,
        ColumnCount = OperationListQuery::ColumnCount,
    };
    enum Role { IdRole = Qt::UserRole + 1 };
    static constexpr int kPageSize = 80;

    explicit OperationListModel(QObject* parent = nullptr);
    ~OperationListModel() override;

    // The store to show, or null for none. The model does not own it.
    void setStore(Store* store);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Shows only the operations that pass `filter` (search as you type, status, type, dates).
    void setFilter(const OperationFilter& filter);
    const OperationFilter& filter() const { return m_filter; }

    // All operations that are not deleted, whatever the filter.
    qint64 allCount() const { return m_all; }
    // Fetches pages until `id` is loaded; returns its row, or -1 when it is not in the list.
    int fetchUntil(const QUuid& id);
    // Reads the loaded rows (at least a page) again, in a model reset.
    void reload();

private:
    OperationListQuery query() const
    {
        return OperationListQuery(*m_store, m_sortColumn, m_sortOrder, m_filter, m_hits.get());
    }
    // Looks the filter's words up again (at every load: the index follows the store).
    void findHits();
    void countAll();
    int columns() const override { return ColumnCount; }
    Result<qint64> readCount() override;
    Result<std::vector<OperationListRow>> readPage(const OperationListRow* after, int limit) const override;
    QString readFailedText(const Error& error) const override;
    void storeChanged(const QString& entity, const QList<QUuid>& ids);
    void operationsChanged(const QList<QUuid>& ids);
    void fail(const Error& error);

    qint64 m_all = 0;
    OperationFilter m_filter;
    std::unique_ptr<search::OperationHits> m_hits; // the words of m_filter found, on m_store's connection
};

} // namespace tandem
