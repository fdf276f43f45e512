// check(): a clean database passes; each kind of damage, made on purpose with raw SQL around the
// store, is named with its table, record and field.

#include "catchqt.h"
#include "testsupport.h"

#include "store/audit.h"
#include "store/check.h"
#include "store/hlc.h"
#include "store/keystore.h"
#include "store/value.h"
#include "sync/exchange.h"
#include "sync/partners.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <optional>

using namespace tandem;
using namespace tandem::test;

namespace {

// A small database with a row of most kinds of field, and the ids to damage.
struct Sample {
    TempStore t;
    QUuid agency;
    QUuid operation;
    QUuid target;
    QUuid survivor;
    QUuid tip;

    Sample()
    {
        agency = *t->insert(QStringLiteral("agency"),
                            {{QStringLiteral("name"), QStringLiteral("Riverside Police")},
                             {QStringLiteral("kind"), QStringLiteral("police")}});
        operation =
            *t->insert(QStringLiteral("operation"),
                       {{QStringLiteral("code_name"), QStringLiteral("Lantern")},
                        {QStringLiteral("lead_agency"), agency},
                        {QStringLiteral("starts_at"), QStringLiteral("2026-05-01T06:00:00+02:00")},
                        {QStringLiteral("ends_at"), QStringLiteral("2026-05-01T12:00:00+02:00")},
                        {QStringLiteral("expected_survivors"), 4}});
        target = *t->insert(QStringLiteral("target"),
                            {{QStringLiteral("operation"), operation},
                             {QStringLiteral("label"), QStringLiteral("Farmhouse")},
                             {QStringLiteral("address"), QStringLiteral("3 Orchard Road")},
                             {QStringLiteral("latitude"), 52.1},
                             {QStringLiteral("longitude"), 4.3}});
        survivor = *t->insert(QStringLiteral("survivor"),
                              {{QStringLiteral("code"), QStringLiteral("V-2026-0001")},
                               {QStringLiteral("operation"), operation},
                               {QStringLiteral("languages"), QStringLiteral("ro, bg")},
                               {QStringLiteral("minor"), false}});
        REQUIRE(t->insert(QStringLiteral("survivor_identity"),
                          {{QStringLiteral("survivor"), survivor},
                           {QStringLiteral("date_of_birth"), QStringLiteral("2001-02-03")}}));
        tip = *t->insert(QStringLiteral("tip"),
                         {{QStringLiteral("received_at"), QStringLiteral("2026-04-01T09:00:00Z")},
                          {QStringLiteral("channel"), QStringLiteral("hotline")},
                          {QStringLiteral("indicators"), QStringLiteral("debt_bondage")}});
    }

    // Writes around the store, as a buggy tool or a hand-edited file would.
    void raw(const QString& sql, const QVariantList& binds)
    {
        Result<QSqlQuery> q = t->exec(sql, binds);
        INFO(sql.toStdString());
        REQUIRE(q);
    }

    CheckReport report()
    {
        Result<CheckReport> r = check(*t);
        REQUIRE(r);
        return *r;
    }
};

QByteArray bytes(const QUuid& id)
{
    return id.toRfc4122();
}

// The one problem about `entity`, `record` and `field` whose message contains `words`.
const CheckProblem* find(const CheckReport& report, const QString& entity, const QUuid& record,
                         const QString& field, const QString& words)
{
    for (const CheckProblem& p : report.problems) {
        if (p.entity == entity && (record.isNull() || p.record == value::idText(record)) &&
            p.field == field && p.message.contains(words))
            return &p;
    }
    return nullptr;
}

std::string listed(const CheckReport& report)
{
    std::string text;
    for (const CheckProblem& p : report.problems)
        text += p.text().toStdString() + '\n';
    return text;
}

} // namespace

TEST_CASE("a database written through the store is clean, and checking it changes nothing")
{
    Sample s;
    REQUIRE(s.t->remove(QStringLiteral("operation"), s.operation)); // tombstones are fine too
    const QString before = dumpText(*s.t, true);
    const qint64 seq = s.t->localSeq();
    const CheckReport report = s.report();
    INFO(listed(report));
    CHECK(report.clean());
    CHECK(report.errors == 0);
    CHECK(report.warnings == 0);
    CHECK(report.problems.empty());
    CHECK(report.tables == int(Registry::instance().entities().size()));
    CHECK(report.rows == 7); // this office, agency, operation, target, survivor, identity, tip
    CHECK(dumpText(*s.t, true) == before);
    CHECK(s.t->localSeq() == seq);
    CHECK_FALSE(s.t->inTransaction());
}

TEST_CASE("check names each broken invariant with its table, record and field")
{
    Sample s;
    const QString agency = QStringLiteral("agency");
    const QString operation = QStringLiteral("operation");
    const QString survivor = QStringLiteral("survivor");

    SECTION("an id that is not 16 bytes")
    {
        // 16 characters of text pass the table's length check, but are not an id.
        s.raw(QStringLiteral("UPDATE agency SET id = 'abcdefghijklmnop' WHERE id = ?"),
              {bytes(s.agency)});
        const CheckReport r = s.report();
        REQUIRE(r.errors >= 1);
        const CheckProblem& p = r.problems.front();
        CHECK(p.entity == agency);
        CHECK(p.record == QStringLiteral("x'6162636465666768696a6b6c6d6e6f70'"));
        CHECK(p.field == QStringLiteral("id"));
        CHECK(p.message == QStringLiteral("the id is not 16 bytes"));
    }
    SECTION("a version that is not 24 bytes")
    {
        s.raw(QStringLiteral("UPDATE agency SET name_v = x'00' WHERE id = ?"), {bytes(s.agency)});
        CHECK(find(s.report(), agency, s.agency, QStringLiteral("name_v"),
                   QStringLiteral("the version is not 24 bytes")));
    }
    SECTION("a tombstone that still holds data")
    {
        REQUIRE(s.t->remove(operation, s.operation));
        s.raw(QStringLiteral("UPDATE operation SET code_name = 'Ghost' WHERE id = ?"),
              {bytes(s.operation)});
        const CheckReport r = s.report();
        CHECK(r.errors == 1);
        CHECK(find(r, operation, s.operation, QStringLiteral("code_name"),
                   QStringLiteral("deleted but still holds a value")));
    }
    SECTION("a deleted row whose delete has no version")
    {
        REQUIRE(s.t->remove(QStringLiteral("tip"), s.tip));
        s.raw(QStringLiteral("UPDATE tip SET deleted_v = zeroblob(24) WHERE id = ?"),
              {bytes(s.tip)});
        CHECK(find(s.report(), QStringLiteral("tip"), s.tip, QStringLiteral("deleted_v"),
                   QStringLiteral("partners never learn of it")));
    }
    SECTION("a live row without a required field")
    {
        s.raw(QStringLiteral("UPDATE agency SET name = NULL WHERE id = ?"), {bytes(s.agency)});
        CHECK(find(s.report(), agency, s.agency, QStringLiteral("name"),
                   QStringLiteral("a required field is empty")));
    }
    SECTION("an enum value that is not a declared token")
    {
        s.raw(QStringLiteral("UPDATE operation SET status = 'finished' WHERE id = ?"),
              {bytes(s.operation)});
        const CheckReport r = s.report();
        const CheckProblem* p = find(r, operation, s.operation, QStringLiteral("status"),
                                     QStringLiteral("\"finished\" is not one of draft, planned"));
        REQUIRE(p);
        CHECK(p->severity == CheckProblem::Severity::Error);
    }
    SECTION("a list item that is not a declared token, and a list that is not JSON")
    {
        s.raw(QStringLiteral(
                  "UPDATE tip SET indicators = '[\"debt_bondage\",\"bad_vibes\"]' WHERE id = ?"),
              {bytes(s.tip)});
        s.raw(QStringLiteral("UPDATE survivor SET languages = 'ro, bg' WHERE id = ?"),
              {bytes(s.survivor)});
        const CheckReport r = s.report();
        CHECK(r.errors == 2);
        CHECK(find(r, QStringLiteral("tip"), s.tip, QStringLiteral("indicators"),
                   QStringLiteral("\"bad_vibes\" is not one of")));
        CHECK(find(r, survivor, s.survivor, QStringLiteral("languages"),
                   QStringLiteral("not a JSON array of strings")));
    }
    SECTION("values stored as the wrong type")
    {
        s.raw(QStringLiteral("UPDATE operation SET starts_at = '2026-05-01' WHERE id = ?"),
              {bytes(s.operation)});
        s.raw(QStringLiteral("UPDATE operation SET lead_agency = x'0102' WHERE id = ?"),
              {bytes(s.operation)});
        s.raw(QStringLiteral("UPDATE survivor SET minor = 7 WHERE id = ?"), {bytes(s.survivor)});
        s.raw(QStringLiteral("UPDATE survivor_identity SET date_of_birth = '2001-02-30'"), {});
        const CheckReport r = s.report();
        INFO(listed(r));
        CHECK(find(r, operation, s.operation, QStringLiteral("starts_at"),
                   QStringLiteral("stored as text, expected integer")));
        CHECK(find(r, operation, s.operation, QStringLiteral("lead_agency"),
                   QStringLiteral("the id is 2 bytes, not 16")));
        CHECK(find(r, survivor, s.survivor, QStringLiteral("minor"),
                   QStringLiteral("7 is neither 0 (false) nor 1 (true)")));
        // Identifying details are sealed at rest: plain text there is itself the error.
        CHECK(find(r, QStringLiteral("survivor_identity"), {}, QStringLiteral("date_of_birth"),
                   QStringLiteral("an identifying detail is stored unsealed (as text)")));
        CHECK(r.errors == 4);
    }
    SECTION("numbers outside their range and text too long")
    {
        s.raw(QStringLiteral("UPDATE operation SET expected_survivors = -1 WHERE id = ?"),
              {bytes(s.operation)});
        s.raw(QStringLiteral("UPDATE target SET latitude = 123.5 WHERE id = ?"), {bytes(s.target)});
        s.raw(QStringLiteral("UPDATE agency SET phone = ? WHERE id = ?"),
              {QString(61, QLatin1Char('5')), bytes(s.agency)});
        const CheckReport r = s.report();
        CHECK(find(r, operation, s.operation, QStringLiteral("expected_survivors"),
                   QStringLiteral("-1 is outside 0 to 10000")));
        CHECK(find(r, QStringLiteral("target"), s.target, QStringLiteral("latitude"),
                   QStringLiteral("123.5 is outside -90 to 90")));
        CHECK(find(r, agency, s.agency, QStringLiteral("phone"),
                   QStringLiteral("61 characters, at most 60")));
    }
    SECTION("a reference to a row this file does not hold is a warning")
    {
        const QUuid elsewhere = QUuid::createUuid();
        s.raw(QStringLiteral("UPDATE operation SET lead_agency = ? WHERE id = ?"),
              {bytes(elsewhere), bytes(s.operation)});
        const CheckReport r = s.report();
        CHECK(r.clean());
        CHECK(r.warnings == 1);
        const CheckProblem* p =
            find(r, operation, s.operation, QStringLiteral("lead_agency"),
                 QStringLiteral("refers to agency %1, which this file does not hold")
                     .arg(value::idText(elsewhere)));
        REQUIRE(p);
        CHECK(p->severity == CheckProblem::Severity::Warning);
    }
    SECTION("a live row under a deleted owner is a warning")
    {
        // As a merge of a delete and a concurrent addition leaves it.
        REQUIRE(s.t->remove(operation, s.operation));
        Result<QSqlQuery> restored =
            s.t->exec(QStringLiteral("UPDATE target SET deleted = 0, label = 'Barn', address = '4 "
                                     "Orchard Road' WHERE id = ?"),
                      {bytes(s.target)});
        REQUIRE(restored);
        const CheckReport r = s.report();
        INFO(listed(r));
        CHECK(r.clean());
        CHECK(find(r, QStringLiteral("target"), s.target, QStringLiteral("operation"),
                   QStringLiteral("its owner, operation %1, was deleted")
                       .arg(value::idText(s.operation))));
    }
    SECTION("a cross-field rule broken is a warning")
    {
        s.raw(QStringLiteral("UPDATE operation SET ends_at = starts_at - 3600 WHERE id = ?"),
              {bytes(s.operation)});
        const CheckReport r = s.report();
        CHECK(r.clean());
        CHECK(find(r, operation, s.operation, QString(),
                   QStringLiteral("the operation ends before it starts")));
    }
    SECTION("local_seq beyond the file's sequence")
    {
        s.raw(QStringLiteral("UPDATE agency SET local_seq = local_seq + 1000 WHERE id = ?"),
              {bytes(s.agency)});
        CHECK(find(s.report(), agency, s.agency, QStringLiteral("local_seq"),
                   QStringLiteral("is beyond the file's sequence")));
    }
    SECTION("a version of this office ahead of its clock")
    {
        const QByteArray ahead =
            makeVersion(s.t->clock() + (std::uint64_t(1) << 16), s.t->siteId());
        s.raw(QStringLiteral("UPDATE agency SET kind_v = ? WHERE id = ?"),
              {ahead, bytes(s.agency)});
        // The same time from another office is no concern of ours.
        const QByteArray partner =
            makeVersion(s.t->clock() + (std::uint64_t(1) << 16), QUuid::createUuid().toRfc4122());
        s.raw(QStringLiteral("UPDATE agency SET name_v = ? WHERE id = ?"),
              {partner, bytes(s.agency)});
        const CheckReport r = s.report();
        CHECK(r.errors == 1);
        CHECK(find(r, agency, s.agency, QStringLiteral("kind_v"),
                   QStringLiteral("ahead of its clock")));
    }
    SECTION("this office's own record deleted or missing")
    {
        const QUuid self = s.t->officeId();
        s.raw(QStringLiteral("UPDATE office SET deleted = 1, name = NULL WHERE id = ?"),
              {bytes(self)});
        CHECK(find(s.report(), QStringLiteral("office"), self, QString(),
                   QStringLiteral("this office's own record is deleted")));
        s.raw(QStringLiteral("DELETE FROM office WHERE id = ?"), {bytes(self)});
        CHECK(find(s.report(), QStringLiteral("office"), self, QString(),
                   QStringLiteral("this office's own record is missing")));
    }
    SECTION("an index that does not match its table")
    {
        // Rewrite an index's definition behind SQLite's back: its entries no longer match the
        // rows, which only integrity_check notices.
        s.raw(QStringLiteral("PRAGMA writable_schema = ON"), {});
        s.raw(QStringLiteral(
                  "UPDATE sqlite_schema SET sql = 'CREATE INDEX agency_local_seq ON agency (name)' "
                  "WHERE name = 'agency_local_seq'"),
              {});
        s.raw(QStringLiteral("PRAGMA writable_schema = OFF"), {});
        s.t.reopen();
        const CheckReport r = s.report();
        INFO(listed(r));
        REQUIRE(r.errors >= 1);
        CHECK(r.problems.front().entity.isEmpty());
        CHECK(r.problems.front().message.contains(QStringLiteral("agency_local_seq")));
        CHECK(r.problems.front().text().startsWith(QStringLiteral("database: ")));
    }
}

TEST_CASE("a problem's line names the table, the record and the field")
{
    const QUuid id = QUuid::fromString(QStringLiteral("0192f0c4-5e6a-7b3c-9d2e-1f0a2b3c4d5e"));
    CheckProblem p{CheckProblem::Severity::Error, QStringLiteral("operation"), value::idText(id),
                   QStringLiteral("status"), QStringLiteral("\"finished\" is not one of draft")};
    CHECK(p.text() == QStringLiteral("operation 0192f0c4-5e6a-7b3c-9d2e-1f0a2b3c4d5e status: "
                                     "\"finished\" is not one of draft"));
    p.field.clear();
    CHECK(p.text() ==
          QStringLiteral(
              "operation 0192f0c4-5e6a-7b3c-9d2e-1f0a2b3c4d5e: \"finished\" is not one of draft"));
}

TEST_CASE("a badly damaged file lists the first problems and counts them all")
{
    Sample s;
    for (int i = 0; i < int(CheckReport::kMaxListed) + 10; ++i)
        REQUIRE(s.t->insert(QStringLiteral("service"),
                            {{QStringLiteral("name"), QStringLiteral("Shelter %1").arg(i)},
                             {QStringLiteral("kind"), QStringLiteral("shelter")}}));
    s.raw(QStringLiteral("UPDATE service SET kind = 'castle'"), {});
    const CheckReport r = s.report();
    CHECK(r.errors == qint64(CheckReport::kMaxListed) + 10);
    CHECK(r.problems.size() == CheckReport::kMaxListed);
}

// Merges write rows set-based around insert/update/remove; check must hold them to the same
// invariants without false alarms: a conflict, a delete against a concurrent edit, a restore.
TEST_CASE("databases that exchanged bundles, with a conflict, a delete and a restore, are clean")
{
    QTemporaryDir dir;
    const QString passphrase = QStringLiteral("orchard lantern velvet");
    struct Office {
        std::unique_ptr<Store> store;
        std::optional<OfficeKeys> keys;
    };
    auto makeOffice = [&](const QString& name) {
        Office o;
        Result<std::unique_ptr<Store>> created =
            Store::create(dir.filePath(name + QStringLiteral(".tandem")), name);
        REQUIRE(created);
        o.store = std::move(created.value());
        REQUIRE(createOfficeKeys(*o.store, passphrase));
        Result<OfficeKeys> keys = unlockOfficeKeys(*o.store, passphrase);
        REQUIRE(keys);
        o.keys.emplace(std::move(keys.value()));
        return o;
    };
    Office a = makeOffice(QStringLiteral("Harbour Unit"));
    Office b = makeOffice(QStringLiteral("Valley Shelter Network"));
    REQUIRE(trustPartner(*a.store, *ownCard(*b.store)));
    REQUIRE(trustPartner(*b.store, *ownCard(*a.store)));
    int bundles = 0;
    auto send = [&](Office& from, Office& to) {
        ExportOptions options;
        options.recipients << to.store->siteId();
        const QString bundle = dir.filePath(QStringLiteral("%1.bundle").arg(++bundles));
        Result<ExportSummary> exported = exportBundle(*from.store, *from.keys, options, bundle);
        REQUIRE(exported);
        Result<MergeSummary> merged = mergeBundle(*to.store, *to.keys, bundle);
        INFO((merged ? QString() : merged.error().text()).toStdString());
        REQUIRE(merged);
        return *merged;
    };

    const QUuid op = *a.store->insert(QStringLiteral("operation"),
                                      {{QStringLiteral("code_name"), QStringLiteral("Lantern")}});
    const QUuid target = *a.store->insert(
        QStringLiteral("target"), {{QStringLiteral("operation"), op},
                                   {QStringLiteral("label"), QStringLiteral("Farmhouse")},
                                   {QStringLiteral("address"), QStringLiteral("3 Orchard Road")}});
    const QUuid agency = *a.store->insert(
        QStringLiteral("agency"), {{QStringLiteral("name"), QStringLiteral("Riverside Police")},
                                   {QStringLiteral("kind"), QStringLiteral("police")}});
    send(a, b);

    // Concurrent edits of one field, and a delete against an edit of the deleted row.
    REQUIRE(a.store->update(QStringLiteral("operation"), op,
                            {{QStringLiteral("status"), QStringLiteral("planned")}}));
    REQUIRE(b.store->update(QStringLiteral("operation"), op,
                            {{QStringLiteral("status"), QStringLiteral("approved")}}));
    REQUIRE(a.store->remove(QStringLiteral("target"), target));
    REQUIRE(b.store->update(QStringLiteral("target"), target,
                            {{QStringLiteral("hazards"), QStringLiteral("Dogs")}}));
    REQUIRE(b.store->update(QStringLiteral("agency"), agency,
                            {{QStringLiteral("phone"), QStringLiteral("555 0100")}}));
    CHECK(send(a, b).conflicts > 0);
    send(b, a);
    REQUIRE(a.store->restore(QStringLiteral("target"), target,
                             {{QStringLiteral("operation"), op},
                              {QStringLiteral("label"), QStringLiteral("Farmhouse")},
                              {QStringLiteral("address"), QStringLiteral("3 Orchard Road")}}));
    send(a, b);
    REQUIRE(dumpText(*a.store) == dumpText(*b.store));

    for (Office* o : {&a, &b}) {
        Result<CheckReport> r = check(*o->store);
        REQUIRE(r);
        INFO(listed(*r));
        CHECK(r->clean());
        CHECK(r->warnings == 0);
        CHECK(r->rows >= 5);
    }
}

TEST_CASE("check names the first audit entry whose chain is broken")
{
    TempStore t;
    for (int i = 0; i < 4; ++i)
        REQUIRE(appendAudit(*t, QStringLiteral("export"), QStringLiteral("Partner %1").arg(i), QStringLiteral("%1 rows").arg(i)));
    Result<CheckReport> clean = check(*t);
    REQUIRE(clean);
    CHECK(clean->clean());
    // Someone edits entry 3 around the store (the table refuses updates: drop the guard first).
    REQUIRE(t->exec(QStringLiteral("DROP TRIGGER audit_log_append_only_update")));
    REQUIRE(t->exec(QStringLiteral("UPDATE audit_log SET details = '0 rows' WHERE seq = 3")));
    Result<CheckReport> r = check(*t);
    REQUIRE(r);
    CHECK_FALSE(r->clean());
    bool named = false;
    for (const CheckProblem& p : r->problems)
        named = named || (p.entity == QStringLiteral("audit_log") && p.record == QStringLiteral("entry 3"));
    CHECK(named);
}

TEST_CASE("the audit log refuses updates and deletes")
{
    TempStore t;
    REQUIRE(appendAudit(*t, QStringLiteral("merge"), QStringLiteral("Partner"), QStringLiteral("1 row")));
    CHECK_FALSE(t->exec(QStringLiteral("UPDATE audit_log SET details = 'x'")));
    CHECK_FALSE(t->exec(QStringLiteral("DELETE FROM audit_log")));
    Result<std::vector<AuditEntry>> entries = readAudit(*t);
    REQUIRE(entries);
    REQUIRE(entries->size() == 1);
    CHECK(entries->front().details == QStringLiteral("1 row"));
}
