#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

#include <optional>

namespace tandem {

class Store;

namespace query {

// The head of a survivor's detail pane: the pseudonymous record only (never survivor_identity).
struct SurvivorHeader {
    QString code;
    QDateTime t0; // when recovered (UTC); invalid while not set
    QString ageBand; // token
    bool minor = false;
    QString gender;  // token
    QString nationality;
    std::optional<QString> operation; // its code name; nullopt when none or deleted
};
// Nullopt when the survivor's record is deleted (or was never there).
Result<std::optional<SurvivorHeader>> survivorHeader(const Store& store, const QUuid& survivor);

} // namespace query
} // namespace tandem
