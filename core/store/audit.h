#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace tandem {

class Store;

// One entry of the append-only audit log: exports, merges, identity unlocks, reports with
// identities, protocol and passphrase changes. Each entry's hash covers its content and the
// previous entry's hash, so removing or editing an entry breaks the chain from there on.
struct AuditEntry {
    qint64 seq = 0;
    QDateTime at;
    QString action;  // e.g. "export", "merge", "unlock"
    QString actor;   // the operating-system user who did it
    QString subject; // e.g. the partner office or the file
    QString details; // e.g. "412 rows"
    QByteArray prevHash;
    QByteArray hash;
};

// Appends an entry (inside the caller's transaction when there is one).
Result<void> appendAudit(Store& store, const QString& action, const QString& subject,
                         const QString& details);
// Entries, newest first; `action` filters when not empty.
Result<std::vector<AuditEntry>> readAudit(const Store& store, const QString& action = {},
                                          int limit = -1);

// Which entries a reader of the log wants: one action (all when empty), and entries whose action,
// actor, subject or details contain `text` (ignoring case for ASCII letters; all when empty).
struct AuditFilter {
    QString action;
    QString text;
};
// One page of the entries that match `filter`, newest first: those with a seq below `beforeSeq`
// (from the newest when 0), at most `limit`. The next page starts below the last seq returned.
Result<std::vector<AuditEntry>> readAuditPage(const Store& store, const AuditFilter& filter,
                                              qint64 beforeSeq, int limit);
// How many entries match `filter`.
Result<qint64> countAudit(const Store& store, const AuditFilter& filter = {});
// The distinct actions in the log, in alphabetical order.
Result<QStringList> auditActions(const Store& store);
// The seq of the newest entry, 0 when the log is empty: a cheap way to notice new entries.
Result<qint64> lastAuditSeq(const Store& store);
// The seq of the first entry whose hash does not follow from its content and predecessor, or
// nothing when the chain is whole.
Result<std::optional<qint64>> verifyAudit(const Store& store);

} // namespace tandem
