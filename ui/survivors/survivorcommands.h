#pragma once

#include "domain/consent.h"
#include "domain/protocolfile.h"
#include "domain/protocols.h"
#include "domain/referrals.h"
#include "domain/survivors.h"
#include "domain/tick.h"
#include "util/result.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

#include <optional>

namespace tandem {

class Document;

// The GUI's survivor-assistance edits, each one undo step: core's domain functions run through
// recordChanges() (changecommands.h), so undo and redo cover everything the rule wrote.

// Ticks a checklist step (core tick()); `options.defaultBy` is filled with the person who acts
// (Store::actor()) when empty.
Result<void> tickStep(Document& document, const QUuid& item, TickOptions options);

// What the step form of a checklist changes at once: the note, the service the survivor was
// referred to, and for a settled step who did it and when (a late entry). Unset members stay.
struct StepEdit {
    std::optional<QString> note;
    std::optional<QUuid> service; // null: not referred
    QString doneBy;               // settled steps only; empty keeps it
    QDateTime doneAt;             // settled steps only; invalid keeps it
};
Result<void> editStep(Document& document, const QUuid& item, const StepEdit& edit);

// Refers the survivor of a checklist step to a service, or (null) to none (core refer()): a new
// service clears the previous one's answer and outcome.
Result<void> referStep(Document& document, const QUuid& item, const QUuid& service);
// Records a service's answer to a step's referral, and the outcome (core answerReferral()).
Result<void> recordReferralAnswer(Document& document, const QUuid& item, const ReferralAnswer& answer);

// Sets a survivor's rescue time (core setRescueTime()): makes the checklist the first time,
// moves open steps after.
Result<RescueTimeChange> setRescueTime(Document& document, const QUuid& survivor, const QDateTime& t0);

// Records one of what decides which steps apply to a survivor (minor, foreign_national or
// sexual_violence) and adds the steps that now apply to their checklist (core
// addApplicableSteps()), as one undo step. Returns how many steps were added.
Result<int> setApplicability(Document& document, const QUuid& survivor, const QString& field, bool on);
// Changes fields of a survivor (core editSurvivor(): a known age band sets minor with it) and adds
// the steps that now apply, as one undo step named `description`. Returns how many steps were added.
Result<int> editSurvivor(Document& document, const QUuid& survivor, const QVariantMap& values,
                         const QString& description);

// A new survivor with the next free code of `year` and nothing else known yet.
Result<QUuid> addSurvivor(Document& document, int year, const QUuid& operation = {});

Result<QUuid> recordConsent(Document& document, const QUuid& survivor, const NewConsent& consent);
Result<void> withdrawConsent(Document& document, const QUuid& consent, const QString& reason);

// Protocols: saving an edit (in place or as a new version, see protocols.h), importing a
// protocol file, retiring or reactivating a version.
Result<SavedProtocol> saveProtocol(Document& document, const QUuid& protocol, const ProtocolFile& edited);
Result<QUuid> importProtocol(Document& document, const ProtocolFile& protocol, QList<int>* retiredVersions = nullptr);
Result<void> setProtocolStatus(Document& document, const QUuid& protocol, const QString& status,
                               const QString& reason = {});

} // namespace tandem
