#pragma once

#include "crypto/card.h"
#include "crypto/officekeys.h"
#include "partners.h"
#include "store/keystore.h"
#include "util/result.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

#include <memory>
#include <optional>
#include <vector>

namespace tandem {

class Store;

// Seats: the other machines of this office (DESIGN.md §9, issue 20). An office is several people
// on several machines; each machine keeps its own file, with its own site id (its own clock and
// sequence, as DESIGN.md §3 needs), and the office's id, keys and record. The machines exchange
// every row of the office with one another, rows kept to the office included, through the same
// bundles or exchange folder as partners; survivors' identities go only to a machine whose person
// may read them. Partner offices see one office: its machines sign with the office's key, and a
// partner learns each machine from its first bundle (sync/partners.h, bundleSender).
//
// A lead invites a machine: the invitation file holds the office's keys and what the new machine
// needs to start (the office's partners, the machines it has, the person it is for), encrypted
// with a one-time passphrase that Tandem makes and shows once, to be given to the person by
// another way than the file (read out, or on paper). It can be used for kInvitationDays. The new
// machine's file is made from it (joinAsSeat) with the person's own passphrase, and the first
// exchange with another machine brings the office's records.
//
// Removing a machine (a lead's act) stops the others sending to it and taking its bundles, and
// the removal reaches every machine of the office with their next exchange. The removed machine
// still holds the office's keys: what it had stays readable to it, and to cut it off from what
// partners send the office later the office needs new keys.

constexpr int kInvitationDays = 7;

struct SeatInvitationOptions {
    QUuid person;        // who will use the new machine; null: the acting person
    QString machineName; // how the office's machines call it; empty: after the person
};

struct MadeInvitation {
    QString passphrase; // the one-time passphrase, shown once
    QByteArray site;    // the new machine's site id
    QString machineName;
    QString personName;
    bool identities = false; // its person may read identities, and the file carries that key
    QDateTime expiresAt;
};

// Writes an invitation for a new machine of this office to `path` (never over an existing file)
// and records the machine among the office's. A lead's act (the refusal names the person);
// `actingKeys` are the lead's, proven; the person invited must not be removed. Audited.
Result<MadeInvitation> inviteSeat(Store& store, const OfficeKeys& actingKeys, const SeatInvitationOptions& options,
                                  const QString& path);

// What an invitation holds, opened.
struct SeatInvitation {
    QByteArray officeId;
    QString officeName;
    QString officeCode;
    QByteArray site;
    QString machineName;
    int machineNumber = 0; // 2 and up: its survivor codes' range (domain/survivors.h)
    SeatPerson person;
    std::shared_ptr<OfficeKeys> keys;
    struct PartnerCard {
        KeyCard card;
        QString localName;
        qint64 trustedAt = 0; // when the office trusted it (Unix seconds)
    };
    std::vector<PartnerCard> partners;
    QString machines; // the office's machines when it was made (seatList)
    QDateTime madeAt;
    QDateTime expiresAt;
    QString madeBy;
};

// Opens the invitation at `path` with its one-time passphrase. Refused: not an invitation, a
// damaged one, the wrong passphrase, an expired one (as of `nowMs`, Unix milliseconds).
Result<SeatInvitation> readInvitation(const QString& path, const QString& passphrase, qint64 nowMs);

// Makes the new machine's file at `path` (Store::createSeat): the office's keys in the slot of the
// invited person, wrapped with `passphrase` (their own, not the invitation's), the partners the
// office trusted and the machines it had. Audited in the new file.
Result<std::unique_ptr<Store>> joinAsSeat(const QString& path, const SeatInvitation& invitation,
                                          const QString& passphrase, KdfCost cost = KdfCost::Interactive);

// Removes the machine `site` from the office (a lead's act). Audited.
Result<Partner> removeSeat(Store& store, const QByteArray& site);
// The machine of this office named `nameOrId` (a site id, or a name without regard to case),
// removed ones too; "no machine ..." names what was given.
Result<Seat> findSeat(const Store& store, const QString& nameOrId);

// This machine's name among the office's machines ("First machine" for an office's first file).
QString machineName(const Store& store);
// The office's machines as a bundle to another machine carries them (JSON: site, name,
// identities, removed_at), this one included.
Result<QString> seatList(const Store& store);
// Takes in the machines another machine of the office listed: new ones are recorded, removals
// are carried out (never undone). Inside the merge's transaction.
Result<void> takeSeatList(Store& store, const QString& list, const QString& bundlePath);

// The partner offices this machine trusts or has revoked, with when, as a bundle to another
// machine of the office carries them (JSON: site, name, sign, box, trusted_at, revoked_at).
Result<QString> officeTrust(const Store& store);
// Takes in the trust decisions another machine of the office made: for each partner office the
// latest decision (trusting, re-keying or revoking) wins, so that every machine of the office
// trusts the same offices. Audited. Inside the merge's transaction.
Result<void> takeOfficeTrust(Store& store, const QString& list, const QString& bundlePath);

} // namespace tandem
