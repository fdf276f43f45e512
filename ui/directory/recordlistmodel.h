#pragma once

#include "records/pagedmodel.h"
#include "store/row.h"

#include <QPointer>
#include <QStringList>
#include <QUuid>

#include <vector>

namespace tandem {

class DirectoryQuery;

class Store;
struct EntityDef;

// The live records of a directory entity (agencies, services) as a table of chosen fields, fetched
// lazily a page at a time in an order SQL keeps (keyset pagination: a page starts after the last
// row of the one before, by sort value and id), filtered by search as you type over the directory
// index (domain/search.h). No view loads the whole table. Follows Store::changed() by reading the
// rows loaded so far again.
class RecordListModel : public PagedTableModel<Row> {
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1 };
    static constexpr int kPageSize = 200;

    RecordListModel(const QString& entity, const QStringList& columns, QObject* parent = nullptr);

    void setStore(Store* store);
    Store* store() const { return m_store; }
    // Records whose directory text contains every word of `text` (all when empty).
    void setSearch(const QString& text);
    QString search() const { return m_search; }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // Records of the entity, whatever the search.
    qint64 allCount() const { return m_all; }
    void reload();

private:
    DirectoryQuery query() const;
    bool canRead() const override;
    Result<qint64> readCount() override;
    Result<std::vector<Row>> readPage(const Row* after, int limit) const override;
    QString readFailedText(const Error& error) const override;
    void storeChanged(const QString& entity);

    const EntityDef* m_entity;
    QStringList m_columns;
    QPointer<Store> m_store;
    QString m_search;
    qint64 m_all = 0;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace tandem
