#pragma once

#include "store/registry.h"
#include "util/result.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>
#include <QString>

#include <functional>
#include <vector>

// The rules of a merge beyond per-field last writer wins (DESIGN.md §3), each a few set-based
// statements over the payload attached as "b", inside the merge's transaction.
namespace tandem {

class Store;
struct Partner;

namespace mergerules {

// SQL: the fields of the row `alias` as a JSON object (ids as hex; identifying details sealed to
// this office, as hex), the form of a delete conflict's lost row.
QString snapshotSql(const std::vector<const FieldDef*>& fields, const QString& alias);

// Prepares the temporary tables of one merge (emptied, for this connection).
Result<void> begin(Store& store);

// Before the rows of `e` are merged: takes out of the payload every row this office keeps to
// itself (store/sharing.h, privateCondition) or that would belong to one, so that a partner's
// change never merges into it. Where the sender still holds such a row shared, the row's
// withdrawal is renewed with `version()` (a version later than any in the bundle) so that it goes
// out again and wins. Returns how many rows were taken out.
Result<qint64> skipPrivate(Store& store, const EntityDef& e, qint64 seq, const std::function<QByteArray()>& version);

// Before the rows of `e` are merged: keeps the rows this bundle deletes as they are, for the
// conflicts of rows added under them meanwhile (recordOrphans).
Result<void> keepOwnerSnapshots(Store& store, const EntityDef& e);

// After the rows of `e` are merged (with local_seq `seq`): a tombstone that is not exchanged here
// is a withdrawal (its office stopped sharing it), which this office relays; a row exchanged
// again is no longer withdrawn.
Result<void> trackWithdrawals(Store& store, const EntityDef& e, qint64 seq);

// After every table is merged: each live row whose owner is deleted, where the row or its owner
// changed in this merge and no conflict lists that pairing yet, goes to the conflict list: a row
// added under an owner that another office deleted meanwhile. Returns how many were listed.
Result<qint64> recordOrphans(Store& store, qint64 seq, const QByteArray& sender, qint64 now);

// After a merge: keeps the head of the sender's audit chain its bundle carried (seq and hash of
// its newest entry), and compares it with the head kept from its last bundle. A chain that went
// back, or whose entry at the same seq changed, is recorded on the partner (kept for check) and
// returned as a sentence for the merge summary; a new restore epoch
// explains a chain that went back (the sender restored a backup) and is not a problem. Bundles
// from older Tandems carry no head, and one older than the last merged (`senderSeq` below the
// partner's received seq) tells nothing of the chain now: nothing changes.
Result<QString> witnessAuditHead(Store& store, const Partner& sender, qint64 epoch, qint64 senderSeq,
                                 qint64 auditSeq, const QByteArray& auditHash);

// Whom distributions reach (store/sharing.h): per office, the offices it trusts (its published
// trust list); per sharing group, its members.
struct Reach {
    QHash<QByteArray, QStringList> trusts;
    QHash<QByteArray, QStringList> members;
};
Result<Reach> reach(const Store& store);

// After a merge (`before` taken before it): rows whose distribution now reaches an office it did
// not reach before (an origin trusts one more office, a group has one more member) are sent again
// from here, since incremental exports to that office passed over them. They take the merge's own
// sequence number `seq` (a fresh one would hide them from recordOrphans).
Result<void> offerWidened(Store& store, const Reach& before, qint64 seq);

} // namespace mergerules
} // namespace tandem
