#pragma once

#include <QByteArray>

#include <optional>

namespace tandem {

class OfficeKeys;
class SecretBytes;

// Identifying details at rest (DESIGN.md §4, §7): sealed to the office's identity public key with
// crypto_box_seal, so that any write (an edit, a merge, an import) can seal without a
// passphrase, while reading needs the identity secret key, which only the key slots of people who
// may read identities hold.
QByteArray sealTo(const QByteArray& plain, const QByteArray& boxPublicKey);
// The plain bytes, or nothing when `sealed` does not open with these keys.
// Nothing as well when `keys` hold no identity secret (the person may not read identities).
std::optional<QByteArray> openSealed(const QByteArray& sealed, const OfficeKeys& keys);
// The same with a given X25519 key pair (re-sealing a file from before people).
std::optional<QByteArray> openSealedWith(const QByteArray& sealed, const QByteArray& publicKey, const SecretBytes& secret);
// The smallest sealed value (an empty plaintext).
int sealedOverhead();

} // namespace tandem
