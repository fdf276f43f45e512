#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QUuid>
#include <QVariant>

#include <vector>

namespace tandem {

class Store;

// A value that lost a concurrent edit in a merge (DESIGN.md §3), for people to review. The merge
// has already converged on the kept value; resolving is an ordinary edit that travels onwards.
struct Conflict {
    QUuid id;
    QString entity;
    QUuid rowId;
    QString field;    // a field name; "*" when a delete met an edit; the owner's field (e.g.
                      // "operation") when the row was added under an owner deleted meanwhile
    QString kind;     // "edit" or "delete"
    QVariant kept;    // the value in the database now (null for a deleted row); for a row added
                      // under a deleted owner, a map of the owner's fields as they were, when known
    QVariant other;   // the value that lost; for a delete, a map of the lost row's fields
    QString keptBy;   // office whose version won
    QString otherBy;  // office whose version lost
    QDateTime keptAt; // when each version was written (its clock)
    QDateTime otherAt;
    QDateTime mergedAt;
    QDateTime resolvedAt;
    QString resolution; // "", "kept" or "took_other"

    // A row added under an owner that another office deleted meanwhile (it is live, its owner is
    // not): keeping the winner deletes the row too, taking the other restores its owner.
    bool isOrphan() const { return kind == QLatin1String("delete") && field != QLatin1String("*"); }
};

// Open conflicts first (newest merge first), then resolved ones when asked for.
Result<std::vector<Conflict>> conflicts(const Store& store, bool includeResolved = false);

enum class Resolution { KeepWinner, TakeOther };

// Keeps the winner (marks the conflict resolved) or takes the other value: an update of the field
// (or a restore of a deleted row from its lost snapshot), which gets a fresh version and reaches
// partners with the next export. For a row added under a deleted owner, keeping the winner deletes
// the row as its owner was, and taking the other restores the owner as it was. A row withdrawn by
// the office that stopped sharing it cannot be restored. One transaction.
Result<void> resolveConflict(Store& store, const QUuid& conflictId, Resolution resolution);

// Puts a resolved conflict back on the list to review (no resolution, no resolution time): what
// undoing a resolution does. The values in the record are not touched; an undo that took the
// other value writes the kept one back itself. Refuses a conflict that is open.
Result<void> reopenConflict(Store& store, const QUuid& conflictId);

} // namespace tandem
