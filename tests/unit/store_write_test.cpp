// The one write path: validation, versions, tombstones, transactions, the persisted clock.

#include "catchqt.h"
#include "testsupport.h"

#include "store/hlc.h"
#include "store/sharing.h"

#include <QSignalSpy>
#include <QSqlQuery>

using namespace tandem;
using namespace tandem::test;

namespace {

const QString kAgency = QStringLiteral("agency");
const QString kOperation = QStringLiteral("operation");
const QString kTarget = QStringLiteral("target");

QUuid addAgency(Store& s, const QString& name = QStringLiteral("Riverside Police"))
{
    Result<QUuid> id = s.insert(kAgency, {{QStringLiteral("name"), name},
                                          {QStringLiteral("kind"), QStringLiteral("police")}});
    REQUIRE(id);
    return *id;
}

QUuid addOperation(Store& s, const QString& name = QStringLiteral("Operation Lantern"))
{
    Result<QUuid> id = s.insert(kOperation, {{QStringLiteral("code_name"), name}});
    REQUIRE(id);
    return *id;
}

qint64 count(Store& s, const QString& table)
{
    Result<QSqlQuery> q = s.exec(QStringLiteral("SELECT count(*) FROM ") + table);
    REQUIRE(q);
    REQUIRE(q->next());
    return q->value(0).toLongLong();
}

} // namespace

TEST_CASE("insert stores typed values, defaults and a version per field")
{
    TempStore t;
    const QUuid lead = addAgency(*t);
    Result<QUuid> id = t->insert(kOperation, {{QStringLiteral("code_name"), QStringLiteral("Lantern")},
                                              {QStringLiteral("lead_agency"), lead.toString()},
                                              {QStringLiteral("starts_at"), QStringLiteral("2026-05-01T06:00:00+02:00")},
                                              {QStringLiteral("expected_survivors"), QStringLiteral("12")},
                                              {QStringLiteral("expected_languages"), QStringLiteral("ro, bg")}});
    REQUIRE(id);
    CHECK((quint8(id->toRfc4122().at(6)) >> 4) == 7);
    Result<Row> row = t->get(kOperation, *id);
    REQUIRE(row);
    CHECK(row->text(QStringLiteral("status")) == QStringLiteral("draft"));
    CHECK(row->value(QStringLiteral("lead_agency")).toUuid() == lead);
    CHECK(row->value(QStringLiteral("starts_at")).toDateTime().toUTC().toString(Qt::ISODate)
          == QStringLiteral("2026-05-01T04:00:00Z"));
    CHECK(row->value(QStringLiteral("expected_survivors")).toLongLong() == 12);
    CHECK(row->value(QStringLiteral("expected_languages")).toStringList()
          == QStringList{QStringLiteral("ro"), QStringLiteral("bg")});
    CHECK(row->text(QStringLiteral("sharing")) == QStringLiteral("partners"));

    Result<QHash<QString, QByteArray>> versions = t->versions(kOperation, *id);
    REQUIRE(versions);
    const QByteArray v = versions->value(QStringLiteral("code_name_v"));
    CHECK(v.size() == kVersionSize);
    CHECK(versionSite(v) == t->siteId());
}

TEST_CASE("bad values are refused with the entity, the field and what was expected")
{
    TempStore t;
    const QUuid op = addOperation(*t);
    const qint64 seqBefore = t->localSeq();

    struct Case {
        QString entity;
        QVariantMap values;
        QString expected;
    };
    const QString opId = op.toString(QUuid::WithoutBraces);
    const std::vector<Case> cases = {
        {kOperation, {{QStringLiteral("code_name"), QString()}}, QStringLiteral("operation field \"code_name\" is required")},
        {kOperation, {{QStringLiteral("code_name"), QStringLiteral("X")}, {QStringLiteral("status"), QStringLiteral("finished")}},
         QStringLiteral("operation field \"status\": expected one of draft, planned")},
        {kOperation, {{QStringLiteral("code_name"), QStringLiteral("X")}, {QStringLiteral("starts_at"), QStringLiteral("2026-05-01 06:00")}},
         QStringLiteral("operation field \"starts_at\": expected a date and time in ISO 8601 with an offset")},
        {kOperation, {{QStringLiteral("code_name"), QStringLiteral("X")}, {QStringLiteral("expected_survivors"), QStringLiteral("many")}},
         QStringLiteral("operation field \"expected_survivors\": expected a whole number from 0 to 10000, got \"many\"")},
        {kOperation, {{QStringLiteral("code_name"), QStringLiteral("X")}, {QStringLiteral("colour"), QStringLiteral("red")}},
         QStringLiteral("operation has no field \"colour\"")},
        {kOperation, {{QStringLiteral("code_name"), QStringLiteral("X")},
                      {QStringLiteral("starts_at"), QStringLiteral("2026-05-02T06:00:00Z")},
                      {QStringLiteral("ends_at"), QStringLiteral("2026-05-01T06:00:00Z")}},
         QStringLiteral("operation: the operation ends before it starts")},
        {kTarget, {{QStringLiteral("operation"), opId}, {QStringLiteral("label"), QStringLiteral("Farm")}},
         QStringLiteral("target field \"address\" is required")},
        {kTarget, {{QStringLiteral("operation"), QUuid::createUuid().toString()}, {QStringLiteral("label"), QStringLiteral("Farm")},
                   {QStringLiteral("address"), QStringLiteral("1 Mill Lane")}},
         QStringLiteral("target field \"operation\": there is no operation with id")},
        {kTarget, {{QStringLiteral("operation"), opId}, {QStringLiteral("label"), QStringLiteral("Farm")},
                   {QStringLiteral("address"), QStringLiteral("1 Mill Lane")}, {QStringLiteral("latitude"), QStringLiteral("91")}},
         QStringLiteral("target field \"latitude\": expected a number from -90 to 90")},
        {QStringLiteral("assignment"), {{QStringLiteral("operation"), opId}, {QStringLiteral("headcount"), -3}},
         QStringLiteral("assignment field \"headcount\": expected a whole number from 0 to 10000, got \"-3\"")},
        {kAgency, {{QStringLiteral("name"), QString(2'000'000, QLatin1Char('x'))}, {QStringLiteral("kind"), QStringLiteral("police")}},
         QStringLiteral("agency field \"name\": at most 1000 characters are allowed, got 2000000")},
        {kAgency, {{QStringLiteral("name"), QStringLiteral("two\nlines")}, {QStringLiteral("kind"), QStringLiteral("police")}},
         QStringLiteral("agency field \"name\": expected a single line of text")},
        {QStringLiteral("spaceship"), {}, QStringLiteral("unknown record type")},
    };
    for (const Case& c : cases) {
        INFO(c.expected.toStdString());
        Result<QUuid> r = t->insert(c.entity, c.values);
        REQUIRE_FALSE(r);
        CHECK(r.error().message.startsWith(c.expected));
    }
    CHECK(t->localSeq() == seqBefore);
    CHECK(count(*t, kOperation) == 1);
    CHECK(count(*t, kTarget) == 0);
}

TEST_CASE("update bumps only the versions of fields that change, and versions only grow")
{
    TempStore t;
    ManualClock clock;
    t->setWallClock(clock.fn());
    const QUuid op = addOperation(*t);
    const QHash<QString, QByteArray> v0 = *t->versions(kOperation, op);

    clock.now += 1000;
    REQUIRE(t->update(kOperation, op, {{QStringLiteral("objectives"), QStringLiteral("Find the workers")},
                                       {QStringLiteral("code_name"), QStringLiteral("Operation Lantern")}}));
    const QHash<QString, QByteArray> v1 = *t->versions(kOperation, op);
    CHECK(v1.value(QStringLiteral("objectives_v")) > v0.value(QStringLiteral("objectives_v")));
    CHECK(v1.value(QStringLiteral("code_name_v")) == v0.value(QStringLiteral("code_name_v")));

    // An update that changes nothing writes nothing.
    const qint64 seq = t->localSeq();
    REQUIRE(t->update(kOperation, op, {{QStringLiteral("objectives"), QStringLiteral("Find the workers")}}));
    CHECK(t->localSeq() == seq);

    // The wall clock goes back an hour: new versions still sort after the old ones.
    clock.now -= 3'600'000;
    REQUIRE(t->update(kOperation, op, {{QStringLiteral("objectives"), QStringLiteral("Find everyone")}}));
    const QHash<QString, QByteArray> v2 = *t->versions(kOperation, op);
    CHECK(v2.value(QStringLiteral("objectives_v")) > v1.value(QStringLiteral("objectives_v")));
    CHECK(Result<Row>(t->get(kOperation, op))->localSeq == t->localSeq());
}

TEST_CASE("fields of one group share a version")
{
    TempStore t;
    const QUuid op = addOperation(*t);
    Result<QUuid> target = t->insert(kTarget, {{QStringLiteral("operation"), op.toString()},
                                               {QStringLiteral("label"), QStringLiteral("Farmhouse")},
                                               {QStringLiteral("address"), QStringLiteral("3 Orchard Road")},
                                               {QStringLiteral("latitude"), 52.1},
                                               {QStringLiteral("longitude"), 4.3}});
    REQUIRE(target);
    const QByteArray before = t->versions(kTarget, *target)->value(QStringLiteral("coordinates_v"));
    REQUIRE(t->update(kTarget, *target, {{QStringLiteral("latitude"), 52.2}}));
    const QHash<QString, QByteArray> after = *t->versions(kTarget, *target);
    CHECK(after.value(QStringLiteral("coordinates_v")) > before);
    CHECK_FALSE(after.contains(QStringLiteral("latitude_v")));
}

TEST_CASE("the clock survives a reopen and never goes backwards")
{
    TempStore t;
    ManualClock clock;
    t->setWallClock(clock.fn());
    addAgency(*t);
    addAgency(*t, QStringLiteral("Second"));
    const std::uint64_t last = t->clock();
    const qint64 seq = t->localSeq();
    CHECK(Hlc::millis(last) == clock.now);

    t.reopen();
    CHECK(t->clock() == last);
    CHECK(t->localSeq() == seq);
    clock.now -= 86'400'000; // the laptop's clock was set back a day
    t->setWallClock(clock.fn());
    const QUuid id = addAgency(*t, QStringLiteral("Third"));
    CHECK(t->clock() > last);
    CHECK(versionHlc(t->versions(kAgency, id)->value(QStringLiteral("name_v"))) > last);
    CHECK(t->localSeq() == seq + 1);
}

TEST_CASE("delete leaves a tombstone with its data cleared, and takes owned rows with it")
{
    TempStore t;
    const QUuid op = addOperation(*t);
    Result<QUuid> target = t->insert(kTarget, {{QStringLiteral("operation"), op.toString()},
                                               {QStringLiteral("label"), QStringLiteral("Warehouse")},
                                               {QStringLiteral("address"), QStringLiteral("9 Dock Street")}});
    REQUIRE(target);
    const QByteArray before = t->versions(kOperation, op)->value(QStringLiteral("deleted_v"));

    REQUIRE(t->remove(kOperation, op));
    Result<Row> row = t->get(kOperation, op);
    REQUIRE(row);
    CHECK(row->deleted);
    CHECK(row->isNull(QStringLiteral("code_name")));
    CHECK(row->isNull(QStringLiteral("status")));
    CHECK(row->text(QStringLiteral("sharing")) == QStringLiteral("partners"));
    CHECK(t->versions(kOperation, op)->value(QStringLiteral("deleted_v")) > before);

    Result<Row> child = t->get(kTarget, *target);
    REQUIRE(child);
    CHECK(child->deleted);
    CHECK(child->isNull(QStringLiteral("address")));
    CHECK(child->value(QStringLiteral("operation")).toUuid() == op);

    Result<void> again = t->update(kOperation, op, {{QStringLiteral("code_name"), QStringLiteral("Back")}});
    REQUIRE_FALSE(again);
    CHECK(again.error().message.contains(QStringLiteral("was deleted")));
    Result<void> twice = t->remove(kOperation, op);
    REQUIRE_FALSE(twice);
    CHECK(twice.error().message.contains(QStringLiteral("already deleted")));

    Result<QUuid> orphan = t->insert(kTarget, {{QStringLiteral("operation"), op.toString()},
                                               {QStringLiteral("label"), QStringLiteral("Shed")},
                                               {QStringLiteral("address"), QStringLiteral("10 Dock Street")}});
    REQUIRE_FALSE(orphan);
    CHECK(orphan.error().message.contains(QStringLiteral("was deleted")));
}

TEST_CASE("a failed write inside a transaction leaves nothing behind")
{
    TempStore t;
    const qint64 seq = t->localSeq();
    const std::uint64_t clockBefore = t->clock();
    {
        Result<Transaction> tx = t->begin();
        REQUIRE(tx);
        addAgency(*t, QStringLiteral("First"));
        Result<QUuid> bad = t->insert(kAgency, {{QStringLiteral("name"), QStringLiteral("No kind")}});
        REQUIRE_FALSE(bad);
        // The caller gives up: the transaction goes out of scope without commit.
    }
    CHECK(count(*t, kAgency) == 0);
    CHECK(t->localSeq() == seq);
    CHECK(t->clock() == clockBefore);

    // A write that fails half-way through its own work (a cascade) is undone as a whole.
    const QUuid op = addOperation(*t);
    REQUIRE(t->insert(kTarget, {{QStringLiteral("operation"), op.toString()},
                                {QStringLiteral("label"), QStringLiteral("A")},
                                {QStringLiteral("address"), QStringLiteral("1 Road")}}));
    REQUIRE(t->exec(QStringLiteral("CREATE TRIGGER fail_op BEFORE UPDATE OF deleted ON operation "
                                   "BEGIN SELECT RAISE(ABORT, 'simulated failure'); END")));
    REQUIRE_FALSE(t->remove(kOperation, op));
    CHECK_FALSE(t->get(kOperation, op)->deleted);
    Result<QSqlQuery> live = t->exec(QStringLiteral("SELECT count(*) FROM target WHERE deleted = 0"));
    REQUIRE((live && live->next()));
    CHECK(live->value(0).toInt() == 1);
}

TEST_CASE("committed writes announce what changed, rolled back ones do not")
{
    TempStore t;
    QSignalSpy spy(t.store.get(), &Store::changed);
    const QUuid a = addAgency(*t);
    REQUIRE(spy.count() == 1);
    CHECK(spy.at(0).at(0).toString() == kAgency);
    CHECK(spy.at(0).at(1).value<QList<QUuid>>() == QList<QUuid>{a});
    {
        Result<Transaction> tx = t->begin();
        REQUIRE(tx);
        addAgency(*t, QStringLiteral("Rolled back"));
    }
    CHECK(spy.count() == 1);
}

TEST_CASE("this office's own record cannot be deleted")
{
    TempStore t;
    Result<void> r = t->remove(QStringLiteral("office"), t->officeId());
    REQUIRE_FALSE(r);
    CHECK(r.error().message.contains(QStringLiteral("cannot be deleted")));
}

TEST_CASE("a new record takes the office's default sharing as it stands, inside a transaction too")
{
    TempStore t;
    const EntityDef& e = *Registry::instance().entity(kOperation);
    const QString key = defaultSharingKey(e);
    const auto sharingOf = [&t](const QUuid& id) { return t->get(kOperation, id)->value(QStringLiteral("sharing")).toString(); };
    const QString entityDefault = sharingOf(addOperation(*t, QStringLiteral("Operation Ash")));
    REQUIRE(entityDefault != QLatin1String("office"));

    Result<Transaction> tx = t->begin();
    REQUIRE(tx);
    CHECK(sharingOf(addOperation(*t, QStringLiteral("Operation Birch"))) == entityDefault);
    {
        // Changed inside a savepoint: the next record takes it; rolled back: the one after does not.
        Result<Transaction> inner = t->begin();
        REQUIRE(inner);
        REQUIRE(t->setMeta(key, QStringLiteral("office")));
        CHECK(sharingOf(addOperation(*t, QStringLiteral("Operation Cedar"))) == QLatin1String("office"));
        inner->rollback();
    }
    CHECK(sharingOf(addOperation(*t, QStringLiteral("Operation Damson"))) == entityDefault);
    REQUIRE(tx->commit());

    // And changed outside any transaction.
    REQUIRE(t->setMeta(key, QStringLiteral("office")));
    Result<Transaction> next = t->begin();
    REQUIRE(next);
    CHECK(sharingOf(addOperation(*t, QStringLiteral("Operation Elder"))) == QLatin1String("office"));
    REQUIRE(next->commit());
}

TEST_CASE("a reference is refused once its record is deleted or rolled back, later in the same transaction too")
{
    TempStore t;
    const auto addTarget = [&t](const QUuid& op, const QString& label) {
        return t->insert(kTarget, {{QStringLiteral("operation"), op.toString()},
                                   {QStringLiteral("label"), label},
                                   {QStringLiteral("address"), QStringLiteral("1 Mill Lane")}});
    };
    Result<Transaction> tx = t->begin();
    REQUIRE(tx);
    const QUuid op = addOperation(*t, QStringLiteral("Operation Fern"));
    for (const QString& label : {QStringLiteral("Barn"), QStringLiteral("Mill")}) {
        Result<QUuid> target = addTarget(op, label);
        INFO((target ? QString() : target.error().text()).toStdString());
        REQUIRE(target);
    }

    SECTION("deleted by the write path")
    {
        REQUIRE(t->remove(kOperation, op));
    }
    SECTION("deleted by a statement of its own (as a merge writes)")
    {
        REQUIRE(t->exec(QStringLiteral("UPDATE operation SET deleted = 1 WHERE id = ?"), {op.toRfc4122()}));
    }
    Result<QUuid> late = addTarget(op, QStringLiteral("Silo"));
    REQUIRE_FALSE(late);
    CHECK(late.error().message.contains(QStringLiteral("was deleted")));
    tx->rollback();
}

TEST_CASE("a reference to a record whose savepoint was rolled back is refused")
{
    TempStore t;
    Result<Transaction> tx = t->begin();
    REQUIRE(tx);
    QUuid op;
    {
        Result<Transaction> inner = t->begin();
        REQUIRE(inner);
        op = addOperation(*t, QStringLiteral("Operation Gorse"));
        REQUIRE(t->insert(kTarget, {{QStringLiteral("operation"), op.toString()},
                                    {QStringLiteral("label"), QStringLiteral("Shed")},
                                    {QStringLiteral("address"), QStringLiteral("2 Mill Lane")}}));
        inner->rollback();
    }
    Result<QUuid> orphan = t->insert(kTarget, {{QStringLiteral("operation"), op.toString()},
                                               {QStringLiteral("label"), QStringLiteral("Yard")},
                                               {QStringLiteral("address"), QStringLiteral("3 Mill Lane")}});
    REQUIRE_FALSE(orphan);
    CHECK(orphan.error().message.contains(QStringLiteral("there is no operation")));
    REQUIRE(tx->commit());
}
