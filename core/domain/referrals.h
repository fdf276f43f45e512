#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>
#include <vector>

namespace tandem {

class Store;

// Referrals: a step of a survivor's checklist refers the survivor to a service of the resource
// directory (checklist_item.service), and the service answers: accepted, or refused with the
// reason it gave; what came of it is the outcome. The window, the command line and the checks of
// the store (the entity's validate: no answer without a service, no refusal without a reason) all
// go through these rules.

// Which services a referral picker shows. Empty members do not filter.
struct ServiceFilter {
    QString text;            // every word in the name, the kind's label or the notes (case aside)
    QString kind;            // a token of service.kind
    bool acceptsMinors = false; // only services that take minors
    QStringList languages;   // only services that speak at least one of these
    bool withPlaces = false; // leaves out services whose capacity is recorded as 0

    friend bool operator==(const ServiceFilter&, const ServiceFilter&) = default;
};

// A service as a picker lists it, with what a referral depends on.
struct ServiceOption {
    QUuid id;
    QString name;
    QString kind;              // token
    std::optional<int> capacity; // places; none recorded for services without places (a hotline)
    QStringList languages;     // as the directory writes them ("ro", "Romanian")
    bool acceptsMinors = false;
    // Of the languages the filter asked for, those the service speaks.
    QStringList languagesMatched;
};

// Whether two ways of writing a language name the same one: "ro", "RO", "ron" and "Romanian" all
// name Romanian; text that is no language Qt knows matches itself, case aside.
bool sameLanguage(const QString& a, const QString& b);

// The filter a referral for checklist step `item` starts from: services that accept minors when
// its survivor is a minor, and that speak one of the survivor's languages (when any are
// recorded). Refused for an unknown or deleted step.
Result<ServiceFilter> referralFilter(const Store& store, const QUuid& item);

// The live services that pass `filter`, by name. Refused: an unknown kind.
Result<std::vector<ServiceOption>> findServices(const Store& store, const ServiceFilter& filter);

// Refers the survivor of checklist step `item` to `service` (null: no referral). Another service
// than before clears the answer, its reason and time, and the outcome, which were the other
// service's; the same service again changes nothing. Refused: an unknown or deleted step or
// service.
Result<void> refer(Store& store, const QUuid& item, const QUuid& service);

// A service's answer to a referral, and what came of it.
struct ReferralAnswer {
    // "accepted", "refused", or empty: no answer yet (clears the reason and the time).
    std::optional<QString> answer;
    QString reason;                // why it refused; needed for "refused", refused otherwise
    QDateTime at;                  // when it answered; invalid: now (the store's wall clock)
    std::optional<QString> outcome; // replaces the outcome when set; an empty text clears it
};

// Records the answer to the referral of checklist step `item` (one write). Refused, with the
// store unchanged: a step with no referral, an unknown answer, a refusal without a reason, a
// reason without a refusal, an answer time more than a day ahead of the wall clock.
Result<void> answerReferral(Store& store, const QUuid& item, const ReferralAnswer& answer);

} // namespace tandem
