#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QUuid>
#include <QVariant>

#include <vector>

namespace tandem {

class Store;

// One line of the operations list: the operation, its lead agency's name and how many targets
// and survivors it has. `sortValue` is the value SQL orders by (see OperationListQuery).
struct OperationListRow {
    QUuid id;
    QString codeName;
    QString status;          // token
    QString traffickingType; // token, empty when not set
    QString leadAgency;      // name, empty when none or deleted
    QDateTime starts;        // UTC, invalid when not set
    qint64 targets = 0;
    qint64 survivors = 0;
    QVariant sortValue;
};

// The SQL behind the operations list, over the documented tables: pages in a chosen order by
// keyset pagination (each page starts after the last row of the one before, by sort value and
// id), the rows of given operations, and the count. Tombstoned operations are never returned.
// Empty values sort last in either direction; the id makes the order total.
class OperationListQuery {
public:
    enum Column { CodeName, Status, TraffickingType, LeadAgency, Starts, Targets, Survivors, ColumnCount };

    OperationListQuery(const Store& store, int sortColumn, Qt::SortOrder order);

    Result<qint64> count() const;
    // `limit` rows in order, from the first, or from the row after `after`.
    Result<std::vector<OperationListRow>> page(const OperationListRow* after, int limit) const;
    // The rows of these operations, in no particular order; deleted ones are left out.
    Result<std::vector<OperationListRow>> rows(const QList<QUuid>& ids) const;

private:
    // The SQL expression the sort column orders by, over `o` (and `a` for the lead agency).
    QString sortExpression(QString* collate) const;

    const Store& m_store;
    int m_sortColumn;
    Qt::SortOrder m_sortOrder;
};

} // namespace tandem
