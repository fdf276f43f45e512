#pragma once

#include "registry.h"

#include <QString>

namespace tandem {

// An SQL condition, over the table `alias` of entity `e`, that holds when the row may be seen by
// partner offices (DESIGN.md §3, Sharing): its own level is "partners" and so is its owner's, up
// the chain. Survivor identities never qualify here; their consent rule is the exporter's.
QString sharedCondition(const EntityDef& e, const QString& alias);

// Whether the row takes part in the exchange at all: sharedCondition(), except that a survivor's
// identity counts as its survivor does (consent decides who receives it, not whether it travels).
// A row that does not is kept here only; partners hold at most a withdrawal of it.
QString exchangedCondition(const EntityDef& e, const QString& alias);

// A live row this office keeps to itself: its own sharing is "office", or it belongs to such a
// row. Partners' changes never merge into it (DESIGN.md §3, un-sharing).
QString privateCondition(const EntityDef& e, const QString& alias);

// The entity that owns rows of `e` (its parent's table), or nullptr.
const EntityDef* ownerOf(const EntityDef& e);

} // namespace tandem
