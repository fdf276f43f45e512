#pragma once

#include "crypto/officekeys.h"
#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>

namespace tandem {

class Store;

// Progress of a long export or merge, from 0 to 1; return false to cancel (nothing is written).
using ExchangeProgress = std::function<bool(double fraction)>;

struct ExportOptions {
    QList<QByteArray> recipients; // partner sites; at least one
    bool full = false;            // everything, not only what the recipients have not acknowledged
    // With no row to send, nothing is written (no file, no audit entry): the summary says 0 rows.
    bool skipIfEmpty = false;
    // The name the bundle goes by, for the audit log, when it is written under a temporary one
    // and renamed after (the exchange folder); empty: its file's name.
    QString finalName;
};

struct ExportSummary {
    QMap<QString, qint64> perEntity; // rows per entity in the bundle
    qint64 rows = 0;
    qint64 bytes = 0;  // size of the bundle file
    qint64 since = 0;  // local_seq after which rows were taken (0 for full)
    qint64 attachmentBytes = 0; // bytes of attached files carried
    QStringList recipientNames;
};

// Writes a signed, encrypted bundle for the recipients (DESIGN.md §3): rows changed since what
// every recipient has acknowledged (or all with `full`), only what all of them may see: never an
// office-only row, a survivor identity only where an active consent covers each recipient.
Result<ExportSummary> exportBundle(Store& store, const OfficeKeys& keys, const ExportOptions& options,
                                   const QString& bundlePath, const ExchangeProgress& progress = {});

struct MergeCounts {
    qint64 added = 0;
    qint64 updated = 0;
    qint64 deleted = 0;
};

struct MergeSummary {
    QString senderName;
    QByteArray senderSite;
    QMap<QString, MergeCounts> perEntity; // only entities with changes
    qint64 conflicts = 0;                 // new entries in the conflict list
    qint64 codeClashes = 0;               // pairs of survivors newly found sharing a code
    qint64 rowsInBundle = 0;
    qint64 attachmentBytes = 0; // bytes of attached files newly kept
    QString backupPath; // the undo file of the merge (core/store/undofile.h), in the backup folder
    // What was wrong with the sender's audit chain against the head its last bundle showed (it
    // went back, or an entry changed), in the reader's language; empty when nothing was.
    QString auditProblem;
    // Survivors' identities erased here on recalls the bundle brought (store/recalls.h), and what
    // stopped the file or its backups being rewritten without them (the erasure then stays
    // pending for the next merge or `tandem-cli check`); empty when nothing did.
    qint64 erased = 0;
    QString erasureProblem;
    MergeCounts total() const;
};

struct MergeOptions {
    // The merge recorded in an undo file (core/store/undofile.h, kept in the backups' rotating
    // set) so that it can be undone. Off only where the caller measures the merge alone (the
    // benchmark).
    bool backup = true;
    // From this many rows in the payload on, its checks (mergecheck::checkRows) are shared with a
    // second read-only connection to the file on a thread of its own; 0 never.
    qint64 parallelChecksFrom = 4000;
};

// The code of a merge refused because the bundle carries survivors' identities and the keys it is
// merged with do not open them (a person who may not read identities): another person's merge
// takes it, so an exchange folder leaves it where it is.
inline const QString kNeedsIdentityKey = QStringLiteral("needs-identity-key");

// Verifies the bundle (magic, format, trusted sender, signature, recipient, decryption, payload
// schema, clocks), makes a backup, and only then merges it in one transaction: per-field last
// writer wins by version, tombstones, concurrent edits to the conflict list. On any failure the
// database is unchanged.
Result<MergeSummary> mergeBundle(Store& store, const OfficeKeys& keys, const QString& bundlePath,
                                 const ExchangeProgress& progress = {}, const MergeOptions& options = {});

} // namespace tandem
