#pragma once

#include "crypto/officekeys.h"
#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <QByteArrayView>

#include <functional>
#include <memory>
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

// The largest payload a bundle may carry, decrypted, and the largest bundle file read: a bundle
// is opened in memory (below), and anything larger is refused before it is decrypted.
constexpr qint64 kMaxPayloadSize = qint64(2) << 30;
constexpr qint64 kMaxBundleSize = qint64(2) << 30;

// A decrypted payload. It lives in memory only, never in a file (a kill must not leave survivors'
// details in plaintext anywhere on the disk), and its bytes are wiped when it is destroyed.
class Plaintext {
public:
    // Room for `capacity` bytes; isValid() is false when there was no memory for it.
    explicit Plaintext(qint64 capacity);
    ~Plaintext();
    Plaintext(const Plaintext&) = delete;
    Plaintext& operator=(const Plaintext&) = delete;

    bool isValid() const { return m_data != nullptr; }
    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    qint64 size() const { return m_size; }
    qint64 capacity() const { return m_capacity; }
    // Appends `bytes`; false when they do not fit.
    bool append(QByteArrayView bytes);
    // Takes the first `size` bytes as filled (a caller wrote them through data()); false when
    // beyond the capacity.
    bool setSize(qint64 size);

private:
    unsigned char* m_data = nullptr;
    qint64 m_size = 0;
    qint64 m_capacity = 0;
};

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

// What a bundle carries after its payload (issue 21): the parts of attached files, each written
// and read one at a time, so that neither an export nor a merge holds a bundle's files in memory.
// In the stream they follow the payload's blocks as records: identifying (1 byte), name (64 ASCII
// hex digits), size (u32 big-endian), bytes; the header says how many blocks the payload takes
// ("payload_blocks"; absent: all of them).
struct Record {
    QString name;
    bool identifying = false;
    QByteArray data;
};
constexpr qint64 kMaxRecordData = qint64(1) << 20;
// The next record to seal, or nothing when there are no more.
using RecordSource = std::function<Result<std::optional<Record>>()>;

// Takes the record at the start of `buffer` (the decrypted bytes after a payload) out of it.
// Nothing, with `needed` set to how many bytes the buffer must hold first, when it is not whole
// yet; an error for a record no seal() writes (a flag other than 0 or 1, a name that is not 64
// lower-case hex digits, a size above kMaxRecordData).
Result<std::optional<Record>> takeRecord(QByteArray& buffer, qint64* needed);

// The records of an opened bundle, decrypted as they are read: the signature and the payload were
// checked when the bundle was opened; each record is checked by the stream's authentication as it
// is decrypted, and the stream must end with its final block right after the last record.
class RecordReader {
public:
    virtual ~RecordReader() = default;
    // The next record, or nothing after the last; an error for a damaged or truncated stream.
    virtual Result<std::optional<Record>> next() = 0;
};

// Encrypts `payload` for `recipients` and writes the signed bundle to `bundlePath`, whole or not
// at all (SafeFile: a temporary file renamed at the end, readable by this user only; no partial
// bundle is ever left, and a full disk is an error). Returns the bundle's size in bytes.
Result<qint64> seal(QByteArrayView payload, const QString& bundlePath, const Sender& sender,
                    const std::vector<Recipient>& recipients, const Progress& progress = {},
                    const RecordSource& records = {});
// The same with the payload read from the file at `payloadPath` (tests and tools; Tandem itself
// never has a payload in a file).
Result<qint64> seal(const QString& payloadPath, const QString& bundlePath, const Sender& sender,
                    const std::vector<Recipient>& recipients, const Progress& progress = {});

struct Opened {
    QByteArray senderSite;
    QString senderFingerprint;
    QList<QByteArray> recipientSites;
    std::unique_ptr<Plaintext> payload; // the decrypted payload, in memory
    std::unique_ptr<RecordReader> records; // what follows the payload; null when nothing does
};

// Looks up a trusted office by the fingerprint a bundle names; nothing when not trusted.
using TrustLookup = std::function<std::optional<PublicKeys>(const QString& fingerprint, const QByteArray& site)>;

// Verifies the bundle at `bundlePath` and decrypts its payload into memory (Opened::payload).
// Every failure is a specific message about the bundle. A bundle larger than kMaxBundleSize, or
// whose payload could be larger than kMaxPayloadSize, is refused before anything is decrypted.
Result<Opened> open(const QString& bundlePath, const QByteArray& ourSite, const OfficeKeys& ourKeys,
                    const TrustLookup& trusted, const Progress& progress = {});
// The same for a reader known by several ids (a seat of an office: its own site and its office's
// id, sync/seats.h): the bundle is for it when it names any of them.
Result<Opened> open(const QString& bundlePath, const QList<QByteArray>& ours, const OfficeKeys& ourKeys,
                    const TrustLookup& trusted, const Progress& progress = {});
// The same, writing the decrypted payload to the file `payloadPath` (tests and tools, which look
// inside a payload; Tandem itself never writes one to the disk). On failure `payloadPath` does
// not exist.
Result<Opened> open(const QString& bundlePath, const QString& payloadPath, const QByteArray& ourSite,
                    const OfficeKeys& ourKeys, const TrustLookup& trusted, const Progress& progress = {});

} // namespace tandem::bundle
