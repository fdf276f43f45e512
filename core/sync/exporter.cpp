// Export: a payload database of the rows the recipients may see, sealed into a bundle.

#include "exchange.h"

#include "bundle.h"
#include "partners.h"
#include "payload.h"
#include "seats.h"
#include "store/attachmentstore.h"
#include "store/audit.h"
#include "store/hlc.h"
#include "store/schema.h"
#include "store/sharing.h"
#include "store/store.h"
#include "store/value.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>
#include <QtEndian>

namespace tandem {
namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(tandem::Exchange)
};

QString hexLiteral(const QByteArray& bytes)
{
    return QStringLiteral("x'%1'").arg(QString::fromLatin1(bytes.toHex()));
}

// Identity rows: shared only with offices an active identity consent covers, and only where their
// survivor goes.
QString identityCondition(const QList<QByteArray>& recipients, qint64 now)
{
    QStringList covered;
    for (const QByteArray& site : recipients) {
        covered << QStringLiteral(
                       "EXISTS (SELECT 1 FROM consent c WHERE c.survivor = t.survivor AND c.deleted = 0 "
                       "AND c.scope = 'identity' AND c.recipient_office = %1 AND c.given_at <= %2 "
                       "AND (c.withdrawn_at IS NULL OR c.withdrawn_at > %2) "
                       "AND (c.expires_at IS NULL OR c.expires_at > %2))")
                       .arg(hexLiteral(site))
                       .arg(now);
    }
    // A tombstone carries no identifying data; it travels wherever the survivor does.
    return QStringLiteral("(t.deleted = 1 OR (%1))").arg(covered.join(QStringLiteral(" AND ")));
}

// Whom a bundle is for: partner offices (by their ids), or other machines of this office (seats,
// by their site ids; sync/seats.h), never both at once.
struct Audience {
    QList<QByteArray> sites;
    bool seats = false;
    bool identities = true; // seats only: every one of them may receive survivors' identities
};

// What may go to every one of the recipients (DESIGN.md §8): each row's distribution, up its
// owners. Another machine of this office takes every row, kept to the office or not, and
// survivors' identities where its person may read them (a tombstone always: it is how an erasure
// reaches every machine).
QString rowCondition(const Store& store, const EntityDef& e, const Audience& to, qint64 now)
{
    if (to.seats) {
        if (e.sharing == SharingRule::Identity && !to.identities)
            return QStringLiteral("(t.deleted = 1)");
        return QStringLiteral("(1)");
    }
    QStringList terms;
    for (const QByteArray& site : to.sites)
        terms << deliverableCondition(e, QStringLiteral("t"), site, store.officeSite());
    if (e.sharing == SharingRule::Identity)
        terms << identityCondition(to.sites, now);
    return QLatin1Char('(') + terms.join(QStringLiteral(") AND (")) + QLatin1Char(')');
}

QByteArray be64(std::uint64_t v)
{
    QByteArray b(8, Qt::Uninitialized);
    qToBigEndian(v, b.data());
    return b;
}

// Withdrawals of rows this office no longer shares (DESIGN.md §3, Sharing): the id, the owner
// (where it belongs), its sharing as it is, and a delete with the withdrawal's version (or the
// row's own delete, when later); no data, and every other version zero, so that nothing else of the
// row changes anywhere. Only versions the row really holds travel: a relayed withdrawal carries
// the delete and the sharing level of the offices that made them.
QString withdrawalsInsert(const EntityDef& e)
{
    const QStringList columns = payload::columns(e);
    QStringList values;
    for (const QString& c : columns) {
        if (c == QLatin1String("id"))
            values << QStringLiteral("w.id");
        else if (keptOnTombstone(e, c) || c == QLatin1String("sharing_v"))
            values << QStringLiteral("t.") + c;
        else if (c == QLatin1String("deleted"))
            values << QStringLiteral("1");
        else if (c == QLatin1String("deleted_v"))
            values << QStringLiteral("max(w.version, t.deleted_v)");
        else if (c.endsWith(QLatin1String("_v")))
            values << schema::zeroVersionLiteral();
        else
            values << QStringLiteral("NULL");
    }
    return QStringLiteral("INSERT INTO p.%1 (%2) SELECT %3 FROM main.withdrawal w JOIN main.%1 t ON t.id = w.id "
                          "WHERE w.entity = '%1' AND w.seq > ? AND NOT (%4)")
        .arg(e.name, columns.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")),
             exchangedCondition(e, QStringLiteral("t")));
}

// The identity rows changed since `since` that may go to all of `to` now.
Result<qint64> identitiesDue(Store& store, const Audience& to, qint64 since, qint64 now, const QString& bundlePath)
{
    const EntityDef& identity = *Registry::instance().entity(QStringLiteral("survivor_identity"));
    Result<QSqlQuery> q = store.exec(QStringLiteral("SELECT count(*) FROM survivor_identity t WHERE t.local_seq > ? AND %1")
                                         .arg(rowCondition(store, identity, to, now)),
                                     {since});
    if (!q || !q->next())
        return q ? makeError(Texts::tr("cannot count identities"), bundlePath) : q.error();
    return q->value(0).toLongLong();
}

// Lists in the payload the chunks named by the live attachment rows in it (store/attachmentstore.h),
// and in `due` what the bundle is to carry after the payload. Returns their bytes.
Result<qint64> exportChunks(Store& store, std::vector<bundle::Record>& due, const QString& bundlePath)
{
    qint64 bytes = 0;
    for (const EntityDef& e : Registry::instance().entities()) {
        const QString kind = attachments::ownerKindOf(e.name);
        if (kind.isEmpty())
            continue;
        Result<QSqlQuery> names = store.exec(QStringLiteral("SELECT DISTINCT j.value FROM p.%1 a, json_each(a.chunks) j "
                                                            "WHERE a.deleted = 0 AND json_valid(a.chunks) "
                                                            "AND j.value NOT IN (SELECT name FROM p.%2)")
                                                 .arg(e.name, payload::kChunkTable));
        if (!names)
            return names.error();
        QStringList names_;
        while (names->next())
            names_ << names->value(0).toString();
        names->finish();
        for (const QString& name : std::as_const(names_)) {
            Result<QSqlQuery> size = store.exec(QStringLiteral("SELECT size FROM main.attachment_chunk WHERE name = ?"), {name});
            if (!size)
                return size.error();
            if (!size->next())
                return makeError(Texts::tr("a part of an attached file is missing from this file (chunk %1): run tandem-cli "
                                           "check")
                                     .arg(name.left(12)),
                                 bundlePath);
            const qint64 n = size->value(0).toLongLong();
            size->finish();
            if (Result<QSqlQuery> q = store.exec(QStringLiteral("INSERT OR IGNORE INTO p.%1 (name, identifying, size) VALUES (?, ?, ?)")
                                                     .arg(payload::kChunkTable),
                                                 {name, attachments::identifying(kind) ? 1 : 0, n});
                !q)
                return q.error();
            due.push_back({name, attachments::identifying(kind), {}});
            bytes += n;
        }
    }
    return bytes;
}

} // namespace

Result<ExportSummary> exportBundle(Store& store, const OfficeKeys& keys, const ExportOptions& options,
                                   const QString& bundlePath, const ExchangeProgress& progress)
{
    if (options.recipients.isEmpty())
        return makeError(Texts::tr("choose at least one partner office to export for"), bundlePath);
    ExportSummary summary;
    std::vector<bundle::Recipient> recipients;
    Audience audience;
    audience.sites = options.recipients;
    qint64 since = -1;
    for (const QByteArray& site : options.recipients) {
        Result<std::optional<Partner>> p = partnerBySite(store, site);
        if (!p)
            return p.error();
        if (!*p || (!(*p)->seat && (*p)->office != site))
            return makeError(Texts::tr("not a trusted partner office"), value::idText(QUuid::fromRfc4122(site)));
        if (site != options.recipients.first() && (*p)->seat != audience.seats)
            return makeError(Texts::tr("a bundle for this office's other machines is made for them alone, not with "
                                       "partner offices"),
                             bundlePath);
        audience.seats = (*p)->seat;
        audience.identities = audience.identities && (*p)->identities;
        recipients.push_back({site, (*p)->keys.box});
        summary.recipientNames << (*p)->name;
        // A partner office has its rows once any of its machines has merged them: they exchange
        // everything among themselves. Another machine of this office, by its own acknowledgement.
        qint64 acked = (*p)->ackedSeq;
        if (!(*p)->seat) {
            Result<QSqlQuery> q = store.exec(QStringLiteral("SELECT max(acked_seq) FROM partner WHERE "
                                                            "coalesce(office, site) = ? AND revoked_at IS NULL AND seat = 0"),
                                             {site});
            if (!q || !q->next())
                return q ? makeError(Texts::tr("cannot read the partner offices"), bundlePath) : q.error();
            acked = std::max(acked, q->value(0).toLongLong());
        }
        since = since < 0 ? acked : std::min(since, acked);
    }
    summary.since = options.full ? 0 : since;
    const qint64 now = store.wallClock() / 1000;
    // Partners refuse changes dated more than a day ahead of their clocks: a bundle made by a
    // clock that ran ahead would be refused by every one of them.
    if (Hlc::millis(store.clock()) > store.wallClock() + kMaxClockLeadMs)
        return makeError(Texts::tr("this office's changes are dated up to %1, more than a day ahead of this computer's "
                                   "clock (%2): partners would refuse the bundle. If the clock is right now, repair "
                                   "this office's clock first (tandem-cli repair-clock)")
                             .arg(value::isoTime(QDateTime::fromMSecsSinceEpoch(Hlc::millis(store.clock()), Qt::UTC)),
                                  value::isoTime(QDateTime::fromMSecsSinceEpoch(store.wallClock(), Qt::UTC))),
                         bundlePath);
    // Identities travel opened: a person whose key cannot open them (an analyst, a viewer) cannot
    // send them, and a bundle without them would count them as sent. Refused before anything.
    if (!keys.canOpenIdentities()) {
        Result<qint64> due = identitiesDue(store, audience, summary.since, now, bundlePath);
        if (!due)
            return due.error();
        if (const qint64 n = *due; n > 0)
            return makeError(n == 1 ? Texts::tr("a survivor's identity is due to go with this bundle, and only a lead's "
                                                "or liaison's passphrase opens it: ask a lead or liaison to export it")
                                    : Texts::tr("%n survivors' identities are due to go with this bundle, and only a "
                                                "lead's or liaison's passphrase opens them: ask a lead or liaison to "
                                                "export it",
                                                nullptr, int(n)),
                             bundlePath);
    }
    // Relays hand this office's "partners" rows to the offices its record says it trusts.
    if (Result<void> r = publishTrust(store); !r)
        return r.error();
    IdentityKeysScope unlocked(store, keys);

    qint64 sentSeq = 0;
    std::vector<bundle::Record> dueChunks; // the attached files' parts to carry after the payload
    qint64 identitiesSent = 0; // identity rows in the bundle (withdrawals aside)

    // The payload is made in memory, never on the disk: identifying details are opened in it.
    Result<std::unique_ptr<payload::Attached>> payloadDb = payload::Attached::attachNew(store, QStringLiteral("p"));
    if (!payloadDb)
        return payloadDb.error();

    {
        Result<Transaction> tx = store.begin();
        if (!tx)
            return tx.error();
        for (const QString& sql : payload::createStatements(QStringLiteral("p"))) {
            if (Result<QSqlQuery> q = store.exec(sql); !q)
                return q.error();
        }
        const auto& entities = Registry::instance().entities();
        for (size_t i = 0; i < entities.size(); ++i) {
            const EntityDef& e = entities[i];
            const QStringList columns = payload::columns(e);
            // Identifying details travel inside the encrypted bundle, opened: the receiver seals
            // them to its own key as it merges them.
            QStringList values;
            for (const QString& c : columns) {
                const FieldDef* f = e.field(c);
                values << (f && f->sealed ? QStringLiteral("tandem_open(t.%1)").arg(c) : QStringLiteral("t.") + c);
            }
            Result<QSqlQuery> q = store.exec(
                QStringLiteral("INSERT INTO p.%1 (%2) SELECT %3 FROM main.%1 t WHERE t.local_seq > ? AND %4")
                    .arg(e.name, columns.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")),
                         rowCondition(store, e, audience, now)),
                {summary.since});
            if (!q)
                return q.error();
            qint64 n = q->numRowsAffected();
            if (e.name == QLatin1String("survivor_identity"))
                identitiesSent = n;
            // The office's other machines hold every row: nothing is withdrawn from them.
            if (e.sharing != SharingRule::Always && !audience.seats) {
                Result<QSqlQuery> w = store.exec(withdrawalsInsert(e), {summary.since});
                if (!w)
                    return w.error();
                n += w->numRowsAffected();
            }
            if (n > 0)
                summary.perEntity.insert(e.name, n);
            summary.rows += n;
            if (progress && !progress(0.5 * double(i + 1) / double(entities.size())))
                return makeError(Texts::tr("export cancelled"), bundlePath);
        }

        // The bytes of the files the attachment rows going name, opened for the bundle.
        if (Result<qint64> chunks = exportChunks(store, dueChunks, bundlePath); !chunks)
            return chunks.error();
        else
            summary.attachmentBytes = *chunks;

        // Identity rows withheld from one recipient because another may not see them: that
        // recipient must not take this bundle as complete.
        QJsonArray completeFor;
        for (const QByteArray& site : options.recipients) {
            Audience one = audience;
            one.sites = {site};
            if (one.seats) {
                Result<std::optional<Partner>> p = partnerBySite(store, site);
                one.identities = p && *p && (*p)->identities;
            }
            Result<qint64> alone = identitiesDue(store, one, summary.since, now, bundlePath);
            if (!alone)
                return alone.error();
            if (*alone == identitiesSent)
                completeFor.append(value::idText(QUuid::fromRfc4122(site)));
        }

        QJsonArray to;
        for (const QByteArray& site : options.recipients)
            to.append(value::idText(QUuid::fromRfc4122(site)));
        Result<Row> office = store.get(QStringLiteral("office"), store.officeId());
        Result<QVariant> epochMeta = store.meta(QStringLiteral("restore_epoch"));
        if (!epochMeta)
            return epochMeta.error();
        const qint64 epoch = epochMeta->toLongLong();
        Result<AuditHead> head = auditHead(store);
        if (!head)
            return head.error();
        sentSeq = store.localSeq();
        const std::pair<const char*, QVariant> manifest[] = {
            {"format", payload::kFormat},
            {"schema", store.schemaVersion()},
            {"sender_site", store.siteId()},
            {"sender_office", store.officeSite()},
            {"sender_name", office ? office->text(QStringLiteral("name")) : QString()},
            {"sender_seq", store.localSeq()},
            {"epoch", epoch},
            {"audit_seq", head->seq},
            {"audit_hash", head->hash},
            {"since", summary.since},
            {"created_at", now},
            {"recipients", QString::fromUtf8(QJsonDocument(to).toJson(QJsonDocument::Compact))},
            {"complete_for", QString::fromUtf8(QJsonDocument(completeFor).toJson(QJsonDocument::Compact))},
        };
        for (const auto& [key, v] : manifest) {
            if (Result<QSqlQuery> q = store.exec(QStringLiteral("INSERT INTO p.manifest (key, value) VALUES (?, ?)"),
                                                 {QString::fromLatin1(key), v});
                !q)
                return q.error();
        }
        // The office's machines tell each other which machines it has (one invited by another
        // becomes known to all; a removal reaches every one).
        if (audience.seats) {
            Result<QString> list = seatList(store);
            if (!list)
                return list.error();
            if (Result<QSqlQuery> q = store.exec(QStringLiteral("INSERT INTO p.manifest (key, value) VALUES ('seats', ?)"), {*list});
                !q)
                return q.error();
            Result<QString> trust = officeTrust(store);
            if (!trust)
                return trust.error();
            if (Result<QSqlQuery> q = store.exec(QStringLiteral("INSERT INTO p.manifest (key, value) VALUES ('partners', ?)"),
                                                 {*trust});
                !q)
                return q.error();
        }
        for (const QString& sql :
             {QStringLiteral("INSERT INTO p.vv (site, hlc) SELECT site, hlc FROM main.version_vector WHERE site <> ?"),
              QStringLiteral("INSERT INTO p.vv (site, hlc) VALUES (?, ?)")}) {
            const QVariantList binds = sql.contains(QStringLiteral("VALUES"))
                                           ? QVariantList{store.siteId(), be64(store.clock())}
                                           : QVariantList{store.siteId()};
            if (Result<QSqlQuery> q = store.exec(sql, binds); !q)
                return q.error();
        }
        if (Result<QSqlQuery> q = store.exec(QStringLiteral("INSERT INTO p.acks (site, seq) "
                                                            "SELECT site, received_seq FROM main.partner"));
            !q)
            return q.error();
        if (Result<void> r = tx->commit(); !r)
            return r.error();
    }
    if (options.skipIfEmpty && summary.rows == 0)
        return summary;

    Result<KeyCard> card = ownCard(store);
    if (!card)
        return card.error();
    const bundle::Sender sender{store.siteId(), card->fingerprint(), &keys};
    // The attached files' parts follow the payload, opened one at a time as they are sealed.
    size_t nextChunk = 0;
    const bundle::RecordSource chunks = [&]() -> Result<std::optional<bundle::Record>> {
        // Sealing the payload is the first half of what is left, the parts the second.
        if (progress && !progress(0.75 + 0.25 * double(nextChunk) / double(std::max<size_t>(1, dueChunks.size()))))
            return makeError(Texts::tr("export cancelled"), bundlePath);
        if (nextChunk == dueChunks.size())
            return std::optional<bundle::Record>();
        bundle::Record r = dueChunks[nextChunk++];
        Result<QByteArray> plain = attachments::openChunk(store, keys, r.name);
        if (!plain)
            return Error{plain.error().message, bundlePath};
        r.data = std::move(*plain);
        return std::optional<bundle::Record>(std::move(r));
    };
    Result<qint64> bytes = bundle::seal(
        (*payloadDb)->bytes(), bundlePath, sender, recipients,
        [&](qint64 done, qint64 total) {
            const double share = dueChunks.empty() ? 0.5 : 0.25;
            return !progress || progress(0.5 + share * double(done) / double(std::max<qint64>(1, total)));
        },
        dueChunks.empty() ? bundle::RecordSource() : chunks);
    if (!bytes)
        return bytes.error();
    summary.bytes = *bytes;

    Result<Transaction> tx = store.begin();
    if (!tx)
        return tx.error();
    for (const QByteArray& site : options.recipients) {
        // What the partner may acknowledge from now on (any machine of a partner office).
        if (Result<QSqlQuery> q = store.exec(QStringLiteral("UPDATE partner SET last_export_at = ?, sent_seq = max(sent_seq, ?) "
                                                            "WHERE site = ? OR (office = ? AND seat = 0)"),
                                             {now, sentSeq, site, site});
            !q)
            return q.error();
    }
    if (Result<void> r = appendAudit(store, QStringLiteral("export"), summary.recipientNames.join(QStringLiteral(", ")),
                                     Texts::tr("%1 rows (%2) to %3")
                                         .arg(summary.rows)
                                         .arg(options.full ? Texts::tr("full") : Texts::tr("changes after %1").arg(summary.since))
                                         .arg(options.finalName.isEmpty() ? QFileInfo(bundlePath).fileName() : options.finalName));
        !r)
        return r.error();
    if (Result<void> r = tx->commit(); !r)
        return r.error();
    return summary;
}

MergeCounts MergeSummary::total() const
{
    MergeCounts t;
    for (const MergeCounts& c : perEntity) {
        t.added += c.added;
        t.updated += c.updated;
        t.deleted += c.deleted;
    }
    return t;
}

} // namespace tandem
