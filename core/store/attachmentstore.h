#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <QVariantMap>

#include <functional>
#include <vector>

class QIODevice;

namespace tandem {

class OfficeKeys;
class Row;
class Store;

// Attachments (issue 21, DESIGN.md §10): floor plans, warrant scans, photos and letters kept in the
// .tandem file.
//
// A file attaches to an operation, a target, a warrant (its scan), a survivor, a meeting or a tip:
// one entity per kind of owner ("<kind>_attachment", store/entities.cpp), so that each is a child
// record of its owner and goes where its owner goes (a survivor's under its identity's consent).
// The row holds the title, the file name, the kind of file, the size and `chunks`: the names of the
// chunks that hold the bytes, in order, as a JSON array.
//
// The bytes live in the local table attachment_chunk, split in chunks of kChunkSize, each sealed
// to this office's key (crypto_box_seal, as identifying details are: any write, a merge included,
// can seal; reading needs the unlocked office). A survivor's chunks are sealed to the identity key
// (only people who may read identities open them), every other chunk to the office's box key
// (every person of the office opens them). A chunk is named by a keyed BLAKE2b hash of its bytes
// (the key derived from the office's box secret, so that the name says nothing of the content to
// whoever holds the file without the passphrase): a file two records share, or a chunk two files
// share, is stored once. Chunks no live attachment names any more are deleted by
// collectGarbage(), which runs when a file closes and after an erasure (so that an undone delete
// within a session finds its bytes still there).
namespace attachments {

constexpr qint64 kChunkSize = qint64(1) << 20;
// The largest file attached by default (Preferences; meta "attachment_limit", in bytes).
constexpr qint64 kDefaultLimit = 50'000'000;
constexpr qint64 kMaxLimit = qint64(2) << 30;
inline const QString kLimitKey = QStringLiteral("attachment_limit");

// The kinds of record files attach to, in the order menus list them.
QStringList ownerKinds();
// The attachment entity of `ownerKind` ("operation_attachment"); empty when it is none.
QString entityFor(const QString& ownerKind);
// The owner kind of an attachment entity; empty when `entity` is not one.
QString ownerKindOf(const QString& entity);
// Whether the attachments of `ownerKind` are identifying details (a survivor's).
bool identifying(const QString& ownerKind);

// The registry's rule on an attachment row: a file name without folders or control characters,
// chunks as a JSON array of chunk names.
QString rowProblem(const Row& row);
// What is wrong with `name` as the name of an attached file (empty when nothing is): not empty, no
// path separators, no control characters, not "." or "..".
QString fileNameProblem(const QString& name);

// The kind of file from its first bytes (PNG, JPEG, WebP, GIF, PDF), else from the name's
// extension for text; "application/octet-stream" otherwise. Never from the name alone for the
// kinds the previewer opens.
QString mediaType(const QByteArray& head, const QString& fileName);

// The largest file this office attaches, in bytes; setting it is a lead's (1 MB to kMaxLimit).
qint64 limit(const Store& store);
Result<void> setLimit(Store& store, qint64 bytes);

// A readable size for people: "812 bytes", "4.2 MB".
QString sizeText(qint64 bytes);

using Progress = std::function<bool(qint64 done, qint64 total)>; // false cancels

// The bytes of a file as stored: what an attachment row records of them.
struct Content {
    QStringList chunks;
    qint64 size = 0;
    QString mediaType;
};

// Reads `size` bytes from `in` and stores them as chunks (those already there are not written
// again), sealed for `ownerKind`. Inside the caller's transaction, or its own. Refused above the
// office's limit, before anything is read. `context` names the file in messages.
Result<Content> storeContent(Store& store, const OfficeKeys& keys, const QString& ownerKind, QIODevice& in, qint64 size,
                             const QString& context, const Progress& progress = {});

// The values of a new attachment row for the store's write path.
QVariantMap rowValues(const QString& ownerKind, const QUuid& owner, const QString& title, const QString& fileName,
                      const Content& content, const QDateTime& at);

// Attaches the file at `path` to the record `owner` of `ownerKind`, titled `title` (the file's
// name when empty): its bytes and its row in one transaction, so that a failure (the file
// vanished or unreadable, too large, cancelled) leaves the store exactly as it was. Returns the
// attachment's id.
Result<QUuid> attach(Store& store, const OfficeKeys& keys, const QString& ownerKind, const QUuid& owner,
                     const QString& path, const QString& title = {}, const Progress& progress = {});

struct Attachment {
    QUuid id;
    QString entity;
    QString ownerKind;
    QUuid owner;
    QString title;    // empty when sealed and locked
    QString fileName; // ditto
    bool locked = false; // a survivor's, while identities are locked
    QString mediaType;
    qint64 size = 0;
    QStringList chunks;
    QString attachedBy;
    QDateTime attachedAt;
};
Attachment fromRow(const Row& row);

// The live attachments of `owner`, oldest first.
Result<std::vector<Attachment>> list(const Store& store, const QString& ownerKind, const QUuid& owner);
// The live attachment `id`, whichever kind of record it belongs to.
Result<Attachment> find(const Store& store, const QUuid& id);

// Writes the bytes of `a` to `out`, each chunk opened and its name checked against its bytes (a
// chunk missing or altered is an error naming the attachment).
Result<void> read(const Store& store, const OfficeKeys& keys, const Attachment& a, QIODevice& out,
                  const Progress& progress = {});
// The bytes of `a` in memory, refused above `maxBytes` (previews).
Result<QByteArray> readAll(const Store& store, const OfficeKeys& keys, const Attachment& a, qint64 maxBytes);
// Writes the bytes of attachment `id` to the file `path`, whole or not at all.
Result<void> extract(const Store& store, const OfficeKeys& keys, const QUuid& id, const QString& path,
                     const Progress& progress = {});

// Deletes the chunks no live attachment names; returns how many. Inside the caller's transaction
// or its own.
Result<qint64> collectGarbage(Store& store);

// The plain bytes of chunk `name` for a bundle (sync/exporter.cpp): opened with `keys`.
Result<QByteArray> openChunk(const Store& store, const OfficeKeys& keys, const QString& name);
// Stores a chunk that came in a bundle, sealed to this office's key for its kind (merge).
Result<void> storeChunk(Store& store, const QString& name, bool identifying, const QByteArray& plain);

} // namespace attachments
} // namespace tandem
