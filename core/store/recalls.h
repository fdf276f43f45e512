#pragma once

#include "util/result.h"

#include <QString>
#include <QUuid>

#include <functional>
#include <vector>

namespace tandem {

class Row;
class Store;

// Recalls and real erasure (DESIGN.md §8, issue 18).
//
// A recall row (entity "recall") says that a survivor's identity, or one office's copy of it, is
// to be erased. It goes to every office and names the survivor by id only. An office carries out
// every recall that addresses it (its recipient is this office, or it has none and comes from the
// survivor's origin): it deletes its copy of the identity outright (no tombstone: its own copy is
// not the origin's to delete elsewhere), and with it the copy's conflicts. Only what was written
// before the recall goes: an identity the origin records again later, under a consent given
// after the recall, stays.
//
// Erasure is by rewriting, not by crypto-shredding. Identifying details are sealed to the office's
// key, and a key per survivor would have to be kept somewhere the backups do not copy, or every
// backup would still open the identity with the passphrase; so the backups have to be rewritten
// in either case. Rewriting needs no second key store and no change to how values are sealed:
// after the transaction that erased the copy commits, the file is vacuumed (every page written
// again, freed pages with old values gone), the write-ahead journal is checkpointed and truncated,
// and each backup of the file is opened, cleared of the identity and vacuumed too (scrub()). Until
// that is done the erasure stays pending (table erased_identity) and the next scrub() does it.

// One copy of an identity this office erased on a recall.
struct ErasedCopy {
    QUuid recall;
    QUuid survivor;
    QString kind;       // withdrawn | erased | retention
    QString reason;
    QByteArray issuedBy; // the site id of the office that made the recall
    int rows = 0;        // identity rows erased (0: only the file and backups are to be rewritten)
};

namespace recalls {

// Carries out the recalls that address this office and that it has not carried out yet, and
// erases any recalled copy that came back since (a partner that had not yet seen the recall sent
// it again). Inside the caller's transaction; each newly carried out recall is audited. Returns
// the recalls carried out now. Run by every merge and by erasing an identity here.
Result<std::vector<ErasedCopy>> apply(Store& store);

// Whether erasures wait for the file and its backups to be rewritten.
Result<bool> scrubPending(const Store& store);

// Rewrites the file, its journal and its backups without the identities erased so far and not yet
// scrubbed; outside any transaction (VACUUM cannot run inside one). `progress` is told the
// fraction done. A backup that cannot be rewritten is named in the error; the erasure stays
// pending, so that the next scrub tries again.
Result<int> scrub(Store& store, const std::function<void(double)>& progress = {});

// The consent rule (the "consent" entity's onWrite): withdrawing or deleting an identity consent
// for another office recalls that office's copy; giving one offers the survivor's identity to
// that office again (its rows go in the next incremental bundle, though sent before).
Result<void> onConsentWrite(Store& store, const Row* before, const Row* after);

} // namespace recalls

} // namespace tandem
