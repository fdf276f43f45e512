#pragma once

#include "store/store.h"

#include <QList>
#include <QUuid>

namespace tandem::test {

// What fillSample() wrote, for tests to look things up.
struct Sample {
    QList<QUuid> agencies;
    QList<QUuid> operations;
    // One operation with two targets, three assignments and two survivors with identities.
    QUuid richOperation;
    QStringList richTargetLabels;
    QStringList richSurvivorCodes;
    // Identity names of the rich operation's survivors: they must never appear in the window.
    QStringList identityNames;
};

// Writes `operations` invented operations (the first one is `richOperation`), each with up to
// three targets and up to four agency assignments, through Store::insert in one transaction.
// Deterministic for a seed. Only invented names, places and codes.
Result<Sample> fillSample(Store& store, int operations, quint64 seed = 1);

} // namespace tandem::test
