#pragma once

#include "crypto/officekeys.h"
#include "util/result.h"

namespace tandem {

class Store;

// This office's keys as kept in the database: public halves in the clear (also on the office's
// own row, which partners receive), secret halves wrapped with the passphrase. Local metadata;
// nothing here ever leaves the file except the public halves.
bool hasOfficeKeys(const Store& store);
// Makes this office's key pairs and wraps them with `passphrase`. Refuses when keys exist.
Result<PublicKeys> createOfficeKeys(Store& store, const QString& passphrase,
                                    KdfCost cost = KdfCost::Interactive);
// The same with key pairs made beforehand (OfficeKeys::fromSeed for a reproducible demo file).
Result<PublicKeys> createOfficeKeys(Store& store, const OfficeKeys& keys, const QString& passphrase,
                                    KdfCost cost = KdfCost::Interactive);
Result<PublicKeys> officePublicKeys(const Store& store);
// The secrets, for signing or opening bundles. "wrong passphrase" when it does not fit.
Result<OfficeKeys> unlockOfficeKeys(const Store& store, const QString& passphrase);
// Re-wraps the same keys with a new passphrase; no other data changes.
Result<void> changePassphrase(Store& store, const QString& oldPassphrase, const QString& newPassphrase);

} // namespace tandem
