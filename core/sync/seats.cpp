// Seats: the other machines of an office, the invitation that makes one, and the list of them
// the machines pass one another (seats.h).

#include "seats.h"
#include "seatsinternal.h"

#include "domain/officecode.h"
#include "domain/people.h"
#include "store/audit.h"
#include "store/store.h"
#include "store/value.h"
#include "util/ids.h"
#include "util/safefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtEndian>

#include <sodium.h>

#include <algorithm>
#include <cstring>

namespace tandem {
namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(tandem::Seats)
};

} // namespace

namespace seatfile {

QString b64(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QByteArray unb64(const QJsonValue& v)
{
    return QByteArray::fromBase64(v.toString().toLatin1());
}

Result<Person> actingLead(const Store& store, const QString& what)
{
    if (store.actor().person.isNull())
        return makeError(Texts::tr("only a lead %1: say who you are first").arg(what), store.path());
    Result<Person> acting = people::get(store, store.actor().person);
    if (!acting)
        return acting.error();
    if (!people::mayManage(acting->roles))
        return makeError(Texts::tr("%1 (%2) may not do this: only a lead %3")
                             .arg(acting->name, people::rolesText(acting->roles), what),
                         store.path());
    return acting;
}

QString siteText(const QByteArray& site)
{
    return value::idText(QUuid::fromRfc4122(site));
}

QByteArray siteBytes(const QJsonValue& v)
{
    return QUuid::fromString(v.toString()).toRfc4122();
}

} // namespace seatfile

using namespace seatfile;

QString machineName(const Store& store)
{
    Result<QVariant> name = store.meta(QStringLiteral("machine_name"));
    if (name && !name->toString().isEmpty())
        return name->toString();
    return Texts::tr("First machine");
}

Result<QString> seatList(const Store& store)
{
    Result<std::vector<Seat>> all = seats(store, true);
    if (!all)
        return all.error();
    Result<QVariant> identities = store.meta(QStringLiteral("machine_identities"));
    if (!identities)
        return identities.error();
    QJsonArray list;
    list.append(QJsonObject{{QStringLiteral("site"), siteText(store.siteId())},
                            {QStringLiteral("name"), machineName(store)},
                            // The office's first file is its leads' machine.
                            {QStringLiteral("identities"), identities->isNull() || identities->toBool()},
                            {QStringLiteral("number"), machineNumber(store)}});
    for (const Seat& s : *all) {
        QJsonObject o{{QStringLiteral("site"), siteText(s.machine.site)},
                      {QStringLiteral("name"), s.machine.name},
                      {QStringLiteral("identities"), s.machine.identities}};
        if (s.machine.machineNumber > 0)
            o.insert(QStringLiteral("number"), s.machine.machineNumber);
        if (s.removedAt.isValid())
            o.insert(QStringLiteral("removed_at"), s.removedAt.toSecsSinceEpoch());
        list.append(o);
    }
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

Result<void> takeSeatList(Store& store, const QString& text, const QString& bundlePath)
{
    if (text.isEmpty())
        return {};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return makeError(Texts::tr("bundle payload lists the office's machines in a form this Tandem does not read"), bundlePath);
    Result<PublicKeys> keys = officePublicKeys(store);
    if (!keys)
        return keys.error();
    const QString fingerprintText = fingerprint(store.officeSite(), *keys);
    const qint64 now = store.wallClock() / 1000;
    for (const QJsonValue& v : doc.array()) {
        const QJsonObject o = v.toObject();
        const QByteArray site = siteBytes(o.value(QStringLiteral("site")));
        const QString name = o.value(QStringLiteral("name")).toString().trimmed().left(200);
        if (site.size() != 16 || site == QByteArray(16, '\0') || name.isEmpty())
            return makeError(Texts::tr("bundle payload lists a machine of the office without a valid id or name"), bundlePath);
        if (site == store.siteId())
            continue;
        const bool identities = o.value(QStringLiteral("identities")).toBool();
        const int number = o.value(QStringLiteral("number")).toInt();
        const QJsonValue removed = o.value(QStringLiteral("removed_at"));
        // A machine not known yet is recorded; one known keeps its row (and what was exchanged
        // with it), takes the name and right the office gave it, and a removal holds for good.
        Result<QSqlQuery> q = store.exec(
            QStringLiteral("INSERT INTO partner (site, office, seat, identities, name, sign_pk, box_pk, fingerprint, trusted_at, "
                           "revoked_at, machine_number) VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?) "
                           "ON CONFLICT (site) DO UPDATE SET name = excluded.name, identities = excluded.identities, "
                           "revoked_at = coalesce(revoked_at, excluded.revoked_at), "
                           "machine_number = coalesce(machine_number, excluded.machine_number) WHERE seat = 1"),
            {site, store.officeSite(), identities ? 1 : 0, name, keys->sign, keys->box, fingerprintText, now,
             removed.isUndefined() || removed.isNull() ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(removed.toInteger()),
             number > 0 ? QVariant(number) : QVariant(QMetaType(QMetaType::Int))});
        if (!q)
            return q.error();
    }
    return {};
}

Result<QString> officeTrust(const Store& store)
{
    Result<QSqlQuery> q = store.exec(QStringLiteral("SELECT site, name, sign_pk, box_pk, trusted_at, revoked_at FROM partner "
                                                    "WHERE seat = 0 AND (office IS NULL OR office = site) ORDER BY site"));
    if (!q)
        return q.error();
    QJsonArray list;
    while (q->next()) {
        QJsonObject o{{QStringLiteral("site"), siteText(q->value(0).toByteArray())},
                      {QStringLiteral("name"), q->value(1).toString()},
                      {QStringLiteral("sign"), b64(q->value(2).toByteArray())},
                      {QStringLiteral("box"), b64(q->value(3).toByteArray())},
                      {QStringLiteral("trusted_at"), q->value(4).toLongLong()}};
        if (!q->value(5).isNull())
            o.insert(QStringLiteral("revoked_at"), q->value(5).toLongLong());
        list.append(o);
    }
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

Result<void> takeOfficeTrust(Store& store, const QString& text, const QString& bundlePath)
{
    if (text.isEmpty())
        return {};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return makeError(Texts::tr("bundle payload lists the office's partners in a form this Tandem does not read"), bundlePath);
    for (const QJsonValue& v : doc.array()) {
        const QJsonObject o = v.toObject();
        KeyCard card;
        card.siteId = siteBytes(o.value(QStringLiteral("site")));
        card.keys = PublicKeys{unb64(o.value(QStringLiteral("sign"))), unb64(o.value(QStringLiteral("box")))};
        card.officeName = o.value(QStringLiteral("name")).toString().trimmed().left(200);
        const qint64 trustedAt = o.value(QStringLiteral("trusted_at")).toInteger();
        const QJsonValue revokedValue = o.value(QStringLiteral("revoked_at"));
        const qint64 revokedAt = revokedValue.isUndefined() || revokedValue.isNull() ? 0 : revokedValue.toInteger();
        if (card.siteId.size() != 16 || card.siteId == store.officeSite() || !card.keys.isValid() || card.officeName.isEmpty()
            || trustedAt <= 0)
            return makeError(Texts::tr("bundle payload lists a partner of the office without a valid id, name or keys"),
                             bundlePath);
        Result<QSqlQuery> known = store.exec(QStringLiteral("SELECT trusted_at, coalesce(revoked_at, 0) FROM partner "
                                                            "WHERE site = ? AND seat = 0"),
                                             {card.siteId});
        if (!known)
            return known.error();
        // The latest decision about the office wins, wherever in the office it was taken; of two
        // in the same second, a revocation.
        const auto decision = [](qint64 trusted, qint64 revoked) {
            return std::pair{std::max(trusted, revoked), revoked >= trusted ? 1 : 0};
        };
        const bool isKnown = known->next();
        const std::pair<qint64, int> here =
            isKnown ? decision(known->value(0).toLongLong(), known->value(1).toLongLong()) : std::pair<qint64, int>{-1, 0};
        known->finish();
        if (decision(trustedAt, revokedAt) <= here)
            continue;
        Result<Row> record = store.get(QStringLiteral("office"), QUuid::fromRfc4122(card.siteId));
        if (!record) {
            if (Result<QUuid> r = store.insertFromCard({{QStringLiteral("name"), card.officeName},
                                                        {QStringLiteral("sign_public_key"), b64(card.keys.sign)},
                                                        {QStringLiteral("box_public_key"), b64(card.keys.box)},
                                                        {QStringLiteral("fingerprint"), card.fingerprint()}},
                                                       QUuid::fromRfc4122(card.siteId));
                !r)
                return r.error();
        }
        const QVariant revoked = revokedAt >= trustedAt ? QVariant(revokedAt) : QVariant(QMetaType(QMetaType::LongLong));
        if (Result<QSqlQuery> q = store.exec(
                QStringLiteral("INSERT INTO partner (site, name, sign_pk, box_pk, fingerprint, trusted_at, revoked_at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (site) DO UPDATE SET name = excluded.name, "
                               "sign_pk = excluded.sign_pk, box_pk = excluded.box_pk, fingerprint = excluded.fingerprint, "
                               "trusted_at = excluded.trusted_at, revoked_at = excluded.revoked_at"),
                {card.siteId, card.officeName, card.keys.sign, card.keys.box, card.fingerprint(), trustedAt, revoked});
            !q)
            return q.error();
        // The office's other machines, known from their bundles, go with it.
        if (Result<QSqlQuery> q = store.exec(
                QStringLiteral("UPDATE partner SET sign_pk = ?, box_pk = ?, fingerprint = ?, revoked_at = ? "
                               "WHERE office = ? AND site <> office AND seat = 0"),
                {card.keys.sign, card.keys.box, card.fingerprint(), revoked, card.siteId});
            !q)
            return q.error();
        if (Result<void> r = appendAudit(store, revokedAt >= trustedAt ? QStringLiteral("untrust") : QStringLiteral("trust"),
                                         card.officeName,
                                         Texts::tr("as another machine of this office decided (fingerprint %1)")
                                             .arg(card.fingerprint()));
            !r)
            return r;
    }
    return {};
}

Result<Partner> removeSeat(Store& store, const QByteArray& site)
{
    Result<Person> lead = actingLead(store, Texts::tr("removes a machine"));
    if (!lead)
        return lead.error();
    const QString context = siteText(site);
    if (site == store.siteId())
        return makeError(Texts::tr("this is this machine: remove it from another machine of the office"), context);
    Result<std::optional<Partner>> machine = partnerBySite(store, site);
    if (!machine)
        return machine.error();
    if (!*machine || !(*machine)->seat)
        return makeError(Texts::tr("not a machine of this office, or removed already"), context);
    Result<Transaction> tx = store.begin();
    if (!tx)
        return tx.error();
    if (Result<QSqlQuery> q = store.exec(QStringLiteral("UPDATE partner SET revoked_at = ? WHERE site = ? AND seat = 1"),
                                         {store.wallClock() / 1000, site});
        !q)
        return q.error();
    if (Result<void> r = appendAudit(store, QStringLiteral("remove machine"), (*machine)->name,
                                     Texts::tr("no bundle is made for it or taken from it any more"));
        !r)
        return r.error();
    if (Result<void> r = tx->commit(); !r)
        return r.error();
    return **machine;
}

Result<Seat> findSeat(const Store& store, const QString& nameOrId)
{
    const QString given = nameOrId.trimmed();
    Result<std::vector<Seat>> all = seats(store, true);
    if (!all)
        return all.error();
    const QUuid id = QUuid::fromString(given);
    for (const Seat& s : *all) {
        if ((!id.isNull() && s.machine.site == id.toRfc4122()) || s.machine.name.compare(given, Qt::CaseInsensitive) == 0)
            return s;
    }
    return makeError(Texts::tr("no machine of this office is called \"%1\"").arg(given), store.path());
}

} // namespace tandem
