#pragma once

#include "bundle.h"
#include "store/registry.h"
#include "util/result.h"

#include <QStringList>

#include <memory>

// The payload inside a bundle is an SQLite database: a `manifest` table (key, value), `vv` (the
// sender's version vector: site, hlc), `acks` (site, seq: how far the sender has merged each
// partner's rows) and one table per entity with the same columns and versions as the store's.
namespace tandem {
class Store;
}

namespace tandem::payload {

constexpr int kFormat = 1;

// The list of the attached files' chunks a bundle carries (name, identifying, size), in payloads of
// schema 10 on (store/attachmentstore.h); their bytes follow the payload as records (bundle.h).
inline const QString kChunkTable = QStringLiteral("chunk");
constexpr int kChunksSince = 10;

// The store columns a payload table carries, in order: id, fields, version columns, deleted,
// deleted_v (local_seq stays home).
QStringList columns(const EntityDef& e);

// Statements creating an empty payload in the database attached as `schema`.
QStringList createStatements(const QString& schema);

// Checks that the payload attached as `schema` has exactly the tables and columns a payload of
// this Tandem has (the schema of `schemaVersion`, which may be older than ours: then columns
// added since may be missing). Returns, per entity, the columns present.
Result<QHash<QString, QStringList>> validate(const Store& store, const QString& schema,
                                             int schemaVersion, const QString& bundlePath);

// A payload database attached to a store's connection under a schema name ("p" for an export,
// "b" for a merge) for the life of this object, held in memory only (SQLite's memdb, through
// sqlite3_deserialize): no payload, with survivors' details opened inside, ever touches the disk
// in plaintext, so a process killed in the middle leaves none behind. Destroying it detaches the
// payload and wipes its bytes; it must go before the store, outside any transaction.
// Attaches the bytes of a payload another connection holds (Attached::bytes()) as `schema` of
// `store`, read-only and where they are: a second connection sharing a merge's checks
// (mergecheck::checkRows). The bytes must stay as they are, and alive, as long as `store` is open
// (closing it detaches them).
Result<void> attachReadOnly(Store& store, const QString& schema, QByteArrayView bytes);

class Attached {
public:
    // A new, empty payload to fill, growing up to bundle::kMaxPayloadSize.
    static Result<std::unique_ptr<Attached>> attachNew(Store& store, const QString& schema);
    // The decrypted payload of a bundle; `context` names the bundle in messages.
    static Result<std::unique_ptr<Attached>> attach(Store& store, const QString& schema,
                                                    std::unique_ptr<bundle::Plaintext> bytes,
                                                    const QString& context);
    ~Attached();
    Attached(const Attached&) = delete;
    Attached& operator=(const Attached&) = delete;

    // The payload database as bytes, to seal into a bundle: valid until it changes or goes.
    QByteArrayView bytes() const;

private:
    Attached(Store& store, const QString& schema) : m_store(store), m_schema(schema) {}
    Store& m_store;
    QString m_schema;
    std::unique_ptr<bundle::Plaintext> m_bytes; // a merge's payload (SQLite reads it where it is)
    bool m_filling = false;                     // an export's payload (SQLite owns its bytes)
};

} // namespace tandem::payload
