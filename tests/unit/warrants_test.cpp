// Warrants (issue 21): a target that needs a warrant is covered by one valid on the operation's
// start before the operation is approved or started; the warrant's own rules; Today's lapses.

#include "catchqt.h"
#include "querysample.h"
#include "testsupport.h"

#include "domain/operations.h"
#include "domain/warrants.h"
#include "store/value.h"

using namespace tandem;
using namespace tandem::test;

namespace {

const QString kOp = QStringLiteral("operation");

struct Plan {
    QUuid op;
    QUuid yard;  // needs a warrant
    QUuid house; // needs a warrant
    QUuid lot;   // does not
};

// A planned operation starting 2027-01-10 06:00 UTC with everything approval asks for, and three
// targets, two of which need a warrant.
Plan plan(Store& s)
{
    Plan p;
    const QUuid lead = add(s, "agency", {{QStringLiteral("name"), QStringLiteral("Eastfold Police")}, {QStringLiteral("kind"), QStringLiteral("police")}});
    const QUuid ngo = add(s, "agency", {{QStringLiteral("name"), QStringLiteral("Harbourside Advocacy")},
                                        {QStringLiteral("kind"), QStringLiteral("ngo_victim_services")}});
    p.op = add(s, "operation", {{QStringLiteral("code_name"), QStringLiteral("Operation Nightjar")},
                                {QStringLiteral("status"), QStringLiteral("planned")},
                                {QStringLiteral("lead_agency"), lead},
                                {QStringLiteral("starts_at"), QStringLiteral("2027-01-10T06:00:00Z")},
                                {QStringLiteral("risk_level"), QStringLiteral("high")}});
    add(s, "assignment", {{QStringLiteral("operation"), p.op}, {QStringLiteral("agency"), ngo},
                          {QStringLiteral("role"), QStringLiteral("victim_services")}});
    const auto target = [&](const char* label, bool needs) {
        return add(s, "target", {{QStringLiteral("operation"), p.op}, {QStringLiteral("label"), QString::fromUtf8(label)},
                                 {QStringLiteral("address"), QStringLiteral("12 Mill Lane, Wrenmouth")},
                                 {QStringLiteral("needs_warrant"), needs}});
    };
    p.yard = target("Rear yard", true);
    p.house = target("Main house", true);
    p.lot = target("Car park", false);
    return p;
}

QUuid warrant(Store& s, const Plan& p, const char* number, const char* issued, const char* expires, const QList<QUuid>& targets)
{
    QStringList ids;
    for (const QUuid& t : targets)
        ids << value::idText(t);
    return add(s, "warrant", {{QStringLiteral("operation"), p.op}, {QStringLiteral("number"), QString::fromLatin1(number)},
                              {QStringLiteral("court"), QStringLiteral("Wrenmouth District Court")},
                              {QStringLiteral("issued_at"), QString::fromLatin1(issued)},
                              {QStringLiteral("expires_at"), QString::fromLatin1(expires)},
                              {QStringLiteral("targets"), ids}});
}

QStringList approvalProblems(Store& s, const Plan& p)
{
    Result<QStringList> problems = operations::moveProblems(s, p.op, QStringLiteral("approved"));
    REQUIRE(problems);
    return *problems;
}

} // namespace

TEST_CASE("approval names each target that needs a warrant and what is wrong with its warrants")
{
    TempStore t;
    const Plan p = plan(*t);
    CHECK(approvalProblems(*t, p)
          == QStringList{QStringLiteral("Target “Main house” needs a warrant, and no warrant of the operation covers it."),
                         QStringLiteral("Target “Rear yard” needs a warrant, and no warrant of the operation covers it.")});
    Result<void> refused = operations::moveTo(*t, p.op, QStringLiteral("approved"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("Rear yard")));
    CHECK(t->get(kOp, p.op)->text(QStringLiteral("status")) == QStringLiteral("planned"));

    // One expired before the start, one issued after it: each named with its problem.
    warrant(*t, p, "2026/114", "2026-12-01T00:00:00Z", "2027-01-05T00:00:00Z", {p.yard});
    warrant(*t, p, "2027/3", "2027-01-12T00:00:00Z", "2027-02-12T00:00:00Z", {p.house});
    const QStringList problems = approvalProblems(*t, p);
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].startsWith(QStringLiteral("Target “Main house” needs a warrant valid when the operation starts: "
                                                "warrant 2027/3 is issued on ")));
    CHECK(problems[0].endsWith(QStringLiteral(", after the operation starts.")));
    CHECK(problems[1].startsWith(QStringLiteral("Target “Rear yard” needs a warrant valid when the operation starts: "
                                                "warrant 2026/114 expires on ")));

    // A valid warrant covering both clears them; the target that needs none never counted.
    const QUuid good = warrant(*t, p, "2026/120", "2027-01-02T00:00:00Z", "2027-01-31T00:00:00Z", {p.yard, p.house});
    CHECK(approvalProblems(*t, p).isEmpty());

    SECTION("valid on the day the operation starts, to the minute")
    {
        REQUIRE(t->update(QStringLiteral("warrant"), good, {{QStringLiteral("expires_at"), QStringLiteral("2027-01-10T06:00:00Z")}}));
        CHECK(approvalProblems(*t, p).isEmpty());
        REQUIRE(t->update(QStringLiteral("warrant"), good, {{QStringLiteral("expires_at"), QStringLiteral("2027-01-10T05:59:00Z")}}));
        CHECK(approvalProblems(*t, p).size() == 2);
    }
    SECTION("a deleted warrant covers nothing")
    {
        REQUIRE(t->remove(QStringLiteral("warrant"), good));
        CHECK(approvalProblems(*t, p).size() == 2);
    }
    SECTION("moving the start out of the warrant's time makes it wrong again")
    {
        REQUIRE(t->update(kOp, p.op, {{QStringLiteral("starts_at"), QStringLiteral("2027-03-03T06:00:00Z")}}));
        CHECK(approvalProblems(*t, p).size() == 2);
    }
    SECTION("starting is checked too, after approval")
    {
        REQUIRE(operations::moveTo(*t, p.op, QStringLiteral("approved")));
        REQUIRE(operations::moveTo(*t, p.op, QStringLiteral("briefed")));
        // The warrant withdrawn after the briefing: the operation cannot start.
        REQUIRE(t->remove(QStringLiteral("warrant"), good));
        Result<QStringList> start = operations::moveProblems(*t, p.op, QStringLiteral("in_progress"));
        REQUIRE(start);
        CHECK(start->contains(QStringLiteral("Target “Rear yard” needs a warrant valid when the operation starts: "
                                             "warrant 2026/114 expires on ")
                                  + value::display(*Registry::instance().entity(QStringLiteral("warrant"))->field(QStringLiteral("expires_at")),
                                                   QDateTime(QDate(2027, 1, 5), QTime(0, 0), Qt::UTC))
                                  + QStringLiteral(", before the operation starts.")));
        REQUIRE_FALSE(operations::moveTo(*t, p.op, QStringLiteral("in_progress"), QStringLiteral("early start")));
    }
    SECTION("marking a target as needing one after approval is a change of the plan, and is checked")
    {
        REQUIRE(operations::moveTo(*t, p.op, QStringLiteral("approved")));
        REQUIRE(t->update(QStringLiteral("target"), p.lot, {{QStringLiteral("needs_warrant"), true}}));
        const QStringList again = approvalProblems(*t, p);
        CHECK(again.contains(QStringLiteral("Target “Car park” needs a warrant, and no warrant of the operation covers it.")));
    }
}

TEST_CASE("a warrant covers live targets of its own operation and expires after it is issued")
{
    TempStore t;
    const Plan p = plan(*t);
    const Plan other = plan(*t);
    QVariantMap values{{QStringLiteral("operation"), p.op},
                       {QStringLiteral("number"), QStringLiteral("2026/7")},
                       {QStringLiteral("court"), QStringLiteral("Wrenmouth District Court")},
                       {QStringLiteral("issued_at"), QStringLiteral("2027-01-02T00:00:00Z")},
                       {QStringLiteral("expires_at"), QStringLiteral("2027-01-01T00:00:00Z")}};
    Result<QUuid> backwards = t->insert(QStringLiteral("warrant"), values);
    REQUIRE_FALSE(backwards);
    CHECK(backwards.error().message.contains(QStringLiteral("a warrant expires after it is issued")));

    values.insert(QStringLiteral("expires_at"), QStringLiteral("2027-01-31T00:00:00Z"));
    values.insert(QStringLiteral("targets"), QStringList{value::idText(other.yard)});
    Result<QUuid> elsewhere = t->insert(QStringLiteral("warrant"), values);
    REQUIRE_FALSE(elsewhere);
    CHECK(elsewhere.error().message.contains(QStringLiteral("target “Rear yard” belongs to another operation")));

    values.insert(QStringLiteral("targets"), QStringList{QStringLiteral("not-an-id")});
    REQUIRE_FALSE(t->insert(QStringLiteral("warrant"), values));

    // Ids as any form of a UUID, each once: kept in canonical form.
    values.insert(QStringLiteral("targets"), QStringList{p.yard.toString().toUpper(), value::idText(p.yard)});
    const QUuid w = add(*t, "warrant", values);
    CHECK(t->get(QStringLiteral("warrant"), w)->value(QStringLiteral("targets")).toStringList() == QStringList{value::idText(p.yard)});
    // A target deleted since stays named and does not stop editing the warrant.
    REQUIRE(t->remove(QStringLiteral("target"), p.yard));
    REQUIRE(t->update(QStringLiteral("warrant"), w, {{QStringLiteral("judge"), QStringLiteral("Judge Amberley")}}));
    // Nor can a deleted target be added.
    Result<void> dead = t->update(QStringLiteral("warrant"), w,
                                  {{QStringLiteral("targets"), QStringList{value::idText(p.yard), value::idText(p.house), value::idText(other.lot)}}});
    REQUIRE_FALSE(dead);
}

TEST_CASE("Today's lapses: warrants of operations not started yet that are not valid on their start")
{
    TempStore t;
    const Plan p = plan(*t);
    warrant(*t, p, "2026/114", "2026-12-01T00:00:00Z", "2027-01-05T00:00:00Z", {p.yard});
    warrant(*t, p, "2026/120", "2027-01-02T00:00:00Z", "2027-01-31T00:00:00Z", {p.yard, p.house});
    Result<std::vector<warrants::Lapse>> lapses = warrants::lapsing(*t);
    REQUIRE(lapses);
    REQUIRE(lapses->size() == 1);
    CHECK(lapses->front().number == QStringLiteral("2026/114"));
    CHECK(lapses->front().operationName == QStringLiteral("Operation Nightjar"));
    CHECK(warrants::describe(lapses->front()).startsWith(QStringLiteral("Warrant 2026/114 expires on ")));
    // Once the operation is under way, it is no longer a warning for Today.
    REQUIRE(t->update(kOp, p.op, {{QStringLiteral("status"), QStringLiteral("cancelled")}}));
    CHECK(warrants::lapsing(*t)->empty());
}
