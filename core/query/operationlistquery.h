#pragma once

#include "util/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QUuid>
#include <QVariant>

#include <cstdint>
#include <vector>

namespace tandem {

class Store;
namespace search {
class OperationHits;
}

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

// What the operations list shows: operations matching the search text (every word, see
// domain/search.h), a status and a trafficking type (tokens; empty for any), and a start date
// within [from, to] in local time (an unset end is open). An operation without a start time is left
// out as soon as a date is set. `openOnly` leaves out the closed and cancelled ones (what a tip can
// still be linked to).
struct OperationFilter {
    QString text;
    QString status;
    QString traffickingType;
    QDate from;
    QDate to;
    bool openOnly = false;
    bool isEmpty() const;
    bool operator==(const OperationFilter&) const = default;
};

// The SQL behind the operations list, over the documented tables: pages in a chosen order by
// keyset pagination (each page starts after the last row of the one before, by sort value and
// id), the rows of given operations, and the count. Tombstoned operations are never returned.
// Empty values sort last in either direction; the id makes the order total.
class OperationListQuery {
public:
    enum Column { CodeName, Status, TraffickingType, LeadAgency, Starts, Targets, Survivors, ColumnCount };

    // With `hits`, the search words of the filter have been looked up already (see
    // domain/searchhits.h): the statements test membership in that set instead of each searching.
    OperationListQuery(const Store& store, int sortColumn, Qt::SortOrder order, OperationFilter filter = {},
                       const search::OperationHits* hits = nullptr);

    Result<qint64> count() const;
    // `limit` rows in order, from the first, or from the row after `after`.
    Result<std::vector<OperationListRow>> page(const OperationListRow* after, int limit) const;
    // The rows of these operations, in no particular order; deleted ones are left out.
    Result<std::vector<OperationListRow>> rows(const QList<QUuid>& ids) const;

private:
    // The SQL expression the sort column orders by, over `o` (and `a` for the lead agency).
    QString sortExpression(QString* collate) const;
    // The filter as joins after "FROM operation o", a condition, and its values.
    struct Where {
        QString joins;
        QString condition;
        QVariantList binds;
    };
    Where where() const;

    const Store& m_store;
    int m_sortColumn;
    Qt::SortOrder m_sortOrder;
    OperationFilter m_filter;
    const search::OperationHits* m_hits;
};

// The search keys (domain/searchhits.h) of the live operations that are closed or cancelled, in
// ascending order: what a search of the open operations leaves out of the operations found.
Result<std::vector<std::int64_t>> shutOperationKeys(const Store& store);

} // namespace tandem
