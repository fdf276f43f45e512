#pragma once

#include "util/result.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace tandem {

class Store;

// The safety net before a merge, at the cost of the merge rather than of the file: an undo file
// in the backup folder ("<stamp> before merge from X.undo", listed with the backups) holding the
// rows the merge changed as they were before it, and the keys of the rows it added. Undoing puts
// those rows back and removes the added ones; rows the merge did not touch keep whatever was
// done to them since, unlike a restore of a whole copy.
//
// Not recorded, and never taken back: the audit log (it only grows: an undo is one more entry),
// the file's clock and counters (they never go back), erasures done on a recall, people's key
// slots, and the search index (it follows the rows it indexes).

// Records, from start() until keep() or its destruction, the state before of every row that the
// store's connection changes. start() outside a transaction (it attaches the file); the changes
// in one transaction, with seal() inside it and last; keep() after the commit. A recording not
// kept (the transaction failed or was never committed) is removed with its file.
class UndoRecording {
public:
    static Result<std::unique_ptr<UndoRecording>> start(Store& store, const QString& reason);
    ~UndoRecording();
    UndoRecording(const UndoRecording&) = delete;
    UndoRecording& operator=(const UndoRecording&) = delete;

    // Runs `insert`, one statement that gives every row it inserts into `table` the local
    // sequence number `seq`, which no row held before it: the rows it adds are recorded after it
    // in one statement, not one at a time by a trigger (a merge of a whole office's rows spent
    // about a tenth of its time in that trigger). The rows it changes are recorded as always.
    Result<void> recordInsertsBySeq(const QString& table, qint64 seq, const std::function<Result<void>()>& insert);

    // Marks the recording whole and ties it to the audit entry the transaction wrote last (its
    // merge entry): an undo file whose entry is not in the file's chain (a restore took it away,
    // or the commit never happened) is never applied.
    Result<void> seal();
    // Stops recording and keeps the file (rotated with the backups): until then it has a name
    // the backups' list ignores (".undo.partial"), and the next recording removes it. Returns
    // its path.
    Result<QString> keep();

    const QString& path() const { return m_path; }

private:
    UndoRecording(Store& store, QString path);
    void dropTriggers();
    void stop();

    Store& m_store;
    QString m_path;    // where keep() puts it
    QString m_partial; // where it is written until then
    QStringList m_triggers;
    struct Inserts {
        QString trigger; // the trigger that records a table's added rows one at a time
        QString create;  // its CREATE statement
        QString fill;    // records at once the rows that have the local sequence number ?
    };
    QHash<QString, Inserts> m_inserts; // by table, of the tables with a local_seq
    bool m_attached = false;
    bool m_kept = false;
};

struct UndoSummary {
    qint64 restored = 0;     // rows put back as they were
    qint64 removed = 0;      // rows the undone merges had added
    qint64 changedSince = 0; // of those, rows changed after the merge: those changes went too
    QStringList undone;      // the reasons of the undo files applied, newest first
    QString undoPath;        // the undo file of this undo itself (undoing it brings the merges back)
};

// Undoes what the undo file `undoPath` recorded, and first every newer undo file of the same
// database, newest first, in one transaction, into the database at `databasePath`, which nobody
// may have open (its lock is taken here). The database then continues the exchange as after a
// restore: a new epoch, so partners send again what went, and its own versions of the undone
// stretch may come back. The files applied are deleted; the undo is itself recorded.
Result<UndoSummary> undoRecorded(const QString& databasePath, const QString& undoPath);

} // namespace tandem
