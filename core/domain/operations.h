#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <QVariantMap>

#include <functional>

namespace tandem {

class Store;

// The rules of an operation's life that do not fit one row (DESIGN.md §2), for the GUI and the
// command line alike.
//
// Status workflow: draft → planned → approved → briefed → in_progress → completed → closed, one step
// at a time, or cancelled from any status before closed. A plan can go back for more planning
// (planned → draft; approved or briefed → planned, which withdraws the approval), a completed
// operation can be taken up again (→ in_progress), a closed one reopened (→ completed), and a
// cancelled one revived as a draft.
//
// Moving to approved, briefed or in_progress requires a lead agency, a start time, a risk level,
// at least one target and an agency assigned to victim services, and each target that needs a
// warrant covered by one valid on the operation's start (warrants.h). Moving to closed requires every
// mandatory checklist step of the operation's survivors to be done, not applicable, or declined.
// A plan changed since its approval (plangate.h) is approved again (approved or briefed → approved)
// before it is briefed or started. Approving, closing and reopening are a lead's
// (plangate::actorHasRole). A closed operation and what it owns are read only until reopened.
namespace operations {

// The status tokens in workflow order (the order of the registry's enum).
QStringList statuses();

// The statuses an operation in `from` may move to: the next step forward first, then the way back,
// then cancelled. Empty for an unknown status.
QStringList allowedMoves(const QString& from);

// The step forward from `from` (planned for draft, ...); empty for closed and cancelled.
QString nextStatus(const QString& from);

// What stops operation `id` from moving to `to`, one sentence per problem, for people (e.g. "No
// agency is assigned to victim services."). Empty when the move is allowed. An error only when the
// store cannot be read or the operation does not exist.
Result<QStringList> moveProblems(const Store& store, const QUuid& id, const QString& to);

// The approval requirements operation `id` misses (empty when it has them all).
Result<QStringList> approvalProblems(const Store& store, const QUuid& id);

// The open mandatory checklist steps that stop operation `id` from closing, each naming the
// survivor (by code) and the step. At most `limit` lines; a last line says how many more there are.
Result<QStringList> closingProblems(const Store& store, const QUuid& id, int limit = 10);

// Why the move of operation `id` to `to` needs a reason, one sentence each (empty when it needs
// none): a move far from the plan or out of the rules' way. Reopening a closed operation; starting
// it more than a day before its planned start; completing it with tasks of its timeline up to the
// execution (preparation, briefing, execution) still open.
Result<QStringList> reasonsNeeded(const Store& store, const QUuid& id, const QString& to);

// Checks the move and writes the new status through the store's write path (one transaction).
// Refused with every problem in the message, and the store unchanged; refused too without a
// `reason` when reasonsNeeded() names any. The move and its reason go into the operation's log (a
// note by Store::actor(), at the store's wall clock) and into the audit log (action "status",
// the operation's code name, "from → to: reason"), in the same transaction: every entry point
// moves through here and each move is logged and audited once. A move to approved records the
// approver (Store::actor()) and the time, and makes the plan's earlier changes no longer count
// (plangate.h); a move back to planning withdraws the approval.
Result<void> moveTo(Store& store, const QUuid& id, const QString& to, const QString& reason = {});

// A move as the window's undo takes it back: the operation, its status before and after, the
// reason given, and the approval it had before the move.
struct Move {
    QUuid operation;
    QString from;
    QString to;
    QString reason;
    QVariant approvedBy;
    QVariant approvedAt;
};

// Takes `move` back: the operation returns to `move.from` with the approval it had before, when
// it is still in `move.to` (refused otherwise, and the store unchanged). Taking back an approval,
// its withdrawal, a closing or a reopening is a lead's, as the move was. Logged and audited as a
// move ("to → from: taken back (undo)"), so the log and the audit keep both the move and its undo.
Result<void> takeBack(Store& store, const Move& move);

// Duplicating an operation as the template of the next one. The copy is a draft with the plan of
// the original: type, lead agency, objectives, risk assessment, communications, contingency and
// medical plans, the expected survivors packet, briefing place, sharing (it is prepared by the
// person who makes it); its targets (every
// field); its assignments (not acknowledged yet: the partners have not seen the new plan); and its
// timeline's tasks (not done yet). Times (start, end, briefing, reporting times, task due times)
// move by the same amount, so that the copy starts at `startsAt` with the same timeline. Never
// copied: the status and approval, the legal authority (a warrant is for one operation), the
// survivors, the log notes, and references to agencies deleted since.
struct DuplicateOptions {
    QString codeName;   // empty: "<original> (copy)"
    QDateTime startsAt; // invalid: the times of the original, unchanged
};

// How the copy's records are written: the store's insert by default; the GUI passes a function
// that makes each record an undoable command of one group.
using RecordWriter = std::function<Result<QUuid>(const QString& entity, const QVariantMap& values)>;

// Writes the copy of operation `id` and returns the new operation's id. Without `write`, all of it
// in one transaction of `store`; with one, the caller holds the transaction.
Result<QUuid> duplicate(Store& store, const QUuid& id, const DuplicateOptions& options,
                        const RecordWriter& write = {});

// The start of a copy made now: the original's start moved on by one week or more, by whole weeks,
// until it is in the future (same weekday, same time of day); invalid when the original has none.
QDateTime nextStartLike(const QDateTime& originalStart, const QDateTime& now);

// The kind of agency (agency.kind) that usually takes an assignment's role, for an agency added
// to the directory while it is assigned: victim services an NGO's, child protection a child
// protection agency's, medical a medical service's, the operational roles the police's. Empty for
// a role no kind answers (interpreting).
QString agencyKindForRole(const QString& role);

} // namespace operations
} // namespace tandem
