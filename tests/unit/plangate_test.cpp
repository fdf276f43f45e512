// Plans that hold (issue 17): approval records who and when, every move is logged and audited by
// the core, a closed operation is read only until it is reopened with a reason, changes to an
// approved plan are recorded and need approving again, moves far from the plan need a reason.

#include "catchqt.h"
#include "querysample.h"
#include "testsupport.h"

#include "domain/invariants.h"
#include "domain/operations.h"
#include "domain/people.h"
#include "domain/plangate.h"
#include "domain/records.h"
#include "store/audit.h"
#include "store/check.h"
#include "store/schema.h"
#include "store/value.h"

#include <QSqlQuery>

using namespace tandem;
using namespace tandem::test;

namespace {

const QString kOp = QStringLiteral("operation");

QVariant stored(Store& s, const QString& entity, const QUuid& id, const char* field)
{
    Result<Row> row = s.get(entity, id);
    REQUIRE(row);
    return row->value(QString::fromLatin1(field));
}

struct Plan {
    QUuid op;
    QUuid target;
    QUuid victimServices;
};

// A planned operation with everything approval asks for, starting in `startsIn` seconds.
Plan plannedOperation(Store& s, qint64 startsIn = 3 * 86400)
{
    Plan p;
    const QUuid lead = add(s, "agency", {{QStringLiteral("name"), QStringLiteral("Eastfold Police")}, {QStringLiteral("kind"), QStringLiteral("police")}});
    const QUuid ngo = add(s, "agency", {{QStringLiteral("name"), QStringLiteral("Harbourside Advocacy")},
                                        {QStringLiteral("kind"), QStringLiteral("ngo_victim_services")}});
    p.op = add(s, "operation", {{QStringLiteral("code_name"), QStringLiteral("Operation Lantern")},
                                {QStringLiteral("status"), QStringLiteral("planned")},
                                {QStringLiteral("lead_agency"), lead},
                                {QStringLiteral("starts_at"), QDateTime::fromMSecsSinceEpoch(s.wallClock(), Qt::UTC).addSecs(startsIn)},
                                {QStringLiteral("risk_level"), QStringLiteral("high")}});
    p.target = add(s, "target", {{QStringLiteral("operation"), p.op}, {QStringLiteral("label"), QStringLiteral("Target A")},
                                 {QStringLiteral("address"), QStringLiteral("12 Mill Lane, Wrenmouth")}});
    p.victimServices = add(s, "assignment", {{QStringLiteral("operation"), p.op}, {QStringLiteral("agency"), ngo},
                                             {QStringLiteral("role"), QStringLiteral("victim_services")}});
    return p;
}

qint64 count(Store& s, const QString& sql, const QUuid& id)
{
    Result<QSqlQuery> q = s.exec(sql, {id.toRfc4122()});
    REQUIRE(q);
    REQUIRE(q->next());
    return q->value(0).toLongLong();
}

} // namespace

TEST_CASE("approving records who approved and when, and going back to planning withdraws the approval")
{
    TempStore t;
    ManualClock clock;
    t->setWallClock(clock.fn());
    t->setActor({{}, QStringLiteral("Supt. Ashdown")});
    const Plan p = plannedOperation(*t);
    REQUIRE(operations::moveTo(*t, p.op, QStringLiteral("approved")));
    CHECK(stored(*t, kOp, p.op, "approved_by").toString() == QStringLiteral("Supt. Ashdown"));
    CHECK(stored(*t, kOp, p.op, "approved_at").toDateTime().toSecsSinceEpoch() == clock.now / 1000);
    // Nobody writes an approval by hand.
    Result<void> byHand = records::set(*t, kOp, p.op, {{QStringLiteral("approved_by"), QStringLiteral("Someone Else")}});
    REQUIRE_FALSE(byHand);
    CHECK(byHand.error().message.contains(QStringLiteral("tandem-cli move")));
    REQUIRE(operations::moveTo(*t, p.op, QStringLiteral("planned")));
    CHECK(stored(*t, kOp, p.op, "approved_by").isNull());
    CHECK(stored(*t, kOp, p.op, "approved_at").isNull());
}

TEST_CASE("every status move goes once into the operation's log and once into the audit log")
{
    TempStore t;
    t->setActor({{}, QStringLiteral("DI Fenwick")});
    const Plan p = plannedOperation(*t);
    REQUIRE(operations::moveTo(*t, p.op, QStringLiteral("approved")));
    REQUIRE(operations::moveTo(*t, p.op, QStringLiteral("briefed"), QStringLiteral("teams briefed at 05:00")));
    // Through records::set (tandem-cli set) too.
    REQUIRE(records::set(*t, kOp, p.op, {{QStringLiteral("status"), QStringLiteral("planned")}}));
    Result<std::vector<AuditEntry>> audit = readAudit(*t, QStringLiteral("status"));
    REQUIRE(audit);
    REQUIRE(audit->size() == 3);
    CHECK(audit->at(2).details == QStringLiteral("planned → approved"));
    CHECK(audit->at(1).details == QStringLiteral("approved → briefed: teams briefed at 05:00"));
    CHECK(audit->at(0).details == QStringLiteral("briefed → planned"));
    CHECK(audit->at(0).subject == QStringLiteral("Operation Lantern"));
    CHECK(audit->at(0).actor == QStringLiteral("DI Fenwick"));
    Result<std::vector<Row>> notes = t->select(QStringLiteral("note"), QStringLiteral("operation = ?"), {p.op.toRfc4122()}, QStringLiteral("rowid"));
    REQUIRE(notes);
    REQUIRE(notes->size() == 3);
    CHECK(notes->at(1).text(QStringLiteral("text")) == QStringLiteral("Status moved from Approved to Briefed: teams briefed at 05:00"));
    CHECK(notes->at(1).text(QStringLiteral("author")) == QStringLiteral("DI Fenwick"));
    // A refused move writes neither.
    REQUIRE_FALSE(operations::moveTo(*t, p.op, QStringLiteral("closed")));
    CHECK(readAudit(*t, QStringLiteral("status"))->size() == 3);
}

TEST_CASE("a closed operation and what it owns are read only until it is reopened with a reason")
{
    TempStore t;
    const Plan p = plannedOperation(*t);
    const QUuid task = add(*t, "task", {{kOp, p.op}, {QStringLiteral("phase"), QStringLiteral("debrief")},
                                        {QStringLiteral("title"), QStringLiteral("Debrief the teams")}});
    REQUIRE(t->update(kOp, p.op, {{QStringLiteral("status"), QStringLiteral("completed")},
                                  {QStringLiteral("approved_by"), QStringLiteral("Supt. Ashdown")}}));
    REQUIRE(operations::moveTo(*t, p.op, QStringLiteral("closed")));
    const QString before = dumpText(*t, true);
    const QString wayOut = QStringLiteral("operation Operation Lantern is closed; a lead reopens it (tandem-cli move DB %1 completed --reason T)")
                               .arg(value::idText(p.op));

    const auto refused = [&](const Result<void>& r) {
        REQUIRE_FALSE(r);
        CHECK(r.error().message == wayOut);
    };
    refused(t->update(kOp, p.op, {{QStringLiteral("objectives"), QStringLiteral("More")}}));
    refused(records::set(*t, kOp, p.op, {{QStringLiteral("risk_level"), QStringLiteral("low")}}));
    refused(t->update(QStringLiteral("target"), p.target, {{QStringLiteral("hazards"), QStringLiteral("Dog")}}));
    refused(t->update(QStringLiteral("task"), task, {{QStringLiteral("done_at"), QDateTime::currentDateTimeUtc()}}));
    refused(t->remove(QStringLiteral("assignment"), p.victimServices));
    refused(t->remove(kOp, p.op));
    Result<QUuid> target = records::add(*t, QStringLiteral("target"), {{kOp, p.op}, {QStringLiteral("label"), QStringLiteral("Target B")},
                                                                       {QStringLiteral("address"), QStringLiteral("1 Quay")}});
    REQUIRE_FALSE(target);
    CHECK(target.error().message == wayOut);
    Result<QUuid> note = t->insert(QStringLiteral("note"), {{kOp, p.op}, {QStringLiteral("at"), QDateTime::currentDateTimeUtc()},
                                                            {QStringLiteral("text"), QStringLiteral("late entry")}});
    REQUIRE_FALSE(note);
    // Reopening needs a reason, also through set.
    Result<void> noReason = records::set(*t, kOp, p.op, {{QStringLiteral("status"), QStringLiteral("completed")}});
    REQUIRE_FALSE(noReason);
    CHECK(noReason.error().message.contains(QStringLiteral("needs a reason")));
    CHECK(dumpText(*t, true) == before);

    REQUIRE(operations::moveTo(*t, p.op, QStringLiteral("completed"), QStringLiteral("the warrant return was missing")));
    CHECK(readAudit(*t, QStringLiteral("status"))->front().details
          == QStringLiteral("closed → completed: the warrant return was missing"));
    REQUIRE(t->update(QStringLiteral("target"), p.target, {{QStringLiteral("hazards"), QStringLiteral("Dog")}}));
}

TEST_CASE("a change to an approved or briefed plan is recorded and the plan is approved again before it goes on")
{
    TempStore t;
    ManualClock clock;
    t->setWallClock(clock.fn());
    t->setActor({{}, QStringLiteral("Supt. Ashdown")});
    const Plan p = plannedOperation(*t);
    REQUIRE(operations::moveTo(*t, p.op, QStringLiteral("approved")));
    CHECK_FALSE(*plangate::changedSinceApproval(*t, p.op));
    // Not changes of the plan: a partner acknowledging its part, the log.
    REQUIRE(t->update(QStringLiteral("assignment"), p.victimServices, {{QStringLiteral("acknowledged"), true}}));
    CHECK_FALSE(*plangate::changedSinceApproval(*t, p.op));

    clock.now += 60'000;
    t->setActor({{}, QStringLiteral("DS Nettlemere")});
    REQUIRE(records::set(*t, kOp, p.op, {{QStringLiteral("risk_level"), QStringLiteral("medium")}}));
    REQUIRE(records::add(*t, QStringLiteral("target"), {{kOp, p.op}, {QStringLiteral("label"), QStringLiteral("Rear yard")},
                                                       {QStringLiteral("address"), QStringLiteral("12 Mill Lane")}}));
    Result<std::vector<plangate::PlanChange>> changes = plangate::changesSinceApproval(*t, p.op);
    REQUIRE(changes);
    REQUIRE(changes->size() == 2);
    CHECK(changes->at(0).field == QStringLiteral("risk_level"));
    CHECK(changes->at(0).oldValue == QStringLiteral("high"));
    CHECK(changes->at(0).newValue == QStringLiteral("medium"));
    CHECK(changes->at(0).changedBy == QStringLiteral("DS Nettlemere"));
    CHECK(changes->at(0).changedAt.toSecsSinceEpoch() == clock.now / 1000);
    CHECK(plangate::describe(changes->at(0)) == QStringLiteral("Risk level"));
    CHECK(plangate::describe(changes->at(1)) == QStringLiteral("Target “Rear yard” added"));

    const QString before = dumpText(*t, true);
    Result<void> briefed = operations::moveTo(*t, p.op, QStringLiteral("briefed"));
    REQUIRE_FALSE(briefed);
    CHECK(briefed.error().message.contains(QStringLiteral("approve it again")));
    CHECK(dumpText(*t, true) == before);

    // Approved again: the new approver, and the changes no longer count.
    REQUIRE(operations::moveTo(*t, p.op, QStringLiteral("approved")));
    CHECK(stored(*t, kOp, p.op, "approved_by").toString() == QStringLiteral("DS Nettlemere"));
    CHECK(plangate::changesSinceApproval(*t, p.op)->empty());
    CHECK(count(*t, QStringLiteral("SELECT count(*) FROM plan_change WHERE operation = ?"), p.op) == 2); // kept
    // Approving an unchanged plan again is not a move.
    CHECK_FALSE(operations::moveTo(*t, p.op, QStringLiteral("approved")));
    REQUIRE(operations::moveTo(*t, p.op, QStringLiteral("briefed")));

    // Briefed, changed (a target deleted), approved again from briefed.
    REQUIRE(t->remove(QStringLiteral("target"), p.target));
    REQUIRE(plangate::changesSinceApproval(*t, p.op)->size() == 1);
    CHECK(plangate::describe(plangate::changesSinceApproval(*t, p.op)->front()) == QStringLiteral("Target “Target A” deleted"));
    CHECK_FALSE(operations::moveTo(*t, p.op, QStringLiteral("in_progress"), QStringLiteral("early")));
    REQUIRE(operations::moveTo(*t, p.op, QStringLiteral("approved")));
    CHECK(*plangate::changedSinceApproval(*t, p.op) == false);
}

TEST_CASE("moves far from the plan need a reason: starting days early or completing with the timeline open")
{
    TempStore t;
    ManualClock clock;
    t->setWallClock(clock.fn());
    const Plan p = plannedOperation(*t, 3 * 86400);
    REQUIRE(operations::moveTo(*t, p.op, QStringLiteral("approved")));
    REQUIRE(operations::moveTo(*t, p.op, QStringLiteral("briefed")));
    Result<QStringList> why = operations::reasonsNeeded(*t, p.op, QStringLiteral("in_progress"));
    REQUIRE(why);
    REQUIRE(why->size() == 1);
    CHECK(why->front().contains(QStringLiteral("more than a day from now")));
    Result<void> early = operations::moveTo(*t, p.op, QStringLiteral("in_progress"));
    REQUIRE_FALSE(early);
    CHECK(early.error().message.contains(QStringLiteral("without a reason")));
    // Within a day of the start: no reason needed.
    clock.now += 2 * 86400 * 1000LL + 3600 * 1000;
    CHECK(operations::reasonsNeeded(*t, p.op, QStringLiteral("in_progress"))->isEmpty());
    REQUIRE(operations::moveTo(*t, p.op, QStringLiteral("in_progress")));

    const QUuid task = add(*t, "task", {{kOp, p.op}, {QStringLiteral("phase"), QStringLiteral("execution")},
                                        {QStringLiteral("title"), QStringLiteral("Search the premises")}});
    add(*t, "task", {{kOp, p.op}, {QStringLiteral("phase"), QStringLiteral("debrief")}, {QStringLiteral("title"), QStringLiteral("Debrief")}});
    CHECK(*operations::reasonsNeeded(*t, p.op, QStringLiteral("completed"))
          == QStringList{QStringLiteral("1 task of the timeline up to the execution is still open.")});
    REQUIRE_FALSE(operations::moveTo(*t, p.op, QStringLiteral("completed")));
    REQUIRE(t->update(QStringLiteral("task"), task, {{QStringLiteral("done_at"), QDateTime::fromMSecsSinceEpoch(clock.now, Qt::UTC)}}));
    REQUIRE(operations::moveTo(*t, p.op, QStringLiteral("completed")));
}

TEST_CASE("check reports an approved or later plan without its approver")
{
    TempStore t;
    const QUuid op = add(*t, "operation", {{QStringLiteral("code_name"), QStringLiteral("Operation Heron")},
                                           {QStringLiteral("status"), QStringLiteral("briefed")}});
    add(*t, "operation", {{QStringLiteral("code_name"), QStringLiteral("Operation Kite")}, {QStringLiteral("status"), QStringLiteral("planned")}});
    CheckReport report;
    REQUIRE(checkDomain(*t, report));
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems[0].record == value::idText(op));
    CHECK(report.problems[0].field == QStringLiteral("approved_by"));
    CHECK(report.problems[0].message == QStringLiteral("Operation Heron is Briefed but its plan has no approver recorded"));
}

TEST_CASE("a version-4 file migrates to version 5: approvals have a time and plans keep their changes")
{
    TempStore t;
    const QUuid op = add(*t, "operation", {{QStringLiteral("code_name"), QStringLiteral("Wren")},
                                           {QStringLiteral("status"), QStringLiteral("approved")},
                                           {QStringLiteral("approved_by"), QStringLiteral("Supt. Ashdown")}});
    REQUIRE(dropColumnsSince(*t, 4));
    t.reopen();
    CHECK(t->schemaVersion() == schema::currentVersion());
    CHECK(stored(*t, kOp, op, "approved_by").toString() == QStringLiteral("Supt. Ashdown"));
    CHECK(stored(*t, kOp, op, "approved_at").isNull());
    // The approval from before version 5 is the one changes are measured against.
    REQUIRE(t->update(kOp, op, {{QStringLiteral("objectives"), QStringLiteral("Find the workers")}}));
    CHECK(*plangate::changedSinceApproval(*t, op));
}

TEST_CASE("the record of a plan's changes is the rule's alone and goes with its operation")
{
    TempStore t;
    const Plan p = plannedOperation(*t);
    REQUIRE(operations::moveTo(*t, p.op, QStringLiteral("approved")));
    REQUIRE(t->update(QStringLiteral("target"), p.target, {{QStringLiteral("hazards"), QStringLiteral("Dogs")}}));
    Result<std::vector<plangate::PlanChange>> changes = plangate::changesSinceApproval(*t, p.op);
    REQUIRE(changes);
    REQUIRE(changes->size() == 1);
    const QUuid change = changes->front().id;
    CHECK(plangate::describe(changes->front()) == QStringLiteral("Target “Target A”: Hazards"));
    // Clearing "changed since approval" by hand: refused.
    CHECK_FALSE(t->remove(QStringLiteral("plan_change"), change));
    CHECK_FALSE(t->update(QStringLiteral("plan_change"), change, {{QStringLiteral("new_value"), QStringLiteral("None")}}));
    CHECK_FALSE(records::add(*t, QStringLiteral("plan_change"),
                             {{kOp, p.op}, {QStringLiteral("subject"), kOp}, {QStringLiteral("record"), p.op},
                              {QStringLiteral("changed_at"), QDateTime::currentDateTimeUtc()}}));
    CHECK(*plangate::changedSinceApproval(*t, p.op));
    // Deleting the operation takes them with it.
    REQUIRE(t->remove(kOp, p.op));
    CHECK(stored(*t, QStringLiteral("plan_change"), change, "field").isNull());
}

TEST_CASE("a move taken back (the window's undo) restores status and approval, and is logged and audited")
{
    TempStore t;
    ManualClock clock;
    t->setWallClock(clock.fn());
    t->setActor({{}, QStringLiteral("Supt. Ashdown")});
    const Plan p = plannedOperation(*t);
    REQUIRE(operations::moveTo(*t, p.op, QStringLiteral("approved")));
    const QVariant approvedBy = stored(*t, kOp, p.op, "approved_by");
    const QVariant approvedAt = stored(*t, kOp, p.op, "approved_at");
    clock.now += 60'000;

    // Back to planning withdrew the approval; taking that back brings the same approval back.
    const operations::Move withdrawal{p.op, QStringLiteral("approved"), QStringLiteral("planned"), {}, approvedBy, approvedAt};
    REQUIRE(operations::moveTo(*t, p.op, QStringLiteral("planned")));
    REQUIRE(stored(*t, kOp, p.op, "approved_by").isNull());
    REQUIRE(operations::takeBack(*t, withdrawal));
    CHECK(stored(*t, kOp, p.op, "status").toString() == QStringLiteral("approved"));
    CHECK(stored(*t, kOp, p.op, "approved_by") == approvedBy);
    CHECK(stored(*t, kOp, p.op, "approved_at") == approvedAt);
    Result<std::vector<AuditEntry>> audit = readAudit(*t, QStringLiteral("status"));
    REQUIRE(audit);
    REQUIRE(audit->size() == 3);
    CHECK(audit->front().details == QStringLiteral("planned → approved: taken back (undo)"));
    CHECK(audit->front().actor == QStringLiteral("Supt. Ashdown"));
    CHECK(count(*t, QStringLiteral("SELECT count(*) FROM note WHERE operation = ? AND deleted = 0 AND text = "
                                   "'Move from Approved to Planned taken back (undo).'"),
                p.op)
          == 1);
    // The move before it stays in the log.
    CHECK(count(*t, QStringLiteral("SELECT count(*) FROM note WHERE operation = ? AND deleted = 0"), p.op) == 3);

    // Only while the operation is where the move left it.
    const QString before = dumpText(*t, true);
    Result<void> stale = operations::takeBack(*t, withdrawal);
    REQUIRE_FALSE(stale);
    CHECK(stale.error().message
          == QStringLiteral("the operation is Approved now, no longer Planned: the move to Planned cannot be taken back"));
    CHECK(dumpText(*t, true) == before);
}

TEST_CASE("taking back a closing reopens the operation, and is a lead's as the closing was")
{
    TempStore t;
    const Plan p = plannedOperation(*t);
    REQUIRE(t->update(kOp, p.op, {{QStringLiteral("status"), QStringLiteral("completed")},
                                  {QStringLiteral("approved_by"), QStringLiteral("Supt. Ashdown")}}));
    REQUIRE(operations::moveTo(*t, p.op, QStringLiteral("closed")));
    const operations::Move closing{p.op, QStringLiteral("completed"), QStringLiteral("closed"), {},
                                   stored(*t, kOp, p.op, "approved_by"), stored(*t, kOp, p.op, "approved_at")};
    REQUIRE(operations::takeBack(*t, closing));
    CHECK(stored(*t, kOp, p.op, "status").toString() == QStringLiteral("completed"));
    CHECK(readAudit(*t, QStringLiteral("status"))->front().details == QStringLiteral("closed → completed: taken back (undo)"));
    // Closed again (redo), then a planner may not take the closing back.
    REQUIRE(operations::moveTo(*t, p.op, QStringLiteral("closed")));
    Result<std::vector<Person>> all = people::list(*t);
    REQUIRE((all && !all->empty()));
    people::actAs(*t, all->front());
    Result<QUuid> planner = people::add(*t, *t.keys, {QStringLiteral("Pat Planner"), {QStringLiteral("planner")}, {}},
                                        QStringLiteral("planner passphrase, not a secret"));
    REQUIRE(planner);
    Result<Person> pat = people::get(*t, *planner);
    REQUIRE(pat);
    people::actAs(*t, *pat);
    const QString before = dumpText(*t, true);
    Result<void> refused = operations::takeBack(*t, closing);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message == QStringLiteral("Only a lead takes back a closing or a reopening."));
    CHECK(dumpText(*t, true) == before);
}
