#pragma once

#include <QByteArray>
#include <QUuid>

#include <cstdint>

namespace tandem {

// A UUIDv7 (RFC 9562): 48-bit Unix milliseconds, then random bits from libsodium. Ids made later
// sort later, which keeps inserts into the primary-key index cheap.
QUuid makeUuidV7(qint64 unixMillis);

// Same layout, with the random part taken from `random` (for the deterministic demo generator).
QUuid makeUuidV7(qint64 unixMillis, std::uint64_t randomHigh, std::uint64_t randomLow);

// 16 random bytes: the id of a database, carried in every version it makes.
QByteArray makeSiteId();

} // namespace tandem
