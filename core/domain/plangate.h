#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QString>
#include <QStringView>
#include <QUuid>

#include <vector>

namespace tandem {

class Row;
class Store;

// Plans that hold (issue 17): the rules on every write to an operation and to the records it owns
// (its targets, assignments, timeline and log: the registry's children of an operation), run by the
// Store's one write path for every entry point (window, tandem-cli add/set/delete, domain
// functions) and never for the merge of partners' bundles.
//
// - A closed operation is read only: any write to it or to a record it owns is refused with the
//   way out ("a lead reopens it"), except the move of its status out of closed (the reopening,
//   which operations::moveTo makes only with a reason, audited).
// - While a plan is approved or briefed, each change of the operation's plan fields or of its
//   targets, assignments and tasks is recorded as a plan_change row (field, old, new, who, when,
//   and the approval it came after). The plan is then "changed since approval" until it is
//   approved again, and cannot be briefed or started.
namespace plangate {

// Whether the person acting on `store` (Store::actor()) holds `role` (lead, planner, liaison,
// analyst, viewer; DESIGN.md §7). Every rule that needs a role asks here. True while no person of
// the office acts (a file being made, the demo), as the Store's write guard holds nothing then.
bool actorHasRole(const Store& store, QStringView role);

// The rule installed as EntityDef::onWrite on operation, target, assignment, task, note and
// plan_change (written by this rule only, never edited, deleted only with its operation).
Result<void> onWrite(Store& store, const Row* before, const Row* after);

// The refusal for a write to closed operation `id` named `codeName`, with the way out.
QString closedMessage(const QString& codeName, const QUuid& id);

// One change of an approved plan, as recorded.
struct PlanChange {
    QUuid id;
    QString subject;     // the record type: operation, target, assignment, task
    QUuid record;
    QString recordLabel; // the record's name when it is not the operation (a target's label)
    QString field;       // empty for a record added or deleted
    QString oldValue;
    QString newValue;
    QString changedBy;
    QDateTime changedAt;
};

// The changes made to operation `id` since its last approval, oldest first; empty when the plan is
// not approved or briefed, or unchanged since it was approved.
Result<std::vector<PlanChange>> changesSinceApproval(const Store& store, const QUuid& id);

// Whether operation `id` is approved or briefed and changed since its approval.
Result<bool> changedSinceApproval(const Store& store, const QUuid& id);

// A change for people: "Target “Rear yard”: Hazards" or "Risk level"; added and deleted records
// say so.
QString describe(const PlanChange& change);

} // namespace plangate
} // namespace tandem
