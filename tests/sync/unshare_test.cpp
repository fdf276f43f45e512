// Un-sharing (issue 15, item 4): a shared row made office-only is withdrawn from partners with what
// it owns (they keep a tombstone, no data), every office's dump converges, a partner's later edit
// no longer merges into it, and sharing it again sends it whole.

#include "officefixture.h"

#include "sync/conflicts.h"

using namespace tandem;
using namespace tandem::test;

namespace {

struct Shared {
    QTemporaryDir dir;
    Office a{QStringLiteral("A"), dir};
    Office b{QStringLiteral("B"), dir};
    Office c{QStringLiteral("C"), dir};
    QUuid op;
    QUuid target;
    Shared()
    {
        trustEachOther({&a, &b});
        trustEachOther({&b, &c}); // C hears of A's rows only through B
        a.trust(c);               // ... and A trusts C, so that B relays A's rows to it
        Result<QUuid> o = a.store->insert(QStringLiteral("operation"), {{QStringLiteral("code_name"), QStringLiteral("Quiet Harbour")},
                                                                        {QStringLiteral("objectives"), QStringLiteral("Informant at the pier")}});
        REQUIRE(o);
        op = *o;
        Result<QUuid> t = a.store->insert(QStringLiteral("target"), {{QStringLiteral("operation"), op},
                                                                     {QStringLiteral("label"), QStringLiteral("Warehouse")},
                                                                     {QStringLiteral("address"), QStringLiteral("2 Dock Road")}});
        REQUIRE(t);
        target = *t;
        everyone();
    }
    void everyone()
    {
        for (int round = 0; round < 2; ++round) {
            send(a, b);
            send(b, c);
            send(c, b);
            send(b, a);
        }
    }
    QString text(Office& o, const char* entity, const QUuid& id, const char* field)
    {
        Result<Row> row = o.store->get(QString::fromLatin1(entity), id);
        REQUIRE(row);
        return row->text(QString::fromLatin1(field));
    }
};

} // namespace

TEST_CASE("an operation made office-only is withdrawn from partners and relays, and every dump converges")
{
    Shared s;
    REQUIRE(s.b.dump().contains(QStringLiteral("Quiet Harbour")));
    REQUIRE(s.a.store->update(QStringLiteral("operation"), s.op, {{QStringLiteral("sharing"), QStringLiteral("office")}}));
    s.everyone();
    CHECK(s.a.dump() == s.b.dump());
    CHECK(s.b.dump() == s.c.dump());
    // A keeps it all; partners keep only a tombstone, office-only, without data.
    CHECK(s.text(s.a, "operation", s.op, "objectives") == QStringLiteral("Informant at the pier"));
    CHECK(s.text(s.a, "target", s.target, "label") == QStringLiteral("Warehouse"));
    for (Office* partner : {&s.b, &s.c}) {
        for (const auto& [entity, id] : {std::pair{"operation", s.op}, std::pair{"target", s.target}}) {
            Result<Row> row = partner->store->get(QString::fromLatin1(entity), id);
            REQUIRE(row);
            CHECK(row->deleted);
        }
        CHECK(partner->store->get(QStringLiteral("operation"), s.op)->text(QStringLiteral("sharing")) == QStringLiteral("office"));
        CHECK_FALSE(dumpText(*partner->store, true).contains(QStringLiteral("Quiet Harbour")));
        CHECK_FALSE(dumpText(*partner->store, true).contains(QStringLiteral("Warehouse")));
    }
}

TEST_CASE("a partner's edit made before or after the withdrawal no longer merges into the office-only row")
{
    Shared s;
    REQUIRE(s.a.store->update(QStringLiteral("operation"), s.op, {{QStringLiteral("sharing"), QStringLiteral("office")}}));
    // B edits before it hears of the withdrawal, and its edit reaches A: A keeps its own.
    REQUIRE(s.b.store->update(QStringLiteral("operation"), s.op, {{QStringLiteral("objectives"), QStringLiteral("B's plan")}}));
    Result<QUuid> added = s.b.store->insert(QStringLiteral("task"), {{QStringLiteral("operation"), s.op},
                                                                     {QStringLiteral("phase"), QStringLiteral("briefing")},
                                                                     {QStringLiteral("title"), QStringLiteral("B's task")}});
    REQUIRE(added);
    send(s.b, s.a);
    CHECK(s.text(s.a, "operation", s.op, "objectives") == QStringLiteral("Informant at the pier"));
    CHECK_FALSE(s.a.store->get(QStringLiteral("task"), *added));
    // B edits again, and this edit meets the withdrawal at B: B lists it.
    REQUIRE(s.b.store->update(QStringLiteral("target"), s.target, {{QStringLiteral("hazards"), QStringLiteral("Dogs")}}));
    s.everyone();
    CHECK(s.a.dump() == s.b.dump());
    CHECK(s.b.dump() == s.c.dump());
    CHECK(s.text(s.a, "operation", s.op, "objectives") == QStringLiteral("Informant at the pier"));
    CHECK(s.text(s.a, "target", s.target, "hazards").isEmpty());
    Result<std::vector<Conflict>> atB = conflicts(*s.b.store);
    REQUIRE(atB);
    const auto withdrawn = std::find_if(atB->begin(), atB->end(), [&](const Conflict& c) {
        return c.rowId == s.target && c.kind == QLatin1String("delete") && !c.isOrphan();
    });
    REQUIRE(withdrawn != atB->end());
    CHECK(withdrawn->other.toMap().value(QStringLiteral("hazards")).toString() == QStringLiteral("Dogs"));
    // The row was withdrawn by the office that no longer shares it: it does not come back here.
    Result<void> back = resolveConflict(*s.b.store, withdrawn->id, Resolution::TakeOther);
    REQUIRE_FALSE(back);
    CHECK(back.error().message.contains(QStringLiteral("withdrew it")));
}

TEST_CASE("sharing the row again sends it whole, with what it owns, over the partners' tombstones")
{
    Shared s;
    REQUIRE(s.a.store->update(QStringLiteral("operation"), s.op, {{QStringLiteral("sharing"), QStringLiteral("office")}}));
    s.everyone();
    REQUIRE(s.a.store->update(QStringLiteral("operation"), s.op, {{QStringLiteral("objectives"), QStringLiteral("Private plan")}}));
    REQUIRE(s.a.store->update(QStringLiteral("operation"), s.op, {{QStringLiteral("sharing"), QStringLiteral("partners")}}));
    s.everyone();
    CHECK(s.a.dump() == s.b.dump());
    CHECK(s.b.dump() == s.c.dump());
    for (Office* o : {&s.b, &s.c}) {
        CHECK_FALSE(o->store->get(QStringLiteral("operation"), s.op)->deleted);
        CHECK(s.text(*o, "operation", s.op, "objectives") == QStringLiteral("Private plan"));
        CHECK(s.text(*o, "target", s.target, "label") == QStringLiteral("Warehouse"));
    }
    // Shared again, it takes partners' edits as before.
    REQUIRE(s.c.store->update(QStringLiteral("target"), s.target, {{QStringLiteral("hazards"), QStringLiteral("Dogs")}}));
    s.everyone();
    CHECK(s.text(s.a, "target", s.target, "hazards") == QStringLiteral("Dogs"));
}

TEST_CASE("a row that was never shared is never withdrawn: nothing of it leaves")
{
    QTemporaryDir dir;
    Office a(QStringLiteral("A"), dir);
    Office b(QStringLiteral("B"), dir);
    trustEachOther({&a, &b});
    Result<QUuid> tip = a.store->insert(QStringLiteral("tip"), {{QStringLiteral("received_at"), QStringLiteral("2026-03-01T10:00:00Z")},
                                                               {QStringLiteral("channel"), QStringLiteral("hotline")},
                                                               {QStringLiteral("place"), QStringLiteral("Pier 4")}});
    REQUIRE(tip);
    Result<QUuid> op = a.store->insert(QStringLiteral("operation"), {{QStringLiteral("code_name"), QStringLiteral("Never shared")},
                                                                     {QStringLiteral("sharing"), QStringLiteral("office")}});
    REQUIRE(op);
    REQUIRE(a.store->update(QStringLiteral("operation"), *op, {{QStringLiteral("objectives"), QStringLiteral("x")}}));
    send(a, b);
    CHECK_FALSE(b.store->get(QStringLiteral("tip"), *tip));
    CHECK_FALSE(b.store->get(QStringLiteral("operation"), *op));
}
