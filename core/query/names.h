#pragma once

#include "util/result.h"

#include <QHash>
#include <QString>
#include <QUuid>

#include <optional>

namespace tandem {

class Store;

// The names records are shown by elsewhere: agencies by their name, an office by its name, an
// operation by its code name. Plain reads over the documented tables.

// The name of every live agency, by id.
Result<QHash<QUuid, QString>> agencyNames(const Store& store);

// The name of one office, agency or operation, live or tombstoned; nullopt when the record is not
// in this file (never received from its office). `entity` is "office", "agency" or "operation".
struct RecordName {
    QString name;
    bool deleted = false;
};
Result<std::optional<RecordName>> recordName(const Store& store, const QString& entity, const QUuid& id);

// How many live (not deleted) records the entity has.
Result<qint64> liveCount(const Store& store, const QString& entity);

} // namespace tandem
