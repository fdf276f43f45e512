#include "bundle.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>
#include <QtEndian>

#include "util/safefile.h"

#include <sodium.h>

#include <atomic>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <thread>
#include <vector>

namespace tandem::bundle {
namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(tandem::bundle)
};

const QByteArray kMagic = QByteArrayLiteral("TANDEMX1");
constexpr qint64 kChunk = 64 * 1024;
// zlib's worst case for incompressible input, plus qCompress's 4-byte length prefix.
constexpr qint64 kMaxCompressedChunk = kChunk + kChunk / 1000 + 64;
constexpr qint64 kMaxHeader = 1 << 20;
constexpr qint64 kSignatureSize = crypto_sign_BYTES;
constexpr qint64 kPrefixSize = 8 + 2 + 4;

QByteArray be16(quint16 v)
{
    QByteArray b(2, Qt::Uninitialized);
    qToBigEndian(v, b.data());
    return b;
}

QByteArray be32(quint32 v)
{
    QByteArray b(4, Qt::Uninitialized);
    qToBigEndian(v, b.data());
    return b;
}

QString siteText(const QByteArray& site)
{
    return QUuid::fromRfc4122(site).toString(QUuid::WithoutBraces);
}

const unsigned char* u(const QByteArray& b)
{
    return reinterpret_cast<const unsigned char*>(b.constData());
}

unsigned char* u(QByteArray& b)
{
    return reinterpret_cast<unsigned char*>(b.data());
}

// The parsed frame of a bundle file: where its parts are, before anything is verified.
struct Frame {
    qint64 size = 0;
    QJsonObject header;
    qint64 chunksStart = 0;
    qint64 signatureStart = 0;
    QList<QPair<qint64, qint64>> chunks; // offset of ciphertext, length
};

Result<Frame> readFrame(QFile& file, const QString& path)
{
    Frame f;
    f.size = file.size();
    if (f.size > kMaxBundleSize)
        return makeError(Texts::tr("bundle is larger than Tandem reads (%1 GiB at most)").arg(kMaxBundleSize >> 30), path);
    const QByteArray prefix = file.read(kPrefixSize);
    if (prefix.size() < 8 || !prefix.startsWith(kMagic))
        return makeError(Texts::tr("not a Tandem bundle"), path);
    if (prefix.size() < kPrefixSize)
        return makeError(Texts::tr("bundle is truncated"), path);
    const quint16 format = qFromBigEndian<quint16>(prefix.constData() + 8);
    if (format != kFormat)
        return makeError(Texts::tr("bundle format %1 is not known to this version of Tandem (it reads format %2)")
                             .arg(format)
                             .arg(kFormat),
                         path);
    const qint64 headerSize = qFromBigEndian<quint32>(prefix.constData() + 10);
    if (headerSize > kMaxHeader)
        return makeError(Texts::tr("bundle is damaged: its header is too large"), path);
    if (kPrefixSize + headerSize + kSignatureSize > f.size)
        return makeError(Texts::tr("bundle is truncated"), path);
    QJsonParseError error;
    const QJsonDocument header = QJsonDocument::fromJson(file.read(headerSize), &error);
    if (error.error != QJsonParseError::NoError || !header.isObject())
        return makeError(Texts::tr("bundle is damaged: its header is not readable"), path);
    f.header = header.object();
    f.chunksStart = kPrefixSize + headerSize;
    f.signatureStart = f.size - kSignatureSize;

    qint64 at = f.chunksStart;
    while (at < f.signatureStart) {
        if (at + 4 > f.signatureStart)
            return makeError(Texts::tr("bundle is truncated"), path);
        file.seek(at);
        const QByteArray length = file.read(4);
        const qint64 n = qFromBigEndian<quint32>(length.constData());
        if (n < qint64(crypto_secretstream_xchacha20poly1305_ABYTES)
            || n > kMaxCompressedChunk + qint64(crypto_secretstream_xchacha20poly1305_ABYTES))
            return makeError(Texts::tr("bundle is damaged: a block has an impossible length"), path);
        if (at + 4 + n > f.signatureStart)
            return makeError(Texts::tr("bundle is truncated"), path);
        f.chunks.append({at + 4, n});
        at += 4 + n;
    }
    if (f.chunks.isEmpty())
        return makeError(Texts::tr("bundle is truncated"), path);
    if (f.chunks.size() * kChunk > kMaxPayloadSize)
        return makeError(Texts::tr("bundle is larger than Tandem reads (%1 GiB at most)").arg(kMaxPayloadSize >> 30), path);
    return f;
}

// The records after a payload (bundle.h), read from the file block by block and decrypted with the
// stream's state as the payload left it: at most a block and a record in memory at once.
class StreamRecords final : public RecordReader {
public:
    StreamRecords(const QString& path, const crypto_secretstream_xchacha20poly1305_state& state,
                  QList<QPair<qint64, qint64>> blocks)
        : m_path(path), m_state(sizeof state), m_blocks(std::move(blocks))
    {
        std::memcpy(m_state.data(), &state, sizeof state);
    }
    ~StreamRecords() override { sodium_memzero(m_buffer.data(), std::size_t(m_buffer.size())); }

    Result<std::optional<Record>> next() override
    {
        for (;;) {
            qint64 needed = 0;
            Result<std::optional<Record>> r = takeRecord(m_buffer, &needed);
            if (!r)
                return Error{r.error().message, m_path};
            if (*r)
                return r;
            const bool empty = m_buffer.isEmpty();
            if (!fill(needed)) {
                if (m_error)
                    return *m_error;
                if (!empty)
                    return makeError(Texts::tr("bundle is truncated: a part of an attached file is cut short"), m_path);
                return std::optional<Record>();
            }
        }
    }

private:

    // At least `bytes` in the buffer; false at the stream's end (or on an error, in m_error).
    bool fill(qint64 bytes)
    {
        while (m_buffer.size() < bytes) {
            if (m_next == m_blocks.size()) {
                if (!m_final)
                    m_error = makeError(Texts::tr("bundle is truncated"), m_path);
                return false;
            }
            if (m_final) {
                m_error = makeError(Texts::tr("bundle is damaged: data follows its final block"), m_path);
                return false;
            }
            if (!m_file.isOpen()) {
                m_file.setFileName(m_path);
                if (!m_file.open(QIODevice::ReadOnly)) {
                    m_error = makeError(Texts::tr("cannot read the bundle: %1").arg(m_file.errorString()), m_path);
                    return false;
                }
            }
            const auto [offset, length] = m_blocks[m_next++];
            m_file.seek(offset);
            const QByteArray cipher = m_file.read(length);
            QByteArray plain(cipher.size(), Qt::Uninitialized);
            unsigned long long plainSize = 0;
            unsigned char tag = 0;
            auto* state = reinterpret_cast<crypto_secretstream_xchacha20poly1305_state*>(m_state.data());
            if (cipher.size() != length
                || crypto_secretstream_xchacha20poly1305_pull(state, u(plain), &plainSize, &tag, u(cipher),
                                                              std::size_t(cipher.size()), nullptr, 0)
                       != 0) {
                m_error = makeError(Texts::tr("bundle is damaged: a block does not decrypt"), m_path);
                return false;
            }
            m_final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
            plain.truncate(qsizetype(plainSize));
            if (plain.size() < 4 || qFromBigEndian<quint32>(plain.constData()) > quint32(kChunk)) {
                m_error = makeError(Texts::tr("bundle is damaged: a block has an impossible size"), m_path);
                return false;
            }
            const bool empty = qFromBigEndian<quint32>(plain.constData()) == 0;
            QByteArray raw = qUncompress(plain);
            sodium_memzero(plain.data(), std::size_t(plain.size()));
            if (raw.isEmpty() && !empty) {
                m_error = makeError(Texts::tr("bundle is damaged: a block does not decompress"), m_path);
                return false;
            }
            m_buffer += raw;
            sodium_memzero(raw.data(), std::size_t(raw.size()));
        }
        return true;
    }

    QString m_path;
    SecretBytes m_state;
    QList<QPair<qint64, qint64>> m_blocks;
    qsizetype m_next = 0;
    bool m_final = false;
    QFile m_file;
    QByteArray m_buffer;
    std::optional<Error> m_error;
};

} // namespace

Result<std::optional<Record>> takeRecord(QByteArray& buffer, qint64* needed)
{
    constexpr qint64 kHead = 1 + 64 + 4;
    if (buffer.size() < kHead) {
        *needed = kHead;
        return std::optional<Record>();
    }
    const qint64 size = qFromBigEndian<quint32>(buffer.constData() + 65);
    if (size > kMaxRecordData || quint8(buffer.at(0)) > 1)
        return makeError(Texts::tr("bundle is damaged: a part of an attached file has an impossible size"));
    for (qsizetype i = 1; i < 65; ++i) {
        const char c = buffer.at(i);
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return makeError(Texts::tr("bundle is damaged: a part of an attached file has no valid name"));
    }
    if (buffer.size() < kHead + size) {
        *needed = kHead + size;
        return std::optional<Record>();
    }
    Record r;
    r.identifying = buffer.at(0) == 1;
    r.name = QString::fromLatin1(buffer.mid(1, 64));
    r.data = buffer.mid(qsizetype(kHead), qsizetype(size));
    sodium_memzero(buffer.data(), std::size_t(kHead + size));
    buffer.remove(0, qsizetype(kHead + size));
    return std::optional<Record>(std::move(r));
}

Plaintext::Plaintext(qint64 capacity)
{
    // malloc, not sodium_malloc: a payload can be large, and locking it all in memory is not
    // possible; what matters is that it is never written to a file and is wiped after use.
    if (capacity > 0 && capacity <= kMaxPayloadSize)
        m_data = static_cast<unsigned char*>(std::malloc(std::size_t(capacity)));
    m_capacity = m_data ? capacity : 0;
}

Plaintext::~Plaintext()
{
    if (m_data) {
        sodium_memzero(m_data, std::size_t(m_size));
        std::free(m_data);
    }
}

bool Plaintext::append(QByteArrayView bytes)
{
    if (bytes.size() > m_capacity - m_size)
        return false;
    if (!bytes.isEmpty())
        std::memcpy(m_data + m_size, bytes.data(), std::size_t(bytes.size()));
    m_size += bytes.size();
    return true;
}

bool Plaintext::setSize(qint64 size)
{
    if (size < 0 || size > m_capacity)
        return false;
    m_size = size;
    return true;
}

Result<qint64> seal(const QString& payloadPath, const QString& bundlePath, const Sender& sender,
                    const std::vector<Recipient>& recipients, const Progress& progress)
{
    QFile payload(payloadPath);
    if (!payload.open(QIODevice::ReadOnly))
        return makeError(Texts::tr("cannot read the payload: %1").arg(payload.errorString()), payloadPath);
    const QByteArray bytes = payload.readAll();
    return seal(QByteArrayView(bytes), bundlePath, sender, recipients, progress);
}

Result<qint64> seal(QByteArrayView payload, const QString& bundlePath, const Sender& sender,
                    const std::vector<Recipient>& recipients, const Progress& progress, const RecordSource& records)
{
    initSodium();
    // The first record, fetched now: whether the payload's last block is the stream's last.
    std::optional<Record> pending;
    if (records) {
        Result<std::optional<Record>> first = records();
        if (!first)
            return first.error();
        pending = std::move(*first);
    }
    const qint64 payloadBlocks = std::max<qint64>(1, (payload.size() + kChunk - 1) / kChunk);

    SecretBytes fileKey(crypto_secretstream_xchacha20poly1305_KEYBYTES);
    crypto_secretstream_xchacha20poly1305_keygen(fileKey.data());
    crypto_secretstream_xchacha20poly1305_state state;
    QByteArray streamHeader(crypto_secretstream_xchacha20poly1305_HEADERBYTES, Qt::Uninitialized);
    crypto_secretstream_xchacha20poly1305_init_push(&state, u(streamHeader), fileKey.data());

    QJsonArray to;
    for (const Recipient& r : recipients) {
        QByteArray sealed(qsizetype(crypto_box_SEALBYTES + fileKey.size()), Qt::Uninitialized);
        if (r.boxPublicKey.size() != crypto_box_PUBLICKEYBYTES
            || crypto_box_seal(u(sealed), fileKey.data(), fileKey.size(), u(r.boxPublicKey)) != 0)
            return makeError(Texts::tr("the key of recipient %1 is not usable").arg(siteText(r.site)), bundlePath);
        to.append(QJsonObject{{QStringLiteral("site"), siteText(r.site)},
                              {QStringLiteral("key"), QString::fromLatin1(sealed.toBase64())}});
    }
    const QByteArray header = QJsonDocument(QJsonObject{
                                                {QStringLiteral("sender_site"), siteText(sender.site)},
                                                {QStringLiteral("sender_fingerprint"), sender.fingerprint},
                                                {QStringLiteral("recipients"), to},
                                                {QStringLiteral("stream"), QString::fromLatin1(streamHeader.toBase64())},
                                                {QStringLiteral("compression"), QStringLiteral("zlib")},
                                                {QStringLiteral("payload_blocks"), payloadBlocks},
                                            })
                                  .toJson(QJsonDocument::Compact);

    SafeFile file(bundlePath);
    if (Result<void> opened = file.open(); !opened)
        return opened.error();
    QIODevice& out = file.device();
    crypto_sign_state signer;
    crypto_sign_init(&signer);
    auto put = [&](const QByteArray& bytes) {
        crypto_sign_update(&signer, u(bytes), std::size_t(bytes.size()));
        return out.write(bytes) == bytes.size();
    };

    bool ok = put(kMagic) && put(be16(kFormat)) && put(be32(quint32(header.size()))) && put(header);
    const qint64 total = payload.size();
    qint64 done = 0;
    QByteArray cipher;
    // One block of the stream: compressed on its own before it is encrypted (the payload's
    // versions and ids repeat a lot).
    const auto push = [&](const QByteArray& raw, bool last) {
        const QByteArray plain = qCompress(raw, 1);
        cipher.resize(qsizetype(plain.size() + crypto_secretstream_xchacha20poly1305_ABYTES));
        unsigned long long written = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &state, u(cipher), &written, u(plain), std::size_t(plain.size()), nullptr, 0,
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        return put(be32(quint32(written))) && put(cipher.left(qsizetype(written)));
    };
    for (qint64 block = 0; ok && block < payloadBlocks; ++block) {
        const QByteArray raw = payload.sliced(done, std::min<qint64>(kChunk, total - done)).toByteArray();
        done += raw.size();
        ok = push(raw, block + 1 == payloadBlocks && !pending);
        if (progress && !progress(done, total)) {
            file.cancel();
            return makeError(Texts::tr("export cancelled"), bundlePath);
        }
    }
    // The records, one at a time, cut into blocks like the payload.
    QByteArray buffer;
    while (ok && pending) {
        const Record& r = *pending;
        if (r.name.size() != 64 || r.data.size() > kMaxRecordData) {
            file.cancel();
            return makeError(Texts::tr("a part of an attached file cannot go into a bundle"), bundlePath);
        }
        buffer += char(r.identifying ? 1 : 0);
        buffer += r.name.toLatin1();
        buffer += be32(quint32(r.data.size()));
        buffer += r.data;
        Result<std::optional<Record>> next = records();
        if (!next) {
            file.cancel();
            return next.error();
        }
        pending = std::move(*next);
        while (ok && (buffer.size() > kChunk || (!pending && !buffer.isEmpty()))) {
            const qsizetype n = qsizetype(std::min<qint64>(kChunk, buffer.size()));
            ok = push(buffer.left(n), !pending && n == buffer.size());
            buffer.remove(0, n);
        }
    }

    QByteArray signature(kSignatureSize, Qt::Uninitialized);
    crypto_sign_final_create(&signer, u(signature), nullptr, sender.keys->signSecret().data());
    ok = ok && out.write(signature) == signature.size();
    if (!ok) {
        const QString why = out.errorString();
        file.cancel();
        return makeError(Texts::tr("cannot write the bundle: %1").arg(why), bundlePath);
    }
    if (Result<void> committed = file.commit(); !committed)
        return committed.error();
    if (progress)
        progress(total, total);
    return QFile(bundlePath).size();
}

Result<Opened> open(const QString& bundlePath, const QString& payloadPath, const QByteArray& ourSite,
                    const OfficeKeys& ourKeys, const TrustLookup& trusted, const Progress& progress)
{
    Result<Opened> opened = open(bundlePath, ourSite, ourKeys, trusted, progress);
    if (!opened)
        return opened;
    QFile out(payloadPath);
    const Plaintext& plain = *opened->payload;
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || out.write(reinterpret_cast<const char*>(plain.data()), plain.size()) != plain.size() || !out.flush()) {
        out.close();
        QFile::remove(payloadPath);
        return makeError(Texts::tr("cannot write the decrypted payload: %1").arg(out.errorString()), payloadPath);
    }
    return opened;
}

Result<Opened> open(const QString& bundlePath, const QByteArray& ourSite, const OfficeKeys& ourKeys,
                    const TrustLookup& trusted, const Progress& progress)
{
    return open(bundlePath, QList<QByteArray>{ourSite}, ourKeys, trusted, progress);
}

Result<Opened> open(const QString& bundlePath, const QList<QByteArray>& ours, const OfficeKeys& ourKeys,
                    const TrustLookup& trusted, const Progress& progress)
{
    initSodium();
    // A bundle is read in parts, seeking: a device or a pipe (which may never end) is no bundle.
    if (const QFileInfo info(bundlePath); info.exists() && !info.isFile())
        return makeError(Texts::tr("not a Tandem bundle (not a file)"), bundlePath);
    QFile file(bundlePath);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Texts::tr("cannot read the bundle: %1").arg(file.errorString()), bundlePath);

    // 1. Magic, format and a structure that fits the file.
    Result<Frame> frame = readFrame(file, bundlePath);
    if (!frame)
        return frame.error();
    const QJsonObject& h = frame->header;

    // 2. A sender we trust.
    Opened opened;
    opened.senderFingerprint = h.value(QStringLiteral("sender_fingerprint")).toString();
    opened.senderSite = QUuid::fromString(h.value(QStringLiteral("sender_site")).toString()).toRfc4122();
    const std::optional<PublicKeys> senderKeys = trusted(opened.senderFingerprint, opened.senderSite);
    if (!senderKeys)
        return makeError(Texts::tr("bundle was signed by an office you do not trust (fingerprint %1)")
                             .arg(opened.senderFingerprint),
                         bundlePath);

    // 3. The signature over everything before it.
    crypto_sign_state verifier;
    crypto_sign_init(&verifier);
    file.seek(0);
    for (qint64 at = 0; at < frame->signatureStart;) {
        const QByteArray block = file.read(std::min<qint64>(1 << 20, frame->signatureStart - at));
        if (block.isEmpty())
            return makeError(Texts::tr("bundle is truncated"), bundlePath);
        crypto_sign_update(&verifier, u(block), std::size_t(block.size()));
        at += block.size();
    }
    QByteArray signature = file.read(kSignatureSize);
    if (signature.size() != kSignatureSize
        || crypto_sign_final_verify(&verifier, u(signature), u(senderKeys->sign)) != 0)
        return makeError(Texts::tr("bundle was changed after it was signed, or damaged: its signature does "
                            "not match the sender's key"),
                         bundlePath);

    // 4. This office among the recipients.
    QByteArray sealedKey;
    QStringList recipients;
    for (const QJsonValue& v : h.value(QStringLiteral("recipients")).toArray()) {
        const QJsonObject r = v.toObject();
        const QByteArray site = QUuid::fromString(r.value(QStringLiteral("site")).toString()).toRfc4122();
        opened.recipientSites.append(site);
        recipients << r.value(QStringLiteral("site")).toString();
        if (sealedKey.isEmpty() && ours.contains(site))
            sealedKey = QByteArray::fromBase64(r.value(QStringLiteral("key")).toString().toLatin1());
    }
    if (sealedKey.isEmpty())
        return makeError(Texts::tr("bundle is not for this office (it is for %1)").arg(recipients.join(QStringLiteral(", "))),
                         bundlePath);

    // 5. Decryption, to the FINAL tag.
    SecretBytes fileKey(crypto_secretstream_xchacha20poly1305_KEYBYTES);
    if (sealedKey.size() != qsizetype(crypto_box_SEALBYTES + fileKey.size())
        || crypto_box_seal_open(fileKey.data(), u(sealedKey), std::size_t(sealedKey.size()),
                                u(ourKeys.publicKeys().box), ourKeys.boxSecret().data())
               != 0)
        return makeError(Texts::tr("bundle cannot be opened with this office's key"), bundlePath);
    if (h.value(QStringLiteral("compression")).toString() != QLatin1String("zlib"))
        return makeError(Texts::tr("bundle is damaged: unknown compression"), bundlePath);
    const QByteArray streamHeader = QByteArray::fromBase64(h.value(QStringLiteral("stream")).toString().toLatin1());
    crypto_secretstream_xchacha20poly1305_state state;
    if (streamHeader.size() != crypto_secretstream_xchacha20poly1305_HEADERBYTES
        || crypto_secretstream_xchacha20poly1305_init_pull(&state, u(streamHeader), fileKey.data()) != 0)
        return makeError(Texts::tr("bundle is damaged: its stream header is not valid"), bundlePath);

    // The payload's blocks; attached files' parts may follow them (RecordReader).
    const qint64 payloadBlocks = h.value(QStringLiteral("payload_blocks")).toInteger(frame->chunks.size());
    if (payloadBlocks < 1 || payloadBlocks > frame->chunks.size())
        return makeError(Texts::tr("bundle is damaged: its header counts blocks it does not have"), bundlePath);
    // Every block holds at most kChunk bytes once decompressed: that bounds the payload.
    auto out = std::make_unique<Plaintext>(payloadBlocks * kChunk);
    if (!out->isValid())
        return makeError(Texts::tr("there is not enough memory to open the bundle"), bundlePath);
    auto fail = [&](const QString& message) -> Result<Opened> { return makeError(message, bundlePath); };
    bool final = false;
    QByteArray plain;
    // The blocks pass through here in plaintext too: wiped as they go.
    struct Wipe {
        QByteArray& bytes;
        ~Wipe() { sodium_memzero(bytes.data(), std::size_t(bytes.capacity())); }
    } wipePlain{plain};
    // First every block decrypted in turn (the stream is one chain), still compressed; then the
    // blocks decompressed, each at its place, by two threads when there are many (decompressing
    // was most of opening a large bundle). Each block says how large it is once decompressed.
    std::vector<QByteArray> compressed;
    compressed.reserve(std::size_t(payloadBlocks));
    struct WipeAll {
        std::vector<QByteArray>& blocks;
        ~WipeAll()
        {
            for (QByteArray& b : blocks)
                sodium_memzero(b.data(), std::size_t(b.size()));
        }
    } wipeCompressed{compressed};
    std::vector<qint64> offsets{0};
    for (qsizetype i = 0; i < payloadBlocks; ++i) {
        if (final)
            return fail(Texts::tr("bundle is damaged: data follows its final block"));
        file.seek(frame->chunks[i].first);
        const QByteArray cipher = file.read(frame->chunks[i].second);
        plain.resize(cipher.size());
        unsigned long long plainSize = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(&state, u(plain), &plainSize, &tag, u(cipher),
                                                       std::size_t(cipher.size()), nullptr, 0)
            != 0)
            return fail(Texts::tr("bundle is damaged: a block does not decrypt"));
        final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
        plain.truncate(qsizetype(plainSize));
        if (plain.size() < 4 || qFromBigEndian<quint32>(plain.constData()) > quint32(kChunk))
            return fail(Texts::tr("bundle is damaged: a block has an impossible size"));
        offsets.push_back(offsets.back() + qFromBigEndian<quint32>(plain.constData()));
        compressed.emplace_back(plain.constData(), plain.size());
        if (progress && !progress(frame->chunks[i].first, frame->size))
            return fail(Texts::tr("merge cancelled"));
    }
    if (!out->setSize(offsets.back()))
        return fail(Texts::tr("bundle is damaged: a block has an impossible size"));
    std::atomic<size_t> next{0};
    std::atomic<bool> damaged{false};
    const auto decompress = [&] {
        for (size_t i; !damaged && (i = next.fetch_add(1)) < compressed.size();) {
            QByteArray raw = qUncompress(compressed[i]);
            const Wipe wipeRaw{raw};
            sodium_memzero(compressed[i].data(), std::size_t(compressed[i].size()));
            if (raw.size() != offsets[i + 1] - offsets[i]) {
                damaged = true;
                return;
            }
            if (!raw.isEmpty())
                std::memcpy(out->data() + offsets[i], raw.constData(), std::size_t(raw.size()));
        }
    };
    {
        constexpr size_t kSharedFrom = 4; // blocks: 256 KiB decompressed
        std::optional<std::thread> second;
        if (compressed.size() >= kSharedFrom)
            second.emplace(decompress);
        decompress();
        if (second)
            second->join();
    }
    if (damaged)
        return fail(Texts::tr("bundle is damaged: a block does not decompress"));
    if (payloadBlocks == frame->chunks.size() && !final)
        return fail(Texts::tr("bundle is truncated"));
    if (payloadBlocks < frame->chunks.size()) {
        if (final)
            return fail(Texts::tr("bundle is damaged: data follows its final block"));
        opened.records = std::make_unique<StreamRecords>(bundlePath, state, frame->chunks.mid(qsizetype(payloadBlocks)));
    }
    opened.payload = std::move(out);
    return opened;
}

} // namespace tandem::bundle
