#pragma once

#include "document.h"
#include "util/result.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>
#include <QUuid>

namespace tandem {
class Store;
}

namespace tandem::report {

// What a report is made for: which report, its marking, who receives it, and how dates and
// numbers are written.
struct Options {
    Kind kind = Kind::OperationOrder;
    QString marking;       // empty: defaultMarking()
    int copyNumber = 0;    // 0: not numbered; otherwise 1 to kMaxCopyNumber
    QUuid recipientOffice; // the office receiving the copy (an office row); null: none named
    // Survivors' identities (name, date of birth) beside their codes. Needs a recipient, an
    // active identity consent for that recipient (per survivor: the others stay codes only), and
    // the store's identity keys (Store::setIdentityKeys); otherwise the build is refused.
    bool identities = false;
    QLocale locale;                                   // dates and numbers
    QTimeZone timeZone = QTimeZone::systemTimeZone(); // times are shown in this zone
    // The instant consents and overdue steps are judged at, and the report's date. Invalid: the
    // store's wall clock.
    QDateTime at;
};

constexpr int kMaxCopyNumber = 9999;

// Whether identities may be included in a report on `operation` for `recipientOffice`, and if
// not, why (for the GUI to show beside the disabled option, and for the CLI's refusal). Allowed
// when at least one live survivor of the operation has a consent of scope "identity" for exactly
// that office in force at `at` (given, neither withdrawn nor expired; the rule the exchange
// applies). The survivors without one appear by code only; `note` says so.
struct IdentityPermission {
    bool allowed = false;
    QString reason; // when not allowed
    QString note;   // when allowed for only some survivors
    int survivors = 0;
    int covered = 0;
};
Result<IdentityPermission> identityPermission(const Store& store, const QUuid& operation,
                                              const QUuid& recipientOffice, const QDateTime& at = {});

// Builds the report on `operation` from the store. Refused with a message naming the record: an
// unknown or deleted operation, an unknown recipient office, a bad marking or copy number, and
// identities asked for but not allowed (the permission's reason) or locked.
Result<Document> buildReport(const Store& store, const QUuid& operation, const Options& options);

} // namespace tandem::report
