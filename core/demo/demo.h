#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QMap>
#include <QString>

#include <functional>

namespace tandem {
class Store;
}

// The deterministic demo generator: a plausible task force of invented agencies, operations,
// targets, assignments, timeline tasks, notes, survivors (with separate identity rows), their
// checklists from the default protocols, and a service directory. Only invented names, places and
// phone numbers. The same options give the same data (names, counts, times, ids) in any database.
namespace tandem::demo {

struct Options {
    int operations = 200;
    quint64 seed = 1;
    // Times are laid out around this instant (operations in the months before it, a few after,
    // survivors' checklists partly overdue at it). Default: the start of the current UTC day.
    QDateTime anchor;
};

struct Stats {
    qint64 rows = 0;                 // rows written, all entities
    QMap<QString, qint64> perEntity; // entity name -> rows written
    qint64 updates = 0;              // later changes to rows already written (checklist progress)
    qint64 milliseconds = 0;         // wall time of the generation
};

// Called now and then with work done and work in all (operations); return false to cancel, which
// rolls everything back.
using Progress = std::function<bool(int done, int total)>;

// Writes the demo into `store` through the store's write path, in one transaction: on any error
// or cancel the database is left as it was.
Result<Stats> generate(Store& store, const Options& options, const Progress& progress = {});

} // namespace tandem::demo
