#pragma once

#include "registry.h"

#include <QString>

namespace tandem {

// An SQL condition, over the table `alias` of entity `e`, that holds when the row may be seen by
// partner offices (DESIGN.md §3, Sharing): its own level is "partners" and so is its owner's, up
// the chain. Survivor identities never qualify here; their consent rule is the exporter's.
QString sharedCondition(const EntityDef& e, const QString& alias);

} // namespace tandem
