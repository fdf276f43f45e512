// The keyed audit chain (core/store/audit.h, DESIGN.md §7): someone who holds the file, drops the
// append-only triggers and recomputes every hash still cannot rewrite an entry or cut the log's
// end without a check that has the office keys noticing.

#include "catchqt.h"
#include "testsupport.h"

#include "domain/survivors.h"
#include "store/audit.h"
#include "store/check.h"
#include "store/keystore.h"

#include <QSqlQuery>
#include <QtEndian>

#include <sodium.h>

using namespace tandem;
using namespace tandem::test;

namespace {

// The chain's hash as the published algorithm makes it: an attacker knows it (only the key is a
// secret), so the test recomputes it the way they would.
QByteArray attackerHash(const QByteArray& prev, qint64 seq, qint64 at, const QStringList& texts)
{
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, 32);
    auto feed = [&](const QByteArray& bytes) {
        unsigned char length[8];
        qToBigEndian(quint64(bytes.size()), length);
        crypto_generichash_update(&state, length, sizeof length);
        crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(bytes.constData()),
                                  std::size_t(bytes.size()));
    };
    feed(prev);
    feed(QByteArray::number(seq));
    feed(QByteArray::number(at));
    for (const QString& t : texts)
        feed(t.toUtf8());
    QByteArray out(32, Qt::Uninitialized);
    crypto_generichash_final(&state, reinterpret_cast<unsigned char*>(out.data()), 32);
    return out;
}

void exec(Store& store, const QString& sql, const QVariantList& binds = {})
{
    Result<QSqlQuery> q = store.exec(sql, binds);
    INFO((q ? QString() : q.error().text()).toStdString());
    REQUIRE(q);
}

// What someone with the file and sqlite3 does: no triggers in the way, every hash recomputed
// from the first entry on, so that the bare hash chain is whole again.
void dropTriggers(Store& store)
{
    exec(store, QStringLiteral("DROP TRIGGER audit_log_append_only_update"));
    exec(store, QStringLiteral("DROP TRIGGER audit_log_append_only_delete"));
}

void rehashChain(Store& store)
{
    Result<QSqlQuery> q = store.exec(QStringLiteral("SELECT seq, at, action, actor, subject, details FROM audit_log ORDER BY seq"));
    REQUIRE(q);
    std::vector<std::pair<qint64, QByteArray>> hashes;
    QByteArray prev(32, '\0');
    while (q->next()) {
        const QByteArray h = attackerHash(prev, q->value(0).toLongLong(), q->value(1).toLongLong(),
                                          {q->value(2).toString(), q->value(3).toString(), q->value(4).toString(),
                                           q->value(5).toString()});
        hashes.emplace_back(q->value(0).toLongLong(), h);
        prev = h;
    }
    q->finish();
    QByteArray before(32, '\0');
    for (const auto& [seq, hash] : hashes) {
        exec(store, QStringLiteral("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?"), {before, hash, seq});
        before = hash;
    }
}

std::vector<AuditProblem> problems(const Store& store, const OfficeKeys* keys)
{
    Result<std::vector<AuditProblem>> p = verifyAuditChain(store, keys);
    INFO((p ? QString() : p.error().text()).toStdString());
    REQUIRE(p);
    return *p;
}

void appendSome(Store& store, int n)
{
    for (int i = 1; i <= n; ++i)
        REQUIRE(appendAudit(store, QStringLiteral("export"), QStringLiteral("Harbour Shelter"),
                            QStringLiteral("%1 rows").arg(i * 10)));
}

} // namespace

TEST_CASE("an office's audit chain is keyed from its first entry, and a check with the keys finds it whole")
{
    TempStore t;
    appendSome(*t, 5);
    Result<std::vector<AuditEntry>> entries = readAudit(*t);
    REQUIRE(entries);
    REQUIRE(entries->size() == 5);
    for (const AuditEntry& e : *entries)
        CHECK(e.mac.size() == 32);
    CHECK(problems(*t, nullptr).empty());
    CHECK(problems(*t, &*t.keys).empty());
    Result<CheckReport> report = check(*t, &*t.keys);
    REQUIRE(report);
    CHECK(report->clean());
}

TEST_CASE("an entry rewritten around Tandem, with every hash recomputed, shows to a check with the keys")
{
    TempStore t;
    appendSome(*t, 5);
    dropTriggers(*t);
    exec(*t, QStringLiteral("UPDATE audit_log SET details = '0 rows', subject = 'nobody' WHERE seq = 2"));
    rehashChain(*t);

    // The bare hash chain is whole again: that alone is why the chain is keyed.
    CHECK(problems(*t, nullptr).empty());
    const std::vector<AuditProblem> found = problems(*t, &*t.keys);
    REQUIRE(found.size() == 1);
    CHECK(found[0].seq == 2);
    CHECK(found[0].what.contains(QStringLiteral("rewritten")));

    Result<CheckReport> report = check(*t, &*t.keys);
    REQUIRE(report);
    CHECK(report->errors == 1);
}

TEST_CASE("entries cut off the end of the log show, with or without the keys")
{
    TempStore t;
    appendSome(*t, 6);
    dropTriggers(*t);
    exec(*t, QStringLiteral("DELETE FROM audit_log WHERE seq > 4"));

    SECTION("the file's key has moved past the last entry: seen without the keys")
    {
        const std::vector<AuditProblem> found = problems(*t, nullptr);
        REQUIRE(found.size() == 1);
        CHECK(found[0].seq == 4);
        CHECK(found[0].what.contains(QStringLiteral("removed")));
        Result<CheckReport> report = check(*t);
        REQUIRE(report);
        CHECK(report->errors == 1);
    }
    SECTION("the key's seq set back as well: the key itself no longer follows from the entries")
    {
        exec(*t, QStringLiteral("UPDATE meta SET value = 5 WHERE key = 'audit_key_seq'"));
        CHECK(problems(*t, nullptr).empty());
        const std::vector<AuditProblem> found = problems(*t, &*t.keys);
        REQUIRE(found.size() == 1);
        CHECK(found[0].seq == 4);
        CHECK(found[0].what.contains(QStringLiteral("removed")));
    }
    SECTION("an entry written in place of the cut ones without the key has no mark")
    {
        exec(*t, QStringLiteral("UPDATE meta SET value = 5 WHERE key = 'audit_key_seq'"));
        exec(*t, QStringLiteral("INSERT INTO audit_log (seq, at, action, actor, subject, details, prev_hash, hash) "
                                "VALUES (5, 0, 'export', 'x', 'y', 'z', x'00', x'00')"));
        rehashChain(*t);
        const std::vector<AuditProblem> found = problems(*t, nullptr);
        REQUIRE_FALSE(found.empty());
        CHECK(found[0].seq == 5);
    }
}

TEST_CASE("a file whose chain predates the key is keyed from the next entry once its keys are made")
{
    QTemporaryDir dir;
    Result<std::unique_ptr<Store>> s = Store::create(dir.filePath(QStringLiteral("old.tandem")), QStringLiteral("Old Office"));
    REQUIRE(s);
    Store& store = **s;
    appendSome(store, 3);
    CHECK(problems(store, nullptr).empty());

    REQUIRE(createOfficeKeys(store, kOfficePassphrase, KdfCost::Minimal));
    Result<OfficeKeys> keys = unlockOfficeKeys(store, kOfficePassphrase);
    REQUIRE(keys);
    REQUIRE(keyAuditChain(store, *keys)); // again: nothing changes on a keyed chain
    appendSome(store, 2);

    Result<std::vector<AuditEntry>> entries = readAudit(store);
    REQUIRE(entries);
    REQUIRE(entries->size() == 5);
    for (const AuditEntry& e : *entries)
        CHECK(e.mac.isEmpty() == (e.seq <= 3));
    CHECK(problems(store, nullptr).empty());
    CHECK(problems(store, &*keys).empty());

    Result<AuditHead> head = auditHead(store);
    REQUIRE(head);
    CHECK(head->seq == 5);
    CHECK(head->hash == entries->front().hash);
}

TEST_CASE("the audit log filters by person")
{
    TempStore t;
    t->setActor({QUuid::createUuid(), QStringLiteral("Ines Calloway")});
    appendSome(*t, 2);
    t->setActor({QUuid::createUuid(), QStringLiteral("Tomas Veld")});
    appendSome(*t, 3);
    AuditFilter filter;
    filter.actor = QStringLiteral("Ines Calloway");
    Result<qint64> count = countAudit(*t, filter);
    REQUIRE(count);
    CHECK(*count == 2);
    Result<QStringList> actors = auditActors(*t);
    REQUIRE(actors);
    CHECK(actors->contains(QStringLiteral("Ines Calloway")));
    CHECK(actors->contains(QStringLiteral("Tomas Veld")));
}

TEST_CASE("a file of schema 4 migrates: its entries stay as they were, unkeyed, until its keys are unlocked")
{
    TempStore t;
    appendSome(*t, 3);
    REQUIRE(t->exec(QStringLiteral("INSERT INTO partner (site, name, sign_pk, box_pk, fingerprint, trusted_at) "
                                   "VALUES (randomblob(16), 'Harbour', randomblob(32), randomblob(32), '1', 0)")));
    REQUIRE(dropColumnsSince(*t, 4));
    t.reopen();
    CHECK(t->schemaVersion() == Store::currentSchemaVersion());
    Result<std::vector<AuditEntry>> before = readAudit(*t);
    REQUIRE(before);
    REQUIRE(before->size() == 3);
    for (const AuditEntry& e : *before)
        CHECK(e.mac.isEmpty());
    Result<QSqlQuery> partner = t->exec(QStringLiteral("SELECT audit_seq, audit_hash, audit_problem FROM partner"));
    REQUIRE(partner);
    REQUIRE(partner->next());
    CHECK(partner->value(0).toLongLong() == 0);
    CHECK(partner->value(1).isNull());
    partner->finish();
    CHECK(problems(*t, &*t.keys).empty());

    REQUIRE(keyAuditChain(*t, *t.keys));
    appendSome(*t, 1);
    Result<std::vector<AuditEntry>> after = readAudit(*t);
    REQUIRE(after);
    CHECK(after->front().seq == 4);
    CHECK(after->front().mac.size() == 32);
    CHECK(problems(*t, &*t.keys).empty());
}

TEST_CASE("showing a survivor's identity is audited with the survivor's code and the person")
{
    TempStore t;
    Result<QUuid> survivor = t->insert(QStringLiteral("survivor"), {{QStringLiteral("code"), QStringLiteral("V-2026-0107")}});
    REQUIRE(survivor);
    t->setActor({QUuid::createUuid(), QStringLiteral("Ines Calloway")});
    REQUIRE(auditReveal(*t, *survivor, QStringLiteral("shown in the survivor's pane")));
    Result<std::vector<AuditEntry>> entries = readAudit(*t, QStringLiteral("reveal"));
    REQUIRE(entries);
    REQUIRE(entries->size() == 1);
    CHECK(entries->front().subject == QStringLiteral("V-2026-0107"));
    CHECK(entries->front().actor == QStringLiteral("Ines Calloway"));
    CHECK_FALSE(auditReveal(*t, QUuid::createUuid(), QStringLiteral("nowhere")));
}
