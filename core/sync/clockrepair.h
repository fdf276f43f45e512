#pragma once

#include "util/result.h"

#include <QDateTime>

namespace tandem {

class Store;

struct ClockRepair {
    QDateTime aheadUntil; // the latest time the clock had reached (UTC); invalid when nothing was refused
    qint64 rows = 0;      // rows whose versions were renewed
};

// The way back for an office whose computer clock once ran more than a day ahead (DESIGN.md §3,
// Clock): its versions carry times partners refuse (more than a day ahead of their clocks), and
// keep doing so after the clock is set right, because a hybrid logical clock never goes back on
// its own. Once the computer's clock is right again, this renews every version dated later than
// partners take (a day ahead of now, less a margin for partners' clocks) with one version just
// before that limit: later than any version of ours a partner may hold, so no order between this
// office's own edits is lost. Versions of other offices that late (their clocks ran ahead too)
// are taken over as this office's edits of the same values. Each row renewed goes out with the
// next export; the version vector is capped; the clock goes back to the limit; the stretch given
// away is recorded (store/ownclock.h). One transaction, audited. Nothing to do when partners take
// this office's versions as they are. The clock stays at most a day ahead until real time
// catches up, which partners accept.
Result<ClockRepair> repairClock(Store& store);

} // namespace tandem
