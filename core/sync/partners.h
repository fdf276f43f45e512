#pragma once

#include "crypto/card.h"
#include "util/result.h"

#include <QDateTime>
#include <QUuid>

#include <optional>
#include <vector>

namespace tandem {

class Store;

// A trusted partner office (local: trust is never replicated) and where our exchange with it
// stands: what of ours it has acknowledged, what of its rows we have merged.
struct Partner {
    QByteArray site; // 16 bytes; the partner's office row has this id
    QString name;
    PublicKeys keys;
    QString fingerprint;
    QDateTime trustedAt;
    qint64 ackedSeq = 0;    // our local_seq up to which the partner has merged our rows
    qint64 receivedSeq = 0; // the partner's local_seq up to which we have merged its rows
    QDateTime lastExportAt;
    QDateTime lastMergeAt;

    QUuid officeId() const { return QUuid::fromRfc4122(site); }
};

struct TrustResult {
    Partner partner;
    bool alreadyTrusted = false; // the same card was trusted before; nothing changed
};

// Records the office of `card` as a trusted partner, and its office row if we had none. Refuses
// this office's own card, and a card whose site is already trusted (or known) with other keys.
Result<TrustResult> trustPartner(Store& store, const KeyCard& card);
Result<std::vector<Partner>> partners(const Store& store);
Result<std::optional<Partner>> partnerBySite(const Store& store, const QByteArray& site);
// This office's own card (needs its keys).
Result<KeyCard> ownCard(const Store& store);

} // namespace tandem
