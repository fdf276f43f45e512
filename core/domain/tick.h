#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

#include <optional>

namespace tandem {

class Store;

// What ticking a checklist step records. Empty members leave the defaults described here.
struct TickOptions {
    // A token of checklist_item.state: open, in_progress, done, not_applicable or declined.
    QString state = QStringLiteral("done");
    // Replaces the step's note when set; an empty string clears it. Unset leaves the note alone.
    std::optional<QString> note;
    // When the step was done, for entries made late. Invalid means now (the store's wall clock).
    // Only for done, not_applicable and declined.
    QDateTime at;
    // Who did it, as given by the user. Refused for open and in_progress.
    QString by;
    // Who is ticking (the login name on the command line, the signed-in user in the GUI): recorded
    // as done_by when `by` is empty and no person is recorded for this state yet. Ignored for open
    // and in_progress.
    QString defaultBy;
    // Why the step is declined by the survivor or not applicable: required when the step moves
    // into one of those states (the store's rule for checklist_item), kept when it is ticked again
    // into the state it is in and no new reason is given, cleared when it leaves them. Refused for
    // the other states.
    QString reason;
};

// Moves one checklist step of a survivor to a new state, through the store's write path, in one
// transaction. done, not_applicable and declined record done_at and done_by; open and in_progress
// clear them. Ticking a step again into the state it is already in keeps its recorded time and
// person unless `at` or `by` say otherwise, so repeating a tick never rewrites history.
//
// Refused, with the store unchanged: a deleted step, an unknown state, a done time before the
// survivor's rescue (T0, survivor.recovered_at) or more than a day ahead of the wall clock, a
// time or person given for a state that does not record them, and a decline or "not applicable"
// without a reason.
Result<void> tick(Store& store, const QUuid& item, const TickOptions& options);

// The states that record a time and a person (done, not_applicable, declined).
bool tickStateIsFinal(const QString& state);
// The states that record a reason (not_applicable, declined).
bool tickStateNeedsReason(const QString& state);

} // namespace tandem
