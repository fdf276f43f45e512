// core/query/tips.h: the tips list by status, and the open tips a picker offers.

#include "catchqt.h"
#include "querysample.h"

#include "query/tips.h"

using namespace tandem;
using namespace tandem::test;

namespace {

struct Tips {
    TempStore t;
    QUuid newOne, assessed, linked, older;

    QUuid tip(const char* received, const char* status, const char* place, const char* channel = "hotline",
              const char* description = "")
    {
        return add(*t, "tip", {{QStringLiteral("received_at"), utc(received)}, {QStringLiteral("status"), QString::fromLatin1(status)},
                               {QStringLiteral("channel"), QString::fromLatin1(channel)},
                               {QStringLiteral("place"), QString::fromLatin1(place)},
                               {QStringLiteral("description"), QString::fromLatin1(description)}});
    }

    Tips()
    {
        newOne = tip("2026-06-15T10:00:00Z", "new", "Dock Road car wash");
        assessed = tip("2026-06-14T10:00:00Z", "assessed", "Mill Lane nail bar", "online", "workers sleep on site");
        linked = tip("2026-06-13T10:00:00Z", "linked", "Dock Road farm");
        older = tip("2026-06-01T10:00:00Z", "new", "Station kiosk");
        const QUuid gone = tip("2026-06-16T10:00:00Z", "new", "Deleted place");
        remove(*t, "tip", gone);
    }

    static QList<QUuid> ids(const std::vector<Row>& rows)
    {
        QList<QUuid> out;
        for (const Row& r : rows)
            out << r.id;
        return out;
    }
};

} // namespace

TEST_CASE("the tips list: live tips of the statuses asked for, newest first, a page at a time")
{
    Tips f;
    TipListQuery open(*f.t, {QStringLiteral("new"), QStringLiteral("assessed")});
    REQUIRE(open.count());
    CHECK(*open.count() == 3);
    Result<std::vector<Row>> first = open.page(nullptr, 2);
    REQUIRE(first);
    CHECK(Tips::ids(*first) == QList<QUuid>{f.newOne, f.assessed});
    Result<std::vector<Row>> rest = open.page(&first->back(), 2);
    REQUIRE(rest);
    CHECK(Tips::ids(*rest) == QList<QUuid>{f.older});

    TipListQuery all(*f.t);
    CHECK(*all.count() == 4);
    CHECK(Tips::ids(*all.page(nullptr, 10)) == QList<QUuid>{f.newOne, f.assessed, f.linked, f.older});
    TipListQuery linked(*f.t, {QStringLiteral("linked")});
    CHECK(Tips::ids(*linked.page(nullptr, 10)) == QList<QUuid>{f.linked});
}

TEST_CASE("the open tips a picker offers match every word in the place, the description or the channel")
{
    Tips f;
    const auto found = [&](const QStringList& words) {
        Result<std::vector<OpenTipMatch>> m = findOpenTips(*f.t, words);
        REQUIRE(m);
        QList<QUuid> out;
        for (const OpenTipMatch& match : *m)
            out << QUuid::fromRfc4122(match.id);
        return out;
    };
    // Linked and deleted tips are not on offer.
    CHECK(found({}) == QList<QUuid>{f.newOne, f.assessed, f.older});
    CHECK(found({QStringLiteral("dock")}) == QList<QUuid>{f.newOne});
    CHECK(found({QStringLiteral("sleep"), QStringLiteral("mill")}) == QList<QUuid>{f.assessed});
    CHECK(found({QStringLiteral("sleep"), QStringLiteral("dock")}).isEmpty());
    // "Online" is the label of the channel of the nail bar's tip.
    CHECK(found({QStringLiteral("online")}) == QList<QUuid>{f.assessed});

    Result<std::vector<TipLine>> lines = tipLines(*f.t, {f.assessed.toRfc4122()});
    REQUIRE(lines);
    REQUIRE(lines->size() == 1);
    CHECK((*lines)[0].id == f.assessed.toRfc4122());
    CHECK((*lines)[0].received == utc("2026-06-14T10:00:00Z"));
    CHECK((*lines)[0].channel == QStringLiteral("online"));
    CHECK((*lines)[0].place == QStringLiteral("Mill Lane nail bar"));
    CHECK(tipLines(*f.t, {})->empty());
}
