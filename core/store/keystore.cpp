#include "keystore.h"

#include "audit.h"
#include "crypto/seal.h"
#include "store/registry.h"
#include "store/store.h"
#include "util/actor.h"
#include "util/ids.h"

#include <QCoreApplication>

#include <sodium.h>

namespace tandem {
namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(tandem::OfficeKeys)
};

const char* const kLegacyKeys[] = {"keys_salt", "keys_nonce", "keys_wrapped", "kdf_ops", "kdf_mem"};

Result<WrappedKeys> legacyWrapped(const Store& store)
{
    WrappedKeys w;
    const std::pair<const char*, QByteArray*> blobs[] = {
        {"keys_salt", &w.salt}, {"keys_nonce", &w.nonce}, {"keys_wrapped", &w.ciphertext}};
    for (const auto& [key, target] : blobs) {
        Result<QVariant> v = store.meta(QString::fromLatin1(key));
        if (!v)
            return v.error();
        *target = v->toByteArray();
    }
    Result<QVariant> ops = store.meta(QStringLiteral("kdf_ops"));
    Result<QVariant> mem = store.meta(QStringLiteral("kdf_mem"));
    if (!ops)
        return ops.error();
    if (!mem)
        return mem.error();
    w.opsLimit = ops->toULongLong();
    w.memLimit = mem->toULongLong();
    return w;
}

Result<WrappedKeys> slotWrapped(const Store& store, const QUuid& person)
{
    Result<QSqlQuery> q = store.exec(
        QStringLiteral("SELECT salt, nonce, wrapped, kdf_ops, kdf_mem FROM key_slot WHERE person = ?"),
        {person.toRfc4122()});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(Texts::tr("this person has no key slot: their passphrase opens nothing"), store.path());
    WrappedKeys w;
    w.salt = q->value(0).toByteArray();
    w.nonce = q->value(1).toByteArray();
    w.ciphertext = q->value(2).toByteArray();
    w.opsLimit = q->value(3).toULongLong();
    w.memLimit = q->value(4).toULongLong();
    return w;
}

QByteArray identityPublicKey(const Store& store)
{
    Result<QVariant> v = store.meta(QStringLiteral("identity_pk"));
    return v ? v->toByteArray() : QByteArray();
}

KdfCost costOf(const WrappedKeys& w)
{
    return w.memLimit < crypto_pwhash_MEMLIMIT_INTERACTIVE ? KdfCost::Minimal : KdfCost::Interactive;
}

Result<QList<QUuid>> slotPeople(const Store& store)
{
    Result<QSqlQuery> q = store.exec(QStringLiteral(
        "SELECT k.person FROM key_slot k JOIN person p ON p.id = k.person WHERE p.removed_at IS NULL "
        "ORDER BY p.added_at, p.id"));
    if (!q)
        return q.error();
    QList<QUuid> people;
    while (q->next())
        people << QUuid::fromRfc4122(q->value(0).toByteArray());
    return people;
}

QString defaultLeadName(const QString& given)
{
    if (!given.trimmed().isEmpty())
        return given.trimmed();
    if (const QString login = loginName(); !login.isEmpty())
        return login;
    return Texts::tr("Office lead");
}

// Seals every identifying detail again, from the box key pair of a file from before people to
// the identity public key: the values in the rows, and those kept in merge conflicts.
Result<void> resealAll(Store& store, const OfficeKeys& legacy, const QByteArray& identityPublic)
{
    auto reseal = [&](const QByteArray& sealed) -> Result<QByteArray> {
        const std::optional<QByteArray> plain = openSealedWith(sealed, legacy.publicKeys().box, legacy.boxSecret());
        if (!plain)
            return makeError(Texts::tr("an identifying detail does not open with this office's key"), store.path());
        return sealTo(*plain, identityPublic);
    };
    for (const EntityDef& e : Registry::instance().entities()) {
        QStringList sealed;
        for (const FieldDef& f : e.fields) {
            if (f.sealed)
                sealed << f.name;
        }
        if (sealed.isEmpty())
            continue;
        for (const QString& column : sealed) {
            Result<QSqlQuery> q = store.exec(
                QStringLiteral("SELECT id, %1 FROM %2 WHERE typeof(%1) = 'blob'").arg(column, e.name));
            if (!q)
                return q.error();
            std::vector<std::pair<QByteArray, QByteArray>> updates;
            while (q->next()) {
                Result<QByteArray> again = reseal(q->value(1).toByteArray());
                if (!again)
                    return again.error();
                updates.emplace_back(q->value(0).toByteArray(), *again);
            }
            for (const auto& [id, value] : updates) {
                if (Result<QSqlQuery> u = store.exec(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(e.name, column),
                                                     {value, id});
                    !u)
                    return u.error();
            }
        }
        // Conflicts keep a sealed field's values sealed (blobs).
        for (const char* column : {"kept_value", "other_value"}) {
            Result<QSqlQuery> q = store.exec(
                QStringLiteral("SELECT id, field, %1 FROM merge_conflict WHERE entity = ? AND typeof(%1) = 'blob'")
                    .arg(QString::fromLatin1(column)),
                {e.name});
            if (!q)
                return q.error();
            std::vector<std::pair<QByteArray, QByteArray>> updates;
            while (q->next()) {
                if (!sealed.contains(q->value(1).toString()))
                    continue;
                Result<QByteArray> again = reseal(q->value(2).toByteArray());
                if (!again)
                    return again.error();
                updates.emplace_back(q->value(0).toByteArray(), *again);
            }
            for (const auto& [id, value] : updates) {
                if (Result<QSqlQuery> u = store.exec(QStringLiteral("UPDATE merge_conflict SET %1 = ? WHERE id = ?")
                                                         .arg(QString::fromLatin1(column)),
                                                     {value, id});
                    !u)
                    return u.error();
            }
        }
    }
    return {};
}

// The Argon2id cost the file's slots are made with, from now on.
Result<void> setSlotCost(Store& store, KdfCost cost)
{
    return store.setMeta(QStringLiteral("slot_cost"), cost == KdfCost::Minimal ? QStringLiteral("minimal") : QStringLiteral("interactive"));
}

} // namespace

bool hasOfficeKeys(const Store& store)
{
    Result<QVariant> pk = store.meta(QStringLiteral("sign_pk"));
    return pk && pk->toByteArray().size() == 32;
}

Result<PublicKeys> officePublicKeys(const Store& store)
{
    Result<QVariant> sign = store.meta(QStringLiteral("sign_pk"));
    Result<QVariant> box = store.meta(QStringLiteral("box_pk"));
    if (!sign)
        return sign.error();
    if (!box)
        return box.error();
    PublicKeys keys{sign->toByteArray(), box->toByteArray()};
    if (!keys.isValid())
        return makeError(Texts::tr("this office has no keys yet: set a passphrase first"), store.path());
    return keys;
}

Result<QUuid> insertPersonRow(Store& store, const QString& name, const QStringList& roles, const QUuid& agency)
{
    const QUuid id = makeUuidV7(store.wallClock());
    Result<QSqlQuery> q = store.exec(
        QStringLiteral("INSERT INTO person (id, name, roles, agency, added_at) VALUES (?, ?, ?, ?, ?)"),
        {id.toRfc4122(), name, roles.join(QLatin1Char(' ')),
         agency.isNull() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(agency.toRfc4122()),
         store.wallClock() / 1000});
    if (!q)
        return q.error();
    return id;
}

Result<void> writeSlot(Store& store, const QUuid& person, const OfficeKeys& keys, const QString& passphrase,
                       bool withIdentity)
{
    {
        if (const QString problem = passphraseProblem(passphrase); !problem.isEmpty())
            return makeError(problem, store.path());
        if (withIdentity && !keys.canOpenIdentities())
            return makeError(Texts::tr("only a person who may read identities can give that right"), store.path());
        Result<WrappedKeys> w = keys.wrap(SecretBytes::fromUtf8(passphrase), slotCost(store), withIdentity);
        if (!w)
            return makeError(w.error().message, store.path());
        Result<QSqlQuery> q = store.exec(
            QStringLiteral("INSERT INTO key_slot (person, salt, nonce, wrapped, kdf_ops, kdf_mem) VALUES (?, ?, ?, ?, ?, ?) "
                           "ON CONFLICT (person) DO UPDATE SET salt = excluded.salt, nonce = excluded.nonce, "
                           "wrapped = excluded.wrapped, kdf_ops = excluded.kdf_ops, kdf_mem = excluded.kdf_mem"),
            {person.toRfc4122(), w->salt, w->nonce, w->ciphertext, qint64(w->opsLimit), qint64(w->memLimit)});
        if (!q)
            return q.error();
        return {};
    }
}

Result<void> deleteSlot(Store& store, const QUuid& person)
{
    Result<QSqlQuery> q = store.exec(QStringLiteral("DELETE FROM key_slot WHERE person = ?"), {person.toRfc4122()});
    if (!q)
        return q.error();
    return {};
}

bool hasSlot(const Store& store, const QUuid& person)
{
    Result<QSqlQuery> q = store.exec(QStringLiteral("SELECT 1 FROM key_slot WHERE person = ?"), {person.toRfc4122()});
    return q && q->next();
}

KdfCost slotCost(const Store& store)
{
    Result<QVariant> v = store.meta(QStringLiteral("slot_cost"));
    return v && v->toString() == QLatin1String("minimal") ? KdfCost::Minimal : KdfCost::Interactive;
}

Result<PublicKeys> createOfficeKeys(Store& store, const QString& passphrase, KdfCost cost, const QString& leadName)
{
    return createOfficeKeys(store, OfficeKeys::generate(), passphrase, cost, leadName);
}

Result<PublicKeys> createOfficeKeys(Store& store, const OfficeKeys& given, const QString& passphrase, KdfCost cost,
                                    const QString& leadName)
{
    if (hasOfficeKeys(store))
        return makeError(Texts::tr("this office already has its keys"), store.path());
    if (const QString problem = passphraseProblem(passphrase); !problem.isEmpty())
        return makeError(problem, store.path());
    OfficeKeys keys = given.copy(true);
    if (!keys.canOpenIdentities())
        keys.generateIdentityPair();

    Result<Transaction> tx = store.begin();
    if (!tx)
        return tx.error();
    if (Result<void> r = setSlotCost(store, cost); !r)
        return r.error();
    Result<QUuid> lead = insertPersonRow(store, defaultLeadName(leadName), {QStringLiteral("lead")}, {});
    if (!lead)
        return lead.error();
    if (Result<void> r = writeSlot(store, *lead, keys, passphrase, true); !r)
        return r.error();
    if (Result<void> r = store.setMeta(QStringLiteral("sign_pk"), keys.publicKeys().sign); !r)
        return r.error();
    if (Result<void> r = store.setMeta(QStringLiteral("box_pk"), keys.publicKeys().box); !r)
        return r.error();
    if (Result<void> r = store.setMeta(QStringLiteral("identity_pk"), keys.identityPublic()); !r)
        return r.error();
    // The office's own row carries the public halves to partners.
    Result<void> row = store.update(
        QStringLiteral("office"), store.officeId(),
        {{QStringLiteral("sign_public_key"), QString::fromLatin1(keys.publicKeys().sign.toBase64())},
         {QStringLiteral("box_public_key"), QString::fromLatin1(keys.publicKeys().box.toBase64())},
         {QStringLiteral("fingerprint"), fingerprint(store.officeSite(), keys.publicKeys())}});
    if (!row)
        return row.error();
    if (Result<void> r = keyAuditChain(store, keys); !r)
        return r.error();
    if (Result<void> r = tx->commit(); !r)
        return r.error();
    store.reloadKeys();
    return keys.publicKeys();
}

Result<void> createSeatKeys(Store& store, const OfficeKeys& keys, const SeatPerson& person, const QString& passphrase,
                            KdfCost cost)
{
    if (hasOfficeKeys(store))
        return makeError(Texts::tr("this office already has its keys"), store.path());
    if (const QString problem = passphraseProblem(passphrase); !problem.isEmpty())
        return makeError(problem, store.path());
    if (person.id.isNull() || person.name.trimmed().isEmpty() || person.roles.isEmpty())
        return makeError(Texts::tr("the invitation names no person"), store.path());
    Result<Transaction> tx = store.begin();
    if (!tx)
        return tx.error();
    if (Result<void> r = setSlotCost(store, cost); !r)
        return r.error();
    if (Result<QSqlQuery> q = store.exec(
            QStringLiteral("INSERT INTO person (id, name, roles, agency, added_at) VALUES (?, ?, ?, ?, ?)"),
            {person.id.toRfc4122(), person.name.trimmed(), person.roles.join(QLatin1Char(' ')),
             person.agency.isNull() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(person.agency.toRfc4122()),
             store.wallClock() / 1000});
        !q)
        return q.error();
    if (Result<void> r = writeSlot(store, person.id, keys, passphrase, keys.canOpenIdentities()); !r)
        return r.error();
    for (const auto& [key, value] : {std::pair{QStringLiteral("sign_pk"), keys.publicKeys().sign},
                                     std::pair{QStringLiteral("box_pk"), keys.publicKeys().box},
                                     std::pair{QStringLiteral("identity_pk"), keys.identityPublic()}}) {
        if (Result<void> r = store.setMeta(key, value); !r)
            return r.error();
    }
    if (Result<void> r = keyAuditChain(store, keys); !r)
        return r.error();
    if (Result<void> r = tx->commit(); !r)
        return r.error();
    store.reloadKeys();
    return {};
}

Result<OfficeKeys> unlockSlot(const Store& store, const QUuid& person, const QString& passphrase)
{
    Result<PublicKeys> pub = officePublicKeys(store);
    if (!pub)
        return pub.error();
    Result<WrappedKeys> wrapped = slotWrapped(store, person);
    if (!wrapped)
        return wrapped.error();
    Result<OfficeKeys> keys = OfficeKeys::unwrap(*pub, *wrapped, SecretBytes::fromUtf8(passphrase), identityPublicKey(store));
    if (!keys)
        return makeError(keys.error().message, store.path());
    return keys;
}

Result<OfficeKeys> unlockOfficeKeys(const Store& store, const QString& passphrase)
{
    Result<PublicKeys> pub = officePublicKeys(store);
    if (!pub)
        return pub.error();
    if (needsPeopleMigration(store)) {
        Result<WrappedKeys> wrapped = legacyWrapped(store);
        if (!wrapped)
            return wrapped.error();
        Result<OfficeKeys> keys = OfficeKeys::unwrap(*pub, *wrapped, SecretBytes::fromUtf8(passphrase));
        if (!keys)
            return makeError(keys.error().message, store.path());
        return keys;
    }
    if (!store.actor().person.isNull())
        return unlockSlot(store, store.actor().person, passphrase);
    Result<QList<QUuid>> people = slotPeople(store);
    if (!people)
        return people.error();
    Result<OfficeKeys> last = makeError(Texts::tr("wrong passphrase"), store.path());
    for (const QUuid& person : *people) {
        last = unlockSlot(store, person, passphrase);
        if (last)
            return last;
    }
    return last;
}

Result<void> changePassphrase(Store& store, const QString& oldPassphrase, const QString& newPassphrase)
{
    if (const QString problem = passphraseProblem(newPassphrase); !problem.isEmpty())
        return makeError(Texts::tr("new passphrase: %1").arg(problem), store.path());
    if (needsPeopleMigration(store))
        return makeError(Texts::tr("this file is from before people: open it with the office passphrase first"),
                         store.path());
    // The slot the old passphrase opens: the acting person's, or the first that opens.
    QList<QUuid> candidates;
    if (!store.actor().person.isNull()) {
        candidates << store.actor().person;
    } else {
        Result<QList<QUuid>> people = slotPeople(store);
        if (!people)
            return people.error();
        candidates = *people;
    }
    for (const QUuid& person : candidates) {
        Result<OfficeKeys> keys = unlockSlot(store, person, oldPassphrase);
        if (!keys)
            continue;
        Result<Transaction> tx = store.begin();
        if (!tx)
            return tx.error();
        if (Result<void> r = writeSlot(store, person, *keys, newPassphrase, keys->canOpenIdentities()); !r)
            return r;
        return tx->commit();
    }
    return makeError(Texts::tr("wrong passphrase"), store.path());
}

bool needsPeopleMigration(const Store& store)
{
    Result<QVariant> legacy = store.meta(QStringLiteral("keys_wrapped"));
    if (!legacy || legacy->toByteArray().isEmpty())
        return false;
    Result<QSqlQuery> q = store.exec(QStringLiteral("SELECT 1 FROM key_slot LIMIT 1"));
    return q && !q->next();
}

Result<QUuid> migrateToPeople(Store& store, const QString& officePassphrase, const QString& leadName)
{
    if (!needsPeopleMigration(store))
        return makeError(Texts::tr("this file has its people already"), store.path());
    Result<WrappedKeys> wrapped = legacyWrapped(store);
    if (!wrapped)
        return wrapped.error();
    Result<OfficeKeys> legacy = unlockOfficeKeys(store, officePassphrase);
    if (!legacy)
        return legacy.error();
    OfficeKeys keys = legacy->copy(false);
    keys.generateIdentityPair();

    Result<Transaction> tx = store.begin();
    if (!tx)
        return tx.error();
    const KdfCost cost = costOf(*wrapped);
    if (Result<void> r = setSlotCost(store, cost); !r)
        return r.error();
    Result<QUuid> lead = insertPersonRow(store, defaultLeadName(leadName), {QStringLiteral("lead")}, {});
    if (!lead)
        return lead.error();
    if (Result<void> r = writeSlot(store, *lead, keys, officePassphrase, true); !r)
        return r.error();
    if (Result<void> r = resealAll(store, *legacy, keys.identityPublic()); !r)
        return r.error();
    if (Result<void> r = store.setMeta(QStringLiteral("identity_pk"), keys.identityPublic()); !r)
        return r.error();
    for (const char* key : kLegacyKeys) {
        if (Result<QSqlQuery> q = store.exec(QStringLiteral("DELETE FROM meta WHERE key = ?"), {QString::fromLatin1(key)}); !q)
            return q.error();
    }
    if (Result<void> r = keyAuditChain(store, keys); !r)
        return r.error();
    if (Result<void> r = tx->commit(); !r) {
        store.reloadKeys();
        return r.error();
    }
    store.reloadKeys();
    return *lead;
}

} // namespace tandem
