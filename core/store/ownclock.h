#pragma once

#include "util/result.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace tandem {

class Store;

// This office's own versions are normally all here: a version stamped with this site that is
// newer than the one a row holds was never made by this office, and a merge refuses it. Two
// things take versions of ours away on purpose, and record which stretch of our clock they took:
// restoring a backup (the versions made between the backup and the restore) and repairing a clock
// that ran ahead (the versions renewed). Partners that hold such versions may send them back.
struct ClockRange {
    std::uint64_t after = 0; // exclusive
    std::uint64_t upTo = 0;  // inclusive
};

Result<std::vector<ClockRange>> lostOwnClock(const Store& store);
// Adds a range (inside the caller's transaction).
Result<void> addLostOwnClock(Store& store, const ClockRange& range);

// SQL: the version `version` (an expression) carries a clock inside one of `ranges`.
QString inLostClockSql(const std::vector<ClockRange>& ranges, const QString& version);

} // namespace tandem
