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
// One row per machine this file exchanges with (DESIGN.md §9): a partner office's first machine
// (its site is the office's id), another machine of a partner office (a seat of it, learned from
// its first bundle), or another machine of this office (`seat`). What was sent and received is
// kept per machine, as each has its own sequence; trust is the office's, by its key card.
struct Partner {
    QByteArray site;   // 16 bytes: the machine
    QByteArray office; // 16 bytes: its office (equal to `site` for an office's first machine)
    bool seat = false; // another machine of this office
    bool identities = false; // a seat that may receive survivors' identities
    int machineNumber = 0;   // a seat's number among the office's machines (0: not known)
    QString name;
    PublicKeys keys;
    QString fingerprint;
    QDateTime trustedAt;
    qint64 ackedSeq = 0;    // our local_seq up to which the partner has merged our rows
    qint64 receivedSeq = 0; // the partner's local_seq up to which we have merged its rows
    qint64 sentSeq = 0;     // our local_seq up to which we have exported for it
    qint64 epoch = 0;       // the partner's restore epoch, as its last bundle told it
    // The head of the partner's audit chain as its last bundle showed it (audit.h), and what was
    // wrong when a later bundle showed a chain that went back or changed (empty when nothing was).
    qint64 auditSeq = 0;
    QByteArray auditHash;
    QString auditProblem;
    QDateTime lastExportAt;
    QDateTime lastMergeAt;

    QUuid officeId() const { return QUuid::fromRfc4122(office); }
};

struct TrustResult {
    Partner partner;
    bool alreadyTrusted = false;  // the same card was trusted before; nothing changed
    QString replacedFingerprint;  // the fingerprint of the key this card replaced, if it did
};

// Records the office of `card` as a trusted partner, and its office row (from the card, without
// versions) if we had none. Refuses this office's own card, and a card whose site is known with
// other keys, unless `confirmedFingerprint` is the card's own fingerprint: the one the partner
// read out over the phone. Then the card replaces the key trusted before (re-keying), and bundles
// signed with the old key are refused from then on. A partner whose trust was revoked is trusted
// again where its exchange stood. `localName`, when given, is the name this office knows it by.
// Audited.
Result<TrustResult> trustPartner(Store& store, const KeyCard& card, const QString& localName = {},
                                 const QString& confirmedFingerprint = {});
// Whether the acting person may trust or untrust partner offices (a lead: the office directory
// is theirs to change); the refusal names the person and their roles. trustPartner and
// untrustPartner ask it first, so the window and the command line are refused alike.
Result<void> mayChangeTrust(const Store& store);
// The fingerprint of other keys than the card's known for the card's site (trusted, revoked, or
// on the office's record as a partner relayed it); empty when none are. Trusting the card then
// replaces them, and needs the new fingerprint confirmed.
Result<QString> otherKnownFingerprint(const Store& store, const KeyCard& card);
// Revokes the trust of the partner office `site`: its bundles are refused and no bundle is made
// for it from then on. Its records stay; trusting its card again resumes the exchange. Audited.
Result<Partner> untrustPartner(Store& store, const QByteArray& site);
// Writes on this office's own record the offices it trusts (the "trusts" field), as its partner
// list says, when the record says otherwise: relays hand this office's "partners" rows to those
// only (store/sharing.h). Inside the caller's transaction, or its own. Trusting, untrusting and
// exporting call it; it is not a person's write (no person guard), as it only mirrors the list.
Result<void> publishTrust(Store& store);
// What publishTrust() writes: the trusted offices' ids, sorted, as JSON; empty when none.
Result<QString> trustList(const Store& store);
// The trusted partner offices (revoked ones are not), one row each: their first machine's.
Result<std::vector<Partner>> partners(const Store& store);
// The machine `site` this file exchanges with (a partner office by its id, a seat of a partner
// office, a seat of this office), unless its trust was revoked or the seat removed.
Result<std::optional<Partner>> partnerBySite(const Store& store, const QByteArray& site);
// The other machines of this office (sync/seats.h), removed ones too when `withRemoved` (then
// `removedAt` says when).
struct Seat {
    Partner machine;
    QDateTime removedAt;
};
Result<std::vector<Seat>> seats(const Store& store, bool withRemoved = false);

// Who sent a bundle: the machine `site`, of the office `office`, which signed with the keys of
// the fingerprint `fingerprint`. A machine known already (its row); a seat of a trusted partner
// office or of this office seen for the first time (a new row, not yet written: `isNew`); or
// nothing when the office is not trusted, the fingerprint is not the office's, or the machine is
// a seat removed from this office (then `refusal` says so).
struct Sender {
    Partner partner;
    bool isNew = false;
    QString refusal;
};
Result<Sender> bundleSender(const Store& store, const QByteArray& site, const QByteArray& office,
                            const QString& fingerprint);
// Writes the row of a sender seen for the first time (inside the merge's transaction).
Result<void> addSender(Store& store, const Partner& partner);
// The keys a bundle's envelope may be signed with: its sender's office's, by the fingerprint.
std::optional<PublicKeys> trustedKeys(const Store& store, const QString& fingerprint, const QByteArray& site);
// This office's own card (needs its keys).
Result<KeyCard> ownCard(const Store& store);

} // namespace tandem
