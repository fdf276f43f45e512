#pragma once

#include "store/row.h"

#include <QVariantMap>

namespace tandem::distributionvalue {

// A form shows where a record goes (its "sharing" level and, for a group, its "sharing_group":
// store/sharing.h) as one choice: the level's token, or "group:" and the group's id. These turn a
// row into that choice and the choice into the values a write sets.
QVariant shown(const Row& row);
QVariant shown(const QString& level, const QVariant& group);
QVariantMap toWrite(const QVariant& shown);

} // namespace tandem::distributionvalue
