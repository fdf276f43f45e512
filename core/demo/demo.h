#pragma once

#include "domain/office.h"
#include "util/result.h"

#include <QDateTime>
#include <QMap>
#include <QString>

#include <functional>

// The deterministic demo generator: a plausible task force of invented agencies, operations,
// targets, assignments, timeline tasks, notes, survivors (with separate identity rows), their
// checklists from the default protocols, and a service directory. Only invented names, places and
// phone numbers. The same options give the same data (names, counts, times, ids) in any database.
namespace tandem::demo {

struct Options {
    int operations = 200;
    quint64 seed = 1;
    // "Now" in the demo's story (to the minute): operations over the history before it and the
    // weeks after it, one under way at it; checklists, tasks and action items as they would be
    // at it. Default: the moment the demo is made. The same options give the same data at the
    // same distance from the anchor (in whole days from the start of its UTC day: operations and
    // meetings keep office hours and dawn raids), so a demo made later is the same demo, later.
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

// The office of a reproducible demo file (`tandem-cli demo DB --now T` making DB): its site id and
// keys are made from the seed, and every version is stamped at the anchor, so that files made
// with the same options (anchor set) dump byte for byte alike. Its keys are as secret as the
// seed: for tests and screenshots, never for real work.
FixedOffice fixedOffice(const Options& options);

} // namespace tandem::demo
