#include "partners.h"

#include "store/audit.h"
#include "store/keystore.h"
#include "store/registry.h"
#include "store/store.h"
#include "store/value.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace tandem {
namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(tandem::Partners)
};

const QString kColumns = QStringLiteral("site, name, sign_pk, box_pk, fingerprint, trusted_at, acked_seq, received_seq, "
                                        "last_export_at, last_merge_at, sent_seq, epoch, audit_seq, audit_hash, audit_problem, "
                                        "coalesce(office, site), seat, identities, revoked_at, machine_number");
// A partner office's own row (its first machine), not a seat of it or of this office.
const QString kOfficeRow = QStringLiteral("seat = 0 AND (office IS NULL OR office = site)");

QDateTime timeOrNull(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

Partner partnerFromQuery(const QSqlQuery& q)
{
    Partner p;
    p.site = q.value(0).toByteArray();
    p.name = q.value(1).toString();
    p.keys = PublicKeys{q.value(2).toByteArray(), q.value(3).toByteArray()};
    p.fingerprint = q.value(4).toString();
    p.trustedAt = timeOrNull(q.value(5));
    p.ackedSeq = q.value(6).toLongLong();
    p.receivedSeq = q.value(7).toLongLong();
    p.lastExportAt = timeOrNull(q.value(8));
    p.lastMergeAt = timeOrNull(q.value(9));
    p.sentSeq = q.value(10).toLongLong();
    p.epoch = q.value(11).toLongLong();
    p.auditSeq = q.value(12).toLongLong();
    p.auditHash = q.value(13).toByteArray();
    p.auditProblem = q.value(14).toString();
    p.office = q.value(15).toByteArray();
    p.seat = q.value(16).toBool();
    p.identities = q.value(17).toBool();
    p.machineNumber = q.value(19).toInt();
    return p;
}

// This office's own card's fingerprint; empty when it has no keys.
QString ownFingerprint(const Store& store)
{
    Result<PublicKeys> keys = officePublicKeys(store);
    return keys ? fingerprint(store.officeSite(), *keys) : QString();
}

} // namespace

Result<void> mayChangeTrust(const Store& store)
{
    // Whom the office trusts is its directory of offices: the acting person's guard answers for it.
    const EntityDef* offices = Registry::instance().entity(QStringLiteral("office"));
    if (Result<void> r = store.mayWrite(*offices); !r)
        return makeError(Texts::tr("only a lead trusts or untrusts partner offices: %1").arg(r.error().message),
                         r.error().context);
    return {};
}

Result<QString> trustList(const Store& store)
{
    Result<QSqlQuery> q =
        store.exec(QStringLiteral("SELECT site FROM partner WHERE revoked_at IS NULL AND %1 ORDER BY site").arg(kOfficeRow));
    if (!q)
        return q.error();
    QStringList trusted;
    while (q->next())
        trusted << value::idText(QUuid::fromRfc4122(q->value(0).toByteArray()));
    return trusted.isEmpty() ? QString()
                             : QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(trusted)).toJson(QJsonDocument::Compact));
}

Result<void> publishTrust(Store& store)
{
    Result<QString> list = trustList(store);
    if (!list)
        return list.error();
    const QString listed = *list;
    Result<QSqlQuery> own = store.exec(QStringLiteral("SELECT trusts FROM office WHERE id = ?"), {store.officeSite()});
    if (!own)
        return own.error();
    if (!own->next() || own->value(0).toString() == listed)
        return {};
    own->finish();
    Result<Transaction> tx = store.begin();
    if (!tx)
        return tx.error();
    if (Result<QSqlQuery> w = store.exec(QStringLiteral("UPDATE office SET trusts = ?, trusts_v = ?, local_seq = ? WHERE id = ?"),
                                         {listed.isEmpty() ? QVariant() : QVariant(listed), store.takeVersion(), store.takeSeq(),
                                          store.officeSite()});
        !w)
        return w.error();
    store.announceChanged(QStringLiteral("office"), {store.officeId()});
    return tx->commit();
}

Result<std::vector<Partner>> partners(const Store& store)
{
    Result<QSqlQuery> q = store.exec(
        QStringLiteral("SELECT %1 FROM partner WHERE revoked_at IS NULL AND %2 ORDER BY name").arg(kColumns, kOfficeRow));
    if (!q)
        return q.error();
    std::vector<Partner> out;
    while (q->next())
        out.push_back(partnerFromQuery(*q));
    return out;
}

Result<std::vector<Seat>> seats(const Store& store, bool withRemoved)
{
    Result<QSqlQuery> q = store.exec(QStringLiteral("SELECT %1 FROM partner WHERE seat = 1 %2 ORDER BY name, site")
                                         .arg(kColumns, withRemoved ? QString() : QStringLiteral("AND revoked_at IS NULL")));
    if (!q)
        return q.error();
    std::vector<Seat> out;
    while (q->next())
        out.push_back({partnerFromQuery(*q), timeOrNull(q->value(18))});
    return out;
}

Result<Sender> bundleSender(const Store& store, const QByteArray& site, const QByteArray& office, const QString& fingerprint)
{
    Sender out;
    if (site == store.siteId()) {
        out.refusal = Texts::tr("this bundle was written by this very file, not for it");
        return out;
    }
    Result<QSqlQuery> known = store.exec(QStringLiteral("SELECT %1 FROM partner WHERE site = ?").arg(kColumns), {site});
    if (!known)
        return known.error();
    if (known->next()) {
        out.partner = partnerFromQuery(*known);
        const QVariant revoked = known->value(18);
        known->finish();
        if (out.partner.seat && !revoked.isNull()) {
            out.refusal = Texts::tr("the bundle comes from \"%1\", a machine removed from this office on %2: a removed "
                                    "machine's changes are not taken any more")
                              .arg(out.partner.name, value::isoTime(QDateTime::fromSecsSinceEpoch(revoked.toLongLong(), Qt::UTC)));
            return out;
        }
        if (!revoked.isNull() || out.partner.fingerprint != fingerprint)
            out.refusal = Texts::tr("bundle sender is no longer trusted");
        else if (out.partner.office != office)
            out.refusal = Texts::tr("bundle names another office for its sender than the one this file knows it by");
        return out;
    }
    known->finish();
    if (office == store.officeSite()) {
        // Another machine of this office that this file has not heard of yet: a seat another seat
        // invited. It signs with the office's keys, which only the office's machines hold.
        const QString own = ownFingerprint(store);
        if (own.isEmpty() || own != fingerprint) {
            out.refusal = Texts::tr("bundle sender is no longer trusted");
            return out;
        }
        Result<PublicKeys> keys = officePublicKeys(store);
        if (!keys)
            return keys.error();
        out.partner.site = site;
        out.partner.office = office;
        out.partner.seat = true;
        out.partner.name = Texts::tr("Machine %1").arg(value::idText(QUuid::fromRfc4122(site)).left(8));
        out.partner.keys = *keys;
        out.partner.fingerprint = own;
        out.partner.trustedAt = QDateTime::fromSecsSinceEpoch(store.wallClock() / 1000, Qt::UTC);
        out.isNew = true;
        return out;
    }
    // Another machine of a trusted partner office: it exchanges in the office's name.
    Result<QSqlQuery> first = store.exec(
        QStringLiteral("SELECT %1 FROM partner WHERE site = ? AND revoked_at IS NULL AND %2").arg(kColumns, kOfficeRow), {office});
    if (!first)
        return first.error();
    if (!first->next() || partnerFromQuery(*first).fingerprint != fingerprint) {
        out.refusal = Texts::tr("bundle sender is no longer trusted");
        return out;
    }
    const Partner primary = partnerFromQuery(*first);
    first->finish();
    // What was sent to the office may be acknowledged by any of its machines.
    Result<QSqlQuery> sent = store.exec(QStringLiteral("SELECT max(sent_seq) FROM partner WHERE coalesce(office, site) = ?"), {office});
    if (!sent || !sent->next())
        return sent ? makeError(Texts::tr("cannot read the partner offices")) : sent.error();
    out.partner.site = site;
    out.partner.office = office;
    out.partner.name = primary.name;
    out.partner.keys = primary.keys;
    out.partner.fingerprint = primary.fingerprint;
    out.partner.trustedAt = QDateTime::fromSecsSinceEpoch(store.wallClock() / 1000, Qt::UTC);
    out.partner.sentSeq = sent->value(0).toLongLong();
    out.isNew = true;
    return out;
}

Result<void> addSender(Store& store, const Partner& p)
{
    Result<QSqlQuery> q = store.exec(
        QStringLiteral("INSERT INTO partner (site, office, seat, identities, name, sign_pk, box_pk, fingerprint, trusted_at, "
                       "sent_seq, machine_number) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {p.site, p.office, p.seat ? 1 : 0, p.identities ? 1 : 0, p.name, p.keys.sign, p.keys.box, p.fingerprint,
         p.trustedAt.toSecsSinceEpoch(), p.sentSeq,
         p.machineNumber > 0 ? QVariant(p.machineNumber) : QVariant(QMetaType(QMetaType::Int))});
    if (!q)
        return q.error();
    return {};
}

std::optional<PublicKeys> trustedKeys(const Store& store, const QString& fingerprint, const QByteArray& site)
{
    if (Result<std::optional<Partner>> p = partnerBySite(store, site); p && *p && (*p)->fingerprint == fingerprint)
        return (*p)->keys;
    if (fingerprint == ownFingerprint(store)) {
        if (Result<PublicKeys> keys = officePublicKeys(store); keys)
            return *keys;
        return std::nullopt;
    }
    Result<QSqlQuery> q = store.exec(
        QStringLiteral("SELECT %1 FROM partner WHERE fingerprint = ? AND revoked_at IS NULL AND %2").arg(kColumns, kOfficeRow),
        {fingerprint});
    if (!q || !q->next())
        return std::nullopt;
    return partnerFromQuery(*q).keys;
}

Result<std::optional<Partner>> partnerBySite(const Store& store, const QByteArray& site)
{
    Result<QSqlQuery> q = store.exec(QStringLiteral("SELECT %1 FROM partner WHERE site = ? AND revoked_at IS NULL").arg(kColumns), {site});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Partner>();
    return std::optional<Partner>(partnerFromQuery(*q));
}

Result<KeyCard> ownCard(const Store& store)
{
    Result<PublicKeys> keys = officePublicKeys(store);
    if (!keys)
        return keys.error();
    Result<Row> office = store.get(QStringLiteral("office"), store.officeId());
    if (!office)
        return office.error();
    return KeyCard{office->text(QStringLiteral("name")), store.officeSite(), *keys};
}

Result<QString> otherKnownFingerprint(const Store& store, const KeyCard& card)
{
    // The keys known for this site so far: the ones trusted (or revoked), else those a partner
    // relayed on the office's own record.
    Result<QSqlQuery> q = store.exec(QStringLiteral("SELECT sign_pk, box_pk, fingerprint FROM partner WHERE site = ?"),
                                     {card.siteId});
    if (!q)
        return q.error();
    if (q->next())
        return PublicKeys{q->value(0).toByteArray(), q->value(1).toByteArray()} == card.keys ? QString() : q->value(2).toString();
    Result<Row> office = store.get(QStringLiteral("office"), QUuid::fromRfc4122(card.siteId));
    if (!office || office->deleted)
        return QString();
    const QString sign = office->text(QStringLiteral("sign_public_key"));
    const QString box = office->text(QStringLiteral("box_public_key"));
    if ((!sign.isEmpty() && sign != QString::fromLatin1(card.keys.sign.toBase64()))
        || (!box.isEmpty() && box != QString::fromLatin1(card.keys.box.toBase64())))
        return office->text(QStringLiteral("fingerprint"));
    return QString();
}

Result<TrustResult> trustPartner(Store& store, const KeyCard& card, const QString& localName,
                                 const QString& confirmedFingerprint)
{
    const QString context = card.officeName;
    if (Result<void> lead = mayChangeTrust(store); !lead)
        return Error{lead.error().message, context};
    if (card.siteId == store.officeSite())
        return makeError(Texts::tr("this is this office's own card; give it to your partners and import theirs"), context);

    Result<Transaction> tx = store.begin();
    if (!tx)
        return tx.error();
    // A partner trusted before, possibly revoked since.
    Result<QSqlQuery> known = store.exec(QStringLiteral("SELECT %1, revoked_at FROM partner WHERE site = ?").arg(kColumns),
                                         {card.siteId});
    if (!known)
        return known.error();
    std::optional<Partner> existing;
    bool revoked = false;
    if (known->next()) {
        existing = partnerFromQuery(*known);
        revoked = !known->value(QStringLiteral("revoked_at")).isNull();
    }
    known->finish();
    const bool replacing = !confirmedFingerprint.trimmed().isEmpty();
    if (replacing && confirmedFingerprint.simplified() != card.fingerprint())
        return makeError(Texts::tr("the fingerprint given (%1) is not the one of this card (%2): the card was not "
                                   "trusted. Ask the office to read out the fingerprint of its new card again.")
                             .arg(confirmedFingerprint.simplified(), card.fingerprint()),
                         context);
    if (existing && !revoked && existing->keys == card.keys)
        return TrustResult{*existing, true, {}};

    // Other keys on a card than those known are a forgery, or the office made new keys: only the
    // fingerprint read out over the phone tells, so they replace the old ones only with it.
    Result<QString> other = otherKnownFingerprint(store, card);
    if (!other)
        return other.error();
    const QString oldFingerprint = *other;
    Result<Row> office = store.get(QStringLiteral("office"), QUuid::fromRfc4122(card.siteId));
    if (!oldFingerprint.isEmpty() && card.fingerprint() != confirmedFingerprint.simplified()) {
        const QString name = existing ? existing->name : office->text(QStringLiteral("name"));
        return makeError(existing && !revoked
                             ? Texts::tr("office \"%1\" (site %2) is already trusted with other keys (fingerprint %3); "
                                         "this card has fingerprint %4. Compare both with the office over the phone: "
                                         "a card with the same site and new keys may be forged. If the office has "
                                         "made new keys, replace its key by confirming the new fingerprint.")
                                   .arg(name, value::idText(QUuid::fromRfc4122(card.siteId)), oldFingerprint, card.fingerprint())
                             : Texts::tr("office \"%1\" is known with other keys (fingerprint %2) than this card "
                                         "(fingerprint %3). Compare fingerprints with the office over the phone; if it "
                                         "has made new keys, confirm the new fingerprint to replace its key.")
                                   .arg(name, oldFingerprint, card.fingerprint()),
                         context);
    }
    if (!office) {
        Result<QUuid> inserted = store.insertFromCard(
            {{QStringLiteral("name"), card.officeName},
             {QStringLiteral("sign_public_key"), QString::fromLatin1(card.keys.sign.toBase64())},
             {QStringLiteral("box_public_key"), QString::fromLatin1(card.keys.box.toBase64())},
             {QStringLiteral("fingerprint"), card.fingerprint()}},
            QUuid::fromRfc4122(card.siteId));
        if (!inserted)
            return inserted.error();
    }

    Partner p = existing.value_or(Partner{});
    p.site = card.siteId;
    p.name = !localName.trimmed().isEmpty() ? localName.trimmed() : existing ? existing->name : card.officeName;
    p.keys = card.keys;
    p.fingerprint = card.fingerprint();
    p.trustedAt = QDateTime::fromSecsSinceEpoch(store.wallClock() / 1000, Qt::UTC);
    // Trusted again, or re-keyed: the exchange goes on where it stood.
    Result<QSqlQuery> q = store.exec(
        QStringLiteral("INSERT INTO partner (site, name, sign_pk, box_pk, fingerprint, trusted_at) VALUES (?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (site) DO UPDATE SET name = excluded.name, sign_pk = excluded.sign_pk, "
                       "box_pk = excluded.box_pk, fingerprint = excluded.fingerprint, trusted_at = excluded.trusted_at, "
                       "revoked_at = NULL"),
        {p.site, p.name, p.keys.sign, p.keys.box, p.fingerprint, p.trustedAt.toSecsSinceEpoch()});
    if (!q)
        return makeError(q.error().message, context);
    // The office's other machines, known from their bundles, go with it.
    if (Result<QSqlQuery> machines = store.exec(
            QStringLiteral("UPDATE partner SET sign_pk = ?, box_pk = ?, fingerprint = ?, revoked_at = NULL "
                           "WHERE office = ? AND site <> office AND seat = 0"),
            {p.keys.sign, p.keys.box, p.fingerprint, p.site});
        !machines)
        return makeError(machines.error().message, context);
    const QString detail = !oldFingerprint.isEmpty()
                               ? Texts::tr("new key, fingerprint %1, replaces fingerprint %2").arg(p.fingerprint, oldFingerprint)
                               : Texts::tr("fingerprint %1").arg(p.fingerprint);
    if (Result<void> r = publishTrust(store); !r)
        return r.error();
    if (Result<void> r = appendAudit(store, oldFingerprint.isEmpty() ? QStringLiteral("trust") : QStringLiteral("rekey"), p.name, detail);
        !r)
        return r.error();
    if (Result<void> r = tx->commit(); !r)
        return r.error();
    return TrustResult{p, false, oldFingerprint};
}

Result<Partner> untrustPartner(Store& store, const QByteArray& site)
{
    const QString context = value::idText(QUuid::fromRfc4122(site));
    if (Result<void> lead = mayChangeTrust(store); !lead)
        return Error{lead.error().message, context};
    Result<Transaction> tx = store.begin();
    if (!tx)
        return tx.error();
    Result<std::optional<Partner>> p = partnerBySite(store, site);
    if (!p)
        return p.error();
    if (!*p)
        return makeError(site == store.officeSite() ? Texts::tr("this is this office itself, not a partner")
                                                    : Texts::tr("not a trusted partner office"),
                         context);
    if ((*p)->seat)
        return makeError(Texts::tr("this is another machine of this office, not a partner: remove it from the "
                                   "office's machines instead"),
                         context);
    // The office, with every machine of it.
    Result<QSqlQuery> q = store.exec(QStringLiteral("UPDATE partner SET revoked_at = ? WHERE coalesce(office, site) = ? "
                                                    "AND revoked_at IS NULL"),
                                     {store.wallClock() / 1000, (*p)->office});
    if (!q)
        return q.error();
    if (Result<void> r = publishTrust(store); !r)
        return r.error();
    if (Result<void> r = appendAudit(store, QStringLiteral("untrust"), (*p)->name,
                                     Texts::tr("fingerprint %1 no longer trusted").arg((*p)->fingerprint));
        !r)
        return r.error();
    if (Result<void> r = tx->commit(); !r)
        return r.error();
    return **p;
}

} // namespace tandem
