#pragma once

#include "sync/conflicts.h"
#include "util/result.h"

#include <QString>
#include <QUuid>

namespace tandem {

class Document;

// Resolves a merge conflict (core/sync/conflicts.h) as an undoable edit of `document`:
//
//   Keep            redo marks the conflict resolved; undo reopens it
//   TakeOther       redo writes the other value (or restores the deleted record) with a fresh
//                   version, so it travels with the next export; undo writes back the value the
//                   field had before (or deletes the restored record again) and reopens the
//                   conflict
//
// Each undo and redo is one transaction, and announces "merge_conflict" through Store::changed()
// so that conflict lists refresh (the conflict list is not an entity; nothing else listens for it).
Result<void> resolveConflict(Document& document, const QUuid& conflictId, Resolution resolution,
                             const QString& description);

} // namespace tandem
