// A file from before people (schema 4, issue 17): its office passphrase becomes the first lead's
// key slot, a new identity key pair is made and every sealed value is sealed to it, in one
// transaction. The version-4 file is made here as the code of schema 4 left it: the office keys
// wrapped with the office passphrase in `meta`, identities sealed to the box key, no person or
// key_slot table.

#include "catchqt.h"
#include "testsupport.h"

#include "crypto/seal.h"
#include "domain/people.h"
#include "store/keystore.h"

#include <sodium.h>

using namespace tandem;
using namespace tandem::test;

namespace {

const QString kPass = QStringLiteral("old office passphrase");
const QString kName = QStringLiteral("Zorielle Quintvard");

struct V4File {
    QTemporaryDir dir;
    QString path() const { return dir.filePath(QStringLiteral("old.tandem")); }
    QUuid identity;
};

void makeV4(V4File& f)
{
    Result<QUuid> identity = makeVersion4Office(f.path(), kPass, kName);
    REQUIRE(identity);
    f.identity = *identity;
}

QByteArray sealedName(const Store& s, const QUuid& id)
{
    Result<QSqlQuery> q = s.exec(QStringLiteral("SELECT name FROM survivor_identity WHERE id = ?"), {id.toRfc4122()});
    REQUIRE(q);
    REQUIRE(q->next());
    return q->value(0).toByteArray();
}

} // namespace

TEST_CASE("a version-4 file: its office passphrase becomes the first lead and identities are sealed again")
{
    V4File f;
    makeV4(f);
    Result<std::unique_ptr<Store>> s = Store::open(f.path());
    REQUIRE(s);
    Store& store = **s;
    CHECK(store.schemaVersion() == Store::currentSchemaVersion());
    REQUIRE(needsPeopleMigration(store));
    const QByteArray before = sealedName(store, f.identity);
    // Until it migrates, the office passphrase opens as before.
    Result<OfficeKeys> old = unlockOfficeKeys(store, kPass);
    REQUIRE(old);
    REQUIRE(openSealed(before, *old));

    // A wrong passphrase changes nothing.
    CHECK_FALSE(migrateToPeople(store, QStringLiteral("not the old passphrase"), QStringLiteral("Mara Lead")));
    CHECK(needsPeopleMigration(store));
    CHECK(sealedName(store, f.identity) == before);

    Result<QUuid> lead = migrateToPeople(store, kPass, QStringLiteral("Mara Lead"));
    REQUIRE(lead);
    CHECK_FALSE(needsPeopleMigration(store));
    Result<Person> person = people::get(store, *lead);
    REQUIRE(person);
    CHECK(person->name == QStringLiteral("Mara Lead"));
    CHECK(person->roles == QStringList{QStringLiteral("lead")});
    CHECK_FALSE(store.meta(QStringLiteral("keys_wrapped"))->isValid());

    const QByteArray after = sealedName(store, f.identity);
    CHECK(after != before);
    // The box key no longer opens the name; the lead's slot (the old passphrase) does.
    CHECK_FALSE(openSealedWith(after, old->publicKeys().box, old->boxSecret()));
    Result<OfficeKeys> keys = unlockSlot(store, *lead, kPass);
    REQUIRE(keys);
    REQUIRE(keys->canOpenIdentities());
    const std::optional<QByteArray> name = openSealed(after, *keys);
    REQUIRE(name);
    CHECK(QString::fromUtf8(*name) == kName);
    // New writes seal to the identity key too.
    Result<QUuid> survivor = store.insert(QStringLiteral("survivor"), {{QStringLiteral("code"), QStringLiteral("V-2025-0043")}});
    REQUIRE(survivor);
    Result<QUuid> again = store.insert(QStringLiteral("survivor_identity"),
                                       {{QStringLiteral("survivor"), *survivor}, {QStringLiteral("name"), kName}});
    REQUIRE(again);
    CHECK(openSealed(sealedName(store, *again), *keys));
}

TEST_CASE("a migration that fails half-way leaves the version-4 file exactly as it was")
{
    V4File f;
    makeV4(f);
    Result<std::unique_ptr<Store>> s = Store::open(f.path());
    REQUIRE(s);
    Store& store = **s;
    // One sealed value that no longer opens (damaged): re-sealing it fails after the person and
    // the slot were written.
    QByteArray damaged = sealedName(store, f.identity);
    damaged[damaged.size() - 1] = char(damaged[damaged.size() - 1] ^ 0x01);
    REQUIRE(store.exec(QStringLiteral("UPDATE survivor_identity SET name = ? WHERE id = ?"), {damaged, f.identity.toRfc4122()}));
    const QString dumpBefore = dumpText(store, false);

    Result<QUuid> lead = migrateToPeople(store, kPass, QStringLiteral("Mara Lead"));
    REQUIRE_FALSE(lead);
    CHECK(needsPeopleMigration(store));
    Result<QSqlQuery> q = store.exec(QStringLiteral("SELECT (SELECT count(*) FROM person), (SELECT count(*) FROM key_slot)"));
    REQUIRE(q);
    REQUIRE(q->next());
    CHECK(q->value(0).toInt() == 0);
    CHECK(q->value(1).toInt() == 0);
    CHECK_FALSE(store.meta(QStringLiteral("identity_pk"))->isValid());
    CHECK(store.meta(QStringLiteral("keys_wrapped"))->isValid());
    CHECK(sealedName(store, f.identity) == damaged);
    CHECK(dumpText(store, false) == dumpBefore);
}
