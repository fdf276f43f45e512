#pragma once

#include "store/registry.h"
#include "util/result.h"

#include <QString>

#include <vector>

namespace tandem {

class Store;

// Where an office's new records go unless their writer says (DESIGN.md §8): per kind of record,
// one of this office only, the partners, the whole network. Kept in the file (local, never
// shared), so that the window and the command line make new records alike; Edit > Preferences
// sets them. A group is chosen per record, never as a default.
namespace sharingdefaults {

// The kinds of record whose default an office chooses: those with a sharing level of their own
// that are not parts of another record (a target goes where its operation goes).
std::vector<const EntityDef*> entities();

// The level new records of `e` get here.
Result<QString> level(const Store& store, const EntityDef& e);

// Sets it (a lead's choice: it is the office's policy). `level`: office, partners or network.
Result<void> setLevel(Store& store, const EntityDef& e, const QString& level);

} // namespace sharingdefaults
} // namespace tandem
