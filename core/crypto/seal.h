#pragma once

#include <QByteArray>

#include <optional>

namespace tandem {

class OfficeKeys;

// Identifying details at rest (DESIGN.md §4): sealed to the office's own box public key with
// crypto_box_seal, so that any write (an edit, a merge, an import) can seal without the
// passphrase, while reading needs the office's secret key.
QByteArray sealTo(const QByteArray& plain, const QByteArray& boxPublicKey);
// The plain bytes, or nothing when `sealed` does not open with these keys.
std::optional<QByteArray> openSealed(const QByteArray& sealed, const OfficeKeys& keys);
// The smallest sealed value (an empty plaintext).
int sealedOverhead();

} // namespace tandem
