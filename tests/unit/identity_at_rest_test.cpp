// Survivors' identifying details at rest (DESIGN.md §4): sealed to the office's box key on every
// write, readable only with the office's keys, never in the file in the clear.

#include "catchqt.h"
#include "testsupport.h"

#include "crypto/seal.h"
#include "crypto/sealahead.h"
#include "store/keystore.h"
#include "store/value.h"

#include <QFile>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>

using namespace tandem;
using namespace tandem::test;

namespace {

const QString kName = QStringLiteral("Zorielle Quintvard");
const QString kBirth = QStringLiteral("2003-04-17");
const QString kContact = QStringLiteral("+44 7700 900417");

QByteArray fileBytes(const QString& path)
{
    QByteArray all;
    for (const char* suffix : {"", "-wal"}) {
        QFile f(path + QString::fromLatin1(suffix));
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

QUuid addIdentity(Store& s)
{
    Result<QUuid> survivor = s.insert(QStringLiteral("survivor"), {{QStringLiteral("code"), QStringLiteral("V-2026-0417")}});
    REQUIRE(survivor);
    Result<QUuid> id = s.insert(QStringLiteral("survivor_identity"), {{QStringLiteral("survivor"), *survivor},
                                                                      {QStringLiteral("name"), kName},
                                                                      {QStringLiteral("date_of_birth"), kBirth},
                                                                      {QStringLiteral("contact"), kContact}});
    REQUIRE(id);
    return *id;
}

} // namespace

TEST_CASE("identifying details are sealed in the file and readable only with the office's keys")
{
    TempStore t;
    t.lock(); // a write needs no passphrase: only the public key
    const QUuid id = addIdentity(*t);

    for (const QString& secret : {kName, kBirth, kContact})
        CHECK_FALSE(fileBytes(t.path()).contains(secret.toUtf8()));

    // The sqlite3 shell, as anyone who finds the file would use it.
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (!shell.isEmpty()) {
        QProcess p;
        p.start(shell, {t.path(), QStringLiteral(".dump")});
        REQUIRE(p.waitForFinished(60'000));
        const QString dump = QString::fromUtf8(p.readAllStandardOutput());
        CHECK(dump.contains(QStringLiteral("V-2026-0417")));
        for (const QString& secret : {kName, kBirth, kContact})
            CHECK_FALSE(dump.contains(secret));
    } else {
        WARN("sqlite3 is not installed: the shell check was skipped");
    }

    // Locked: the store hands out sealed values, never the plain text.
    Result<Row> locked = t->get(QStringLiteral("survivor_identity"), id);
    REQUIRE(locked);
    CHECK(locked->value(QStringLiteral("name")).userType() == qMetaTypeId<SealedValue>());
    const FieldDef& name = *Registry::instance().entity(QStringLiteral("survivor_identity"))->field(QStringLiteral("name"));
    CHECK(value::display(name, locked->value(QStringLiteral("name"))) == QStringLiteral("(locked)"));

    // Unlocked with the passphrase: the details read back as written.
    t.unlock();
    Result<Row> open = t->get(QStringLiteral("survivor_identity"), id);
    REQUIRE(open);
    CHECK(open->text(QStringLiteral("name")) == kName);
    CHECK(open->value(QStringLiteral("date_of_birth")).toDate() == QDate(2003, 4, 17));
    CHECK(open->text(QStringLiteral("contact")) == kContact);

    // Editing one detail while locked keeps the others as they were.
    t.lock();
    REQUIRE(t->update(QStringLiteral("survivor_identity"), id, {{QStringLiteral("contact"), QStringLiteral("+44 7700 900999")}}));
    t.unlock();
    CHECK(t->get(QStringLiteral("survivor_identity"), id)->text(QStringLiteral("name")) == kName);
    CHECK(t->get(QStringLiteral("survivor_identity"), id)->text(QStringLiteral("contact")) == QStringLiteral("+44 7700 900999"));
}

// The demo seals through a SealAhead: the key agreements made ahead on a thread, each used once.
TEST_CASE("sealing with the key agreement made ahead is crypto_box_seal: each value opens, no two share a key")
{
    TempStore t;
    const QByteArray recipient = t->sealKeyForSql();
    REQUIRE(recipient.size() == 32);
    QSet<QByteArray> ephemeral;
    {
        SealAhead ahead(recipient, 8);
        for (int i = 0; i < 50; ++i) { // more than it keeps ready: some are made at once
            const QByteArray plain = QStringLiteral("Zorielle %1 Quintvard").arg(i).toUtf8().repeated(i % 3);
            const QByteArray sealed = ahead.seal(plain);
            CHECK(sealed.size() == plain.size() + sealedOverhead());
            CHECK_FALSE(sealed.contains("Zorielle"));
            ephemeral.insert(sealed.left(32));
            t.unlock();
            const std::optional<QByteArray> opened = openSealed(sealed, *t->identityKeys());
            REQUIRE(opened);
            CHECK(*opened == plain);
        }
        // A SealAhead for another key is not used by the store; for its own key it is.
        SealAhead other(QByteArray(32, '\x09'));
        t->setSealAhead(&other);
        const QUuid id = addIdentity(*t);
        t->setSealAhead(&ahead);
        const QUuid second = addIdentity(*t);
        t->setSealAhead(nullptr);
        for (const QUuid& written : {id, second}) {
            Result<Row> row = t->get(QStringLiteral("survivor_identity"), written);
            REQUIRE(row);
            CHECK(row->text(QStringLiteral("name")) == kName);
            CHECK(row->text(QStringLiteral("contact")) == kContact);
        }
    }
    CHECK(ephemeral.size() == 50);
}

TEST_CASE("changing the passphrase re-wraps the keys and leaves the sealed data as it was")
{
    TempStore t;
    const QUuid id = addIdentity(*t);
    Result<QSqlQuery> q = t->exec(QStringLiteral("SELECT name, date_of_birth, contact FROM survivor_identity"));
    REQUIRE((q && q->next()));
    const QByteArray sealedName = q->value(0).toByteArray();
    q->finish();
    REQUIRE(changePassphrase(*t, kOfficePassphrase, QStringLiteral("a completely new passphrase")));
    Result<QSqlQuery> after = t->exec(QStringLiteral("SELECT name FROM survivor_identity"));
    REQUIRE((after && after->next()));
    CHECK(after->value(0).toByteArray() == sealedName);
    after->finish();
    Result<OfficeKeys> keys = unlockOfficeKeys(*t, QStringLiteral("a completely new passphrase"));
    REQUIRE(keys);
    t->setIdentityKeys(&*keys);
    CHECK(t->get(QStringLiteral("survivor_identity"), id)->text(QStringLiteral("name")) == kName);
    t->setIdentityKeys(nullptr);
}

TEST_CASE("an office without keys cannot keep identifying details, and says why")
{
    QTemporaryDir dir;
    Result<std::unique_ptr<Store>> s = Store::create(dir.filePath(QStringLiteral("bare.tandem")), QStringLiteral("Bare"));
    REQUIRE(s);
    Result<QUuid> survivor = (*s)->insert(QStringLiteral("survivor"), {{QStringLiteral("code"), QStringLiteral("V-2026-0001")}});
    REQUIRE(survivor);
    Result<QUuid> id = (*s)->insert(QStringLiteral("survivor_identity"), {{QStringLiteral("survivor"), *survivor},
                                                                          {QStringLiteral("name"), kName}});
    REQUIRE_FALSE(id);
    CHECK(id.error().message.contains(QStringLiteral("once this office has its keys")));
    // Without identifying details the row is fine.
    CHECK((*s)->insert(QStringLiteral("survivor_identity"), {{QStringLiteral("survivor"), *survivor}}));
}
