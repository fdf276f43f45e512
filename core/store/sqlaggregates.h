#pragma once

// Aggregate SQL functions of the store's connections (registered with its other functions when a
// Store opens, so that a read-only connection on another thread has them too):
//
//   tandem_percentile(value, p)   the p-quantile (0 to 1) of the group's non-null values, by the
//                                 rule of util/percentile.h; NULL for a group without values.
//
// The dashboard's step times use it: one sort per group in C++, where ranking every done step
// with window functions sorted them all.
namespace tandem::sqlaggregates {

// On the SQLite connection `db` (a sqlite3*).
void registerAll(void* db);

} // namespace tandem::sqlaggregates
