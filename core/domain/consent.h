#pragma once

#include "store/row.h"
#include "util/result.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

#include <vector>

namespace tandem {

class Store;

// A survivor's consents: what they agreed to share, with whom, from when, until when (DESIGN.md
// §2, §3). The ledger is never rewritten: a consent is given once, and withdrawing it records the
// date of withdrawal on it.

// Where a consent stands at an instant.
enum class ConsentStatus {
    NotYetGiven, // given_at is after the instant (recorded ahead of time)
    Active,
    Withdrawn,
    Expired,
};

// The status of a consent row at `at`. The rule is the one the exchange applies in SQL when it
// decides whether a survivor's identity may leave the office (identityCondition in
// core/sync/exporter.cpp); keep the two identical in meaning: in force when given_at <= at, and
// withdrawn_at and expires_at are each either empty or after `at`. Withdrawal wins over expiry
// when both have passed. A deleted consent is never in force.
ConsentStatus consentStatus(const Row& consent, const QDateTime& at);
inline bool consentInForce(const Row& consent, const QDateTime& at)
{
    return consentStatus(consent, at) == ConsentStatus::Active;
}

// Who a consent is for: an office (a partner in the exchange) or an agency.
struct ConsentRecipient {
    QUuid office;
    QUuid agency;
};

// Whether survivor `survivor` has a consent in force at `at` for `recipient` and `scope` (identity,
// contact, case_details, medical). The recipient must match exactly: a consent for an agency does
// not cover an office, and the other way round.
Result<bool> hasConsent(const Store& store, const QUuid& survivor, const ConsentRecipient& recipient,
                        const QString& scope, const QDateTime& at);

// The live consents of a survivor, oldest first (by given_at, then id).
Result<std::vector<Row>> consentsOf(const Store& store, const QUuid& survivor);

// Records a consent given by `survivor`. Refused: no recipient or both, an unknown scope, no
// given time or one more than a day ahead of the wall clock, an expiry not after given_at.
struct NewConsent {
    ConsentRecipient recipient;
    QString scope;
    QDateTime givenAt;
    QDateTime expiresAt; // invalid: no expiry
    QString notes;
};
Result<QUuid> recordConsent(Store& store, const QUuid& survivor, const NewConsent& consent);

// Withdraws a consent at `at` (invalid: now, by the store's wall clock) for `reason` (recorded
// with it, as withdrawn_reason), in one write. Refused: no reason, a deleted consent, one already
// withdrawn (its date stays as recorded), a time before the consent was given or more than a day
// ahead of the wall clock.
Result<void> withdrawConsent(Store& store, const QUuid& consent, const QString& reason, const QDateTime& at = {});

} // namespace tandem
