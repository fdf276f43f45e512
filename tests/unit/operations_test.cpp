// The rules of an operation's life: the status workflow, what approval and closing require, and
// duplicating an operation as the template of the next one.

#include "catchqt.h"
#include "querysample.h"
#include "testsupport.h"

#include "domain/checklist.h"
#include "domain/operations.h"
#include "domain/protocols.h"
#include "domain/tick.h"

#include <QSqlQuery>

using namespace tandem;
using namespace tandem::test;

namespace {

const QString kOp = QStringLiteral("operation");

QString status(Store& s, const QUuid& op)
{
    Result<Row> row = s.get(kOp, op);
    REQUIRE(row);
    return row->text(QStringLiteral("status"));
}

// An operation with everything approval asks for.
struct Ready {
    QUuid lead;
    QUuid ngo;
    QUuid op;
    QUuid target;
    QUuid victimServices;
};

Ready readyOperation(Store& s)
{
    Ready r;
    r.lead = add(s, "agency", {{QStringLiteral("name"), QStringLiteral("Eastfold Police")}, {QStringLiteral("kind"), QStringLiteral("police")}});
    r.ngo = add(s, "agency", {{QStringLiteral("name"), QStringLiteral("Harbourside Advocacy")},
                              {QStringLiteral("kind"), QStringLiteral("ngo_victim_services")}});
    r.op = add(s, "operation", {{QStringLiteral("code_name"), QStringLiteral("Operation Lantern")},
                                {QStringLiteral("lead_agency"), r.lead},
                                {QStringLiteral("starts_at"), QStringLiteral("2026-06-02T04:00:00Z")},
                                {QStringLiteral("risk_level"), QStringLiteral("high")}});
    r.target = add(s, "target", {{QStringLiteral("operation"), r.op}, {QStringLiteral("label"), QStringLiteral("Target A")},
                                 {QStringLiteral("address"), QStringLiteral("12 Mill Lane, Wrenmouth")}});
    r.victimServices = add(s, "assignment", {{QStringLiteral("operation"), r.op}, {QStringLiteral("agency"), r.ngo},
                                             {QStringLiteral("role"), QStringLiteral("victim_services")}});
    return r;
}

} // namespace

TEST_CASE("the workflow goes one step at a time, back for more planning, or to cancelled")
{
    using namespace operations;
    CHECK(statuses() == QStringList{QStringLiteral("draft"), QStringLiteral("planned"), QStringLiteral("approved"),
                                    QStringLiteral("briefed"), QStringLiteral("in_progress"), QStringLiteral("completed"),
                                    QStringLiteral("closed"), QStringLiteral("cancelled")});
    CHECK(allowedMoves(QStringLiteral("draft")) == QStringList{QStringLiteral("planned"), QStringLiteral("cancelled")});
    CHECK(allowedMoves(QStringLiteral("planned"))
          == QStringList{QStringLiteral("approved"), QStringLiteral("draft"), QStringLiteral("cancelled")});
    CHECK(allowedMoves(QStringLiteral("approved"))
          == QStringList{QStringLiteral("briefed"), QStringLiteral("planned"), QStringLiteral("cancelled")});
    CHECK(allowedMoves(QStringLiteral("in_progress")) == QStringList{QStringLiteral("completed"), QStringLiteral("cancelled")});
    CHECK(allowedMoves(QStringLiteral("completed"))
          == QStringList{QStringLiteral("closed"), QStringLiteral("in_progress"), QStringLiteral("cancelled")});
    CHECK(allowedMoves(QStringLiteral("closed")) == QStringList{QStringLiteral("completed")});
    CHECK(allowedMoves(QStringLiteral("cancelled")) == QStringList{QStringLiteral("draft")});
    CHECK(allowedMoves(QStringLiteral("nonsense")).isEmpty());
    CHECK(nextStatus(QStringLiteral("briefed")) == QStringLiteral("in_progress"));
    CHECK(nextStatus(QStringLiteral("closed")).isEmpty());
    CHECK(nextStatus(QStringLiteral("cancelled")).isEmpty());
}

TEST_CASE("a skipped step is refused and names the moves that are possible")
{
    TempStore t;
    const QUuid op = add(*t, "operation", {{QStringLiteral("code_name"), QStringLiteral("Operation Kite")}});
    Result<QStringList> problems = operations::moveProblems(*t, op, QStringLiteral("approved"));
    REQUIRE(problems);
    REQUIRE(problems->size() == 1);
    CHECK(problems->first() == QStringLiteral("An operation in “Draft” can move to “Planned”, “Cancelled”, not to “Approved”."));
    Result<void> moved = operations::moveTo(*t, op, QStringLiteral("approved"));
    REQUIRE_FALSE(moved);
    CHECK(status(*t, op) == QStringLiteral("draft"));
    CHECK_FALSE(operations::moveProblems(*t, op, QStringLiteral("finished")));
}

TEST_CASE("approval says exactly what is missing, and passes once it is all there")
{
    TempStore t;
    const QUuid op = add(*t, "operation", {{QStringLiteral("code_name"), QStringLiteral("Operation Kite")},
                                           {QStringLiteral("status"), QStringLiteral("planned")}});
    Result<QStringList> problems = operations::moveProblems(*t, op, QStringLiteral("approved"));
    REQUIRE(problems);
    CHECK(*problems == QStringList{QStringLiteral("No lead agency is chosen."), QStringLiteral("The start time is not set."),
                                   QStringLiteral("The risk level is not assessed."), QStringLiteral("There is no target."),
                                   QStringLiteral("No agency is assigned to victim services.")});
    Result<void> refused = operations::moveTo(*t, op, QStringLiteral("approved"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("No agency is assigned to victim services.")));
    CHECK(status(*t, op) == QStringLiteral("planned"));

    Ready r = readyOperation(*t);
    REQUIRE(t->update(kOp, r.op, {{QStringLiteral("status"), QStringLiteral("planned")}}));
    CHECK(operations::moveProblems(*t, r.op, QStringLiteral("approved"))->isEmpty());

    // Each requirement on its own.
    SECTION("a victim-services assignment whose agency was deleted does not count")
    {
        REQUIRE(t->remove(QStringLiteral("agency"), r.ngo));
        CHECK(*operations::moveProblems(*t, r.op, QStringLiteral("approved"))
              == QStringList{QStringLiteral("No agency is assigned to victim services.")});
    }
    SECTION("another role is not victim services")
    {
        REQUIRE(t->update(QStringLiteral("assignment"), r.victimServices, {{QStringLiteral("role"), QStringLiteral("medical")}}));
        CHECK(*operations::moveProblems(*t, r.op, QStringLiteral("approved"))
              == QStringList{QStringLiteral("No agency is assigned to victim services.")});
    }
    SECTION("a deleted target does not count")
    {
        REQUIRE(t->remove(QStringLiteral("target"), r.target));
        CHECK(*operations::moveProblems(*t, r.op, QStringLiteral("approved")) == QStringList{QStringLiteral("There is no target.")});
    }
    SECTION("the start time and the risk level")
    {
        REQUIRE(t->update(kOp, r.op, {{QStringLiteral("starts_at"), QVariant()}, {QStringLiteral("risk_level"), QVariant()}}));
        CHECK(*operations::moveProblems(*t, r.op, QStringLiteral("approved"))
              == QStringList{QStringLiteral("The start time is not set."), QStringLiteral("The risk level is not assessed.")});
    }
    SECTION("moving on")
    {
        REQUIRE(operations::moveTo(*t, r.op, QStringLiteral("approved")));
        CHECK(status(*t, r.op) == QStringLiteral("approved"));
        REQUIRE(operations::moveTo(*t, r.op, QStringLiteral("briefed")));
        // Briefed and in progress still need what approval needed (and a changed plan, approving
        // again: plangate_test.cpp).
        REQUIRE(t->update(kOp, r.op, {{QStringLiteral("risk_level"), QVariant()}}));
        CHECK(*operations::moveProblems(*t, r.op, QStringLiteral("in_progress"))
              == QStringList{QStringLiteral("The plan changed after it was approved (1 change); approve it again."),
                             QStringLiteral("The risk level is not assessed.")});
        // Going back for more planning needs nothing.
        CHECK(operations::moveProblems(*t, r.op, QStringLiteral("planned"))->isEmpty());
        CHECK(operations::moveProblems(*t, r.op, QStringLiteral("cancelled"))->isEmpty());
    }
}

TEST_CASE("closing waits for every mandatory step of the survivors and names each one")
{
    TempStore t;
    REQUIRE(installDefaultProtocols(*t));
    Ready r = readyOperation(*t);
    REQUIRE(t->update(kOp, r.op, {{QStringLiteral("status"), QStringLiteral("completed")}}));
    const QUuid survivor = add(*t, "survivor", {{QStringLiteral("code"), QStringLiteral("V-2026-0042")},
                                                {QStringLiteral("operation"), r.op},
                                                {QStringLiteral("recovered_at"), QStringLiteral("2026-06-02T05:10:00Z")}});
    Result<std::vector<ChecklistEntry>> items = createChecklist(*t, survivor);
    REQUIRE(items);
    Result<std::vector<OpenMandatoryStep>> open = openMandatorySteps(*t, r.op);
    REQUIRE(open);
    REQUIRE(!open->empty());

    Result<QStringList> problems = operations::moveProblems(*t, r.op, QStringLiteral("closed"));
    REQUIRE(problems);
    const QString first = QStringLiteral("Survivor V-2026-0042: the mandatory step “%1” is still open.").arg(open->front().stepTitle);
    CHECK(problems->first() == first);
    CHECK(problems->size() == std::min<int>(int(open->size()), 10) + (open->size() > 10 ? 1 : 0));
    Result<QStringList> short_ = operations::closingProblems(*t, r.op, 1);
    REQUIRE(short_);
    if (open->size() > 1) {
        CHECK(short_->size() == 2);
        CHECK(short_->last().contains(QString::number(open->size() - 1)));
    }
    Result<void> refused = operations::moveTo(*t, r.op, QStringLiteral("closed"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("V-2026-0042")));
    CHECK(status(*t, r.op) == QStringLiteral("completed"));

    // Done, not applicable and declined all count as settled.
    const QStringList states{QStringLiteral("done"), QStringLiteral("not_applicable"), QStringLiteral("declined")};
    int i = 0;
    for (const OpenMandatoryStep& step : *open) {
        TickOptions tick;
        tick.state = states[i++ % 3];
        if (tickStateNeedsReason(tick.state))
            tick.reason = QStringLiteral("agreed with the survivor");
        tick.at = QDateTime::fromString(QStringLiteral("2026-06-02T08:00:00Z"), Qt::ISODate);
        tick.by = QStringLiteral("Case worker");
        REQUIRE(tandem::tick(*t, step.item, tick));
    }
    CHECK(operations::moveProblems(*t, r.op, QStringLiteral("closed"))->isEmpty());
    REQUIRE(operations::moveTo(*t, r.op, QStringLiteral("closed")));
    CHECK(status(*t, r.op) == QStringLiteral("closed"));
}

TEST_CASE("a duplicate is a draft with the plan, targets, assignments and timeline moved in time")
{
    TempStore t;
    Ready r = readyOperation(*t);
    REQUIRE(t->update(kOp, r.op, {{QStringLiteral("status"), QStringLiteral("approved")},
                                  {QStringLiteral("approved_by"), QStringLiteral("DCI Aldous")},
                                  {QStringLiteral("legal_authority"), QStringLiteral("Warrant EF-2026-118")},
                                  {QStringLiteral("objectives"), QStringLiteral("Search two premises.")},
                                  {QStringLiteral("ends_at"), QStringLiteral("2026-06-02T10:00:00Z")},
                                  {QStringLiteral("expected_languages"), QStringList{QStringLiteral("Romanian")}}}));
    REQUIRE(t->update(QStringLiteral("assignment"), r.victimServices, {{QStringLiteral("acknowledged"), true},
                                                                       {QStringLiteral("reporting_at"), QStringLiteral("2026-06-02T03:00:00Z")}}));
    const QUuid gone = add(*t, "agency", {{QStringLiteral("name"), QStringLiteral("Old Unit")}, {QStringLiteral("kind"), QStringLiteral("police")}});
    add(*t, "assignment", {{QStringLiteral("operation"), r.op}, {QStringLiteral("agency"), gone}, {QStringLiteral("role"), QStringLiteral("entry")}});
    REQUIRE(t->remove(QStringLiteral("agency"), gone));
    add(*t, "task", {{QStringLiteral("operation"), r.op}, {QStringLiteral("phase"), QStringLiteral("briefing")},
                     {QStringLiteral("title"), QStringLiteral("Brief the teams")}, {QStringLiteral("owner_agency"), r.lead},
                     {QStringLiteral("due_at"), QStringLiteral("2026-06-01T18:00:00Z")},
                     {QStringLiteral("done_at"), QStringLiteral("2026-06-01T18:30:00Z")}});
    add(*t, "note", {{QStringLiteral("operation"), r.op}, {QStringLiteral("at"), QStringLiteral("2026-06-02T04:05:00Z")},
                     {QStringLiteral("text"), QStringLiteral("Teams in position")}});
    add(*t, "survivor", {{QStringLiteral("code"), QStringLiteral("V-2026-0001")}, {QStringLiteral("operation"), r.op}});

    operations::DuplicateOptions options;
    options.startsAt = QDateTime::fromString(QStringLiteral("2026-06-09T04:00:00Z"), Qt::ISODate);
    Result<QUuid> copy = operations::duplicate(*t, r.op, options);
    REQUIRE(copy);
    Result<Row> c = t->get(kOp, *copy);
    REQUIRE(c);
    CHECK(c->text(QStringLiteral("code_name")) == QStringLiteral("Operation Lantern (copy)"));
    CHECK(c->text(QStringLiteral("status")) == QStringLiteral("draft"));
    CHECK(c->isNull(QStringLiteral("approved_by")));
    CHECK(c->isNull(QStringLiteral("legal_authority")));
    CHECK(c->text(QStringLiteral("objectives")) == QStringLiteral("Search two premises."));
    CHECK(c->text(QStringLiteral("risk_level")) == QStringLiteral("high"));
    CHECK(c->value(QStringLiteral("lead_agency")).toUuid() == r.lead);
    CHECK(c->value(QStringLiteral("expected_languages")).toStringList() == QStringList{QStringLiteral("Romanian")});
    CHECK(c->value(QStringLiteral("starts_at")).toDateTime() == options.startsAt);
    CHECK(c->value(QStringLiteral("ends_at")).toDateTime() == QDateTime::fromString(QStringLiteral("2026-06-09T10:00:00Z"), Qt::ISODate));

    const QVariantList of{copy->toRfc4122()};
    Result<std::vector<Row>> targets = t->select(QStringLiteral("target"), QStringLiteral("operation = ?"), of);
    REQUIRE(targets);
    REQUIRE(targets->size() == 1);
    CHECK(targets->front().text(QStringLiteral("address")) == QStringLiteral("12 Mill Lane, Wrenmouth"));
    Result<std::vector<Row>> assignments = t->select(QStringLiteral("assignment"), QStringLiteral("operation = ?"), of);
    REQUIRE(assignments);
    REQUIRE(assignments->size() == 1); // not the one of the deleted agency
    CHECK(assignments->front().value(QStringLiteral("acknowledged")).toBool() == false);
    CHECK(assignments->front().value(QStringLiteral("reporting_at")).toDateTime()
          == QDateTime::fromString(QStringLiteral("2026-06-09T03:00:00Z"), Qt::ISODate));
    Result<std::vector<Row>> tasks = t->select(QStringLiteral("task"), QStringLiteral("operation = ?"), of);
    REQUIRE(tasks);
    REQUIRE(tasks->size() == 1);
    CHECK(tasks->front().value(QStringLiteral("due_at")).toDateTime()
          == QDateTime::fromString(QStringLiteral("2026-06-08T18:00:00Z"), Qt::ISODate));
    CHECK(tasks->front().isNull(QStringLiteral("done_at")));
    for (const char* never : {"note", "survivor"}) {
        Result<std::vector<Row>> rows = t->select(QString::fromLatin1(never), QStringLiteral("operation = ?"), of);
        REQUIRE(rows);
        CHECK(rows->empty());
    }

    // The copy is a template: approving it needs nothing more than the original did.
    REQUIRE(t->update(kOp, *copy, {{QStringLiteral("status"), QStringLiteral("planned")}}));
    CHECK(operations::moveProblems(*t, *copy, QStringLiteral("approved"))->isEmpty());
}

TEST_CASE("a failed duplicate leaves nothing behind")
{
    TempStore t;
    Ready r = readyOperation(*t);
    int writes = 0;
    Result<Transaction> tx = t->begin();
    REQUIRE(tx);
    Result<QUuid> copy = operations::duplicate(*t, r.op, {}, [&](const QString& entity, const QVariantMap& values) -> Result<QUuid> {
        if (++writes == 3)
            return makeError(QStringLiteral("disk full"));
        return t->insert(entity, values);
    });
    REQUIRE_FALSE(copy);
    CHECK(copy.error().message == QStringLiteral("disk full"));
    tx->rollback();
    Result<QSqlQuery> n = t->exec(QStringLiteral("SELECT count(*) FROM operation"));
    REQUIRE(n);
    REQUIRE(n->next());
    CHECK(n->value(0).toInt() == 1);

    // A deleted operation is not copied.
    REQUIRE(t->remove(kOp, r.op));
    CHECK_FALSE(operations::duplicate(*t, r.op, {}));
}

TEST_CASE("the next start is a whole number of weeks later and in the future")
{
    const QDateTime original = QDateTime::fromString(QStringLiteral("2026-03-03T04:30:00Z"), Qt::ISODate);
    const QDateTime now = QDateTime::fromString(QStringLiteral("2026-05-20T12:00:00Z"), Qt::ISODate);
    const QDateTime next = operations::nextStartLike(original, now);
    CHECK(next > now);
    CHECK(now.secsTo(next) <= 7 * 24 * 3600);
    CHECK(original.daysTo(next) % 7 == 0);
    CHECK(next.time() == original.time());
    // A start still ahead: the following week.
    CHECK(operations::nextStartLike(now.addDays(2), now) == now.addDays(9));
    CHECK_FALSE(operations::nextStartLike(QDateTime(), now).isValid());
}
