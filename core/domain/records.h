#pragma once

#include "util/result.h"

#include <QString>
#include <QUuid>
#include <QVariantMap>

namespace tandem {

class Store;

// Edits of records by field (tandem-cli add and set) with the rules of each kind of record, so that
// no entry point reaches a state the window would refuse: the same functions of core/domain run
// whichever way a change comes in.
namespace records {

// The command that changes `field` of `entity` when an edit by field may not ("move" for an
// operation's status, "tick" for a checklist step's state, time, person and reason,
// "withdraw-consent" for a consent's withdrawal, "retire-protocol" for a protocol's status);
// empty when an edit by field may change it (an operation's status through set() runs the
// workflow's rules instead, see there).
QString commandFor(const QString& entity, const QString& field);

// Adds a record of `entity` through the store's write path. Beyond the store's checks: an operation
// starts as a draft and a checklist step open (another status or state is refused, naming the
// command that moves it); a survivor given a rescue time gets the checklist of the protocols that
// apply (setRescueTime); a survivor given no code gets the office's next one of the current year
// (nextSurvivorCode). One transaction.
Result<QUuid> add(Store& store, const QString& entity, const QVariantMap& values);

// Changes fields of record `id` of `entity`. An operation's status moves by the workflow
// (operations::moveProblems: one step at a time, with what the status reached requires), refused
// with every problem named; a survivor's fields go through editSurvivor() (steps that come to
// apply, the checklist made or moved with the rescue time); the fields commandFor() names are
// refused with the command to use. One transaction: all of the values or none.
Result<void> set(Store& store, const QString& entity, const QUuid& id, const QVariantMap& values);

} // namespace records
} // namespace tandem
