// core/query/survivorlist.h: the survivors list, by code, with checklist progress, in pages.

#include "catchqt.h"
#include "querysample.h"

#include "query/survivorlist.h"

using namespace tandem;
using namespace tandem::test;

namespace {

struct Survivors {
    TempStore t;
    ManualClock clock;
    QUuid kite;
    QUuid a, b, c;

    Survivors()
    {
        clock.now = utc("2026-06-15T12:00:00Z").toMSecsSinceEpoch();
        t->setWallClock(clock.fn());
        Store& s = *t;
        kite = addOperation(s, QStringLiteral("Operation Kite"));
        const QUuid heron = addOperation(s, QStringLiteral("Operation Heron"));
        const QUuid protocol = add(s, "protocol", {{QStringLiteral("family"), QUuid::createUuid()},
                                                   {QStringLiteral("name"), QStringLiteral("First contact")}});
        const QUuid step = add(s, "protocol_step", {{QStringLiteral("protocol"), protocol}, {QStringLiteral("position"), 0},
                                                    {QStringLiteral("title"), QStringLiteral("Shelter")},
                                                    {QStringLiteral("owner_role"), QStringLiteral("ngo_advocate")}});
        const auto survivor = [&](const char* code, const QUuid& op) {
            QVariantMap v{{QStringLiteral("code"), QString::fromLatin1(code)}};
            if (!op.isNull())
                v.insert(QStringLiteral("operation"), op);
            return add(s, "survivor", v);
        };
        const auto item = [&](const QUuid& survivor, const char* state, const QDateTime& due) {
            QVariantMap v{{QStringLiteral("survivor"), survivor}, {QStringLiteral("step"), step},
                          {QStringLiteral("state"), QString::fromLatin1(state)}, {QStringLiteral("due_at"), due}};
            if (qstrcmp(state, "declined") == 0)
                v.insert(QStringLiteral("reason"), QStringLiteral("asked for another shelter"));
            add(s, "checklist_item", v);
        };
        a = survivor("V-001", kite);
        b = survivor("V-002", {});
        c = survivor("V-003", heron);
        const QUuid gone = survivor("V-000", kite);
        item(a, "open", utc("2026-06-14T12:00:00Z"));  // overdue
        item(a, "done", utc("2026-06-14T12:00:00Z"));  // settled
        item(c, "open", utc("2026-06-16T12:00:00Z"));  // not yet due
        item(c, "declined", utc("2026-06-13T12:00:00Z")); // settled, not overdue
        remove(s, "survivor", gone);
    }

    QList<QUuid> ids(const std::vector<SurvivorListRow>& rows)
    {
        QList<QUuid> out;
        for (const SurvivorListRow& r : rows)
            out << r.id;
        return out;
    }
};

} // namespace

TEST_CASE("the survivors list: live survivors by code, with their progress, a page at a time")
{
    Survivors f;
    SurvivorListQuery byCode(*f.t, SurvivorListQuery::Code, Qt::AscendingOrder);
    Result<qint64> n = byCode.count();
    REQUIRE(n);
    CHECK(*n == 3);
    Result<std::vector<SurvivorListRow>> first = byCode.page(nullptr, 2);
    REQUIRE(first);
    CHECK(f.ids(*first) == QList<QUuid>{f.a, f.b});
    const SurvivorListRow& a = (*first)[0];
    CHECK(a.code == QStringLiteral("V-001"));
    CHECK(a.operationName == QStringLiteral("Operation Kite"));
    CHECK(a.settled == 1);
    CHECK(a.total == 2);
    CHECK(a.overdue == 1);
    CHECK((*first)[1].operationName.isEmpty());
    CHECK((*first)[1].total == 0);
    Result<std::vector<SurvivorListRow>> rest = byCode.page(&first->back(), 2);
    REQUIRE(rest);
    CHECK(f.ids(*rest) == QList<QUuid>{f.c});
    CHECK((*rest)[0].settled == 1);
    CHECK((*rest)[0].overdue == 0);

    // Most overdue first; ties by id.
    Result<std::vector<SurvivorListRow>> overdue =
        SurvivorListQuery(*f.t, SurvivorListQuery::Overdue, Qt::DescendingOrder).page(nullptr, 10);
    REQUIRE(overdue);
    REQUIRE(overdue->size() == 3);
    CHECK((*overdue)[0].id == f.a);

    // By operation, those without one last in either direction.
    for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        Result<std::vector<SurvivorListRow>> byOp = SurvivorListQuery(*f.t, SurvivorListQuery::Operation, order).page(nullptr, 10);
        REQUIRE(byOp);
        CHECK(f.ids(*byOp) == (order == Qt::AscendingOrder ? QList<QUuid>{f.c, f.a, f.b} : QList<QUuid>{f.a, f.c, f.b}));
    }
}

TEST_CASE("a search narrows the survivors list to codes or operation names containing the text")
{
    Survivors f;
    SurvivorListQuery kite(*f.t, SurvivorListQuery::Code, Qt::AscendingOrder, QStringLiteral("kite"));
    REQUIRE(kite.count());
    CHECK(*kite.count() == 1);
    CHECK(f.ids(*kite.page(nullptr, 10)) == QList<QUuid>{f.a});
    SurvivorListQuery code(*f.t, SurvivorListQuery::Code, Qt::AscendingOrder, QStringLiteral("003"));
    CHECK(f.ids(*code.page(nullptr, 10)) == QList<QUuid>{f.c});
    // A LIKE wildcard typed is a character, not a wildcard.
    SurvivorListQuery percent(*f.t, SurvivorListQuery::Code, Qt::AscendingOrder, QStringLiteral("%"));
    CHECK(*percent.count() == 0);

    // A deleted operation's name is not shown, nor searched.
    remove(*f.t, "operation", f.kite);
    CHECK(*kite.count() == 0);
    Result<std::vector<SurvivorListRow>> all = SurvivorListQuery(*f.t, SurvivorListQuery::Code, Qt::AscendingOrder).page(nullptr, 10);
    REQUIRE(all);
    CHECK((*all)[0].operationName.isEmpty());
}
