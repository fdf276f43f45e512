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

class OfficeKeys;

// One entry of the append-only audit log: exports, merges, identity unlocks, reports with
// identities, protocol and passphrase changes, status moves. Each entry's hash covers its content
// and the previous entry's hash, so removing or editing an entry breaks the chain from there on.
//
// A bare hash chain is no proof against someone who holds the file: they can rewrite an entry and
// every hash after it. So the chain is also keyed (DESIGN.md §7), forward-secure in the manner of
// Schneier and Kelsey's secure audit logs: entry i carries a MAC of its hash under key K(i), and
// K(i+1) is a one-way step from K(i). The file keeps only the key of the NEXT entry; K(first) is
// derived from the office's signing secret (OfficeKeys::auditRootKey), so only someone who can
// unlock the office keys can recompute the earlier MACs. Rewriting an entry, or cutting entries off
// the end (the file's key has then moved past the last entry), shows to a check with the keys even
// when the append-only triggers were dropped; partners keep the head of the chain each bundle
// carries (auditHead) and notice a chain that went back or changed.
struct AuditEntry {
    qint64 seq = 0;
    QDateTime at;
    QString action;  // e.g. "export", "merge", "unlock"
    QString actor;   // the operating-system user who did it
    QString subject; // e.g. the partner office or the file
    QString details; // e.g. "412 rows"
    QByteArray prevHash;
    QByteArray hash;
    QByteArray mac; // keyed; empty for entries written before the office keyed its chain
};

// Appends an entry (inside the caller's transaction when there is one).
Result<void> appendAudit(Store& store, const QString& action, const QString& subject,
                         const QString& details);
// Starts the keyed chain from the next entry on, when it is not keyed yet (a file made before
// the chain was keyed, or an office that had no keys): called wherever the office keys are made or
// unlocked for a write. Does nothing on a keyed chain or a read-only store.
Result<void> keyAuditChain(Store& store, const OfficeKeys& keys);

// The newest entry's seq and hash, which every bundle carries for partners to keep; seq 0 and an
// empty hash for an empty log.
struct AuditHead {
    qint64 seq = 0;
    QByteArray hash;
};
Result<AuditHead> auditHead(const Store& store);

// What a check of the chain found: the entry (0 for the chain as a whole) and what is wrong, in
// the reader's language.
struct AuditProblem {
    qint64 seq = 0;
    QString what;
};
// Checks the hash chain, that each entry from the first keyed one on has its MAC, and that the
// file's next key sits right after the last entry. With `keys`, also recomputes every MAC and the
// next key from the root: a rewritten entry or a cut tail then shows even to someone who rewrote
// every hash.
Result<std::vector<AuditProblem>> verifyAuditChain(const Store& store, const OfficeKeys* keys = nullptr);

// Entries, newest first; `action` filters when not empty.
Result<std::vector<AuditEntry>> readAudit(const Store& store, const QString& action = {},
                                          int limit = -1);

// Which entries a reader of the log wants: one action (all when empty), one person (the actor's
// name exactly; all when empty), and entries whose action, actor, subject or details contain
// `text` (ignoring case for ASCII letters; all when empty).
struct AuditFilter {
    QString action;
    QString text;
    QString actor;
};
// One page of the entries that match `filter`, newest first: those with a seq below `beforeSeq`
// (from the newest when 0), at most `limit`. The next page starts below the last seq returned.
Result<std::vector<AuditEntry>> readAuditPage(const Store& store, const AuditFilter& filter,
                                              qint64 beforeSeq, int limit);
// How many entries match `filter`.
Result<qint64> countAudit(const Store& store, const AuditFilter& filter = {});
// The distinct actions in the log, in alphabetical order.
Result<QStringList> auditActions(const Store& store);
// The distinct people (actors) in the log, in alphabetical order.
Result<QStringList> auditActors(const Store& store);
// The seq of the newest entry, 0 when the log is empty: a cheap way to notice new entries.
Result<qint64> lastAuditSeq(const Store& store);

} // namespace tandem
