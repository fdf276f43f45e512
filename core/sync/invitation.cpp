// The invitation that makes another machine of an office (seats.h): written by a lead, read
// with its one-time passphrase, and the new machine's file made from it.

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

// "TANDEMI1" | u32 header length | header (JSON: format, salt, ops, mem, nonce) | secretbox of
// (u32 JSON length | JSON | the office's secrets as OfficeKeys::secrets() lays them out).
constexpr char kMagic[] = "TANDEMI1";
constexpr qsizetype kMagicSize = 8;
constexpr int kFormat = 1;
constexpr qint64 kMaxInvitationSize = 1 << 20;

// The one-time passphrase: six groups of four characters of an alphabet without look-alikes
// (about 120 bits).
QString makePassphrase()
{
    static constexpr char kAlphabet[] = "abcdefghjkmnpqrstuvwxyz23456789";
    constexpr std::uint32_t n = sizeof kAlphabet - 1;
    QStringList groups;
    for (int g = 0; g < 6; ++g) {
        QString group;
        for (int i = 0; i < 4; ++i)
            group += QLatin1Char(kAlphabet[randombytes_uniform(n)]);
        groups << group;
    }
    return groups.join(QLatin1Char('-'));
}

} // namespace

using namespace seatfile;

Result<MadeInvitation> inviteSeat(Store& store, const OfficeKeys& actingKeys, const SeatInvitationOptions& options,
                                  const QString& path)
{
    Result<Person> lead = actingLead(store, Texts::tr("invites a machine"));
    if (!lead)
        return lead.error();
    if (QFileInfo::exists(path))
        return makeError(Texts::tr("the file already exists; choose another name"), path);
    Result<Person> person = people::get(store, options.person.isNull() ? lead->id : options.person);
    if (!person)
        return person.error();
    if (person->removed)
        return makeError(Texts::tr("%1 was removed from this office").arg(person->name), path);
    const bool identities = people::mayReadIdentities(person->roles);
    if (identities && !actingKeys.canOpenIdentities())
        return makeError(Texts::tr("only a person who may read identities can give that right"), path);
    Result<PublicKeys> publicKeys = officePublicKeys(store);
    if (!publicKeys)
        return publicKeys.error();
    if (!(actingKeys.publicKeys() == *publicKeys))
        return makeError(Texts::tr("these keys are not this office's"), path);
    Result<Row> office = store.get(QStringLiteral("office"), store.officeId());
    if (!office)
        return office.error();
    Result<QString> code = mintingOfficeCode(store);
    if (!code)
        return code.error();

    MadeInvitation made;
    made.passphrase = makePassphrase();
    made.site = makeUuidV7(store.wallClock()).toRfc4122();
    made.machineName = options.machineName.trimmed().isEmpty() ? Texts::tr("%1's machine").arg(person->name)
                                                               : options.machineName.trimmed().left(200);
    made.personName = person->name;
    made.identities = identities;
    const QDateTime madeAt = QDateTime::fromMSecsSinceEpoch(store.wallClock(), Qt::UTC);
    made.expiresAt = madeAt.addDays(kInvitationDays);

    Result<Transaction> tx = store.begin();
    if (!tx)
        return tx.error();
    // The new machine, among the office's from now on: bundles for it can be made before it
    // ever sends one.
    Partner machine;
    machine.site = made.site;
    machine.office = store.officeSite();
    machine.seat = true;
    machine.identities = identities;
    machine.name = made.machineName;
    // The next number among the office's machines this one knows (its survivor codes' range).
    {
        int highest = machineNumber(store);
        Result<std::vector<Seat>> known = seats(store, true);
        if (!known)
            return known.error();
        for (const Seat& k : *known)
            highest = std::max(highest, k.machine.machineNumber);
        machine.machineNumber = highest + 1;
    }
    machine.keys = *publicKeys;
    machine.fingerprint = fingerprint(store.officeSite(), *publicKeys);
    machine.trustedAt = madeAt;
    if (Result<void> r = addSender(store, machine); !r)
        return r.error();
    Result<QString> machines = seatList(store);
    if (!machines)
        return machines.error();
    Result<std::vector<Partner>> trusted = partners(store);
    if (!trusted)
        return trusted.error();
    QJsonArray partnerList;
    for (const Partner& p : *trusted) {
        Result<Row> record = store.get(QStringLiteral("office"), p.officeId());
        partnerList.append(QJsonObject{{QStringLiteral("site"), siteText(p.site)},
                                       {QStringLiteral("name"), p.name},
                                       {QStringLiteral("card_name"), record ? record->text(QStringLiteral("name")) : p.name},
                                       {QStringLiteral("sign"), b64(p.keys.sign)},
                                       {QStringLiteral("box"), b64(p.keys.box)},
                                       {QStringLiteral("trusted_at"), p.trustedAt.toSecsSinceEpoch()}});
    }
    const QJsonObject body{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("office"), siteText(store.officeSite())},
        {QStringLiteral("office_name"), office->text(QStringLiteral("name"))},
        {QStringLiteral("office_code"), *code},
        {QStringLiteral("site"), siteText(made.site)},
        {QStringLiteral("machine"), made.machineName},
        {QStringLiteral("number"), machine.machineNumber},
        {QStringLiteral("person"),
         QJsonObject{{QStringLiteral("id"), value::idText(person->id)},
                     {QStringLiteral("name"), person->name},
                     {QStringLiteral("roles"), QJsonArray::fromStringList(person->roles)},
                     {QStringLiteral("agency"), person->agency.isNull() ? QString() : value::idText(person->agency)}}},
        {QStringLiteral("sign"), b64(publicKeys->sign)},
        {QStringLiteral("box"), b64(publicKeys->box)},
        {QStringLiteral("identity"), b64(actingKeys.identityPublic())},
        {QStringLiteral("partners"), partnerList},
        {QStringLiteral("machines"), *machines},
        {QStringLiteral("made_at"), madeAt.toSecsSinceEpoch()},
        {QStringLiteral("expires_at"), made.expiresAt.toSecsSinceEpoch()},
        {QStringLiteral("made_by"), lead->name},
    };
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    const SecretBytes secrets = actingKeys.secrets(identities);
    SecretBytes plain(4 + std::size_t(json.size()) + secrets.size());
    qToBigEndian(quint32(json.size()), plain.data());
    std::memcpy(plain.data() + 4, json.constData(), std::size_t(json.size()));
    std::memcpy(plain.data() + 4 + json.size(), secrets.data(), secrets.size());

    initSodium();
    const bool minimal = slotCost(store) == KdfCost::Minimal;
    const quint64 ops = minimal ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const quint64 mem = minimal ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE;
    QByteArray salt(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    QByteArray nonce(crypto_secretbox_NONCEBYTES, Qt::Uninitialized);
    randombytes_buf(salt.data(), std::size_t(salt.size()));
    randombytes_buf(nonce.data(), std::size_t(nonce.size()));
    Result<SecretBytes> key = deriveKey(SecretBytes::fromUtf8(made.passphrase), salt, ops, mem);
    if (!key)
        return makeError(key.error().message, path);
    QByteArray sealed(qsizetype(plain.size() + crypto_secretbox_MACBYTES), Qt::Uninitialized);
    crypto_secretbox_easy(reinterpret_cast<unsigned char*>(sealed.data()), plain.data(), plain.size(),
                          reinterpret_cast<const unsigned char*>(nonce.constData()), key->data());
    const QByteArray header = QJsonDocument(QJsonObject{{QStringLiteral("format"), kFormat},
                                                        {QStringLiteral("salt"), b64(salt)},
                                                        {QStringLiteral("ops"), qint64(ops)},
                                                        {QStringLiteral("mem"), qint64(mem)},
                                                        {QStringLiteral("nonce"), b64(nonce)}})
                                  .toJson(QJsonDocument::Compact);
    QByteArray file(kMagic, kMagicSize);
    QByteArray length(4, Qt::Uninitialized);
    qToBigEndian(quint32(header.size()), length.data());
    file += length + header + sealed;

    if (Result<void> r = appendAudit(store, QStringLiteral("invite machine"), made.machineName,
                                     Texts::tr("for %1%2, invitation valid until %3")
                                         .arg(person->name,
                                              identities ? Texts::tr(" (with the key to survivors' identities)") : QString(),
                                              value::isoTime(made.expiresAt)));
        !r)
        return r.error();
    // The file first: a machine recorded without its invitation would wait for nothing.
    if (Result<void> r = writeFileWhole(path, file); !r)
        return r.error();
    if (Result<void> r = tx->commit(); !r) {
        QFile::remove(path);
        return r.error();
    }
    return made;
}

Result<SeatInvitation> readInvitation(const QString& path, const QString& passphrase, qint64 nowMs)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(Texts::tr("cannot read the invitation: %1").arg(f.errorString()), path);
    if (f.size() > kMaxInvitationSize)
        return makeError(Texts::tr("not a Tandem invitation (too large)"), path);
    const QByteArray file = f.readAll();
    if (file.size() < kMagicSize + 4 || !file.startsWith(QByteArray(kMagic, kMagicSize)))
        return makeError(Texts::tr("not a Tandem invitation"), path);
    const quint32 headerSize = qFromBigEndian<quint32>(file.constData() + kMagicSize);
    if (qint64(headerSize) > file.size() - kMagicSize - 4)
        return makeError(Texts::tr("the invitation is damaged"), path);
    const QJsonObject header = QJsonDocument::fromJson(file.mid(kMagicSize + 4, headerSize)).object();
    if (header.value(QStringLiteral("format")).toInt() != kFormat)
        return makeError(Texts::tr("the invitation was made by another version of Tandem"), path);
    const QByteArray salt = unb64(header.value(QStringLiteral("salt")));
    const QByteArray nonce = unb64(header.value(QStringLiteral("nonce")));
    const QByteArray sealed = file.mid(kMagicSize + 4 + headerSize);
    const qint64 ops = header.value(QStringLiteral("ops")).toInteger();
    const qint64 mem = header.value(QStringLiteral("mem")).toInteger();
    // Costs beyond libsodium's "sensitive" level are refused: a crafted file must not make the
    // reader spend minutes or gigabytes before the passphrase is even tried.
    if (nonce.size() != crypto_secretbox_NONCEBYTES || sealed.size() <= qsizetype(crypto_secretbox_MACBYTES + 4)
        || ops < qint64(crypto_pwhash_OPSLIMIT_MIN) || ops > qint64(crypto_pwhash_OPSLIMIT_SENSITIVE)
        || mem > qint64(crypto_pwhash_MEMLIMIT_SENSITIVE))
        return makeError(Texts::tr("the invitation is damaged"), path);
    Result<SecretBytes> key = deriveKey(SecretBytes::fromUtf8(passphrase.trimmed()), salt, quint64(ops), quint64(mem));
    if (!key)
        return makeError(key.error().message, path);
    SecretBytes plain(std::size_t(sealed.size()) - crypto_secretbox_MACBYTES);
    if (crypto_secretbox_open_easy(plain.data(), reinterpret_cast<const unsigned char*>(sealed.constData()),
                                   std::size_t(sealed.size()), reinterpret_cast<const unsigned char*>(nonce.constData()),
                                   key->data())
        != 0)
        return makeError(Texts::tr("wrong passphrase for this invitation (or the file was changed)"), path);
    const quint32 jsonSize = qFromBigEndian<quint32>(plain.data());
    if (qint64(jsonSize) > qint64(plain.size()) - 4)
        return makeError(Texts::tr("the invitation is damaged"), path);
    const QJsonObject body =
        QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char*>(plain.data() + 4), qsizetype(jsonSize))).object();
    const SecretBytes secrets = SecretBytes::copyOf(plain.data() + 4 + jsonSize, plain.size() - 4 - jsonSize);

    SeatInvitation out;
    out.officeId = siteBytes(body.value(QStringLiteral("office")));
    out.officeName = body.value(QStringLiteral("office_name")).toString();
    out.officeCode = body.value(QStringLiteral("office_code")).toString();
    out.site = siteBytes(body.value(QStringLiteral("site")));
    out.machineName = body.value(QStringLiteral("machine")).toString();
    out.machineNumber = body.value(QStringLiteral("number")).toInt();
    const QJsonObject person = body.value(QStringLiteral("person")).toObject();
    out.person.id = QUuid::fromString(person.value(QStringLiteral("id")).toString());
    out.person.name = person.value(QStringLiteral("name")).toString();
    for (const QJsonValue& r : person.value(QStringLiteral("roles")).toArray())
        out.person.roles << r.toString();
    out.person.agency = QUuid::fromString(person.value(QStringLiteral("agency")).toString());
    out.machines = body.value(QStringLiteral("machines")).toString();
    out.madeAt = QDateTime::fromSecsSinceEpoch(body.value(QStringLiteral("made_at")).toInteger(), Qt::UTC);
    out.expiresAt = QDateTime::fromSecsSinceEpoch(body.value(QStringLiteral("expires_at")).toInteger(), Qt::UTC);
    out.madeBy = body.value(QStringLiteral("made_by")).toString();
    if (out.officeId.size() != 16 || out.site.size() != 16 || out.officeId == out.site || out.officeName.isEmpty()
        || out.person.id.isNull() || out.person.roles.isEmpty())
        return makeError(Texts::tr("the invitation is damaged"), path);
    for (const QString& role : out.person.roles) {
        if (!people::roleTokens().contains(role))
            return makeError(Texts::tr("the invitation is damaged"), path);
    }
    if (nowMs >= out.expiresAt.toMSecsSinceEpoch())
        return makeError(Texts::tr("the invitation expired on %1: ask a lead of the office for a new one")
                             .arg(value::isoTime(out.expiresAt)),
                         path);
    const PublicKeys publicKeys{unb64(body.value(QStringLiteral("sign"))), unb64(body.value(QStringLiteral("box")))};
    Result<OfficeKeys> keys = OfficeKeys::fromSecrets(publicKeys, secrets, unb64(body.value(QStringLiteral("identity"))));
    if (!keys)
        return makeError(keys.error().message, path);
    if (people::mayReadIdentities(out.person.roles) != keys->canOpenIdentities())
        return makeError(Texts::tr("the invitation is damaged"), path);
    out.keys = std::make_shared<OfficeKeys>(std::move(*keys));
    for (const QJsonValue& v : body.value(QStringLiteral("partners")).toArray()) {
        const QJsonObject p = v.toObject();
        SeatInvitation::PartnerCard card;
        card.card.officeName = p.value(QStringLiteral("card_name")).toString();
        card.card.siteId = siteBytes(p.value(QStringLiteral("site")));
        card.card.keys = PublicKeys{unb64(p.value(QStringLiteral("sign"))), unb64(p.value(QStringLiteral("box")))};
        card.localName = p.value(QStringLiteral("name")).toString();
        card.trustedAt = p.value(QStringLiteral("trusted_at")).toInteger();
        if (card.card.siteId.size() != 16 || !card.card.keys.isValid())
            return makeError(Texts::tr("the invitation is damaged"), path);
        out.partners.push_back(std::move(card));
    }
    return out;
}

Result<std::unique_ptr<Store>> joinAsSeat(const QString& path, const SeatInvitation& invitation, const QString& passphrase,
                                          KdfCost cost)
{
    if (!invitation.keys)
        return makeError(Texts::tr("the invitation holds no keys"), path);
    if (const QString problem = passphraseProblem(passphrase); !problem.isEmpty())
        return makeError(problem, path);
    const auto fill = [&](Store& store) -> Result<void> {
        if (Result<void> r = createSeatKeys(store, *invitation.keys, invitation.person, passphrase, cost); !r)
            return r;
        // What the joining records is the invited person's act.
        store.setActor({invitation.person.id, invitation.person.name});
        Result<Transaction> tx = store.begin();
        if (!tx)
            return tx.error();
        for (const auto& [key, value] :
             {std::pair{QStringLiteral("machine_name"), QVariant(invitation.machineName)},
              std::pair{QStringLiteral("machine_identities"), QVariant(invitation.keys->canOpenIdentities() ? 1 : 0)},
              std::pair{QStringLiteral("machine_number"), QVariant(std::max(invitation.machineNumber, 2))}}) {
            if (Result<void> r = store.setMeta(key, value); !r)
                return r;
        }
        // The office's code until its record arrives (no version: the record's own wins).
        if (Result<QSqlQuery> q = store.exec(QStringLiteral("UPDATE office SET code = ? WHERE id = ?"),
                                             {invitation.officeCode, invitation.officeId});
            !q)
            return q.error();
        // The office's partners, trusted as the office trusts them (the lead compared their
        // fingerprints), each with its office record from the card, and the office's record
        // saying so as the office's own does (no version: nothing to publish, no conflict).
        const qint64 now = store.wallClock() / 1000;
        for (const SeatInvitation::PartnerCard& p : invitation.partners) {
            if (p.card.siteId == invitation.officeId)
                return makeError(Texts::tr("the invitation is damaged"), path);
            if (Result<QUuid> r = store.insertFromCard({{QStringLiteral("name"), p.card.officeName},
                                                        {QStringLiteral("sign_public_key"), b64(p.card.keys.sign)},
                                                        {QStringLiteral("box_public_key"), b64(p.card.keys.box)},
                                                        {QStringLiteral("fingerprint"), p.card.fingerprint()}},
                                                       QUuid::fromRfc4122(p.card.siteId));
                !r)
                return r.error();
            if (Result<QSqlQuery> q = store.exec(
                    QStringLiteral("INSERT INTO partner (site, name, sign_pk, box_pk, fingerprint, trusted_at) VALUES (?, ?, ?, ?, ?, ?)"),
                    {p.card.siteId, p.localName.isEmpty() ? p.card.officeName : p.localName, p.card.keys.sign, p.card.keys.box,
                     p.card.fingerprint(), p.trustedAt > 0 ? p.trustedAt : now});
                !q)
                return q.error();
        }
        Result<QString> trusts = trustList(store);
        if (!trusts)
            return trusts.error();
        if (Result<QSqlQuery> q = store.exec(QStringLiteral("UPDATE office SET trusts = ? WHERE id = ?"),
                                             {trusts->isEmpty() ? QVariant() : QVariant(*trusts), invitation.officeId});
            !q)
            return q.error();
        if (Result<void> r = takeSeatList(store, invitation.machines, path); !r)
            return r;
        if (Result<void> r = appendAudit(store, QStringLiteral("join office"), invitation.machineName,
                                         Texts::tr("this machine joined %1 for %2, from an invitation %3 made on %4")
                                             .arg(invitation.officeName, invitation.person.name, invitation.madeBy,
                                                  value::isoTime(invitation.madeAt)));
            !r)
            return r;
        return tx->commit();
    };
    return Store::createSeat(path, invitation.officeName, {invitation.site, invitation.officeId}, fill);
}

} // namespace tandem
