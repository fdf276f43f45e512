// A partner is trusted, not obeyed (issue 15, item 5): every row of a validly signed bundle goes
// through the rules of a local write before anything is written; a bundle that breaks one is
// refused whole, naming the row and the field, and the database is unchanged. Each bundle here is
// crafted by the test and signed again with the sender's own keys.

#include "craftedbundle.h"

#include "demo/demo.h"
#include "store/hlc.h"
#include "store/value.h"

using namespace tandem;
using namespace tandem::test;

namespace {

// A shared operation of the sender's, already at the receiver, in the next bundle again.
struct WithOperation : Pair {
    QUuid op;
    WithOperation()
    {
        Result<QUuid> id = a.store->insert(QStringLiteral("operation"), {{QStringLiteral("code_name"), QStringLiteral("Lantern")}});
        REQUIRE(id);
        op = *id;
        b.merge(a.exportFor({&b}));
        REQUIRE(a.store->update(QStringLiteral("operation"), op, {{QStringLiteral("objectives"), QStringLiteral("Find the farm")}}));
    }
    QString opText() const { return value::idText(op); }
};

void setOperation(QSqlDatabase& db, const QString& assignment)
{
    sql(db, QStringLiteral("UPDATE operation SET ") + assignment);
}

} // namespace

TEST_CASE("a bundle with a value a local write would refuse is refused whole, naming the row and field")
{
    struct Case {
        const char* what;
        QString assignment;
        QString field;
        QString problem;
    };
    const std::vector<Case> cases{
        {"an unknown status", QStringLiteral("status = 'overthrown'"), QStringLiteral("status"), QStringLiteral("is not one of")},
        {"a negative count", QStringLiteral("expected_survivors = -5"), QStringLiteral("expected_survivors"),
         QStringLiteral("is outside 0 to 10000")},
        {"a count as text", QStringLiteral("expected_minors = 'several'"), QStringLiteral("expected_minors"),
         QStringLiteral("stored as text, expected integer")},
        {"a 5 MB code name", QStringLiteral("code_name = printf('%.5000000c', 'x')"), QStringLiteral("code_name"),
         QStringLiteral("5000000 characters, at most 120 are allowed")},
        {"control characters", QStringLiteral("code_name = 'Lan' || char(7) || 'tern'"), QStringLiteral("code_name"),
         QStringLiteral("control characters")},
        {"an empty required field", QStringLiteral("code_name = NULL"), QStringLiteral("code_name"),
         QStringLiteral("a required field is empty")},
        {"two lines in a one-line field", QStringLiteral("briefing_place = 'Pier' || char(10) || '4'"),
         QStringLiteral("briefing_place"), QStringLiteral("several lines")},
        {"a list that is not a list", QStringLiteral("expected_languages = '{\"ro\": 1}'"),
         QStringLiteral("expected_languages"), QStringLiteral("not a JSON array of strings")},
        {"a time before 1900", QStringLiteral("starts_at = -4000000000"), QStringLiteral("starts_at"),
         QStringLiteral("not a time between the years 1900 and 2200")},
        {"a reference that is no id", QStringLiteral("lead_agency = x'0102'"), QStringLiteral("lead_agency"),
         QStringLiteral("the id is 2 bytes, not 16")},
    };
    for (const Case& c : cases) {
        INFO(c.what);
        WithOperation p;
        const QString crafted = resealed(p, [&](QSqlDatabase& db) { setOperation(db, c.assignment); });
        const Error e = refusal(p.b, crafted);
        INFO(e.message.toStdString());
        CHECK(e.message.startsWith(QStringLiteral("bundle refused: operation %1, field \"%2\": ").arg(p.opText(), c.field)));
        CHECK(e.message.contains(c.problem));
    }
}

TEST_CASE("in a table checked in stretches, the first row at fault is named, on one connection or two")
{
    // mergecheck::checkRows checks a table of 40,000 rows or more in stretches of rowids, shared
    // between two connections; the refusal still names the first row at fault in the table.
    Pair p;
    QString first;
    const QString crafted = resealed(p, [&](QSqlDatabase& db) {
        QSqlQuery columns(db);
        REQUIRE(columns.exec(QStringLiteral("SELECT name FROM pragma_table_info('agency') WHERE name <> 'id'")));
        QStringList names;
        while (columns.next())
            names << columns.value(0).toString();
        const QString list = names.join(QStringLiteral(", "));
        sql(db, QStringLiteral("INSERT INTO agency (id, %1) SELECT randomblob(16), %1 FROM agency, "
                               "(WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40000) SELECT i FROM n)")
                    .arg(list));
        sql(db, QStringLiteral("UPDATE agency SET kind = 'navy' WHERE rowid = (SELECT rowid FROM agency ORDER BY rowid LIMIT 1 OFFSET 30000)"));
        sql(db, QStringLiteral("UPDATE agency SET kind = 'army' WHERE rowid = (SELECT rowid FROM agency ORDER BY rowid LIMIT 1 OFFSET 12000)"));
        QSqlQuery id(db);
        REQUIRE(id.exec(QStringLiteral("SELECT id FROM agency ORDER BY rowid LIMIT 1 OFFSET 12000")));
        REQUIRE(id.next());
        first = value::idText(QUuid::fromRfc4122(id.value(0).toByteArray()));
    });
    const Error e = refusal(p.b, crafted);
    INFO(e.message.toStdString());
    CHECK(e.message.startsWith(QStringLiteral("bundle refused: agency %1, field \"kind\": \"army\" is not one of").arg(first)));
}

TEST_CASE("a survivor's identity arrives as the text a local write keeps, never as a blob")
{
    Pair p;
    Result<QUuid> s = p.a.store->insert(QStringLiteral("survivor"), {{QStringLiteral("code"), QStringLiteral("V-2026-0001")}});
    REQUIRE(s);
    REQUIRE(p.a.store->insert(QStringLiteral("consent"), {{QStringLiteral("survivor"), *s},
                                                          {QStringLiteral("recipient_office"), p.b.store->officeId()},
                                                          {QStringLiteral("scope"), QStringLiteral("identity")},
                                                          {QStringLiteral("given_at"), QStringLiteral("2026-03-01T10:00:00Z")}}));
    REQUIRE(p.a.store->insert(QStringLiteral("survivor_identity"), {{QStringLiteral("survivor"), *s},
                                                                    {QStringLiteral("name"), QStringLiteral("Oriana Velsk")}}));
    const QString crafted = resealed(p, [](QSqlDatabase& db) {
        sql(db, QStringLiteral("UPDATE survivor_identity SET name = x'00ff00ff', date_of_birth = '2026-02-30'"));
    });
    const Error e = refusal(p.b, crafted);
    CHECK(e.message.contains(QStringLiteral("field \"name\": stored as blob, expected text")));
}

TEST_CASE("a partner can never write this office's own record, nor versions in this office's name")
{
    SECTION("renaming, re-keying or deleting the receiver's own office record")
    {
        for (const QString& change : {QStringLiteral("name = 'Takeover'"), QStringLiteral("box_public_key = 'AAAA'"),
                                      QStringLiteral("deleted = 1, name = NULL")}) {
            INFO(change.toStdString());
            Pair p;
            const QString crafted = resealed(p, [&](QSqlDatabase& db) {
                // The sender's copy of the receiver's record, changed with the sender's own versions.
                const QByteArray later = makeVersion(Hlc::pack(QDateTime::currentMSecsSinceEpoch(), 7), p.a.store->siteId());
                QSqlQuery q(db);
                const QString versions = change.startsWith(QLatin1String("name")) ? QStringLiteral("name_v")
                                         : change.startsWith(QLatin1String("box")) ? QStringLiteral("box_public_key_v")
                                                                                    : QStringLiteral("deleted_v");
                REQUIRE(q.prepare(QStringLiteral("UPDATE office SET %1, %2 = ? WHERE id = ?").arg(change, versions)));
                q.addBindValue(later);
                q.addBindValue(p.b.store->siteId());
                REQUIRE(q.exec());
                REQUIRE(q.numRowsAffected() == 1);
            });
            const Error e = refusal(p.b, crafted);
            CHECK(e.message.startsWith(QStringLiteral("bundle refused: it would change this office's own record")));
        }
    }
    SECTION("a change attributed to the receiver that the receiver never made")
    {
        Pair p;
        const QString crafted = resealed(p, [&](QSqlDatabase& db) {
            QSqlQuery q(db);
            REQUIRE(q.prepare(QStringLiteral("UPDATE agency SET name = 'Forged', name_v = ?")));
            q.addBindValue(makeVersion(Hlc::pack(QDateTime::currentMSecsSinceEpoch() - 1000, 0), p.b.store->siteId()));
            REQUIRE(q.exec());
        });
        const Error e = refusal(p.b, crafted);
        CHECK(e.message.contains(QStringLiteral("field \"name\" carries a change in this office's name that this office never made")));
    }
    SECTION("a version vector claiming changes of the receiver it never made")
    {
        Pair p;
        const QString crafted = resealed(p, [&](QSqlDatabase& db) {
            QSqlQuery q(db);
            REQUIRE(q.prepare(QStringLiteral("INSERT OR REPLACE INTO vv (site, hlc) VALUES (?, ?)")));
            q.addBindValue(p.b.store->siteId());
            q.addBindValue(makeVersion(Hlc::pack(QDateTime::currentMSecsSinceEpoch() + 3600 * 1000, 0), {}).left(8));
            REQUIRE(q.exec());
        });
        CHECK(refusal(p.b, crafted).message.contains(QStringLiteral("later than any change this office made")));
    }
}

TEST_CASE("an acknowledgement of more than was ever sent is refused")
{
    Pair p;
    // B has sent A nothing yet; A's bundle claims A merged B's changes up to a huge number.
    const QString crafted = resealed(p, [&](QSqlDatabase& db) {
        QSqlQuery q(db);
        REQUIRE(q.prepare(QStringLiteral("INSERT OR REPLACE INTO acks (site, seq) VALUES (?, 999999999999)")));
        q.addBindValue(p.b.store->siteId());
        REQUIRE(q.exec());
    });
    const Error e = refusal(p.b, crafted);
    CHECK(e.message.contains(QStringLiteral("acknowledges this office's changes up to number 999999999999")));
    // What was really sent may be acknowledged.
    p.a.merge(p.b.exportFor({&p.a}));
    p.b.merge(p.a.exportFor({&p.b}));
}

TEST_CASE("what a legitimate exchange carries passes the checks: every kind of field, a relayed own record")
{
    // The demo-like variety of values every entity may hold goes back and forth unrefused; the
    // receiver's own record comes back to it from its partner.
    QTemporaryDir dir;
    Office a(QStringLiteral("Eastfold Police Service"), dir);
    Office b(QStringLiteral("Harbourside Shelter"), dir);
    trustEachOther({&a, &b});
    Result<QUuid> agency = a.store->insert(QStringLiteral("agency"), {{QStringLiteral("name"), QStringLiteral("Quay Police")},
                                                                      {QStringLiteral("kind"), QStringLiteral("police")},
                                                                      {QStringLiteral("notes"), QStringLiteral("Line one\nLine two\twith a tab")}});
    REQUIRE(agency);
    Result<QUuid> op = a.store->insert(QStringLiteral("operation"),
                                       {{QStringLiteral("code_name"), QStringLiteral("Łantern — ناصر")},
                                        {QStringLiteral("lead_agency"), *agency},
                                        {QStringLiteral("starts_at"), QStringLiteral("2026-05-01T06:00:00+02:00")},
                                        {QStringLiteral("expected_survivors"), 4},
                                        {QStringLiteral("expected_languages"), QStringList{QStringLiteral("ro"), QStringLiteral("vi")}}});
    REQUIRE(op);
    REQUIRE(a.store->insert(QStringLiteral("target"), {{QStringLiteral("operation"), *op},
                                                       // 60 characters outside the BMP: 120 UTF-16 units, the label's limit exactly.
                                                       {QStringLiteral("label"), QString::fromUtf8("\xF0\x9F\x98\x80").repeated(60)},
                                                       {QStringLiteral("address"), QStringLiteral("4 Mill Lane")},
                                                       {QStringLiteral("latitude"), 51.5},
                                                       {QStringLiteral("longitude"), -0.1}}));
    send(a, b);
    send(b, a);
    send(a, b);
    CHECK(a.dump() == b.dump());
}

TEST_CASE("a payload whose rows a second connection helps check merges as when one connection checks them")
{
    // mergecheck::checkRows shares a large payload's checks with a second read-only connection;
    // forced here on a small demo, the merge counts the same and the offices end alike.
    QTemporaryDir dir;
    Office a(QStringLiteral("Eastfold Police Service"), dir);
    Office b(QStringLiteral("Harbourside Shelter"), dir);
    Office c(QStringLiteral("Northgate Legal Aid"), dir);
    trustEachOther({&a, &b, &c});
    demo::Options options;
    options.operations = 4;
    options.anchor = QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC);
    REQUIRE(demo::generate(*a.store, options));
    const QString bundle = a.exportFor({&b, &c});
    const MergeSummary one = c.merge(bundle, MergeOptions{.parallelChecksFrom = 0});
    const MergeSummary two = b.merge(bundle, MergeOptions{.parallelChecksFrom = 1});
    REQUIRE(one.total().added > 300);
    CHECK(two.rowsInBundle == one.rowsInBundle);
    CHECK(two.perEntity.keys() == one.perEntity.keys());
    for (auto it = one.perEntity.cbegin(); it != one.perEntity.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(two.perEntity.value(it.key()).added == it.value().added);
        CHECK(two.perEntity.value(it.key()).updated == it.value().updated);
    }
    send(b, a);
    CHECK(a.dump() == b.dump());
}

TEST_CASE("a row one office wrote that breaks a rule of a local write is refused whole, naming the row")
{
    struct Case {
        const char* what;
        QString assignment;
        QString problem;
    };
    // What the sender's own writes could never have stored: the rules between fields.
    const std::vector<Case> cases{
        {"an operation that ends before it starts", QStringLiteral("starts_at = 1767225600, ends_at = 1767139200"),
         QStringLiteral("the operation ends before it starts")},
        {"more minors than survivors", QStringLiteral("expected_survivors = 2, expected_minors = 5"),
         QStringLiteral("more minors are expected than survivors in all")},
    };
    for (const Case& c : cases) {
        INFO(c.what);
        WithOperation p;
        const QString crafted = resealed(p, [&](QSqlDatabase& db) { setOperation(db, c.assignment); });
        const Error e = refusal(p.b, crafted);
        INFO(e.message.toStdString());
        CHECK(e.message == QStringLiteral("bundle refused: operation %1: %2").arg(p.opText(), c.problem));
    }
    SECTION("a tip that says nothing of what was reported")
    {
        Pair p;
        Result<QUuid> tip = p.a.store->insert(QStringLiteral("tip"), {{QStringLiteral("received_at"), QDateTime::currentDateTimeUtc()},
                                                                    {QStringLiteral("channel"), QStringLiteral("hotline")},
                                                                    {QStringLiteral("place"), QStringLiteral("Pier 4")},
                                                                    {QStringLiteral("sharing"), QStringLiteral("partners")}});
        REQUIRE(tip);
        const QString crafted = resealed(p, [&](QSqlDatabase& db) { sql(db, QStringLiteral("UPDATE tip SET place = NULL")); });
        const Error e = refusal(p.b, crafted);
        INFO(e.message.toStdString());
        CHECK(e.message.startsWith(QStringLiteral("bundle refused: tip %1: a tip needs what was reported").arg(value::idText(*tip))));
        CHECK_FALSE(p.b.store->get(QStringLiteral("tip"), *tip));
    }
}

TEST_CASE("a row two offices' concurrent edits left against a rule still merges, relayed or not")
{
    Pair p;
    Result<QUuid> op = p.a.store->insert(QStringLiteral("operation"), {{QStringLiteral("code_name"), QStringLiteral("Lantern")}});
    REQUIRE(op);
    p.b.merge(p.a.exportFor({&p.b}));
    // Each write alone keeps the rule; together they break it, through no one's fault.
    REQUIRE(p.a.store->update(QStringLiteral("operation"), *op,
                              {{QStringLiteral("ends_at"), QDateTime::fromSecsSinceEpoch(1767139200, Qt::UTC)}}));
    REQUIRE(p.b.store->update(QStringLiteral("operation"), *op,
                              {{QStringLiteral("starts_at"), QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC)}}));
    p.a.merge(p.b.exportFor({&p.a}));
    p.b.merge(p.a.exportFor({&p.b}));
    p.b.merge(p.a.exportFor({&p.b}, true));
    CHECK(p.a.dump() == p.b.dump());
    Result<Row> row = p.b.store->get(QStringLiteral("operation"), *op);
    REQUIRE(row);
    CHECK(row->value(QStringLiteral("starts_at")).toDateTime() > row->value(QStringLiteral("ends_at")).toDateTime());
}
