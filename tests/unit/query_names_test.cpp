// core/query/names.h: the names records are shown by, and how many live records an entity has.

#include "catchqt.h"
#include "querysample.h"

#include "query/names.h"

using namespace tandem;
using namespace tandem::test;

TEST_CASE("agency names are those of the live agencies")
{
    TempStore t;
    const QUuid quay = addAgency(*t, QStringLiteral("Quayside Police"));
    const QUuid gone = addAgency(*t, QStringLiteral("Old Harbour Unit"));
    remove(*t, "agency", gone);
    Result<QHash<QUuid, QString>> names = agencyNames(*t);
    REQUIRE(names);
    CHECK(names->size() == 1);
    CHECK(names->value(quay) == QStringLiteral("Quayside Police"));
    CHECK_FALSE(names->contains(gone));
}

TEST_CASE("a record's name says whether it is deleted, and nothing for a record not here")
{
    TempStore t;
    const QUuid agency = addAgency(*t, QStringLiteral("Lowfield Shelter"));
    const QUuid op = addOperation(*t, QStringLiteral("Operation Heron"));
    remove(*t, "operation", op);

    Result<std::optional<RecordName>> a = recordName(*t, QStringLiteral("agency"), agency);
    REQUIRE(a);
    REQUIRE(a->has_value());
    CHECK((*a)->name == QStringLiteral("Lowfield Shelter"));
    CHECK_FALSE((*a)->deleted);

    Result<std::optional<RecordName>> o = recordName(*t, QStringLiteral("operation"), op);
    REQUIRE(o);
    REQUIRE(o->has_value());
    CHECK((*o)->deleted); // a tombstone keeps no name

    // The agency's id is no operation, and no office has it.
    Result<std::optional<RecordName>> none = recordName(*t, QStringLiteral("office"), agency);
    REQUIRE(none);
    CHECK_FALSE(none->has_value());
    CHECK_FALSE(recordName(*t, QStringLiteral("survivor"), agency).ok());
}

TEST_CASE("the live count leaves deleted records out")
{
    TempStore t;
    add(*t, "service", {{QStringLiteral("name"), QStringLiteral("Harbour House")}, {QStringLiteral("kind"), QStringLiteral("shelter")}});
    const QUuid gone = add(*t, "service", {{QStringLiteral("name"), QStringLiteral("Closed Clinic")},
                                           {QStringLiteral("kind"), QStringLiteral("shelter")}});
    add(*t, "service", {{QStringLiteral("name"), QStringLiteral("Legal Desk")}, {QStringLiteral("kind"), QStringLiteral("legal_aid")}});
    remove(*t, "service", gone);
    Result<qint64> n = liveCount(*t, QStringLiteral("service"));
    REQUIRE(n);
    CHECK(*n == 2);
    CHECK_FALSE(liveCount(*t, QStringLiteral("no_such_table")).ok());
}
