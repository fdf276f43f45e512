// Undoing merges from their undo files (undofile.h): the rows put back, the added ones removed,
// in one transaction, newest file first.

#include "undofile.h"
#include "undoschema.h"

#include "audit.h"
#include "backup.h"
#include "ownclock.h"
#include "store.h"
#include "util/safefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace tandem {
namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(tandem::UndoFile)
};

using namespace undo;

} // namespace

namespace {

struct UndoFile {
    QString path;
    QString reason;
    qint64 auditSeq = 0;
    QByteArray auditHash;
    qint64 localSeq = 0;
    std::uint64_t hlc = 0;
    QString site;
    bool sealed = false;
};

Result<UndoFile> readUndoFile(const Store& store, const QString& path, const QString& schema)
{
    UndoFile f;
    f.path = path;
    Result<QSqlQuery> q = store.exec(QStringLiteral("SELECT key, value FROM %1.%2").arg(schema, kMeta));
    if (!q)
        return makeError(Texts::tr("this is not an undo file of Tandem: %1").arg(q.error().message), path);
    while (q->next()) {
        const QString key = q->value(0).toString();
        const QVariant v = q->value(1);
        if (key == QLatin1String("reason"))
            f.reason = v.toString();
        else if (key == QLatin1String("audit_seq"))
            f.auditSeq = v.toLongLong(), f.sealed = true;
        else if (key == QLatin1String("audit_hash"))
            f.auditHash = QByteArray::fromHex(v.toString().toLatin1());
        else if (key == QLatin1String("local_seq"))
            f.localSeq = v.toLongLong();
        else if (key == QLatin1String("hlc"))
            f.hlc = v.toString().toULongLong();
        else if (key == QLatin1String("site"))
            f.site = v.toString();
    }
    return f;
}

// Whether the undo file applies to the database as it is: of this office's file, finished, and
// recorded on this file's history (its merge's audit entry is in the chain).
Result<QString> whyNotApplicable(const Store& store, const UndoFile& f)
{
    if (f.site != QString::fromLatin1(store.siteId().toHex()))
        return Texts::tr("it was made for another file");
    if (!f.sealed)
        return Texts::tr("what it recorded was never saved (Tandem stopped during the merge)");
    Result<QSqlQuery> q = store.exec(QStringLiteral("SELECT hash FROM main.audit_log WHERE seq = ?"), {f.auditSeq});
    if (!q)
        return q.error();
    if (!q->next() || q->value(0).toByteArray() != f.auditHash)
        return Texts::tr("the file was restored to a state before it, or it was undone already");
    return QString();
}

struct Applied {
    qint64 restored = 0;
    qint64 removed = 0;
    qint64 changedSince = 0;
};

Result<qint64> count(const Store& store, const QString& sql, const QVariantList& binds = {})
{
    Result<QSqlQuery> q = store.exec(sql, binds);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<Applied> applyUndo(Store& store, const QString& schema, const UndoFile& f)
{
    Applied out;
    // keep() dropped the tables that stayed empty: a table may have its rows as they were, the
    // keys of its added rows, or both.
    Result<QSqlQuery> tables = store.exec(QStringLiteral("SELECT name FROM %1.sqlite_schema WHERE type = 'table' AND name LIKE '%@%' "
                                                         "ORDER BY name")
                                              .arg(schema));
    if (!tables)
        return tables.error();
    QSet<QString> present;
    QStringList names;
    while (tables->next()) {
        const QString t = tables->value(0).toString();
        present.insert(t);
        const QString base = t.left(t.lastIndexOf(QLatin1Char('@')));
        if (!names.contains(base))
            names << base;
    }
    tables->finish();
    const QString u = schema + QLatin1Char('.');
    for (const QString& table : std::as_const(names)) {
        Result<QStringList> inMain = columnsOf(store, QStringLiteral("main"), table);
        if (!inMain)
            return inMain.error();
        if (inMain->isEmpty())
            continue; // a table this schema no longer has
        const bool hasBefore = present.contains(table + kBefore);
        const bool hasAdded = present.contains(table + kAdded);
        Result<QStringList> key = keyOf(store, table);
        if (!key)
            return key.error();
        const QString name = quoted(table);
        const QString before = quoted(table + kBefore);
        const QString added = quoted(table + kAdded);
        const QString keys = keyList(*key);
        QStringList parts;
        if (hasBefore)
            parts << QStringLiteral("SELECT %1 FROM %2%3").arg(keys, u, before);
        if (hasAdded)
            parts << QStringLiteral("SELECT %1 FROM %2%3").arg(keys, u, added);
        const QString touched = QStringLiteral("(%1) IN (%2)").arg(keys, parts.join(QStringLiteral(" UNION ALL ")));
        if (inMain->contains(QStringLiteral("local_seq"))) {
            Result<qint64> since = count(store, QStringLiteral("SELECT count(*) FROM main.%1 WHERE local_seq > ? AND %2").arg(name, touched),
                                         {f.localSeq});
            if (!since)
                return since.error();
            out.changedSince += *since;
        }
        QStringList sql;
        if (table == QLatin1String("partner")) {
            // Partners stay trusted or revoked as they are now, and what was sent to each stays
            // sent; what was received from each goes back to before the merge.
            if (hasBefore)
                sql << QStringLiteral("UPDATE main.partner SET acked_seq = p.acked_seq, received_seq = p.received_seq, "
                                      "last_merge_at = p.last_merge_at, epoch = p.epoch, audit_seq = p.audit_seq, "
                                      "audit_hash = p.audit_hash, audit_problem = p.audit_problem FROM %1%2 AS p "
                                      "WHERE main.partner.site = p.site")
                           .arg(u, before);
        } else {
            if (hasBefore) {
                Result<QStringList> inUndo = columnsOf(store, schema, table + kBefore);
                if (!inUndo)
                    return inUndo.error();
                QStringList columns;
                for (const QString& c : std::as_const(*inUndo)) {
                    if (inMain->contains(c))
                        columns << quoted(c);
                }
                Result<qint64> was = count(store, QStringLiteral("SELECT count(*) FROM %1%2").arg(u, before));
                if (!was)
                    return was.error();
                out.restored += *was;
                // An identity erased on a recall since stays erased.
                const QString keepErased = table == QLatin1String("survivor_identity")
                                               ? QStringLiteral(" AND survivor NOT IN (SELECT survivor FROM main.erased_identity)")
                                               : QString();
                sql << QStringLiteral("DELETE FROM main.%1 WHERE (%2) IN (SELECT %2 FROM %3%4)").arg(name, keys, u, before)
                    << QStringLiteral("INSERT INTO main.%1 (%2) SELECT %2 FROM %3%4 WHERE 1%5")
                           .arg(name, columns.join(QStringLiteral(", ")), u, before, keepErased);
            }
            if (hasAdded) {
                Result<qint64> gone = count(store, QStringLiteral("SELECT count(*) FROM main.%1 WHERE (%2) IN (SELECT %2 FROM %3%4)")
                                                       .arg(name, keys, u, added));
                if (!gone)
                    return gone.error();
                out.removed += *gone;
                sql << QStringLiteral("DELETE FROM main.%1 WHERE (%2) IN (SELECT %2 FROM %3%4)").arg(name, keys, u, added);
            }
        }
        for (const QString& s : std::as_const(sql)) {
            if (Result<QSqlQuery> q = store.exec(s); !q)
                return makeError(Texts::tr("the undo of %1 could not be applied to %2: %3").arg(f.reason, table, q.error().message), f.path);
        }
    }
    return out;
}

} // namespace

Result<UndoSummary> undoRecorded(const QString& databasePath, const QString& undoPath)
{
    Result<std::unique_ptr<Store>> opened = Store::open(databasePath);
    if (!opened)
        return opened.error();
    Store& store = **opened;

    // Every undo file of this database that applies, newest first, down to the one asked for.
    Result<std::vector<BackupInfo>> listed = listBackups(databasePath);
    if (!listed)
        return listed.error();
    const QString wanted = QFileInfo(undoPath).absoluteFilePath();
    std::vector<UndoFile> chain;
    bool found = false;
    QString wantedProblem;
    for (const BackupInfo& b : *listed) {
        if (!b.undo)
            continue;
        const bool isWanted = QFileInfo(b.path).absoluteFilePath() == wanted;
        Result<QSqlQuery> attached = store.exec(QStringLiteral("ATTACH DATABASE ? AS peek"), {b.path});
        Result<UndoFile> f = attached ? readUndoFile(store, b.path, QStringLiteral("peek")) : Result<UndoFile>(attached.error());
        Result<QString> problem = f ? whyNotApplicable(store, *f) : Result<QString>(f.error());
        if (attached)
            (void)store.exec(QStringLiteral("DETACH DATABASE peek"));
        // A newer undo file that cannot be read is passed over: what its merge changed then
        // stays, as later edits do. The one asked for must be read.
        if (!problem && isWanted)
            return makeError(problem.error().message, b.path);
        if (!problem)
            continue;
        if (isWanted) {
            if (!problem->isEmpty())
                wantedProblem = *problem;
            found = true;
        }
        if (problem->isEmpty())
            chain.push_back(*f);
        if (isWanted)
            break;
    }
    if (!found)
        return makeError(Texts::tr("this undo file is not in the backup folder of %1").arg(QFileInfo(databasePath).fileName()), undoPath);
    if (!wantedProblem.isEmpty())
        return makeError(Texts::tr("this undo no longer applies: %1").arg(wantedProblem), undoPath);
    std::sort(chain.begin(), chain.end(), [](const UndoFile& a, const UndoFile& b) { return a.auditSeq > b.auditSeq; });
    // SQLite attaches ten files at most: this undo's own recording and nine to undo.
    if (chain.size() > 9)
        return makeError(Texts::tr("%1 later merges would have to be undone first; undo some of them on their own first")
                             .arg(chain.size() - 1),
                         undoPath);

    UndoSummary summary;
    for (const UndoFile& f : chain)
        summary.undone << f.reason;
    Result<std::unique_ptr<UndoRecording>> recording =
        UndoRecording::start(store, Texts::tr("before undoing %1").arg(chain.back().reason));
    if (!recording)
        return recording.error();
    QStringList attached;
    const auto detachAll = [&] {
        for (const QString& s : std::as_const(attached))
            (void)store.exec(QStringLiteral("DETACH DATABASE %1").arg(s));
    };
    for (size_t i = 0; i < chain.size(); ++i) {
        const QString schema = QStringLiteral("u%1").arg(i);
        if (Result<QSqlQuery> a = store.exec(QStringLiteral("ATTACH DATABASE ? AS %1").arg(schema), {chain[i].path}); !a) {
            detachAll();
            return makeError(Texts::tr("cannot read the undo file: %1").arg(a.error().message), chain[i].path);
        }
        attached << schema;
    }
    Result<UndoSummary> result = [&]() -> Result<UndoSummary> {
        Result<Transaction> tx = store.begin();
        if (!tx)
            return tx.error();
        std::uint64_t from = store.clock();
        for (size_t i = 0; i < chain.size(); ++i) {
            Result<Applied> applied = applyUndo(store, attached[int(i)], chain[i]);
            if (!applied)
                return applied.error();
            summary.restored += applied->restored;
            summary.removed += applied->removed;
            summary.changedSince += applied->changedSince;
            from = std::min(from, chain[i].hlc);
        }
        // As after a restore (backup.cpp, continueExchange): partners send again what went, and
        // this office's versions made since the oldest undone merge may come back from them.
        Result<QVariant> epoch = store.meta(QStringLiteral("restore_epoch"));
        if (!epoch)
            return epoch.error();
        if (Result<void> r = store.setMeta(QStringLiteral("restore_epoch"), epoch->toLongLong() + 1); !r)
            return r.error();
        if (store.clock() > from) {
            if (Result<void> r = addLostOwnClock(store, {from, store.clock()}); !r)
                return r.error();
        }
        if (Result<void> r = appendAudit(store, QStringLiteral("undo"), summary.undone.join(QStringLiteral("; ")),
                                         Texts::tr("%1 rows put back as they were, %2 rows removed; %3 of them had changed since")
                                             .arg(summary.restored)
                                             .arg(summary.removed)
                                             .arg(summary.changedSince));
            !r)
            return r.error();
        if (Result<void> r = (*recording)->seal(); !r)
            return r.error();
        if (Result<void> r = tx->commit(); !r)
            return r.error();
        return summary;
    }();
    detachAll();
    if (!result)
        return result.error();
    for (const UndoFile& f : chain)
        removeDatabaseFiles(f.path);
    Result<QString> kept = (*recording)->keep();
    if (!kept)
        return kept.error();
    result->undoPath = *kept;
    return result;
}

} // namespace tandem
