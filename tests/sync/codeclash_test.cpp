// Two offices that number survivors at the same time under one prefix (issue 18): after a merge
// both rows stand and the pair is flagged for review, once; a repeated bundle flags nothing new;
// giving one of them a new code clears the flag.

#include "officefixture.h"

#include "domain/officecode.h"
#include "domain/survivors.h"
#include "sync/codeclashes.h"

using namespace tandem;
using namespace tandem::test;

namespace {

QUuid mint(Office& o)
{
    Result<QString> code = nextSurvivorCode(*o.store, 2026);
    REQUIRE(code);
    Result<QUuid> id = o.store->insert(QStringLiteral("survivor"), {{QStringLiteral("code"), *code}});
    REQUIRE(id);
    return *id;
}

qint64 flagged(const Office& o)
{
    Result<QSqlQuery> q = o.store->exec(QStringLiteral("SELECT count(*) FROM code_clash"));
    REQUIRE(q);
    REQUIRE(q->next());
    return q->value(0).toLongLong();
}

QString codeOf(const Office& o, const QUuid& id)
{
    Result<Row> r = o.store->get(QStringLiteral("survivor"), id);
    REQUIRE(r);
    return r->text(QStringLiteral("code"));
}

} // namespace

TEST_CASE("two offices mint one code: after a merge both rows stand and the pair is flagged once")
{
    QTemporaryDir dir;
    // Two names with the same initials: neither office set a code, both mint with "HU".
    Office a(QStringLiteral("Harbour Unit"), dir);
    Office b(QStringLiteral("Highland Union"), dir);
    trustEachOther({&a, &b});
    const QUuid fromA = mint(a);
    const QUuid fromB = mint(b);
    REQUIRE(codeOf(a, fromA) == QStringLiteral("HU-2026-0001"));
    REQUIRE(codeOf(b, fromB) == QStringLiteral("HU-2026-0001"));
    for (Office* o : {&a, &b}) {
        const QUuid id = o == &a ? fromA : fromB;
        REQUIRE(o->store->update(QStringLiteral("survivor"), id, {{QStringLiteral("sharing"), QStringLiteral("partners")}}));
    }

    const QString bundle = a.exportFor({&b});
    const MergeSummary first = b.merge(bundle);
    CHECK(first.codeClashes == 1);
    // Both rows stand, with their codes.
    CHECK(codeOf(b, fromA) == QStringLiteral("HU-2026-0001"));
    CHECK(codeOf(b, fromB) == QStringLiteral("HU-2026-0001"));
    Result<std::vector<CodeClash>> clashes = codeClashes(*b.store);
    REQUIRE(clashes);
    REQUIRE(clashes->size() == 1);
    const CodeClash& c = clashes->front();
    CHECK(c.code == QStringLiteral("HU-2026-0001"));
    CHECK(c.mergedFrom == QStringLiteral("Harbour Unit"));
    const bool aFirst = fromA.toRfc4122() < fromB.toRfc4122();
    const CodeClashSide& sideA = aFirst ? c.first : c.second;
    const CodeClashSide& sideB = aFirst ? c.second : c.first;
    CHECK(sideA.survivor == fromA);
    CHECK(sideA.office == QStringLiteral("Harbour Unit"));
    CHECK(sideB.survivor == fromB);
    CHECK(sideB.office == QStringLiteral("Highland Union"));
    CHECK(sideA.created.isValid());
    CHECK(sideA.code == sideB.code);

    // The same bundle again: nothing new.
    const MergeSummary again = b.merge(bundle);
    CHECK(again.codeClashes == 0);
    CHECK(flagged(b) == 1);
    CHECK(codeClashes(*b.store)->size() == 1);

    // The other way: A flags the pair too.
    CHECK(send(b, a).codeClashes == 1);
    CHECK(codeClashes(*a.store)->size() == 1);

    // Resolving is an ordinary edit: B takes a code of its own and renames its survivor.
    REQUIRE(setOfficeCode(*b.store, QStringLiteral("HL")));
    Result<QString> renamed = nextSurvivorCode(*b.store, 2026);
    REQUIRE(renamed);
    CHECK(*renamed == QStringLiteral("HL-2026-0001"));
    REQUIRE(b.store->update(QStringLiteral("survivor"), fromB, {{QStringLiteral("code"), *renamed}}));
    CHECK(codeClashes(*b.store)->empty());
    // The rename travels: A's flag goes too, and the old bundle brings nothing back.
    CHECK(send(b, a).codeClashes == 0);
    CHECK(codeOf(a, fromB) == QStringLiteral("HL-2026-0001"));
    CHECK(codeClashes(*a.store)->empty());
    CHECK(b.merge(bundle).codeClashes == 0);
    CHECK(codeClashes(*b.store)->empty());
}

TEST_CASE("offices with their own codes never mint the same survivor code")
{
    QTemporaryDir dir;
    Office a(QStringLiteral("Harbour Unit"), dir);
    Office b(QStringLiteral("Highland Union"), dir);
    trustEachOther({&a, &b});
    REQUIRE(setOfficeCode(*a.store, QStringLiteral("HA")));
    REQUIRE(setOfficeCode(*b.store, QStringLiteral("HI")));
    const QUuid fromA = mint(a);
    const QUuid fromB = mint(b);
    REQUIRE(a.store->update(QStringLiteral("survivor"), fromA, {{QStringLiteral("sharing"), QStringLiteral("partners")}}));
    CHECK(send(a, b).codeClashes == 0);
    CHECK(codeOf(b, fromA) == QStringLiteral("HA-2026-0001"));
    CHECK(codeOf(b, fromB) == QStringLiteral("HI-2026-0001"));
    CHECK(flagged(b) == 0);
    // Each office's code reached the other in the office directory.
    Result<Row> officeA = b.store->get(QStringLiteral("office"), a.store->officeId());
    REQUIRE(officeA);
    CHECK(officeA->text(QStringLiteral("code")) == QStringLiteral("HA"));
}
