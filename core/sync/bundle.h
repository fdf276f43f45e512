#pragma once

#include "crypto/officekeys.h"
#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

// The bundle envelope of DESIGN.md §3 around a payload file:
//
//   "TANDEMX1" | u16 format | u32 header length | header (JSON: sender site and fingerprint,
//   recipients with their sealed file keys, stream header) | chunks (u32 length, ciphertext) of
//   crypto_secretstream_xchacha20poly1305, the last one tagged FINAL | Ed25519ph signature of
//   everything before it.
//
// Reading checks, in this order, before any byte of the payload is trusted: magic and format
// (and that the chunk structure fits the file), that the sender is trusted, the signature, that
// this office is a recipient, and decryption to the FINAL tag.
namespace tandem::bundle {

constexpr int kFormat = 1;

struct Recipient {
    QByteArray site;         // 16 bytes
    QByteArray boxPublicKey; // 32 bytes
};

struct Sender {
    QByteArray site;
    QString fingerprint;
    const OfficeKeys* keys = nullptr;
};

// Progress over bytes: return false to cancel.
using Progress = std::function<bool(qint64 done, qint64 total)>;

// Encrypts the file at `payloadPath` for `recipients` and writes the signed bundle to
// `bundlePath` (through a temporary file renamed at the end: no partial bundle is ever left).
// Returns the bundle's size in bytes.
Result<qint64> seal(const QString& payloadPath, const QString& bundlePath, const Sender& sender,
                    const std::vector<Recipient>& recipients, const Progress& progress = {});

struct Opened {
    QByteArray senderSite;
    QString senderFingerprint;
    QList<QByteArray> recipientSites;
};

// Looks up a trusted office by the fingerprint a bundle names; nothing when not trusted.
using TrustLookup = std::function<std::optional<PublicKeys>(const QString& fingerprint, const QByteArray& site)>;

// Verifies the bundle at `bundlePath` and decrypts its payload to `payloadPath`. Every failure is
// a specific message about the bundle; on failure `payloadPath` does not exist.
Result<Opened> open(const QString& bundlePath, const QString& payloadPath, const QByteArray& ourSite,
                    const OfficeKeys& ourKeys, const TrustLookup& trusted, const Progress& progress = {});

} // namespace tandem::bundle
