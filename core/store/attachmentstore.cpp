#include "attachmentstore.h"

#include "crypto/officekeys.h"
#include "crypto/seal.h"
#include "registry.h"
#include "row.h"
#include "store.h"
#include "value.h"
#include "util/safefile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlQuery>

#include <sodium.h>

namespace tandem::attachments {
namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(tandem::Attachments)
};

const QString kSuffix = QStringLiteral("_attachment");
constexpr int kNameBytes = 32;

// The key chunk names are made with: derived from the office's box secret, which every machine
// and every person of the office unlocks, so that the same bytes get the same name wherever the
// office attaches them.
SecretBytes nameKey(const OfficeKeys& keys)
{
    static const QByteArray context = QByteArrayLiteral("tandem attachment chunk names v1");
    SecretBytes key(kNameBytes);
    crypto_generichash(key.data(), key.size(), reinterpret_cast<const unsigned char*>(context.constData()),
                       std::size_t(context.size()), keys.boxSecret().data(), keys.boxSecret().size());
    return key;
}

// A chunk's name: the keyed hash of its kind (a survivor's or not: the two are sealed to different
// keys, so they are never one chunk) and its bytes, in hex.
QString chunkName(const SecretBytes& key, bool identifying, const QByteArray& plain)
{
    crypto_generichash_state state;
    crypto_generichash_init(&state, key.data(), key.size(), kNameBytes);
    const unsigned char kind = identifying ? 'i' : 'o';
    crypto_generichash_update(&state, &kind, 1);
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(plain.constData()), std::size_t(plain.size()));
    QByteArray out(kNameBytes, Qt::Uninitialized);
    crypto_generichash_final(&state, reinterpret_cast<unsigned char*>(out.data()), kNameBytes);
    return QString::fromLatin1(out.toHex());
}

QByteArray boxPublicKey(const Store& store)
{
    Result<QVariant> key = store.meta(QStringLiteral("box_pk"));
    return key ? key->toByteArray() : QByteArray();
}

// The key a chunk of this kind is sealed to.
QByteArray sealKey(const Store& store, bool identifying)
{
    return identifying ? store.sealKeyForSql() : boxPublicKey(store);
}

Result<QByteArray> openChunkData(const Store& store, const OfficeKeys& keys, bool identifying, const QByteArray& sealed,
                                  const QString& context)
{
    const QByteArray key = sealKey(store, identifying);
    std::optional<QByteArray> plain;
    if (key == keys.identityPublic() && keys.canOpenIdentities())
        plain = openSealedWith(sealed, keys.identityPublic(), keys.identitySecret());
    else if (key == keys.publicKeys().box)
        plain = openSealedWith(sealed, keys.publicKeys().box, keys.boxSecret());
    else if (identifying)
        return makeError(Texts::tr("a survivor's attachments are locked: a lead's or liaison's passphrase opens them"), context);
    if (!plain)
        return makeError(Texts::tr("a part of the file does not open with this office's key"), context);
    return *plain;
}

QStringList chunkList(const QVariant& v)
{
    QStringList names;
    const QJsonDocument doc = QJsonDocument::fromJson(v.toString().toUtf8());
    for (const QJsonValue& item : doc.array())
        names << item.toString();
    return names;
}

bool isChunkName(const QString& s)
{
    if (s.size() != 2 * kNameBytes)
        return false;
    for (QChar c : s) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    }
    return true;
}

QString contextOf(const Attachment& a)
{
    return a.entity + QLatin1Char(' ') + value::idText(a.id);
}

} // namespace

QStringList ownerKinds()
{
    return {QStringLiteral("operation"), QStringLiteral("target"), QStringLiteral("warrant"), QStringLiteral("survivor"),
            QStringLiteral("meeting"), QStringLiteral("tip")};
}

QString entityFor(const QString& ownerKind)
{
    return ownerKinds().contains(ownerKind) ? ownerKind + kSuffix : QString();
}

QString ownerKindOf(const QString& entity)
{
    if (!entity.endsWith(kSuffix))
        return {};
    const QString kind = entity.chopped(kSuffix.size());
    return ownerKinds().contains(kind) ? kind : QString();
}

bool identifying(const QString& ownerKind)
{
    return ownerKind == QLatin1String("survivor");
}

QString fileNameProblem(const QString& name)
{
    if (name.trimmed().isEmpty())
        return Texts::tr("a file name is needed");
    if (name == QLatin1String(".") || name == QLatin1String(".."))
        return Texts::tr("\"%1\" is not a file name").arg(name);
    for (QChar c : name) {
        if (c == QLatin1Char('/') || c == QLatin1Char('\\'))
            return Texts::tr("a file name has no folders in it (no / or \\)");
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            return Texts::tr("a file name has no control characters");
    }
    return {};
}

QString rowProblem(const Row& row)
{
    const QString name = row.text(QStringLiteral("file_name"));
    // A sealed name (a survivor's, read while locked) is checked when it is written, open.
    if (!row.isNull(QStringLiteral("file_name")) && !name.isEmpty()) {
        if (QString problem = fileNameProblem(name); !problem.isEmpty())
            return problem;
    }
    if (row.isNull(QStringLiteral("chunks")))
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(row.text(QStringLiteral("chunks")).toUtf8());
    if (!doc.isArray())
        return Texts::tr("the content is a JSON array of chunk names");
    for (const QJsonValue& item : doc.array()) {
        if (!isChunkName(item.toString()))
            return Texts::tr("the content is a JSON array of chunk names (64 hexadecimal digits each)");
    }
    const qint64 size = row.value(QStringLiteral("size")).toLongLong();
    const qint64 chunks = doc.array().size();
    if (size < 0 || (chunks == 0) != (size == 0) || size > chunks * kChunkSize || size <= (chunks - 1) * kChunkSize)
        return Texts::tr("the size does not match the content's chunks");
    return {};
}

QString mediaType(const QByteArray& head, const QString& fileName)
{
    if (head.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("image/png");
    if (head.startsWith("\xff\xd8\xff"))
        return QStringLiteral("image/jpeg");
    if (head.size() >= 12 && head.startsWith("RIFF") && head.mid(8, 4) == "WEBP")
        return QStringLiteral("image/webp");
    if (head.startsWith("GIF87a") || head.startsWith("GIF89a"))
        return QStringLiteral("image/gif");
    if (head.startsWith("%PDF-"))
        return QStringLiteral("application/pdf");
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("txt"))
        return QStringLiteral("text/plain");
    if (suffix == QLatin1String("odt"))
        return QStringLiteral("application/vnd.oasis.opendocument.text");
    if (suffix == QLatin1String("docx"))
        return QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    return QStringLiteral("application/octet-stream");
}

qint64 limit(const Store& store)
{
    Result<QVariant> v = store.meta(kLimitKey);
    const qint64 bytes = v ? v->toLongLong() : 0;
    return bytes > 0 ? std::min(bytes, kMaxLimit) : kDefaultLimit;
}

Result<void> setLimit(Store& store, qint64 bytes)
{
    if (bytes < 1'000'000 || bytes > kMaxLimit)
        return makeError(Texts::tr("the largest attachment is between 1 MB and %1").arg(sizeText(kMaxLimit)), store.path());
    // An office's setting, as its code and where its records go: a lead's.
    if (Result<void> r = store.mayWrite(*Registry::instance().entity(QStringLiteral("office"))); !r)
        return makeError(Texts::tr("only a lead sets the largest attached file: %1").arg(r.error().message), store.path());
    return store.setMeta(kLimitKey, bytes);
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

Result<Content> storeContent(Store& store, const OfficeKeys& keys, const QString& ownerKind, QIODevice& in, qint64 size,
                             const QString& context, const Progress& progress)
{
    if (entityFor(ownerKind).isEmpty())
        return makeError(Texts::tr("files attach to an operation, a target, a warrant, a survivor, a meeting or a tip, not to \"%1\"")
                             .arg(ownerKind),
                         context);
    const qint64 most = limit(store);
    if (size > most)
        return makeError(Texts::tr("the file is %1, larger than the %2 this office attaches (Preferences)")
                             .arg(sizeText(size), sizeText(most)),
                         context);
    const bool sealedForIdentity = identifying(ownerKind);
    const QByteArray key = sealKey(store, sealedForIdentity);
    if (key.size() != crypto_box_PUBLICKEYBYTES)
        return makeError(Texts::tr("files can only be attached once this office has its keys: set the office passphrase first"),
                         context);
    Result<Transaction> tx = store.begin();
    if (!tx)
        return tx.error();
    const SecretBytes names = nameKey(keys);
    Content content;
    QJsonArray chunks;
    qint64 done = 0;
    while (done < size) {
        const QByteArray plain = in.read(std::min(kChunkSize, size - done));
        if (plain.isEmpty())
            return makeError(in.errorString().isEmpty() || in.atEnd()
                                 ? Texts::tr("the file ended before its %1 were read: it changed while it was attached").arg(sizeText(size))
                                 : Texts::tr("the file could not be read: %1").arg(in.errorString()),
                             context);
        if (done == 0)
            content.mediaType = mediaType(plain.left(16), context);
        const QString name = chunkName(names, sealedForIdentity, plain);
        Result<QSqlQuery> there = store.exec(QStringLiteral("SELECT 1 FROM attachment_chunk WHERE name = ?"), {name});
        if (!there)
            return there.error();
        if (!there->next()) {
            Result<QSqlQuery> q = store.exec(
                QStringLiteral("INSERT INTO attachment_chunk (name, identifying, size, data) VALUES (?, ?, ?, ?)"),
                {name, sealedForIdentity ? 1 : 0, plain.size(), sealTo(plain, key)});
            if (!q)
                return q.error();
        }
        chunks.append(name);
        content.chunks << name;
        done += plain.size();
        if (progress && !progress(done, size))
            return makeError(Texts::tr("attaching cancelled; nothing was kept"), context);
    }
    if (!in.atEnd() && !in.isSequential() && in.size() != size)
        return makeError(Texts::tr("the file changed while it was attached; nothing was kept"), context);
    if (content.mediaType.isEmpty())
        content.mediaType = mediaType({}, context);
    content.size = size;
    if (Result<void> c = tx->commit(); !c)
        return c.error();
    return content;
}

QVariantMap rowValues(const QString& ownerKind, const QUuid& owner, const QString& title, const QString& fileName,
                      const Content& content, const QDateTime& at)
{
    QJsonArray chunks;
    for (const QString& c : content.chunks)
        chunks.append(c);
    return {{ownerKind, owner},
            {QStringLiteral("title"), title.trimmed().isEmpty() ? fileName : title.trimmed()},
            {QStringLiteral("file_name"), fileName},
            {QStringLiteral("media_type"), content.mediaType},
            {QStringLiteral("size"), content.size},
            {QStringLiteral("chunks"), QString::fromUtf8(QJsonDocument(chunks).toJson(QJsonDocument::Compact))},
            {QStringLiteral("attached_at"), at}};
}

Result<QUuid> attach(Store& store, const OfficeKeys& keys, const QString& ownerKind, const QUuid& owner, const QString& path,
                     const QString& title, const Progress& progress)
{
    const QString entity = entityFor(ownerKind);
    if (entity.isEmpty())
        return makeError(Texts::tr("files attach to an operation, a target, a warrant, a survivor, a meeting or a tip, not to \"%1\"")
                             .arg(ownerKind),
                         path);
    QFile file(path);
    const QFileInfo info(path);
    if (info.isDir())
        return makeError(Texts::tr("this is a folder, not a file"), path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(info.exists() ? Texts::tr("the file could not be read: %1").arg(file.errorString())
                                       : Texts::tr("there is no such file"),
                         path);
    const QString fileName = info.fileName();
    if (QString problem = fileNameProblem(fileName); !problem.isEmpty())
        return makeError(problem, path);
    Result<Transaction> tx = store.begin();
    if (!tx)
        return tx.error();
    Result<Content> content = storeContent(store, keys, ownerKind, file, file.size(), path, progress);
    if (!content)
        return content.error();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(store.wallClock(), Qt::UTC);
    Result<QUuid> id = store.insert(entity, rowValues(ownerKind, owner, title, fileName, *content, now));
    if (!id)
        return id.error();
    if (Result<void> c = tx->commit(); !c)
        return c.error();
    return *id;
}

Attachment fromRow(const Row& row)
{
    Attachment a;
    a.id = row.id;
    a.entity = row.entity()->name;
    a.ownerKind = ownerKindOf(a.entity);
    a.owner = row.value(a.ownerKind).toUuid();
    const QVariant title = row.value(QStringLiteral("title"));
    a.locked = title.userType() == qMetaTypeId<SealedValue>();
    a.title = a.locked ? QString() : title.toString();
    a.fileName = a.locked ? QString() : row.text(QStringLiteral("file_name"));
    a.mediaType = row.text(QStringLiteral("media_type"));
    a.size = row.value(QStringLiteral("size")).toLongLong();
    a.chunks = chunkList(row.value(QStringLiteral("chunks")));
    a.attachedBy = row.text(QStringLiteral("attached_by"));
    a.attachedAt = row.value(QStringLiteral("attached_at")).toDateTime();
    return a;
}

Result<std::vector<Attachment>> list(const Store& store, const QString& ownerKind, const QUuid& owner)
{
    const QString entity = entityFor(ownerKind);
    if (entity.isEmpty())
        return makeError(Texts::tr("files attach to an operation, a target, a warrant, a survivor, a meeting or a tip, not to \"%1\"")
                             .arg(ownerKind));
    Result<std::vector<Row>> rows = store.select(entity, QStringLiteral("%1 = ? AND deleted = 0").arg(ownerKind),
                                                 {owner.toRfc4122()}, QStringLiteral("attached_at, rowid"));
    if (!rows)
        return rows.error();
    std::vector<Attachment> out;
    for (const Row& r : *rows)
        out.push_back(fromRow(r));
    return out;
}

Result<Attachment> find(const Store& store, const QUuid& id)
{
    for (const QString& kind : ownerKinds()) {
        Result<Row> row = store.get(entityFor(kind), id);
        if (row && !row->deleted)
            return fromRow(*row);
    }
    return makeError(Texts::tr("there is no attachment with this id"), value::idText(id));
}

Result<void> read(const Store& store, const OfficeKeys& keys, const Attachment& a, QIODevice& out, const Progress& progress)
{
    const bool sealedForIdentity = identifying(a.ownerKind);
    const SecretBytes names = nameKey(keys);
    qint64 done = 0;
    for (const QString& name : a.chunks) {
        Result<QSqlQuery> q = store.exec(QStringLiteral("SELECT data, foreign_name FROM attachment_chunk WHERE name = ?"), {name});
        if (!q)
            return q.error();
        if (!q->next())
            return makeError(Texts::tr("a part of the file is missing from this file (chunk %1)").arg(name.left(12)), contextOf(a));
        Result<QByteArray> plain = openChunkData(store, keys, sealedForIdentity, q->value(0).toByteArray(), contextOf(a));
        if (!plain)
            return plain.error();
        // Only the office's own chunks carry its names; a partner's keep the names its office gave
        // them, and the bundle's signature and encryption vouched for their bytes.
        if (!q->value(1).toBool() && chunkName(names, sealedForIdentity, *plain) != name)
            return makeError(Texts::tr("a part of the file was altered (chunk %1)").arg(name.left(12)), contextOf(a));
        if (out.write(*plain) != plain->size())
            return makeError(Texts::tr("the file could not be written: %1").arg(out.errorString()), contextOf(a));
        done += plain->size();
        if (progress && !progress(done, a.size))
            return makeError(Texts::tr("cancelled"), contextOf(a));
    }
    if (done != a.size)
        return makeError(Texts::tr("the file's parts add up to %1, not the %2 it had").arg(sizeText(done), sizeText(a.size)),
                         contextOf(a));
    return {};
}

Result<QByteArray> readAll(const Store& store, const OfficeKeys& keys, const Attachment& a, qint64 maxBytes)
{
    if (a.size > maxBytes)
        return makeError(Texts::tr("the file is %1, too large to show here (at most %2)").arg(sizeText(a.size), sizeText(maxBytes)),
                         contextOf(a));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (Result<void> r = read(store, keys, a, buffer); !r)
        return r.error();
    return bytes;
}

Result<void> extract(const Store& store, const OfficeKeys& keys, const QUuid& id, const QString& path, const Progress& progress)
{
    Result<Attachment> a = find(store, id);
    if (!a)
        return a.error();
    SafeFile file(path);
    if (Result<void> r = file.open(); !r)
        return r.error();
    if (Result<void> r = read(store, keys, *a, file.device(), progress); !r) {
        file.cancel();
        return r.error();
    }
    return file.commit();
}

Result<qint64> collectGarbage(Store& store)
{
    QStringList named;
    for (const QString& kind : ownerKinds())
        named << QStringLiteral("SELECT j.value FROM %1 a, json_each(a.chunks) j WHERE a.deleted = 0 AND json_valid(a.chunks)")
                     .arg(entityFor(kind));
    Result<QSqlQuery> q = store.exec(
        QStringLiteral("DELETE FROM attachment_chunk WHERE name NOT IN (%1)").arg(named.join(QStringLiteral(" UNION "))));
    if (!q)
        return q.error();
    return q->numRowsAffected();
}

Result<QByteArray> openChunk(const Store& store, const OfficeKeys& keys, const QString& name)
{
    Result<QSqlQuery> q = store.exec(QStringLiteral("SELECT identifying, data FROM attachment_chunk WHERE name = ?"), {name});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(Texts::tr("a part of an attached file is missing (chunk %1)").arg(name.left(12)), store.path());
    return openChunkData(store, keys, q->value(0).toBool(), q->value(1).toByteArray(), store.path());
}

Result<void> storeChunk(Store& store, const QString& name, bool identifyingChunk, const QByteArray& plain)
{
    if (!isChunkName(name))
        return makeError(Texts::tr("\"%1\" is not the name of a part of an attached file").arg(name.left(70)), store.path());
    const QByteArray key = sealKey(store, identifyingChunk);
    if (key.size() != crypto_box_PUBLICKEYBYTES)
        return makeError(Texts::tr("files can only be kept once this office has its keys: set the office passphrase first"),
                         store.path());
    Result<QSqlQuery> q = store.exec(QStringLiteral("INSERT OR IGNORE INTO attachment_chunk (name, identifying, size, data, foreign_name) "
                                                    "VALUES (?, ?, ?, ?, 1)"),
                                     {name, identifyingChunk ? 1 : 0, plain.size(), sealTo(plain, key)});
    if (!q)
        return q.error();
    return {};
}

} // namespace tandem::attachments
