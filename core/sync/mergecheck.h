#pragma once

#include "store/ownclock.h"
#include "util/result.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

// What a merge checks in a decrypted payload (attached as "b") before it writes anything: a
// partner is trusted, not obeyed. Each failure names the bundle, and the row and field at fault.
namespace tandem {

class Store;
struct Partner;

namespace mergecheck {

struct Manifest {
    int format = 0;
    int schema = 0;
    QByteArray senderSite;
    QByteArray senderOffice; // the sender's office (its site, from Tandems before seats)
    QString senderName;
    QString seats;    // from another machine of this office: the office's machines (sync/seats.h)
    QString partners; // ... and the partner offices it trusts
    qint64 senderSeq = 0;
    qint64 since = 0;
    qint64 epoch = 0; // the sender's restore epoch (0 before any restore, and from older Tandems)
    // The head of the sender's audit chain when it made the bundle (seq 0 from older Tandems).
    qint64 auditSeq = 0;
    QByteArray auditHash;
    QStringList completeFor;
};

Result<Manifest> readManifest(Store& store, const QString& bundlePath);

// This office as the checks of its own rows see it (RowChecks::notOurs), read from the merging
// connection before they run. `ourSites` are the machines of this office (this file's site
// first; sync/seats.h): any of them may write the office's own record.
struct Own {
    QByteArray site;
    QByteArray office;
    std::uint64_t clock = 0;
    QList<QByteArray> machines;
    std::vector<ClockRange> lost; // stretches of this office's clock given away (store/ownclock.h)
};
Result<Own> ownOf(const Store& store, const QList<QByteArray>& ourSites);

// What the checks of checkRows() found, to be reported in this order (merger.cpp puts its checks
// of the clock and of the sender between the first two).
struct RowChecks {
    // Every row has a well-formed id and versions; else the refusal.
    std::optional<Error> damaged;
    // The highest clock anywhere in the payload (its version vector and its rows).
    std::uint64_t clock = 0;
    // Every value of every row is one a local write could have stored (stored::invalidSql, the
    // rules of value::normalise), and live rows have their required fields; then the entity's
    // cross-field rules (EntityDef::validate, those of a local write: a tip says what was
    // reported, an age band agrees with the minor box, ...) hold for every live row whose fields
    // were all last written by one office: that row is as the office's own writes left it, and
    // each write was held to the rules. A row whose fields come from several offices is the merge
    // of concurrent edits, which can break a cross-field rule without anyone's fault (`check`
    // warns of those); it is not refused, or two offices could never exchange again. Else the
    // first refusal, in the registry's order of tables (values before rules).
    std::optional<Error> refused;
    // Nothing changes this office's own record but this office, and no version claims to be this
    // office's that this office never made (outside the stretches of its clock a restore or a
    // clock repair gave away); nor does the sender claim to have seen more of this office's
    // changes than this office made. Else the first refusal.
    std::optional<Error> notOurs;
};

// The checks of every row of the payload (attached as "b") that read the payload and this
// office's committed rows, table by table, with `own` as read beforehand (none: RowChecks::notOurs
// is not looked into). When the payload has
// at least `parallelFrom` rows (0: never), a second read-only connection to the file, with
// `payloadBytes` (the payload's bytes as attached, payload::Attached::bytes()) attached
// read-only, shares them on a thread of its own. Run before the merge's transaction begins.
// Failing to run a check (not a refusal) is the error returned.
Result<RowChecks> checkRows(const Store& store, const QHash<QString, QStringList>& columns, const Own* own,
                            QByteArrayView payloadBytes, const QString& bundlePath, qint64 parallelFrom);

// The attached files' bytes (schema 10, store/attachmentstore.h): every chunk of the payload is
// well formed (a chunk name, at most a chunk's size, of a survivor's file or not), and every live
// attachment row the payload carries names only chunks the payload or this file holds, of its
// kind. A chunk missing or a name that is no chunk's: refused, naming the attachment.
Result<void> attachmentChunks(Store& store, const QHash<QString, QStringList>& columns, int schemaVersion,
                              const QString& bundlePath);

// The sender acknowledges no more of this office's changes than this office ever sent it.
// Returns the acknowledgement (0 when there is none).
Result<qint64> acknowledgement(Store& store, const Partner& sender, const QString& bundlePath);

} // namespace mergecheck
} // namespace tandem
