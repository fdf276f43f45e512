#pragma once

#include "registry.h"
#include "row.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QLockFile>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariantMap>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>



namespace tandem {

class OfficeKeys;
class SealAhead;
class Statement;
class Store;

// A write transaction on a Store: the outermost is BEGIN IMMEDIATE ... COMMIT, nested ones are
// savepoints. Destroying it without a successful commit() rolls back everything done inside it.
// Transactions nest strictly (the inner one ends before the outer one).
class [[nodiscard]] Transaction {
public:
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    ~Transaction();

    [[nodiscard]] Result<void> commit();
    void rollback();

private:
    friend class Store;
    Transaction(Store* store, int depth) : m_store(store), m_depth(depth) {}
    Store* m_store;
    int m_depth;
};

// An open .tandem file: the one write path of DESIGN.md §1. Every insert, update and delete goes
// through here, validates its values against the registry, stamps a fresh HLC version on each
// field it changes, bumps local_seq, and runs in one transaction. Emits changed() after a commit.
//
// The Store owns its QSqlDatabase connection (by name). It lives on the thread that opened it.
class Store : public QObject {
    Q_OBJECT

public:
    ~Store() override;

    enum class Access {
        // The one writer of the file: takes its lock (a second Tandem window or process that wants
        // to write is refused with a message naming the holder), migrates an older schema.
        ReadWrite,
        // Reading only, beside a writer if there is one: no lock, no migration, no write.
        ReadOnly,
    };

    // Opens an existing Tandem file. A file that is not SQLite, not a Tandem file, or from a newer
    // Tandem is refused and left exactly as it was. Older schemas are migrated step by step.
    static Result<std::unique_ptr<Store>> open(const QString& path, Access access = Access::ReadWrite);
    bool isReadOnly() const { return m_readOnly; }
    // What a new file gets before it is put in place (Store::create): keys, protocols, a demo.
    using Fill = std::function<Result<void>(Store&)>;
    // How a file is made when it must come out the same on every run (the demo made with a fixed
    // `now`): its site id and the wall clock every version is stamped from. Two files made alike
    // are one office to their partners, so this is never for a file that exchanges. Empty: a
    // new site id and the computer's clock.
    struct FixedOrigin {
        QByteArray siteId;                 // 16 bytes
        std::function<qint64()> wallClock; // Unix milliseconds
    };
    // Creates a new Tandem file for the office `officeName`, readable by this user only. Refuses
    // to overwrite an existing file. The file is made and `fill`ed under a hidden name beside
    // `path` and renamed to `path` only when whole: on a failure, a crash or a kill there is no
    // file at `path`, never a half-made one. Returns the file opened at `path` (on `origin`'s
    // clock when it has one).
    static Result<std::unique_ptr<Store>> create(const QString& path, const QString& officeName,
                                                 const Fill& fill = {}, const FixedOrigin& origin = {});
    // A new seat of an existing office (another machine of it, sync/seats.h): the site id its
    // invitation gave it and the office's id. The office's record is written without versions
    // (as a partner's from its card), so that the first exchange with another seat brings the
    // record as the office keeps it, with no conflict.
    struct SeatOrigin {
        QByteArray siteId;   // 16 bytes
        QByteArray officeId; // 16 bytes
    };
    static Result<std::unique_ptr<Store>> createSeat(const QString& path, const QString& officeName,
                                                     const SeatOrigin& seat, const Fill& fill = {});

    QString path() const { return m_path; }
    QString connectionName() const { return m_connection; }
    QSqlDatabase database() const;
    // This machine's id: every version it stamps carries it (DESIGN.md §3).
    QByteArray siteId() const { return m_siteId; }
    // This office's id: the id of its record (the office row). The site id of the office's first
    // machine; a seat (another machine of the office, sync/seats.h) has its own site id and the
    // office's id.
    QUuid officeId() const { return QUuid::fromRfc4122(m_officeId); }
    QByteArray officeSite() const { return m_officeId; }
    // Whether this file is a seat made from an invitation rather than the office's first file.
    bool isSeat() const { return m_officeId != m_siteId; }
    int schemaVersion() const;
    static int currentSchemaVersion();

    // The wall clock in Unix milliseconds; tests replace it to move time about.
    void setWallClock(std::function<qint64()> clock) { m_wallClock = std::move(clock); }
    qint64 wallClock() const { return m_wallClock(); }
    std::uint64_t clock() const { return m_hlc; }

    // Who acts on this file: the person proven when it was opened (DESIGN.md §7). Every path that
    // records "who" (the audit log, "done by", a status move's note) asks here and nowhere else.
    // Until a person is set, the operating-system login name (util/actor.h), "unknown" when none.
    struct Actor {
        QUuid person; // null while no person of the office is known
        QString name;
    };
    void setActor(Actor actor) { m_actor = std::move(actor); }
    const Actor& actor() const { return m_actor; }

    // What the acting person may write (DESIGN.md §7), asked by every insert, update, delete and
    // restore of this Store (and of each owned row a delete takes along) before it writes
    // anything: an error refuses the write. core/domain/people installs it with the person
    // (people::actAs); none is installed while no person acts (a file being made, a merge's
    // set-based statements, which are not a person's write).
    using WriteGuard = std::function<Result<void>(const EntityDef& entity)>;
    void setWriteGuard(WriteGuard guard) { m_writeGuard = std::move(guard); }
    // The guard's answer for rows of `e`. Also asked by writes that are not rows of their own:
    // trusting or untrusting a partner office is a write of the office directory (a lead's).
    Result<void> mayWrite(const EntityDef& e) const { return m_writeGuard ? m_writeGuard(e) : Result<void>(); }
    qint64 localSeq() const { return m_seq; }

    // Writing history rather than editing it: the demo generator writes each operation as it ended
    // up (closed, approved) and then its targets, timeline and log. While paused, the entities'
    // onWrite rules (a closed operation is read only, a change to an approved plan is recorded)
    // do not run; every other check does. Never paused for a person's edit.
    void setWriteRulesPaused(bool paused) { m_writeRulesPaused = paused; }
    bool writeRulesPaused() const { return m_writeRulesPaused; }

    [[nodiscard]] Result<Transaction> begin();
    bool inTransaction() const { return m_depth > 0; }

    // The write path. Values are field name → value, either typed or as text (see value.h).
    // An office's record is written only by that office: another office's record is inserted
    // without versions (whatever that office writes wins), never updated here, and a partner's
    // never deleted here (its trust is revoked instead).
    Result<QUuid> insert(const QString& entity, const QVariantMap& values, const QUuid& id = {});
    // A partner office's record as its key card tells it, before its own bundles bring the record
    // (without versions, as any other office's record inserted here).
    Result<QUuid> insertFromCard(const QVariantMap& values, const QUuid& id);
    Result<void> update(const QString& entity, const QUuid& id, const QVariantMap& values);
    // Deletes a row to its tombstone (data cleared, id and versions kept), and its children.
    Result<void> remove(const QString& entity, const QUuid& id);
    // Brings a tombstone back to life with `values` (e.g. from a conflict's snapshot), every field
    // written with a fresh version so the restore wins wherever it travels. Its owner is not
    // checked (the tombstone kept it): see storewrite.cpp.
    Result<void> restore(const QString& entity, const QUuid& id, const QVariantMap& values);

    // For the set-based merge (core/sync), which writes many rows per statement instead of going
    // through insert/update: inside a transaction, the local_seq to stamp on the rows it changes,
    // moving the clock past a merged version, and announcing changed rows after the commit.
    qint64 takeSeq();
    // A fresh version of this office, for set-based writes inside a transaction.
    QByteArray takeVersion();
    void observeClock(std::uint64_t hlc);
    // Moves the clock back to `hlc`, inside a transaction: only for repairing a clock that ran
    // ahead (sync/clockrepair.h), once no version later than `hlc` is left in the file.
    void setClockBack(std::uint64_t hlc);
    void announceChanged(const QString& entity, const QList<QUuid>& ids);

    // Reads. `where` and `orderBy` are SQL over the entity's columns; values are bound.
    Result<Row> get(const QString& entity, const QUuid& id) const;
    Result<std::vector<Row>> select(const QString& entity, const QString& where = {},
                                    const QVariantList& binds = {}, const QString& orderBy = {},
                                    int limit = -1) const;
    // Field group version column → version bytes of one row.
    Result<QHash<QString, QByteArray>> versions(const QString& entity, const QUuid& id) const;

    // Runs one statement with bound values; the query is returned positioned before its first row.
    Result<QSqlQuery> exec(const QString& sql, const QVariantList& binds = {}) const;

    // Identifying details (fields declared sealed) are sealed to this office's box public key on
    // every write, and readable only while the office's keys are given here (unlocked). The keys
    // stay the caller's (a KeyRing in the GUI); pass nullptr to lock. While locked, reads hand out
    // SealedValue for those fields. The SQL functions tandem_seal(x) and tandem_open(x) do the same
    // for set-based statements (export, merge).
    void setIdentityKeys(const OfficeKeys* keys) { m_identityKeys = keys; }
    const OfficeKeys* identityKeys() const { return m_identityKeys; }
    bool canSeal() const { return m_sealKey.size() == 32; }
    QByteArray sealKeyForSql() const { return m_sealKey; }
    // `plain` sealed to this office's seal key (canSeal() first), through the SealAhead given
    // here while it is for that key (crypto/sealahead.h: for writes of many identities, e.g. the
    // demo). The SealAhead stays the caller's; nullptr stops using it.
    QByteArray seal(const QByteArray& plain) const;
    void setSealAhead(SealAhead* ahead) { m_sealAhead = ahead; }
    // Re-reads this office's public box key (after its keys were made).
    void reloadKeys();
    // A value as people may read it: a SealedValue opened when unlocked, anything else as it is.
    QVariant readable(const FieldDef& field, const QVariant& value) const;
    // Opens the sealed values of `row` when unlocked.
    void openSealed(Row& row) const;

    // Local metadata (never shared): a small key/value table.
    Result<QVariant> meta(const QString& key) const;
    Result<void> setMeta(const QString& key, const QVariant& value);

    // Column list "id, deleted, local_seq, f1, f2, ..." for reading rows of `e`, and the decoder.
    static QString selectColumns(const EntityDef& e);
    static Row rowFromQuery(const EntityDef& e, const QSqlQuery& q, int firstColumn = 0);

Q_SIGNALS:
    // After a commit: rows of `entity` were inserted, changed or deleted.
    void changed(const QString& entity, const QList<QUuid>& ids);

private:
    friend class Transaction;
    explicit Store(const QString& path, const QString& connection);

    static Result<std::unique_ptr<Store>> connect(const QString& path, bool readOnly, bool immutable);
    static Result<std::unique_ptr<Store>> createFile(const QString& path, const QString& officeName, const Fill& fill,
                                                     const FixedOrigin& origin, const SeatOrigin* seat);
    // `heldLock`: the write lock, when the caller took it already (a file being made).
    static Result<std::unique_ptr<Store>> openFile(const QString& path, bool creating, Access access,
                                                   std::unique_ptr<QLockFile> heldLock = nullptr);
    // A failed statement's error in the user's words (sqlerror.h).
    QString sqlError(const QSqlError& error) const;
    Result<void> loadMeta();
    Result<void> endTransaction(int depth, bool commit);
    // Brings the search index up to date for the rows marked since the last time (searchschema.h):
    // once per transaction, before it commits, and after a statement run outside any transaction
    // changed rows (`exec` calls it then).
    Result<void> refreshSearchIndex() const;
    QByteArray nextVersion();
    qint64 nextSeq() { return ++m_seq; }
    Result<const EntityDef*> entityDef(const QString& name) const;
    Result<void> applyValues(const EntityDef& e, Row& row, const QVariantMap& values,
                             const QString& context) const;
    // The entity's derived fields (EntityDef::derive) from the values a write gives.
    Result<void> deriveValues(const EntityDef& e, Row& row, const QVariantMap& values,
                              const QString& context) const;
    // Required fields, references that are new or changed (against `old`, or when there is no
    // old row against `keptReferences`), the entity's rules (given `old`).
    Result<void> checkRow(const EntityDef& e, const Row& row, const Row* old,
                          const QString& context, const Row* keptReferences = nullptr) const;
    Result<void> removeRow(const EntityDef& e, const QUuid& id);
    // The entity's onWrite rule for one write, unless paused; its refusal in `context`.
    Result<void> runWriteRule(const EntityDef& e, const Row* before, const Row* after, const QString& context);
    // The fields of `after` that name people (FieldDef::person) and changed from `before` (or are
    // new) name a person of the office who is not removed.
    Result<void> checkPersonFields(const EntityDef& e, const Row* before, const Row& after, const QString& context) const;
    Result<QUuid> insertRow(const EntityDef& e, const QVariantMap& values, const QUuid& givenId, bool versioned);
    // The office's default sharing for new records of `e` (sharing.h defaultSharingKey), read
    // once per write transaction: inside one, no other process can change it.
    Result<QVariant> sharingDefault(const EntityDef& e) const;
    // After a row's sharing changed (storesharing.cpp): un-sharing withdraws it and what it owns
    // from partners; sharing it again sends it whole, with versions that win over the withdrawal.
    Result<void> sharingChanged(const EntityDef& e, const QUuid& id, bool shared, const QByteArray& version, qint64 seq);
    // Writes that are one statement need no savepoint inside a caller's transaction: these begin
    // (and commit) a transaction only when none is open.
    Result<std::optional<Transaction>> beginOwn();
    static Result<void> commitOwn(std::optional<Transaction>& tx);
    // The stored form of a field value: toSql, and sealed for identifying details.
    Result<QVariant> storedValue(const FieldDef& field, const QVariant& value) const;
    void registerFunctions();

    // A prepared statement kept for the life of the connection, made by `sql` on first use.
    // Fails when the SQL does not prepare.
    Result<Statement*> cached(const QString& key, const std::function<QString()>& sql) const;

    QString m_path;
    QString m_connection;
    QByteArray m_siteId;
    QByteArray m_officeId;
    bool m_readOnly = false;
    bool m_writeRulesPaused = false;
    std::unique_ptr<QLockFile> m_lock; // held while open for writing
    Actor m_actor;
    WriteGuard m_writeGuard;
    QByteArray m_sealKey;                       // this office's box public key, once it has keys
    const OfficeKeys* m_identityKeys = nullptr; // while identities are unlocked; not owned
    SealAhead* m_sealAhead = nullptr;           // not owned
    std::uint64_t m_hlc = 0;
    qint64 m_seq = 0;
    int m_depth = 0;
    std::uint64_t m_txStartHlc = 0; // clock and sequence when the outermost transaction began
    qint64 m_txStartSeq = 0;
    std::function<qint64()> m_wallClock;
    QHash<QString, QList<QUuid>> m_pendingChanges;
    // sharingDefault()'s, by key; emptied by setMeta, a rollback (of a savepoint too) and as the
    // transaction ends.
    mutable QHash<QString, QVariant> m_sharingDefaults;
    // checkRow's references found live in this write transaction (id bytes to the entity), good
    // while nothing but insertRow's own inserts changed a row since: the connection's change count
    // is then still m_liveReferencesAt. (An insert's own triggers write only the search index's
    // bookkeeping, which the count after it takes in.) Emptied by a rollback, of a savepoint too
    // (it changes rows without counting), as the transaction ends, and as soon as the count moved
    // otherwise.
    mutable QHash<QByteArray, QString> m_liveReferences;
    mutable qint64 m_liveReferencesAt = -1;
    mutable std::unordered_map<QString, std::unique_ptr<Statement>> m_statements;
    mutable qint64 m_changesIndexed = -1; // the connection's total changes when the index was last brought up to date
};

// Gives `store` the office's keys for the life of this object (an export or merge, which open and
// seal identifying details). Afterwards the keys from before come back, unless someone changed
// them meanwhile (a window's key ring that locked during the work): their change stands, since
// the keys from before may be gone.
class IdentityKeysScope {
public:
    IdentityKeysScope(Store& store, const OfficeKeys& keys)
        : m_store(store), m_before(store.identityKeys()), m_ours(&keys)
    {
        store.setIdentityKeys(&keys);
    }
    ~IdentityKeysScope()
    {
        if (m_store.identityKeys() == m_ours)
            m_store.setIdentityKeys(m_before);
    }
    IdentityKeysScope(const IdentityKeysScope&) = delete;
    IdentityKeysScope& operator=(const IdentityKeysScope&) = delete;

private:
    Store& m_store;
    const OfficeKeys* m_before;
    const OfficeKeys* m_ours;
};

} // namespace tandem
