#pragma once

#include "erasure.h"
#include "util/result.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

#include <optional>
#include <vector>

namespace tandem {

class Store;

// How long an office keeps survivors' identities once their case is over (DESIGN.md §8, issue 18).
// A period in months, per office (kept in the file, local; none by default: nothing is due). An
// identity is due for erasure when its survivor's operation closed longer ago than the period,
// no consent of the survivor is active, and no step of the survivor's checklist is open. Today
// lists them; Edit > Preferences sets the period; `tandem-cli retention` lists or erases them.
namespace retention {

constexpr int kMaxMonths = 1200;

// The period in months; none when the office keeps identities until someone erases them.
Result<std::optional<int>> period(const Store& store);

// Why `months` is not a period (empty when it is): a whole number of months, 1 to 1200.
QString periodProblem(int months);

// Sets the period (a lead's choice: it is the office's policy; audited). None: no period.
Result<void> setPeriod(Store& store, std::optional<int> months);

struct Due {
    QUuid survivor;
    QString code;
    QString operation;  // its code name
    QDateTime closedAt; // when the operation was closed (UTC)
    QDateTime dueAt;    // when the period after it ended (UTC)
};

// The identities due for erasure at `now`, oldest closing first; empty when no period is set.
Result<std::vector<Due>> due(const Store& store, const QDateTime& now);

// Erases every identity due at `now` (erasure::eraseIdentity, kind "retention"), with the period
// as the reason; the receipts of those erased. Stops at the first that cannot be erased.
Result<std::vector<erasure::Receipt>> apply(Store& store, const QDateTime& now);

} // namespace retention
} // namespace tandem
