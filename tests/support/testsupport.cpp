#include "testsupport.h"

#include "store/searchschema.h"

#include "store/dump.h"
#include "store/keystore.h"
#include "store/registry.h"

#include <QBuffer>
#include <QFile>

#include <stdexcept>

namespace tandem::test {

Result<std::unique_ptr<Store>> createTestOffice(const QString& path, const QString& office)
{
    Result<std::unique_ptr<Store>> s = Store::create(path, office);
    if (!s)
        return s;
    if (Result<PublicKeys> keys = createOfficeKeys(**s, kOfficePassphrase, KdfCost::Minimal); !keys)
        return keys.error();
    return s;
}

TempStore::TempStore(const QString& office)
{
    Result<std::unique_ptr<Store>> s = createTestOffice(path(), office);
    if (!s)
        throw std::runtime_error(s.error().text().toStdString());
    store = std::move(*s);
    Result<OfficeKeys> k = unlockOfficeKeys(*store, kOfficePassphrase);
    if (!k)
        throw std::runtime_error(k.error().text().toStdString());
    keys.emplace(std::move(*k));
    unlock();
}

void TempStore::reopen()
{
    const bool unlocked = store && store->identityKeys();
    store.reset();
    Result<std::unique_ptr<Store>> s = Store::open(path());
    if (!s)
        throw std::runtime_error(s.error().text().toStdString());
    store = std::move(*s);
    if (unlocked)
        unlock();
}

bool dropColumnsSince(Store& store, int version)
{
    // Schema 11's (case 11): the dashboard's covering indexes, and the two they replaced. First: a
    // column an index names cannot be dropped.
    if (version < 11) {
        for (const char* sql : {"DROP INDEX checklist_item_steps", "CREATE INDEX checklist_item_survivor ON checklist_item (survivor)",
                                "DROP INDEX assignment_participation", "CREATE INDEX assignment_operation ON assignment (operation)"}) {
            if (!store.exec(QString::fromLatin1(sql)))
                return false;
        }
    }
    for (const EntityDef& e : Registry::instance().entities()) {
        if (e.since > version) {
            // A table of its own, made by a later version.
            if (!store.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(e.name)))
                return false;
            continue;
        }
        QStringList kept;
        for (const FieldDef& f : e.fields)
            if (f.since <= version)
                kept << f.versionColumn();
        QStringList dropped;
        for (const FieldDef& f : e.fields) {
            if (f.since <= version)
                continue;
            if (!store.exec(QStringLiteral("ALTER TABLE %1 DROP COLUMN %2").arg(e.name, f.name)))
                return false;
            if (kept.contains(f.versionColumn()) || dropped.contains(f.versionColumn()))
                continue;
            if (!store.exec(QStringLiteral("ALTER TABLE %1 DROP COLUMN %2").arg(e.name, f.versionColumn())))
                return false;
            dropped << f.versionColumn();
        }
    }
    // What schema 4's own statements added for the exchange (store/schema.cpp, case 4).
    if (version < 4) {
        for (const char* sql : {"DROP TABLE withdrawal", "ALTER TABLE partner DROP COLUMN sent_seq",
                                "ALTER TABLE partner DROP COLUMN epoch", "ALTER TABLE partner DROP COLUMN revoked_at"}) {
            if (!store.exec(QString::fromLatin1(sql)))
                return false;
        }
    }
    // What schema 5's own statements added (case 5): people and their key slots, the keyed audit
    // chain and its keys. (A file made so keeps no office passphrase: unlock with the test's keys.)
    if (version < 5) {
        for (const char* sql : {"DROP TABLE code_clash", "DROP TABLE key_slot", "DROP TABLE person", "ALTER TABLE audit_log DROP COLUMN mac", "ALTER TABLE partner DROP COLUMN audit_seq",
                                "ALTER TABLE partner DROP COLUMN audit_hash", "ALTER TABLE partner DROP COLUMN audit_problem",
                                "DELETE FROM meta WHERE key LIKE 'audit\\_%' ESCAPE '\\'"}) {
            if (!store.exec(QString::fromLatin1(sql)))
                return false;
        }
    }
    // Schema 7's (case 7): the search index's marks, and step 3's triggers back (where step 3 is).
    if (version < 7) {
        Result<QSqlQuery> marks = store.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'search\\_mark\\_%' ESCAPE '\\'"));
        if (!marks)
            return false;
        QStringList names;
        while (marks->next())
            names << marks->value(0).toString();
        marks->finish();
        for (const QString& name : names) {
            if (!store.exec(QStringLiteral("DROP TRIGGER %1").arg(name)))
                return false;
        }
        if (!store.exec(QStringLiteral("DROP TABLE search_dirty")))
            return false;
        Result<QSqlQuery> indexed = store.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'operation_search'"));
        if (!indexed || !indexed->next())
            return false;
        const bool hasIndex = indexed->value(0).toInt() > 0;
        indexed->finish();
        for (const QString& sql : schema::searchIndexStatements()) {
            if (hasIndex && sql.startsWith(QLatin1String("CREATE TRIGGER ")) && !store.exec(sql))
                return false;
        }
    }
    // Schema 8's (case 8): the exchange folder's bookkeeping.
    if (version < 8) {
        for (const char* sql : {"DROP TABLE folder_bundle", "DROP TABLE folder_partner"}) {
            if (!store.exec(QString::fromLatin1(sql)))
                return false;
        }
    }
    // Schema 9's (case 9): seats.
    if (version < 9) {
        for (const char* sql : {"DROP INDEX partner_fingerprint", "ALTER TABLE partner DROP COLUMN office", "ALTER TABLE partner DROP COLUMN seat",
                                "ALTER TABLE partner DROP COLUMN identities", "ALTER TABLE partner DROP COLUMN machine_number"}) {
            if (!store.exec(QString::fromLatin1(sql)))
                return false;
        }
    }
    // Schema 10's (case 10): the attached files' chunks.
    if (version < 10 && !store.exec(QStringLiteral("DROP TABLE attachment_chunk")))
        return false;
    // Schema 6's (case 6): the erasures carried out.
    if (version < 6 && !store.exec(QStringLiteral("DROP TABLE erased_identity")))
        return false;
    return bool(store.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QString dumpText(const Store& store, bool all)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    Result<void> r = writeDump(store, buffer, all ? DumpScope::All : DumpScope::Shared);
    if (!r)
        throw std::runtime_error(r.error().text().toStdString());
    return QString::fromUtf8(buffer.data());
}

Result<QUuid> makeVersion4Office(const QString& path, const QString& officePassphrase, const QString& name)
{
    Result<std::unique_ptr<Store>> s = Store::create(path, QStringLiteral("Old Office"));
    if (!s)
        return s.error();
    Store& store = **s;
    const OfficeKeys keys = OfficeKeys::generate();
    Result<WrappedKeys> w = keys.wrap(SecretBytes::fromUtf8(officePassphrase), KdfCost::Minimal, false);
    if (!w)
        return w.error();
    const std::pair<const char*, QVariant> meta[] = {
        {"keys_salt", w->salt}, {"keys_nonce", w->nonce}, {"keys_wrapped", w->ciphertext},
        {"kdf_ops", qint64(w->opsLimit)}, {"kdf_mem", qint64(w->memLimit)},
        {"sign_pk", keys.publicKeys().sign}, {"box_pk", keys.publicKeys().box}};
    for (const auto& [key, value] : meta) {
        if (Result<void> r = store.setMeta(QString::fromLatin1(key), value); !r)
            return r.error();
    }
    store.reloadKeys(); // seals to the box key, as schema 4 did
    Result<QUuid> survivor = store.insert(QStringLiteral("survivor"), {{QStringLiteral("code"), QStringLiteral("V-2025-0042")}});
    if (!survivor)
        return survivor.error();
    Result<QUuid> identity = store.insert(QStringLiteral("survivor_identity"),
                                          {{QStringLiteral("survivor"), *survivor}, {QStringLiteral("name"), name}});
    if (!identity)
        return identity.error();
    if (!dropColumnsSince(store, 4))
        return makeError(QStringLiteral("cannot take the file back to schema 4"), path);
    return identity;
}

} // namespace tandem::test
