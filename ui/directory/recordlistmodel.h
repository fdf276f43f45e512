#pragma once

#include "records/sortedpagedmodel.h"
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
class RecordListModel : public SortedPagedModel<Row> {
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1 };
    static constexpr int kPageSize = 200;

    RecordListModel(const QString& entity, const QStringList& columns, QObject* parent = nullptr);

    void setStore(Store* store);
    // Records whose directory text contains every word of `text` (all when empty).
    void setSearch(const QString& text);
    QString search() const { return m_search; }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Records of the entity, whatever the search.
    qint64 allCount() const { return m_all; }
    void reload();

private:
    DirectoryQuery query() const;
    int columns() const override { return int(m_columns.size()); }
    Result<qint64> readCount() override;
    Result<std::vector<Row>> readPage(const Row* after, int limit) const override;
    QString readFailedText(const Error& error) const override;
    void storeChanged(const QString& entity);

    const EntityDef* m_entity;
    QStringList m_columns;
    QString m_search;
    qint64 m_all = 0;
};

} // namespace tandem
