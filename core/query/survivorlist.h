#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QString>
#include <QUuid>
#include <QVariant>

#include <vector>

namespace tandem {

class Store;

// One line of the survivors list: the survivor by pseudonymous code (never survivor_identity),
// the code name of its operation, and its checklist progress: steps settled (done, not applicable,
// declined), all steps, and open steps past their due time. `sortValue` is what SQL orders by.
struct SurvivorListRow {
    QUuid id;
    QString code;
    QString operationName; // empty when none or deleted
    QDateTime rescuedAt;   // UTC, invalid when not set
    QString ageBand;       // token
    int settled = 0;
    int total = 0;
    int overdue = 0;
    QVariant sortValue;
};

// The SQL behind the survivors list: live survivors whose code or operation's code name contains
// `search` (case aside for Latin letters; empty for all), in pages by keyset pagination in a
// chosen order, empty values last in either direction, the id making the order total. "Overdue"
// counts at the store's wall clock when the page is read.
class SurvivorListQuery {
public:
    enum Column { Code, Operation, RescuedAt, AgeBand, Progress, Overdue, ColumnCount };

    SurvivorListQuery(const Store& store, int sortColumn, Qt::SortOrder order, QString search = {});

    Result<qint64> count() const;
    // `limit` rows in order, from the first, or from the row after `after`.
    Result<std::vector<SurvivorListRow>> page(const SurvivorListRow* after, int limit) const;

private:
    const Store& m_store;
    int m_sortColumn;
    Qt::SortOrder m_sortOrder;
    QString m_search;
};

} // namespace tandem
