#pragma once

#include "crypto/officekeys.h"
#include "util/result.h"

#include <QStringList>
#include <QUuid>

namespace tandem {

class Store;

// This office's keys as kept in the database (DESIGN.md §4, §7): public halves in the clear (also
// on the office's own row, which partners receive), secret halves wrapped once per person, in
// that person's key slot (the LOCAL table key_slot, never in a dump or a bundle). A slot unwraps
// the office's sign and box secrets; only the slots of people whose roles may read identities
// also hold the identity secret, the key identifying details are sealed to. Adding or removing a
// person adds or deletes a slot: the office's key pairs, which partners know, never change.
//
// A file from before people (schema 4) keeps one wrapping with the office passphrase in `meta`
// and identities sealed to the box key, until migrateToPeople() turns it into the first lead's
// slot (see needsPeopleMigration()).
bool hasOfficeKeys(const Store& store);
// Makes this office's key pairs (with the identity pair) and the first person, a lead named
// `leadName` (the login name when empty), whose slot wraps them with `passphrase`. Refuses when
// keys exist. Returns the public keys; the lead's id is firstPerson().
Result<PublicKeys> createOfficeKeys(Store& store, const QString& passphrase,
                                    KdfCost cost = KdfCost::Interactive, const QString& leadName = {});
// The same with key pairs made beforehand (OfficeKeys::fromSeed for a reproducible demo file).
Result<PublicKeys> createOfficeKeys(Store& store, const OfficeKeys& keys, const QString& passphrase,
                                    KdfCost cost = KdfCost::Interactive, const QString& leadName = {});
// A seat's keys (another machine of an office, sync/seats.h): the office's key pairs as the
// invitation brought them, wrapped in the slot of the one person the seat was made for, who gets
// the identity secret only when `keys` hold it (their roles may read identities). The person keeps
// the id, name and roles the office knows them by.
struct SeatPerson {
    QUuid id;
    QString name;
    QStringList roles;
    QUuid agency;
};
Result<void> createSeatKeys(Store& store, const OfficeKeys& keys, const SeatPerson& person, const QString& passphrase,
                            KdfCost cost = KdfCost::Interactive);
Result<PublicKeys> officePublicKeys(const Store& store);
// The secrets, for signing or opening bundles, from the slot of the person acting on `store`
// (Store::actor()), or when none is set from the first slot `passphrase` opens; in a file from
// before people, from the office passphrase. "wrong passphrase" when it does not fit.
Result<OfficeKeys> unlockOfficeKeys(const Store& store, const QString& passphrase);
// The secrets from `person`'s slot. "wrong passphrase" when it does not fit; a person without a
// slot (removed) opens nothing.
Result<OfficeKeys> unlockSlot(const Store& store, const QUuid& person, const QString& passphrase);
// Re-wraps the slot that `oldPassphrase` opens (the acting person's) with a new passphrase; no
// other data changes.
Result<void> changePassphrase(Store& store, const QString& oldPassphrase, const QString& newPassphrase);

// Key slots. `keys` must hold the identity secret when `withIdentity` (a lead's or a liaison's).
Result<void> writeSlot(Store& store, const QUuid& person, const OfficeKeys& keys, const QString& passphrase,
                       bool withIdentity);
Result<void> deleteSlot(Store& store, const QUuid& person);
bool hasSlot(const Store& store, const QUuid& person);
// The Argon2id cost this file's slots use (Minimal only in files made so for tests).
KdfCost slotCost(const Store& store);

// A person's row (the LOCAL table person): the core of core/domain/people, kept here because the
// first lead is made with the keys.
Result<QUuid> insertPersonRow(Store& store, const QString& name, const QStringList& roles, const QUuid& agency);

// A file from before people: the office passphrase wraps the keys, there are no slots yet.
bool needsPeopleMigration(const Store& store);
// Turns such a file into one with people, in one transaction (a failure leaves the file exactly
// as it was): `officePassphrase` (proven here) becomes the slot of a first person, a lead named
// `leadName`; a new identity key pair is made and every sealed value is sealed to it again.
// Returns the lead's id.
Result<QUuid> migrateToPeople(Store& store, const QString& officePassphrase, const QString& leadName);

} // namespace tandem
