#pragma once

#include "store/registry.h"
#include "util/result.h"

#include <QStringList>

// The payload inside a bundle is an SQLite database: a `manifest` table (key, value), `vv` (the
// sender's version vector: site, hlc), `acks` (site, seq: how far the sender has merged each
// partner's rows) and one table per entity with the same columns and versions as the store's.
namespace tandem {
class Store;
}

namespace tandem::payload {

constexpr int kFormat = 1;

// The store columns a payload table carries, in order: id, fields, version columns, deleted,
// deleted_v (local_seq stays home).
QStringList columns(const EntityDef& e);

// Statements creating an empty payload in the database attached as `schema`.
QStringList createStatements(const QString& schema);

// Checks that the payload attached as `schema` has exactly the tables and columns a payload of
// this Tandem has (the schema of `schemaVersion`, which may be older than ours: then columns
// added since may be missing). Returns, per entity, the columns present.
Result<QHash<QString, QStringList>> validate(const Store& store, const QString& schema,
                                             int schemaVersion, const QString& bundlePath);

} // namespace tandem::payload
