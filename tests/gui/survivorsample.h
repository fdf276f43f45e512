#pragma once

#include "store/store.h"

#include <QList>
#include <QUuid>

namespace tandem::test {

// What fillSurvivorSample() wrote.
struct SurvivorSample {
    QUuid operation;      // "Operation Quiet Lantern": every other survivor
    QUuid otherOperation; // "Operation Amber Weir": the rest
    QUuid agency;         // a shelter, for consents
    QList<QUuid> survivors; // with T0 set and a checklist from the default protocols
    QUuid withoutT0;        // recorded, T0 not set yet
    // A made-up marker in an identity row: it must never appear unless the panel is revealed.
    QString identityMarker;
};

// The default protocols, two operations, `count` survivors rescued 2, 7, 12, ... hours before
// `nowMillis` (so some steps are overdue and some due within a day; survivor 0 is the most
// recent), one survivor without T0, an identity for survivor 0 and a consent for it. Written
// through the store's write path and core's domain functions.
Result<SurvivorSample> fillSurvivorSample(Store& store, int count, qint64 nowMillis);

} // namespace tandem::test
