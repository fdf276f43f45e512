#include "partners.h"

#include "crypto/keystore.h"
#include "store/store.h"
#include "store/value.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace tandem {
namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(tandem::Partners)
};

const QString kColumns = QStringLiteral(
    "site, name, sign_pk, box_pk, fingerprint, trusted_at, acked_seq, received_seq, last_export_at, last_merge_at");

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
    return p;
}

} // namespace

Result<std::vector<Partner>> partners(const Store& store)
{
    Result<QSqlQuery> q = store.exec(QStringLiteral("SELECT %1 FROM partner ORDER BY name").arg(kColumns));
    if (!q)
        return q.error();
    std::vector<Partner> out;
    while (q->next())
        out.push_back(partnerFromQuery(*q));
    return out;
}

Result<std::optional<Partner>> partnerBySite(const Store& store, const QByteArray& site)
{
    Result<QSqlQuery> q = store.exec(QStringLiteral("SELECT %1 FROM partner WHERE site = ?").arg(kColumns), {site});
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
    return KeyCard{office->text(QStringLiteral("name")), store.siteId(), *keys};
}

Result<TrustResult> trustPartner(Store& store, const KeyCard& card, const QString& localName)
{
    const QString context = card.officeName;
    if (card.siteId == store.siteId())
        return makeError(Texts::tr("this is this office's own card; give it to your partners and import theirs"), context);

    Result<Transaction> tx = store.begin();
    if (!tx)
        return tx.error();
    Result<std::optional<Partner>> existing = partnerBySite(store, card.siteId);
    if (!existing)
        return existing.error();
    if (*existing) {
        const Partner& p = **existing;
        if (p.keys == card.keys)
            return TrustResult{p, true};
        return makeError(Texts::tr("office \"%1\" (site %2) is already trusted with other keys (fingerprint %3); "
                            "this card has fingerprint %4. Compare both with the office over the phone: "
                            "a card with the same site and new keys may be forged.")
                             .arg(p.name, value::idText(p.officeId()), p.fingerprint, card.fingerprint()),
                         context);
    }

    // A partner may already have sent us this office's row (relayed). Its keys must agree.
    Result<Row> office = store.get(QStringLiteral("office"), QUuid::fromRfc4122(card.siteId));
    if (office && !office->deleted) {
        const QString sign = office->text(QStringLiteral("sign_public_key"));
        const QString box = office->text(QStringLiteral("box_public_key"));
        if ((!sign.isEmpty() && sign != QString::fromLatin1(card.keys.sign.toBase64()))
            || (!box.isEmpty() && box != QString::fromLatin1(card.keys.box.toBase64())))
            return makeError(Texts::tr("a partner's copy of office \"%1\" carries other keys (fingerprint %2) than "
                                "this card (fingerprint %3). Compare fingerprints with the office over the phone.")
                                 .arg(office->text(QStringLiteral("name")),
                                      office->text(QStringLiteral("fingerprint")), card.fingerprint()),
                             context);
    } else if (!office) {
        Result<QUuid> inserted = store.insert(
            QStringLiteral("office"),
            {{QStringLiteral("name"), card.officeName},
             {QStringLiteral("sign_public_key"), QString::fromLatin1(card.keys.sign.toBase64())},
             {QStringLiteral("box_public_key"), QString::fromLatin1(card.keys.box.toBase64())},
             {QStringLiteral("fingerprint"), card.fingerprint()}},
            QUuid::fromRfc4122(card.siteId));
        if (!inserted)
            return inserted.error();
    }

    Partner p;
    p.site = card.siteId;
    p.name = localName.trimmed().isEmpty() ? card.officeName : localName.trimmed();
    p.keys = card.keys;
    p.fingerprint = card.fingerprint();
    p.trustedAt = QDateTime::fromSecsSinceEpoch(store.wallClock() / 1000, Qt::UTC);
    Result<QSqlQuery> q = store.exec(
        QStringLiteral("INSERT INTO partner (site, name, sign_pk, box_pk, fingerprint, trusted_at) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        {p.site, p.name, p.keys.sign, p.keys.box, p.fingerprint, p.trustedAt.toSecsSinceEpoch()});
    if (!q)
        return makeError(q.error().message, context);
    if (Result<void> r = tx->commit(); !r)
        return r.error();
    return TrustResult{p, false};
}

} // namespace tandem
