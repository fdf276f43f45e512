#pragma once

#include "util/result.h"

#include <QString>
#include <QUuid>

#include <vector>

namespace tandem {

class Store;
struct EntityDef;

namespace query {

// The reads that undoing and redoing the window's changes make.

// The first entity (in the registry's order) with a live row that refers to row `id` of `entity`
// through a reference other than its parent (rows it owns go with it); null when none does.
Result<const EntityDef*> liveReferrer(const Store& store, const QString& entity, const QUuid& id);

// Every version of a protocol family, retired ones included (the rows a change to the family may
// write). A deleted version's tombstone keeps no family, so it is not among them.
Result<std::vector<QUuid>> protocolVersions(const Store& store, const QUuid& family);

} // namespace query
} // namespace tandem
