// The reads of a survivor's detail pane and of undoing the window's changes
// (core/query/survivordetail.h, core/query/changes.h).

#include "catchqt.h"
#include "querysample.h"

#include "query/changes.h"
#include "query/survivordetail.h"
#include "store/registry.h"

#include <algorithm>

using namespace tandem;
using namespace tandem::test;

namespace {

} // namespace

TEST_CASE("the head of a survivor's pane: the pseudonymous record, its live operation, nothing once deleted")
{
    TempStore t;
    const QUuid op = add(*t, "operation", {{QStringLiteral("code_name"), QStringLiteral("Operation Lantern")}});
    const QUuid survivor = add(*t, "survivor", {{QStringLiteral("code"), QStringLiteral("V-2026-0007")},
                                                {QStringLiteral("operation"), op},
                                                {QStringLiteral("age_band"), QStringLiteral("18_24")},
                                                {QStringLiteral("gender"), QStringLiteral("female")},
                                                {QStringLiteral("nationality"), QStringLiteral("Freedonian")},
                                                {QStringLiteral("recovered_at"), QStringLiteral("2026-06-02T05:30:00Z")}});

    Result<std::optional<query::SurvivorHeader>> h = query::survivorHeader(*t, survivor);
    REQUIRE(h);
    REQUIRE(h->has_value());
    CHECK((*h)->code == QStringLiteral("V-2026-0007"));
    CHECK((*h)->operation == QStringLiteral("Operation Lantern"));
    CHECK((*h)->ageBand == QStringLiteral("18_24"));
    CHECK(!(*h)->minor);
    CHECK((*h)->gender == QStringLiteral("female"));
    CHECK((*h)->nationality == QStringLiteral("Freedonian"));
    CHECK((*h)->t0 == QDateTime(QDate(2026, 6, 2), QTime(5, 30), Qt::UTC));

    // Without T0 and with its operation deleted.
    const QUuid bare = add(*t, "survivor", {{QStringLiteral("code"), QStringLiteral("V-2026-0008")}, {QStringLiteral("operation"), op}});
    REQUIRE(t->remove(QStringLiteral("operation"), op));
    Result<std::optional<query::SurvivorHeader>> b = query::survivorHeader(*t, bare);
    REQUIRE(b);
    REQUIRE(b->has_value());
    CHECK(!(*b)->t0.isValid());
    CHECK(!(*b)->operation.has_value());

    REQUIRE(t->remove(QStringLiteral("survivor"), survivor));
    Result<std::optional<query::SurvivorHeader>> gone = query::survivorHeader(*t, survivor);
    REQUIRE(gone);
    CHECK(!gone->has_value());
}

TEST_CASE("a live row referring to another is found but the rows it owns and deleted ones are not")
{
    TempStore t;
    const QUuid agency = add(*t, "agency", {{QStringLiteral("name"), QStringLiteral("Alder Police")}, {QStringLiteral("kind"), QStringLiteral("police")}});
    const QUuid op = add(*t, "operation", {{QStringLiteral("code_name"), QStringLiteral("Operation Lantern")}});

    // Targets are the operation's own rows: they do not hold it back.
    add(*t, "target", {{QStringLiteral("operation"), op}, {QStringLiteral("label"), QStringLiteral("A")},
                       {QStringLiteral("address"), QStringLiteral("1 Mill Lane")}});
    Result<const EntityDef*> none = query::liveReferrer(*t, QStringLiteral("operation"), op);
    REQUIRE(none);
    CHECK(*none == nullptr);

    CHECK(*query::liveReferrer(*t, QStringLiteral("agency"), agency) == nullptr);
    REQUIRE(t->update(QStringLiteral("operation"), op, {{QStringLiteral("lead_agency"), agency}}));
    Result<const EntityDef*> lead = query::liveReferrer(*t, QStringLiteral("agency"), agency);
    REQUIRE(lead);
    REQUIRE(*lead != nullptr);
    CHECK((*lead)->name == QStringLiteral("operation"));

    REQUIRE(t->remove(QStringLiteral("operation"), op));
    CHECK(*query::liveReferrer(*t, QStringLiteral("agency"), agency) == nullptr);
}

TEST_CASE("the versions of a protocol family, retired ones included, and no other")
{
    TempStore t;
    const QUuid family = QUuid::createUuid();
    const QUuid otherFamily = QUuid::createUuid();
    const auto protocol = [&](const QUuid& f, int version, const char* status) {
        QVariantMap values{{QStringLiteral("name"), QStringLiteral("Shelter first")}, {QStringLiteral("family"), f},
                           {QStringLiteral("version"), version}, {QStringLiteral("status"), QString::fromLatin1(status)}};
        if (qstrcmp(status, "retired") == 0)
            values.insert(QStringLiteral("retired_reason"), QStringLiteral("Replaced by a later version"));
        return add(*t, "protocol", values);
    };
    const QUuid v1 = protocol(family, 1, "retired");
    const QUuid v2 = protocol(family, 2, "active");
    const QUuid v3 = protocol(family, 3, "retired");
    REQUIRE(t->remove(QStringLiteral("protocol"), v3));
    protocol(otherFamily, 1, "active");

    Result<std::vector<QUuid>> versions = query::protocolVersions(*t, family);
    REQUIRE(versions);
    std::vector<QUuid> found = *versions;
    std::sort(found.begin(), found.end());
    // A tombstone keeps no family: a deleted version is not among them.
    std::vector<QUuid> expected{v1, v2};
    std::sort(expected.begin(), expected.end());
    CHECK(found == expected);
}
