// The hybrid logical clock and the version encoding.

#include "catchqt.h"

#include "store/hlc.h"
#include "util/ids.h"

using namespace tandem;

TEST_CASE("the clock moves forward with the wall clock and counts within a millisecond")
{
    Hlc c;
    const auto a = c.tick(1000);
    const auto b = c.tick(1000);
    const auto d = c.tick(999); // wall clock went back
    const auto e = c.tick(2000);
    CHECK(Hlc::millis(a) == 1000);
    CHECK(Hlc::counter(a) == 0);
    CHECK(b == a + 1);
    CHECK(d > b);
    CHECK(e == Hlc::pack(2000, 0));
}

TEST_CASE("a full counter borrows the next millisecond")
{
    Hlc c(Hlc::pack(5000, 0xffff));
    const auto next = c.tick(5000);
    CHECK(next == Hlc::pack(5001, 0));
}

TEST_CASE("observing a remote time moves the clock past it")
{
    Hlc c;
    c.tick(1000);
    c.observe(Hlc::pack(9000, 3));
    CHECK(c.tick(1000) == Hlc::pack(9000, 4));
    c.observe(Hlc::pack(10, 0)); // an older remote time changes nothing
    CHECK(c.last() == Hlc::pack(9000, 4));
}

TEST_CASE("versions compare as bytes in clock order, then by site")
{
    const QByteArray siteA(16, '\x01');
    const QByteArray siteB(16, '\x02');
    const QByteArray early = makeVersion(Hlc::pack(1000, 5), siteB);
    const QByteArray late = makeVersion(Hlc::pack(1001, 0), siteA);
    CHECK(early.size() == kVersionSize);
    CHECK(early < late);
    CHECK(makeVersion(Hlc::pack(1000, 5), siteA) < early);
    CHECK(versionHlc(late) == Hlc::pack(1001, 0));
    CHECK(versionSite(late) == siteA);
}

TEST_CASE("UUIDv7 ids carry their time and sort by it")
{
    const QUuid a = makeUuidV7(1'790'000'000'000);
    const QUuid b = makeUuidV7(1'790'000'000'001);
    CHECK((quint8(a.toRfc4122().at(6)) >> 4) == 7); // Qt 6.4 predates v7 in QUuid::version()
    CHECK(a.variant() == QUuid::DCE);
    CHECK(a.toRfc4122() < b.toRfc4122());
    CHECK(makeUuidV7(5, 1, 2) == makeUuidV7(5, 1, 2));
}
