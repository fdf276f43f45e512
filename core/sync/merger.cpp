// Merge: verify a bundle, then fold its payload into the store with one set-based upsert per
// table, per-field last writer wins, in one transaction (DESIGN.md §3).

#include "exchange.h"

#include "bundle.h"
#include "codeclashes.h"
#include "mergecheck.h"
#include "mergerules.h"
#include "partners.h"
#include "payload.h"
#include "store/attachmentstore.h"
#include "seats.h"
#include "store/audit.h"
#include "store/backup.h"
#include "store/undofile.h"
#include "store/hlc.h"
#include "store/recalls.h"
#include "store/schema.h"
#include "store/sharing.h"
#include "store/store.h"
#include "store/value.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlQuery>
#include <QUuid>
#include <QtEndian>

namespace tandem {
namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(tandem::Exchange)
};

// "Version v is covered by version vector vv": its site's entry has seen its clock. A zero
// version (a field never written) is covered by anything.
QString covered(const QString& vv, const QString& v)
{
    return QStringLiteral("(%2 = %3 OR EXISTS (SELECT 1 FROM %1 w WHERE w.site = substr(%2, 9) "
                          "AND w.hlc >= substr(%2, 1, 8)))")
        .arg(vv, v, schema::zeroVersionLiteral());
}

const QString kOurs = QStringLiteral("main.version_vector");
const QString kTheirs = QStringLiteral("b.vv");

// The columns of one entity that this payload carries, sorted into what the SQL needs.
struct Shape {
    const EntityDef* e = nullptr;
    QStringList all;                      // payload columns, in store order
    std::vector<const FieldDef*> fields;  // fields present
    QStringList groups;                   // version columns present
    QStringList cleared;                  // fields a tombstone clears
};

Shape shapeOf(const EntityDef& e, const QStringList& columns)
{
    Shape s;
    s.e = &e;
    s.all = columns;
    for (const FieldDef& f : e.fields) {
        if (!columns.contains(f.name))
            continue;
        s.fields.push_back(&f);
        if (!s.groups.contains(f.versionColumn()))
            s.groups << f.versionColumn();
        if (!keptOnTombstone(e, f.name))
            s.cleared << f.name;
    }
    return s;
}

QString anyOf(const QStringList& terms)
{
    return terms.isEmpty() ? QStringLiteral("0") : QLatin1Char('(') + terms.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

// The fields of a row as JSON, for a delete conflict.
QString snapshot(const Shape& s, const QString& alias)
{
    return mergerules::snapshotSql(s.fields, alias);
}

QString maxOf(const QStringList& groups, const QString& alias)
{
    QStringList terms;
    for (const QString& g : groups)
        terms << alias + QLatin1Char('.') + g;
    return terms.size() == 1 ? terms.first() : QStringLiteral("max(%1)").arg(terms.join(QStringLiteral(", ")));
}

// An incoming edit of the group `g` we had not seen: against our delete, it is concurrent whether
// its version is above or below the one our tombstone holds. Below it, it lost to an edit made
// before the delete (an office edited the field, then deleted the row); an office that got that
// delete first must still list the edit, or it vanishes with no conflict anywhere.
QString unseenEdit(const QString& g)
{
    return QStringLiteral("(i.%1 <> l.%1 AND NOT %2)").arg(g, covered(kOurs, QStringLiteral("i.") + g));
}

// Conflict candidates: rows where some concurrent change meets a local one.
QString concurrentCondition(const Shape& s)
{
    QStringList edit;
    QStringList ourEdits;   // local versions the sender had not seen
    QStringList theirEdits; // incoming versions we had not seen
    for (const QString& g : s.groups) {
        const QString i = QStringLiteral("i.") + g;
        const QString l = QStringLiteral("l.") + g;
        edit << QStringLiteral("(%1 <> %2 AND NOT %3 AND NOT %4)").arg(i, l, covered(kTheirs, l), covered(kOurs, i));
        ourEdits << QStringLiteral("NOT ") + covered(kTheirs, l);
        theirEdits << unseenEdit(g);
    }
    const QString theyDeleted =
        QStringLiteral("(i.deleted = 1 AND l.deleted = 0 AND i.deleted_v > l.deleted_v AND NOT %1 AND %2)")
            .arg(covered(kOurs, QStringLiteral("i.deleted_v")), anyOf(ourEdits));
    const QString weDeleted =
        QStringLiteral("(l.deleted = 1 AND i.deleted = 0 AND l.deleted_v > i.deleted_v AND NOT %1 AND %2)")
            .arg(covered(kTheirs, QStringLiteral("l.deleted_v")), anyOf(theirEdits));
    return QStringLiteral("((l.deleted = 0 AND i.deleted = 0 AND %1) OR %2 OR %3)")
        .arg(anyOf(edit), theyDeleted, weDeleted);
}

class TableMerge {
public:
    // `recording`, when the merge is recorded for an undo (else null).
    TableMerge(Store& store, const Shape& shape, qint64 seq, const QByteArray& sender, qint64 now, UndoRecording* recording)
        : m_store(store), m_s(shape), m_seq(seq), m_sender(sender), m_now(now), m_recording(recording)
    {
    }

    Result<qint64> recordConflicts()
    {
        const QString& t = m_s.e->name;
        // A temporary table that lives as long as the connection; emptied for each table. (DROP
        // TABLE would fail while any statement of the connection is still reading.)
        for (const char* sql : {"CREATE TEMP TABLE IF NOT EXISTS merge_candidate (id BLOB PRIMARY KEY)",
                                "DELETE FROM temp.merge_candidate"}) {
            if (Result<QSqlQuery> q = m_store.exec(QString::fromLatin1(sql)); !q)
                return q.error();
        }
        Result<QSqlQuery> cand = m_store.exec(
            QStringLiteral("INSERT INTO temp.merge_candidate (id) SELECT i.id FROM b.%1 i "
                           "JOIN main.%1 l ON l.id = i.id WHERE %2")
                .arg(t, concurrentCondition(m_s)));
        if (!cand)
            return cand.error();
        Result<QSqlQuery> n = m_store.exec(QStringLiteral("SELECT count(*) FROM temp.merge_candidate"));
        if (!n || !n->next())
            return n ? makeError(Texts::tr("cannot count conflicts")) : n.error();
        if (n->value(0).toLongLong() == 0)
            return qint64(0);

        const QString from = QStringLiteral(
                                 "FROM temp.merge_candidate c JOIN b.%1 i ON i.id = c.id JOIN main.%1 l ON l.id = c.id")
                                 .arg(t);
        const QString insert = QStringLiteral(
            "INSERT INTO main.merge_conflict (id, entity, row_id, field, kind, kept_value, kept_version, "
            "other_value, other_version, sender_site, merged_at) ");
        qint64 total = 0;
        auto run = [&](const QString& select) -> Result<void> {
            Result<QSqlQuery> q = m_store.exec(insert + select, {t, m_sender, m_now});
            if (!q)
                return q.error();
            total += q->numRowsAffected();
            return {};
        };
        for (const FieldDef* f : m_s.fields) {
            const QString g = f->versionColumn();
            const QString i = QStringLiteral("i.") + g;
            const QString l = QStringLiteral("l.") + g;
            // Identifying details arrive open and are kept sealed: compared open, listed sealed.
            const QString incoming = f->sealed ? QStringLiteral("tandem_seal(i.%1)").arg(f->name) : QStringLiteral("i.") + f->name;
            const QString localOpen = f->sealed ? QStringLiteral("tandem_open(l.%1)").arg(f->name) : QStringLiteral("l.") + f->name;
            Result<void> r = run(QStringLiteral(
                                     "SELECT randomblob(16), ?, l.id, '%1', 'edit', "
                                     "CASE WHEN %2 > %3 THEN %7 ELSE l.%1 END, max(%2, %3), "
                                     "CASE WHEN %2 > %3 THEN l.%1 ELSE %7 END, min(%2, %3), ?, ? %4 "
                                     "WHERE l.deleted = 0 AND i.deleted = 0 AND %2 <> %3 AND i.%1 IS NOT %8 "
                                     "AND NOT %5 AND NOT %6")
                                     .arg(f->name, i, l, from, covered(kTheirs, l), covered(kOurs, i), incoming, localOpen));
            if (!r)
                return r.error();
        }
        QStringList ourEdits;
        QStringList theirEdits;
        for (const QString& g : m_s.groups) {
            ourEdits << QStringLiteral("NOT ") + covered(kTheirs, QStringLiteral("l.") + g);
            theirEdits << unseenEdit(g);
        }
        // They deleted what we changed: the delete wins, our row is kept in the conflict.
        Result<void> r = run(QStringLiteral("SELECT randomblob(16), ?, l.id, '*', 'delete', NULL, i.deleted_v, "
                                            "%1, %2, ?, ? %3 WHERE i.deleted = 1 AND l.deleted = 0 "
                                            "AND i.deleted_v > l.deleted_v AND NOT %4 AND %5")
                                 .arg(snapshot(m_s, QStringLiteral("l")), maxOf(m_s.groups, QStringLiteral("l")), from,
                                      covered(kOurs, QStringLiteral("i.deleted_v")), anyOf(ourEdits)));
        if (!r)
            return r.error();
        // We deleted what they changed: the delete stays, their row is kept in the conflict.
        r = run(QStringLiteral("SELECT randomblob(16), ?, l.id, '*', 'delete', NULL, l.deleted_v, %1, %2, ?, ? %3 "
                               "WHERE l.deleted = 1 AND i.deleted = 0 AND l.deleted_v > i.deleted_v "
                               "AND NOT %4 AND %5")
                    .arg(snapshot(m_s, QStringLiteral("i")), maxOf(m_s.groups, QStringLiteral("i")), from,
                         covered(kTheirs, QStringLiteral("l.deleted_v")), anyOf(theirEdits)));
        if (!r)
            return r.error();
        return total;
    }

    Result<MergeCounts> count()
    {
        QStringList newer;
        for (const QString& g : m_s.groups)
            newer << QStringLiteral("i.%1 > l.%1").arg(g);
        newer << QStringLiteral("i.deleted_v > l.deleted_v");
        const QString deletes = QStringLiteral("(i.deleted = 1 AND l.deleted = 0 AND i.deleted_v > l.deleted_v)");
        Result<QSqlQuery> q = m_store.exec(
            QStringLiteral("SELECT "
                           "coalesce(sum(l.id IS NULL AND i.deleted = 0), 0), "
                           "coalesce(sum(l.id IS NOT NULL AND NOT %2 AND %3), 0), "
                           "coalesce(sum(l.id IS NOT NULL AND %2), 0) "
                           "FROM b.%1 i LEFT JOIN main.%1 l ON l.id = i.id")
                .arg(m_s.e->name, deletes, anyOf(newer)));
        if (!q || !q->next())
            return q ? makeError(Texts::tr("cannot count changes")) : q.error();
        return MergeCounts{q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toLongLong()};
    }

    Result<void> upsert()
    {
        QStringList set;
        for (const FieldDef* f : m_s.fields)
            set << QStringLiteral("%1 = CASE WHEN excluded.%2 > %2 THEN excluded.%1 ELSE %1 END").arg(f->name, f->versionColumn());
        QStringList newer;
        for (const QString& g : m_s.groups) {
            set << QStringLiteral("%1 = max(excluded.%1, %1)").arg(g);
            newer << QStringLiteral("excluded.%1 > %1").arg(g);
        }
        set << QStringLiteral("deleted = CASE WHEN excluded.deleted_v > deleted_v THEN excluded.deleted ELSE deleted END")
            << QStringLiteral("deleted_v = max(excluded.deleted_v, deleted_v)")
            << QStringLiteral("local_seq = excluded.local_seq");
        newer << QStringLiteral("excluded.deleted_v > deleted_v");
        const QString columns = m_s.all.join(QStringLiteral(", "));
        QStringList values;
        for (const QString& c : m_s.all) {
            const FieldDef* f = m_s.e->field(c);
            values << (f && f->sealed ? QStringLiteral("tandem_seal(%1)").arg(c) : c);
        }
        // Every row it writes gets this merge's local sequence number (as the undo may know).
        const auto write = [&]() -> Result<void> {
            Result<QSqlQuery> q = m_store.exec(
                QStringLiteral("INSERT INTO main.%1 (%2, local_seq) SELECT %3, ? FROM b.%1 WHERE true "
                               "ON CONFLICT (id) DO UPDATE SET %4 WHERE %5")
                    .arg(m_s.e->name, columns, values.join(QStringLiteral(", ")), set.join(QStringLiteral(", ")),
                         newer.join(QStringLiteral(" OR "))),
                {m_seq});
            if (!q)
                return q.error();
            return {};
        };
        if (Result<void> r = m_recording ? m_recording->recordInsertsBySeq(m_s.e->name, m_seq, write) : write(); !r)
            return r.error();

        // Tombstones hold no data, whichever side's fields won.
        if (!m_s.cleared.isEmpty()) {
            QStringList nulls;
            QStringList notNull;
            for (const QString& f : m_s.cleared) {
                nulls << f + QStringLiteral(" = NULL");
                notNull << f + QStringLiteral(" IS NOT NULL");
            }
            Result<QSqlQuery> c = m_store.exec(QStringLiteral("UPDATE main.%1 SET %2 WHERE local_seq = ? AND deleted = 1 AND %3")
                                                   .arg(m_s.e->name, nulls.join(QStringLiteral(", ")), anyOf(notNull)),
                                               {m_seq});
            if (!c)
                return c.error();
        }
        return {};
    }

    Result<void> announce()
    {
        Result<QSqlQuery> q = m_store.exec(QStringLiteral("SELECT id FROM main.%1 WHERE local_seq = ? LIMIT 10001").arg(m_s.e->name),
                                           {m_seq});
        if (!q)
            return q.error();
        QList<QUuid> ids;
        while (q->next())
            ids << QUuid::fromRfc4122(q->value(0).toByteArray());
        if (ids.isEmpty())
            return {};
        // Very many changes are announced as "the whole table" (an empty list).
        m_store.announceChanged(m_s.e->name, ids.size() > 10000 ? QList<QUuid>() : ids);
        return {};
    }

private:
    Store& m_store;
    const Shape& m_s;
    qint64 m_seq;
    QByteArray m_sender;
    qint64 m_now;
    UndoRecording* m_recording;
};

QByteArray be64(std::uint64_t v)
{
    QByteArray b(8, Qt::Uninitialized);
    qToBigEndian(v, b.data());
    return b;
}

} // namespace

// The attached files' parts the bundle carries after its payload (bundle::RecordReader), each
// checked against the payload's list (payload::kChunkTable: its kind and size) and kept, sealed,
// unless this file has it already; refused when a part is not listed, or a listed one is missing.
// Returns the bytes newly kept.
// The bytes the payload's list of attached files' parts announces (0 before they travelled).
Result<qint64> listedChunkBytes(Store& store, int schemaVersion)
{
    if (schemaVersion < payload::kChunksSince)
        return 0;
    Result<QSqlQuery> q = store.exec(QStringLiteral("SELECT total(size) FROM b.%1").arg(payload::kChunkTable));
    if (!q)
        return q.error();
    return q->next() ? qint64(q->value(0).toDouble()) : 0;
}

// `progress` is told the bytes kept or passed over so far, of `total`; false cancels the merge.
Result<qint64> mergeChunks(Store& store, bundle::Opened& opened, int schemaVersion, const QString& bundlePath,
                           const std::function<bool(qint64 done)>& progress)
{
    if (schemaVersion < payload::kChunksSince)
        return 0;
    struct Listed {
        bool identifying = false;
        qint64 size = 0;
        bool received = false;
    };
    QHash<QString, Listed> listed;
    Result<QSqlQuery> q = store.exec(QStringLiteral("SELECT name, identifying, size FROM b.%1").arg(payload::kChunkTable));
    if (!q)
        return q.error();
    while (q->next())
        listed.insert(q->value(0).toString(), {q->value(1).toBool(), q->value(2).toLongLong(), false});
    q->finish();
    qint64 kept = 0;
    qint64 read = 0;
    if (opened.records) {
        for (;;) {
            Result<std::optional<bundle::Record>> record = opened.records->next();
            if (!record)
                return record.error();
            if (!*record)
                break;
            const bundle::Record& r = **record;
            const auto it = listed.find(r.name);
            if (it == listed.end() || it->identifying != r.identifying || it->size != r.data.size() || it->received)
                return makeError(Texts::tr("bundle carries a part of an attached file it does not list (chunk %1); nothing "
                                           "was merged")
                                     .arg(r.name.left(12)),
                                 bundlePath);
            it->received = true;
            read += r.data.size();
            if (progress && !progress(read))
                return makeError(Texts::tr("merge cancelled"), bundlePath);
            Result<QSqlQuery> have = store.exec(QStringLiteral("SELECT 1 FROM main.attachment_chunk WHERE name = ?"), {r.name});
            if (!have)
                return have.error();
            const bool there = have->next();
            have->finish();
            if (there)
                continue;
            if (Result<void> stored = attachments::storeChunk(store, r.name, r.identifying, r.data); !stored)
                return Error{stored.error().message, bundlePath};
            kept += r.data.size();
        }
    }
    for (auto it = listed.cbegin(); it != listed.cend(); ++it) {
        if (!it->received)
            return makeError(Texts::tr("bundle lists a part of an attached file it does not carry (chunk %1); nothing "
                                       "was merged")
                                 .arg(it.key().left(12)),
                             bundlePath);
    }
    return kept;
}

Result<MergeSummary> mergeBundle(Store& store, const OfficeKeys& keys, const QString& bundlePath,
                                 const ExchangeProgress& progress, const MergeOptions& options)
{
    const auto trusted = [&store](const QString& fingerprint, const QByteArray& site) {
        return trustedKeys(store, fingerprint, site);
    };
    // For this machine: by its site, or (from a partner office) by its office's id.
    Result<bundle::Opened> opened = bundle::open(bundlePath, QList<QByteArray>{store.siteId(), store.officeSite()}, keys, trusted,
                                                 [&](qint64 done, qint64 total) {
                                                     return !progress || progress(0.4 * double(done) / double(std::max<qint64>(1, total)));
                                                 });
    if (!opened)
        return opened.error();

    // The decrypted payload stays in memory, never on the disk (payload::Attached).
    Result<std::unique_ptr<payload::Attached>> attached =
        payload::Attached::attach(store, QStringLiteral("b"), std::move(opened->payload), bundlePath);
    if (!attached)
        return attached.error();

    // 6. The payload's schema, then its clocks: still before the database is touched.
    Result<mergecheck::Manifest> manifest = mergecheck::readManifest(store, bundlePath);
    if (!manifest)
        return manifest.error();
    if (manifest->format != payload::kFormat)
        return makeError(Texts::tr("bundle payload format %1 is not known to this version of Tandem").arg(manifest->format), bundlePath);
    if (manifest->schema > schema::currentVersion())
        return makeError(Texts::tr("bundle was made by a newer version of Tandem (schema %1; this version reads up to %2)")
                             .arg(manifest->schema)
                             .arg(schema::currentVersion()),
                         bundlePath);
    if (manifest->senderSite != opened->senderSite)
        return makeError(Texts::tr("bundle payload names another sender than its envelope"), bundlePath);
    Result<QHash<QString, QStringList>> columns = payload::validate(store, QStringLiteral("b"), manifest->schema, bundlePath);
    if (!columns)
        return columns.error();
    // Every payload has a table for every entity, most of them empty in an incremental bundle;
    // each check below compiles a statement per table, so only tables with rows go on (on a
    // bundle of 1% of the demo, compiling them for the empty tables was a quarter of the checks).
    for (auto it = columns->begin(); it != columns->end();) {
        Result<QSqlQuery> any = store.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM b.%1)").arg(it.key()));
        if (!any || !any->next())
            return any ? makeError(Texts::tr("cannot read the payload"), bundlePath) : any.error();
        const bool carried = any->value(0).toBool();
        any->finish();
        it = carried ? std::next(it) : columns->erase(it);
    }
    // The sending machine: known, or a machine of a trusted office (or of this office) seen for
    // the first time, recorded with the merge. Every machine of this office (any may write the
    // office's own record). Read now, for the checks of the rows below; what is wrong with them is
    // said in its turn.
    Result<Sender> from = bundleSender(store, opened->senderSite, manifest->senderOffice, opened->senderFingerprint);
    Result<std::vector<Seat>> machines = seats(store, true);
    QList<QByteArray> ourSites{store.siteId(), store.officeSite()};
    if (machines) {
        for (const Seat& m : *machines)
            ourSites << m.machine.site;
    }
    if (from && from->partner.seat)
        ourSites << opened->senderSite;
    const Result<mergecheck::Own> own = mergecheck::ownOf(store, ourSites);

    // Every row's id, versions and values, the entities' rules, and nothing in this office's name
    // that it never wrote (section 7 below): checked table by table, shared with a second
    // connection when there are many rows.
    Result<mergecheck::RowChecks> rows = mergecheck::checkRows(store, *columns, own ? &*own : nullptr, (*attached)->bytes(),
                                                               bundlePath, options.parallelChecksFrom);
    if (!rows)
        return rows.error();
    if (rows->damaged)
        return *rows->damaged;
    const std::uint64_t clock = rows->clock;
    const qint64 wall = store.wallClock();
    if (Hlc::millis(clock) > wall + kMaxClockLeadMs)
        return makeError(Texts::tr("bundle carries changes dated %1, more than a day ahead of this computer's clock (%2): "
                            "the sender's clock is wrong; ask them to correct it and export again")
                             .arg(value::isoTime(QDateTime::fromMSecsSinceEpoch(Hlc::millis(clock), Qt::UTC)),
                                  value::isoTime(QDateTime::fromMSecsSinceEpoch(wall, Qt::UTC))),
                         bundlePath);
    if (!from)
        return from.error();
    if (!from->refusal.isEmpty())
        return makeError(from->refusal, bundlePath);
    const std::optional<Partner> sender = from->partner;
    const bool fromSeat = from->partner.seat;
    if (!machines)
        return machines.error();

    // 7. A trusted partner is not obeyed: every row as a local write would have it, nothing of
    // this office's own, no acknowledgement of more than was sent.
    if (rows->refused)
        return *rows->refused;
    if (!own)
        return own.error();
    if (rows->notOurs)
        return *rows->notOurs;
    if (Result<void> r = mergecheck::attachmentChunks(store, *columns, manifest->schema, bundlePath); !r)
        return r.error();
    Result<qint64> acked = mergecheck::acknowledgement(store, *sender, bundlePath);
    if (!acked)
        return acked.error();

    // Identifying details are opened to compare them and sealed again as they are written: a
    // bundle that carries any is merged by a person whose key opens them (a lead, a liaison).
    if (!keys.canOpenIdentities() && (columns->contains(QStringLiteral("survivor_identity"))
                                      || columns->contains(QStringLiteral("survivor_attachment")))) {
        QStringList counts;
        for (const QString& t : {QStringLiteral("survivor_identity"), QStringLiteral("survivor_attachment")}) {
            if (columns->contains(t))
                counts << QStringLiteral("(SELECT count(*) FROM b.%1 WHERE deleted = 0)").arg(t);
        }
        Result<QSqlQuery> carried = store.exec(QStringLiteral("SELECT ") + counts.join(QStringLiteral(" + ")));
        if (!carried || !carried->next())
            return carried ? makeError(Texts::tr("cannot read the payload"), bundlePath) : carried.error();
        if (const qint64 n = carried->value(0).toLongLong(); n > 0)
            return Error{n == 1 ? Texts::tr("this bundle carries a survivor's identity, and only a lead's or "
                                                "liaison's passphrase opens it to compare and keep it: ask a lead or "
                                                "liaison to merge it")
                                    : Texts::tr("this bundle carries %n survivors' identities, and only a lead's or "
                                                "liaison's passphrase opens them to compare and keep them: ask a lead "
                                                "or liaison to merge it",
                                                nullptr, int(n)),
                         bundlePath, kNeedsIdentityKey};
    }
    IdentityKeysScope unlocked(store, keys);

    MergeSummary summary;
    summary.senderSite = opened->senderSite;
    summary.senderName = sender->name;
    // The safety net: what the merge changes, as it was, in an undo file (not a copy of the file,
    // whose cost would grow with the file).
    std::unique_ptr<UndoRecording> recording;
    if (options.backup) {
        Result<std::unique_ptr<UndoRecording>> started = UndoRecording::start(store, Texts::tr("before merge from %1").arg(summary.senderName));
        if (!started)
            return makeError(Texts::tr("the merge could not be recorded for an undo, so nothing was merged: %1")
                                 .arg(started.error().message),
                             bundlePath);
        recording = std::move(*started);
    }
    const qint64 now = wall / 1000;

    Result<Transaction> tx = store.begin();
    if (!tx)
        return tx.error();
    if (Result<QSqlQuery> q = store.exec(QStringLiteral("INSERT INTO version_vector (site, hlc) VALUES (?, ?) "
                                                        "ON CONFLICT (site) DO UPDATE SET hlc = excluded.hlc"),
                                         {store.siteId(), be64(store.clock())});
        !q)
        return q.error();
    const qint64 seq = store.takeSeq();
    if (Result<void> r = mergerules::begin(store); !r)
        return r.error();
    if (from->isNew) {
        if (Result<void> r = addSender(store, *sender); !r)
            return r.error();
    }
    if (fromSeat) {
        if (Result<void> r = takeSeatList(store, manifest->seats, bundlePath); !r)
            return r.error();
        if (Result<void> r = takeOfficeTrust(store, manifest->partners, bundlePath); !r)
            return r.error();
    }
    // A version of ours later than any in the bundle, made only when needed.
    QByteArray renewal;
    const auto version = [&] {
        if (renewal.isEmpty()) {
            store.observeClock(clock);
            renewal = store.takeVersion();
        }
        return renewal;
    };

    // Whom distributions reach, as the offices' trust and the groups' members say before the
    // merge: where the bundle widens it, rows this office relays go again (offerWidened).
    Result<mergerules::Reach> reachBefore = mergerules::reach(store);
    if (!reachBefore)
        return reachBefore.error();

    // Progress: reading the payload up to 0.4, its rows to 1, or to 0.7 when attached files'
    // parts follow it, which take the rest by their bytes.
    Result<qint64> chunkBytes = listedChunkBytes(store, manifest->schema);
    if (!chunkBytes)
        return chunkBytes.error();
    const double rowsEnd = *chunkBytes > 0 ? 0.7 : 1.0;
    const auto& entities = Registry::instance().entities();
    for (size_t n = 0; n < entities.size(); ++n) {
        const EntityDef& e = entities[n];
        if (!columns->contains(e.name))
            continue;
        const Shape shape = shapeOf(e, columns->value(e.name));
        Result<QSqlQuery> size = store.exec(QStringLiteral("SELECT count(*) FROM b.%1").arg(e.name));
        if (!size || !size->next())
            return size ? makeError(Texts::tr("cannot read the payload"), bundlePath) : size.error();
        const qint64 rows = size->value(0).toLongLong();
        size->finish();
        summary.rowsInBundle += rows;
        if (rows == 0)
            continue;
        // Rows this office keeps to itself take no change from partners (DESIGN.md §3, Sharing);
        // the office's other machines are the office.
        if (!fromSeat) {
            Result<qint64> skipped = mergerules::skipPrivate(store, e, seq, version);
            if (!skipped)
                return skipped.error();
        }
        if (Result<void> r = mergerules::keepOwnerSnapshots(store, e); !r)
            return r.error();
        TableMerge merge(store, shape, seq, opened->senderSite, now, recording.get());
        Result<qint64> conflicts = merge.recordConflicts();
        if (!conflicts)
            return conflicts.error();
        summary.conflicts += *conflicts;
        Result<MergeCounts> counts = merge.count();
        if (!counts)
            return counts.error();
        if (counts->added || counts->updated || counts->deleted)
            summary.perEntity.insert(e.name, *counts);
        if (Result<void> r = merge.upsert(); !r)
            return r.error();
        if (Result<void> r = merge.announce(); !r)
            return r.error();
        if (Result<void> r = mergerules::trackWithdrawals(store, e, seq); !r)
            return r.error();
        if (progress && !progress(0.4 + (rowsEnd - 0.4) * double(n + 1) / double(entities.size())))
            return makeError(Texts::tr("merge cancelled"), bundlePath);
    }
    if (Result<void> r = mergerules::offerWidened(store, *reachBefore, seq); !r)
        return r.error();
    // The bytes of the attached files, read one part at a time after the payload and sealed to
    // this office's key as they are kept: each as the payload lists it, and every part it lists.
    const auto chunkProgress = [&](qint64 done) {
        return !progress || progress(rowsEnd + (1.0 - rowsEnd) * double(done) / double(std::max<qint64>(1, *chunkBytes)));
    };
    if (Result<qint64> kept = mergeChunks(store, *opened, manifest->schema, bundlePath, chunkProgress); !kept)
        return kept.error();
    else
        summary.attachmentBytes = *kept;
    (void)store.exec(QStringLiteral("DELETE FROM temp.merge_candidate"));
    // Rows added under an owner another office deleted meanwhile.
    Result<qint64> orphans = mergerules::recordOrphans(store, seq, opened->senderSite, now);
    if (!orphans)
        return orphans.error();
    summary.conflicts += *orphans;
    // Recalls that address this office (DESIGN.md §8): its copies of those identities go.
    Result<std::vector<ErasedCopy>> erased = recalls::apply(store);
    if (!erased)
        return erased.error();
    summary.erased = qint64(erased->size());
    // A survivor's attached files deleted at their origin (an erasure) take their bytes with them
    // now; other files' bytes go when the file closes, so that undoing the merge finds them.
    if (summary.perEntity.value(QStringLiteral("survivor_attachment")).deleted > 0) {
        if (Result<qint64> gone = attachments::collectGarbage(store); !gone)
            return gone.error();
    }
    // Two survivors that now share a code (two offices numbered at the same time).
    if (columns->contains(QStringLiteral("survivor"))) {
        Result<qint64> clashes = flagCodeClashes(store, opened->senderSite, now);
        if (!clashes)
            return clashes.error();
        summary.codeClashes = *clashes;
    }

    // What we now know of the sender: how far it has merged our rows (its acknowledgement), and
    // how far we have its rows, which only advances when this bundle continued where the last
    // one we merged ended and nothing was withheld from us. A sender restored from a backup
    // comes with a new epoch: its acknowledgement then replaces ours, lower as it may be, so that
    // we send it again what its restore lost; a bundle from before its restore acknowledges
    // nothing any more.
    const bool complete = (manifest->completeFor.contains(value::idText(store.officeId()))
                           || manifest->completeFor.contains(value::idText(QUuid::fromRfc4122(store.siteId()))))
                          && manifest->since <= sender->receivedSeq;
    const qint64 ackedNow = manifest->epoch > sender->epoch    ? *acked
                            : manifest->epoch == sender->epoch ? std::max(sender->ackedSeq, *acked)
                                                                  : sender->ackedSeq;
    Result<QSqlQuery> bookkeeping = store.exec(
        QStringLiteral("UPDATE partner SET acked_seq = ?, epoch = max(epoch, ?), last_merge_at = ?, "
                       "received_seq = CASE WHEN ? THEN max(received_seq, ?) ELSE received_seq END WHERE site = ?"),
        {ackedNow, manifest->epoch, now, complete, manifest->senderSeq, opened->senderSite});
    if (!bookkeeping)
        return bookkeeping.error();
    if (complete) {
        Result<QSqlQuery> vv = store.exec(QStringLiteral("INSERT INTO version_vector (site, hlc) SELECT site, hlc FROM b.vv "
                                                         "WHERE length(site) = 16 AND length(hlc) = 8 "
                                                         "ON CONFLICT (site) DO UPDATE SET hlc = max(hlc, excluded.hlc)"));
        if (!vv)
            return vv.error();
    }
    store.observeClock(clock);
    Result<QString> witnessed = mergerules::witnessAuditHead(store, *sender, manifest->epoch, manifest->senderSeq,
                                                           manifest->auditSeq, manifest->auditHash);
    if (!witnessed)
        return witnessed.error();
    summary.auditProblem = *witnessed;

    const MergeCounts t = summary.total();
    if (Result<void> r = appendAudit(store, QStringLiteral("merge"), summary.senderName,
                                     Texts::tr("%1 new, %2 updated, %3 deleted, %4 conflicts from %5")
                                         .arg(t.added)
                                         .arg(t.updated)
                                         .arg(t.deleted)
                                         .arg(summary.conflicts)
                                         .arg(QFileInfo(bundlePath).fileName())
                                         + (summary.auditProblem.isEmpty() ? QString()
                                                                           : QStringLiteral("; ") + summary.auditProblem));
        !r)
        return r.error();
    if (recording) {
        if (Result<void> r = recording->seal(); !r)
            return r.error();
    }
    if (Result<void> r = tx->commit(); !r)
        return r.error();
    if (recording) {
        // The merge is saved whatever happens to its undo file now.
        if (Result<QString> kept = recording->keep(); kept)
            summary.backupPath = *kept;
    }
    // Only now, outside the transaction: the file, its journal and its backups rewritten without
    // what was erased (including the backup made before this merge).
    // (scrub() does nothing when no erasure is pending.)
    if (Result<int> r = recalls::scrub(store); !r)
        summary.erasureProblem = r.error().message;
    return summary;
}

} // namespace tandem
