#pragma once

#include "store/row.h"
#include "util/result.h"

#include <QString>
#include <QUuid>

#include <vector>

namespace tandem {

class Store;

// The live records of `entity` whose `parentField` is `parent` (an operation's targets, a
// meeting's action items...), a few dozen at most, in the order `orderBy` gives ("at DESC":
// columns of the entity, as Store::select takes them; empty for none), then by id.
Result<std::vector<Row>> childRecords(const Store& store, const QString& entity, const QString& parentField,
                                      const QUuid& parent, const QString& orderBy = {});

} // namespace tandem
