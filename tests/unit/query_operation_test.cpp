// One operation's reads for the window (core/query/operationdetail.h): the detail pane's head,
// targets and assignments, what deleting it takes along, and the operations and targets to
// choose. Deleted rows never come back; the order is the one the window shows.

#include "catchqt.h"
#include "querysample.h"

#include "query/operationdetail.h"

using namespace tandem;
using namespace tandem::test;

namespace {

QUuid operation(Store& s, const QString& name, const QVariantMap& more = {})
{
    QVariantMap values = more;
    values.insert(QStringLiteral("code_name"), name);
    return add(s, "operation", values);
}

QStringList names(const std::vector<query::ChoiceRow>& rows)
{
    QStringList out;
    for (const query::ChoiceRow& r : rows)
        out << r.name;
    return out;
}

} // namespace

TEST_CASE("the head of an operation: its fields as values, its live lead agency, nothing once deleted")
{
    TempStore t;
    const QUuid lead = addAgency(*t, QStringLiteral("Alder Police"));
    const QUuid op = operation(*t, QStringLiteral("Operation Lantern"),
                               {{QStringLiteral("lead_agency"), lead},
                                {QStringLiteral("status"), QStringLiteral("planned")},
                                {QStringLiteral("starts_at"), QStringLiteral("2026-06-02T04:00:00Z")},
                                {QStringLiteral("ends_at"), QStringLiteral("2026-06-02T12:00:00Z")},
                                {QStringLiteral("risk_level"), QStringLiteral("high")}});

    Result<std::optional<query::OperationHeader>> h = query::operationHeader(*t, op);
    REQUIRE(h);
    REQUIRE(h->has_value());
    CHECK((*h)->codeName == QStringLiteral("Operation Lantern"));
    CHECK((*h)->status.toString() == QStringLiteral("planned"));
    CHECK((*h)->riskLevel.toString() == QStringLiteral("high"));
    CHECK((*h)->traffickingType.toString().isEmpty());
    CHECK((*h)->leadAgency == QStringLiteral("Alder Police"));
    CHECK((*h)->starts == QDateTime(QDate(2026, 6, 2), QTime(4, 0), Qt::UTC));
    CHECK((*h)->ends == QDateTime(QDate(2026, 6, 2), QTime(12, 0), Qt::UTC));

    REQUIRE(t->remove(QStringLiteral("agency"), lead));
    CHECK(query::operationHeader(*t, op)->value().leadAgency.isEmpty());

    REQUIRE(t->remove(QStringLiteral("operation"), op));
    Result<std::optional<query::OperationHeader>> gone = query::operationHeader(*t, op);
    REQUIRE(gone);
    CHECK(!gone->has_value());
}

TEST_CASE("an operation's targets and assignments: live ones, in the pane's order")
{
    TempStore t;
    const QUuid op = operation(*t, QStringLiteral("Operation Lantern"));
    const QUuid other = operation(*t, QStringLiteral("Operation Kestrel"));
    const auto target = [&](const QUuid& o, const char* label) {
        return add(*t, "target", {{QStringLiteral("operation"), o}, {QStringLiteral("label"), QString::fromLatin1(label)},
                                  {QStringLiteral("address"), QStringLiteral("%1 Mill Lane").arg(QString::fromLatin1(label))}});
    };
    target(op, "garage");
    target(op, "Bakery");
    REQUIRE(t->remove(QStringLiteral("target"), target(op, "Annex")));
    target(other, "Depot");

    Result<std::vector<query::TargetLine>> targets = query::operationTargets(*t, op);
    REQUIRE(targets);
    REQUIRE(targets->size() == 2);
    CHECK((*targets)[0].label == QStringLiteral("Bakery"));
    CHECK((*targets)[0].address == QStringLiteral("Bakery Mill Lane"));
    CHECK((*targets)[1].label == QStringLiteral("garage"));

    // Targets to choose: by label as stored.
    Result<std::vector<query::ChoiceRow>> choices = query::targetChoices(*t, op);
    REQUIRE(choices);
    CHECK(names(*choices) == QStringList{QStringLiteral("Bakery"), QStringLiteral("garage")});

    const QUuid zed = addAgency(*t, QStringLiteral("Zed Police"));
    const QUuid birch = addAgency(*t, QStringLiteral("birch Outreach"));
    const QUuid cedar = addAgency(*t, QStringLiteral("Cedar Inspectorate"));
    const QUuid gone = addAgency(*t, QStringLiteral("Gone Agency"));
    const QUuid unassigned = addAgency(*t, QStringLiteral("Aspen Unassigned"));
    const auto assign = [&](const QUuid& a, const char* role, const QVariantMap& more = {}) {
        QVariantMap values = more;
        values.insert(QStringLiteral("operation"), op);
        values.insert(QStringLiteral("agency"), a);
        values.insert(QStringLiteral("role"), QString::fromLatin1(role));
        return add(*t, "assignment", values);
    };
    assign(cedar, "perimeter");
    assign(zed, "lead", {{QStringLiteral("team_lead"), QStringLiteral("Insp. Rowan Vale")}, {QStringLiteral("headcount"), 12}});
    assign(birch, "victim_services");
    assign(gone, "perimeter");
    REQUIRE(t->remove(QStringLiteral("assignment"), assign(unassigned, "perimeter")));
    REQUIRE(t->remove(QStringLiteral("agency"), gone));

    Result<std::vector<query::AssignmentLine>> lines = query::operationAssignments(*t, op);
    REQUIRE(lines);
    REQUIRE(lines->size() == 4);
    // The lead first; then by name ignoring case, a deleted agency (no name) before the others.
    CHECK((*lines)[0].agency == QStringLiteral("Zed Police"));
    CHECK((*lines)[0].role.toString() == QStringLiteral("lead"));
    CHECK((*lines)[0].teamLead == QStringLiteral("Insp. Rowan Vale"));
    CHECK((*lines)[0].headcount.toInt() == 12);
    CHECK((*lines)[1].agencyDeleted);
    CHECK((*lines)[2].agency == QStringLiteral("birch Outreach"));
    CHECK(!(*lines)[2].agencyDeleted);
    CHECK((*lines)[3].agency == QStringLiteral("Cedar Inspectorate"));
}

TEST_CASE("what deleting an operation takes along: live rows of each kind, counted")
{
    TempStore t;
    const QUuid police = addAgency(*t, QStringLiteral("Alder Police"));
    const QUuid op = operation(*t, QStringLiteral("Operation Lantern"), {{QStringLiteral("status"), QStringLiteral("planned")}});
    add(*t, "target", {{QStringLiteral("operation"), op}, {QStringLiteral("label"), QStringLiteral("A")},
                       {QStringLiteral("address"), QStringLiteral("1 Mill Lane")}});
    add(*t, "target", {{QStringLiteral("operation"), op}, {QStringLiteral("label"), QStringLiteral("B")},
                       {QStringLiteral("address"), QStringLiteral("2 Mill Lane")}});
    REQUIRE(t->remove(QStringLiteral("target"),
                      add(*t, "target", {{QStringLiteral("operation"), op}, {QStringLiteral("label"), QStringLiteral("C")},
                                         {QStringLiteral("address"), QStringLiteral("3 Mill Lane")}})));
    add(*t, "assignment", {{QStringLiteral("operation"), op}, {QStringLiteral("agency"), police}, {QStringLiteral("role"), QStringLiteral("lead")}});
    add(*t, "survivor", {{QStringLiteral("code"), QStringLiteral("V-2026-0001")}, {QStringLiteral("operation"), op}});
    add(*t, "action_item", {{QStringLiteral("title"), QStringLiteral("Debrief")}, {QStringLiteral("operation"), op}});

    Result<std::optional<query::OperationContents>> c = query::operationContents(*t, op);
    REQUIRE(c);
    REQUIRE(c->has_value());
    CHECK((*c)->codeName == QStringLiteral("Operation Lantern"));
    CHECK((*c)->status == QStringLiteral("planned"));
    CHECK((*c)->targets == 2);
    CHECK((*c)->assignments == 1);
    CHECK((*c)->survivors == 1);
    CHECK((*c)->actionItems == 1);
    CHECK((*c)->tasks == 0);
    CHECK((*c)->notes == 0);
    CHECK((*c)->feedback == 0);
    CHECK((*c)->tips == 0);

    Result<std::optional<query::OperationContents>> none = query::operationContents(*t, QUuid::createUuid());
    REQUIRE(none);
    CHECK(!none->has_value());
}

TEST_CASE("operations to choose: newest start first and unscheduled last, or only those with survivors")
{
    TempStore t;
    operation(*t, QStringLiteral("Unscheduled"));
    const QUuid older = operation(*t, QStringLiteral("Older"), {{QStringLiteral("starts_at"), QStringLiteral("2026-03-01T08:00:00Z")}});
    const QUuid newer = operation(*t, QStringLiteral("Newer"), {{QStringLiteral("starts_at"), QStringLiteral("2026-05-01T08:00:00Z")}});
    REQUIRE(t->remove(QStringLiteral("operation"),
                      operation(*t, QStringLiteral("Deleted"), {{QStringLiteral("starts_at"), QStringLiteral("2026-04-01T08:00:00Z")}})));

    Result<std::vector<query::ChoiceRow>> all = query::operationChoices(*t);
    REQUIRE(all);
    CHECK(names(*all) == QStringList{QStringLiteral("Newer"), QStringLiteral("Older"), QStringLiteral("Unscheduled")});

    Result<std::vector<query::ChoiceRow>> none = query::operationChoices(*t, true);
    REQUIRE(none);
    CHECK(none->empty());

    add(*t, "survivor", {{QStringLiteral("code"), QStringLiteral("V-2026-0001")}, {QStringLiteral("operation"), older}});
    REQUIRE(t->remove(QStringLiteral("survivor"),
                      add(*t, "survivor", {{QStringLiteral("code"), QStringLiteral("V-2026-0002")}, {QStringLiteral("operation"), newer}})));
    Result<std::vector<query::ChoiceRow>> withSurvivors = query::operationChoices(*t, true);
    REQUIRE(withSurvivors);
    CHECK(names(*withSurvivors) == QStringList{QStringLiteral("Older")});
    CHECK(withSurvivors->front().id == older);
}
