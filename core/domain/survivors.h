#pragma once

#include "domain/checklist.h"
#include "util/result.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace tandem {

class Store;

// Survivors: their pseudonymous code and their rescue time (T0), from which their checklist is
// made and timed (DESIGN.md §2). Identifying details are never read here.

// What setRescueTime() did.
struct RescueTimeChange {
    QDateTime previous;       // T0 before, invalid when it was not set
    QDateTime t0;             // T0 now (whole seconds, UTC)
    qint64 shiftSeconds = 0;  // t0 - previous; 0 when T0 was first set or did not change
    int itemsMoved = 0;       // open and in-progress steps whose due time moved by shiftSeconds
    int itemsMade = 0;        // steps of the checklist made now
    bool noProtocol = false;  // T0 is set, but there was no active protocol to make a checklist from
};

// Sets survivor `survivorId`'s rescue time (T0), in one transaction:
// - the first time (or while the survivor has no checklist), it makes the checklist from the
//   active protocols that apply (createChecklist), each step due at T0 + its offset;
// - later, it moves the due time of every open or in-progress step by as much as T0 moved (due
//   times are absolute instants, so a daylight-saving change never shifts them); steps already
//   done, not applicable or declined keep theirs.
// Refused, with the store unchanged: a deleted survivor, an invalid time, a time more than a day
// ahead of the wall clock, and a T0 after the recorded done time of a step (which would then have
// been done before the rescue: correct that step first).
Result<RescueTimeChange> setRescueTime(Store& store, const QUuid& survivorId, const QDateTime& t0,
                                       const IdSource& newId = {});

// Adds to the checklist of `survivorId` the steps that apply to the survivor now but are not on
// it: after being recorded as a minor, a foreign national or having reported sexual violence once
// the checklist was made. Steps come from the version of each protocol the checklist already
// follows (a survivor never switches versions this way), and from the protocols in force for
// those it does not follow yet; each is due at T0 + its offset. Steps that no longer apply stay:
// the liaison marks them not applicable. Nothing is added while the survivor has no checklist
// (setRescueTime() makes it). One transaction; returns what was added.
Result<std::vector<ChecklistEntry>> addApplicableSteps(Store& store, const QUuid& survivorId,
                                                       const IdSource& newId = {});

// Changes fields of survivor `survivorId` (as Store::update: a known age band sets `minor` with
// it, domain/ageband.h) and adds the steps that apply to the survivor now (addApplicableSteps), so
// that recording a minor, also through the age band, brings the child-protection steps. A rescue
// time given goes through setRescueTime(): the checklist is made, or its open steps move with it.
// One transaction; returns the steps added after the rescue time's.
Result<std::vector<ChecklistEntry>> editSurvivor(Store& store, const QUuid& survivorId, const QVariantMap& values,
                                                 const IdSource& newId = {});

// The next free pseudonymous code of `year`: "CODE-YYYY-NNNN" with this office's code
// (mintingOfficeCode, domain/officecode.h), one more than the highest of that office and year among
// the survivors of this database. Codes minted before (V-YYYY-NNNN, or under another office code)
// are kept as they are and never counted.
Result<QString> nextSurvivorCode(const Store& store, int year);
// The highest number nextSurvivorCode() counts from for `year` (one before this machine's range
// when there is none yet): for whoever numbers many codes of a year at once (the demo).
Result<qint64> lastSurvivorNumber(const Store& store, int year);

// Records in the audit log that the acting person (Store::actor()) was shown the identity of the
// survivor `survivorId`: action "reveal", the survivor's code as the subject, `how` (where it was
// shown) as the details. Every path that shows an identity to a person calls it.
Result<void> auditReveal(Store& store, const QUuid& survivorId, const QString& how);

} // namespace tandem
