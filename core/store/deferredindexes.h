#pragma once

// Writing a great many rows in one transaction (the demo, issue 19). Each index is kept up to date
// row by row as rows go in; an index whose keys arrive in no order (an agency, a due date, a
// step) costs a search of its B-tree and a scattered page write for every row. Dropped at the
// start and built again at the end, each is made from one sorted pass instead.
//
// Only indexes the write path does not read are deferred: a unique index is a rule checked on
// every write, and the write path looks up survivors by code and a survivor's checklist (kept by
// name in deferredindexes.cpp; dropping either makes every such lookup a scan). Each index comes
// back from its own statement in the file, so exactly as it was. All of it happens inside the
// caller's transaction: when that rolls back, the indexes are back as they were too.

#include "util/result.h"

#include <QString>

#include <utility>
#include <vector>

namespace tandem {

class Store;

class DeferredIndexes {
public:
    // Drops the deferrable indexes of the entities' tables. The store must be in a transaction.
    [[nodiscard]] static Result<DeferredIndexes> drop(Store& store);

    // Builds every dropped index again; call before the transaction commits.
    [[nodiscard]] Result<void> rebuild();

    // The indexes dropped and not yet built again, by name.
    QStringList pending() const;

private:
    explicit DeferredIndexes(Store& store) : m_store(&store) {}
    Store* m_store;
    std::vector<std::pair<QString, QString>> m_dropped; // name, CREATE INDEX statement
};

} // namespace tandem
