// core/query/directorylist.h: a directory list (agencies, services), searched and in pages.

#include "catchqt.h"
#include "querysample.h"

#include "query/directorylist.h"
#include "store/registry.h"

using namespace tandem;
using namespace tandem::test;

namespace {

QStringList names(const std::vector<Row>& rows)
{
    QStringList out;
    for (const Row& r : rows)
        out << r.text(QStringLiteral("name"));
    return out;
}

QUuid service(Store& s, const char* name, const QVariant& capacity = {})
{
    QVariantMap v{{QStringLiteral("name"), QString::fromLatin1(name)}, {QStringLiteral("kind"), QStringLiteral("shelter")}};
    if (capacity.isValid())
        v.insert(QStringLiteral("capacity"), capacity);
    return add(s, "service", v);
}

} // namespace

TEST_CASE("a directory list: live records ordered by a field, empty values last, a page at a time")
{
    TempStore t;
    Store& s = *t;
    service(s, "harbour House", 8);
    service(s, "Anchor Refuge", 20);
    service(s, "Quay Clinic");
    const QUuid gone = service(s, "Beacon Rooms", 4);
    remove(s, "service", gone);
    const EntityDef& e = *Registry::instance().entity(QStringLiteral("service"));

    // Text sorts case aside.
    DirectoryQuery byName(s, e, QStringLiteral("name"), Qt::AscendingOrder);
    REQUIRE(byName.count());
    CHECK(*byName.count() == 3);
    Result<std::vector<Row>> first = byName.page(nullptr, 2);
    REQUIRE(first);
    CHECK(names(*first) == QStringList{QStringLiteral("Anchor Refuge"), QStringLiteral("harbour House")});
    Result<std::vector<Row>> rest = byName.page(&first->back(), 2);
    REQUIRE(rest);
    CHECK(names(*rest) == QStringList{QStringLiteral("Quay Clinic")});

    for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        DirectoryQuery byCapacity(s, e, QStringLiteral("capacity"), order);
        // Page by page, one at a time, across the empty value.
        QStringList paged;
        Result<std::vector<Row>> page = byCapacity.page(nullptr, 1);
        while (page && !page->empty()) {
            paged << names(*page);
            const Row last = page->back();
            page = byCapacity.page(&last, 1);
        }
        REQUIRE(page);
        CHECK(paged == (order == Qt::AscendingOrder
                            ? QStringList{QStringLiteral("harbour House"), QStringLiteral("Anchor Refuge"), QStringLiteral("Quay Clinic")}
                            : QStringList{QStringLiteral("Anchor Refuge"), QStringLiteral("harbour House"), QStringLiteral("Quay Clinic")}));
    }
}

TEST_CASE("a directory search keeps the records with every word")
{
    TempStore t;
    Store& s = *t;
    service(s, "Harbour House");
    service(s, "Harbour Clinic");
    service(s, "Anchor House");
    const EntityDef& e = *Registry::instance().entity(QStringLiteral("service"));
    DirectoryQuery both(s, e, QStringLiteral("name"), Qt::AscendingOrder, QStringLiteral("harbour house"));
    REQUIRE(both.count());
    CHECK(*both.count() == 1);
    CHECK(names(*both.page(nullptr, 10)) == QStringList{QStringLiteral("Harbour House")});
    DirectoryQuery one(s, e, QStringLiteral("name"), Qt::DescendingOrder, QStringLiteral("house"));
    CHECK(*one.count() == 2);
    CHECK(names(*one.page(nullptr, 10)) == QStringList{QStringLiteral("Harbour House"), QStringLiteral("Anchor House")});
}
