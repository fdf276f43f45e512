#pragma once

#include "document.h"
#include "util/result.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>
#include <QUuid>

namespace tandem {
class OfficeKeys;
class Store;
}

namespace tandem::report {

// What a report is made for: which report, its marking, who receives it, and how dates and
// numbers are written.
struct Options {
    Kind kind = Kind::OperationOrder;
    QString marking;     // empty: defaultMarking()
    int copyNumber = 0;  // 0: not numbered; otherwise 1 to kMaxCopyNumber
    Recipient recipient; // the office or agency receiving the copy; none: nobody named
    // Survivors' identities (name, date of birth) beside their codes. Needs a recipient, an
    // active identity consent for that recipient (per survivor: the others stay codes only), and
    // the store's identity keys (Store::setIdentityKeys); otherwise the build is refused.
    bool identities = false;
    QLocale locale;                                   // dates and numbers
    QTimeZone timeZone = QTimeZone::systemTimeZone(); // times are shown in this zone
    // The instant consents and overdue steps are judged at, and the report's date. Invalid: the
    // store's wall clock.
    QDateTime at;
    // The office's keys, to print each target's floor plan in the operation order (the first image
    // or PDF attached to the target: store/attachmentstore.h). Without them the order names the
    // file and says the keys were not unlocked.
    const OfficeKeys* keys = nullptr;
};

// Whether the order of `operation` has a floor plan to print (a target with an image or PDF
// attached): what makes the window and the command line ask for the keys.
Result<bool> hasFloorPlans(const Store& store, const QUuid& operation);

constexpr int kMaxCopyNumber = 9999;

// Whether identities may be included in a report on `operation` for `recipient`, and if not, why
// (for the GUI to show beside the disabled option, and for the CLI's refusal). Allowed when at
// least one live survivor of the operation has a consent of scope "identity" for exactly that
// recipient in force at `at` (given, neither withdrawn nor expired; the rule the exchange
// applies): a consent to an office covers that office only, a consent to an agency that agency
// only. The survivors without one appear by code only; `note` says so.
struct IdentityPermission {
    bool allowed = false;
    QString reason; // when not allowed
    QString note;   // when allowed for only some survivors
    int survivors = 0;
    int covered = 0;
};
Result<IdentityPermission> identityPermission(const Store& store, const QUuid& operation,
                                              const Recipient& recipient, const QDateTime& at = {});

// The name of `recipient` as its pages show it. Refused with a message naming the record when it
// is not a live row of its entity: an office or agency unknown to this database, or deleted.
Result<QString> recipientName(const Store& store, const Recipient& recipient);

// The live office or agency whose id is `id` (what `tandem-cli report --recipient ID` names
// without saying which). Refused when neither holds it, or it was deleted.
Result<Recipient> findRecipient(const Store& store, const QUuid& id);

// Builds the report on `operation` from the store. Refused with a message naming the record: an
// unknown or deleted operation, an unknown or deleted recipient office or agency, a bad marking or
// copy number, and identities asked for but not allowed (the permission's reason) or locked.
Result<Document> buildReport(const Store& store, const QUuid& operation, const Options& options);

} // namespace tandem::report
