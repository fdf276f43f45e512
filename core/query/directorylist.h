#pragma once

#include "store/row.h"
#include "util/result.h"

#include <QString>

#include <vector>

namespace tandem {

class Store;
struct EntityDef;

// The SQL behind a directory list (agencies, services): the live records of `entity` whose
// directory text contains every word of `search` (domain/search.h; all of them when empty), in
// pages by keyset pagination ordered by one field (text case aside), empty values last in either
// direction, the id making the order total.
class DirectoryQuery {
public:
    DirectoryQuery(const Store& store, const EntityDef& entity, const QString& sortField, Qt::SortOrder order,
                   const QString& search = {});

    Result<qint64> count() const;
    // `limit` records in order, from the first, or from the one after `after`.
    Result<std::vector<Row>> page(const Row* after, int limit) const;

private:
    struct Where {
        QString from;
        QString where;
        QVariantList binds;
    };
    Where where() const;
    QString sortKey() const;

    const Store& m_store;
    const EntityDef& m_entity;
    QString m_sortField;
    Qt::SortOrder m_sortOrder;
    QString m_search;
};

} // namespace tandem
