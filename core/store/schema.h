#pragma once

#include "registry.h"
#include "util/result.h"

#include <QStringList>

namespace tandem::schema {

// "TNDM": PRAGMA application_id of every Tandem file, so that other SQLite files are recognised.
constexpr int kApplicationId = 0x544E444D;

// The latest schema version this build knows (PRAGMA user_version of a fully migrated file).
int currentVersion();

// The statements that take a database from version `version - 1` to `version`: tables and columns
// the registry declares with that `since`, then the step's own statements. Applied in order, one
// transaction per step, by the Store.
QStringList migrationStep(int version);

// SQL column type of a field.
QString columnType(const FieldDef& field);

// Full CREATE TABLE for an entity as of `version` (used by migrations and for bundle payloads).
QString createTable(const EntityDef& entity, int version, const QString& tableName = {});

// The zero version: what a version column holds for a field never written (sorts lowest).
QString zeroVersionLiteral();

} // namespace tandem::schema
