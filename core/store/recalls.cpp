#include "recalls.h"

#include "attachmentstore.h"

#include "audit.h"
#include "backup.h"
#include "registry.h"
#include "row.h"
#include "sharing.h"
#include "store.h"
#include "value.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace tandem::recalls {
namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(tandem::Recalls)
};

const QString kIdentity = QStringLiteral("survivor_identity");
// A survivor's attached files (store/attachmentstore.h): identifying details, recalled and erased
// with the identity.
const QString kAttachment = QStringLiteral("survivor_attachment");

// The newest version of any field of an identity row (alias `alias`): what a recall is compared
// with (a recall erases what was written before it).
QString newestVersion(const QString& alias, const QString& entity = kIdentity)
{
    const EntityDef* e = Registry::instance().entity(entity);
    QStringList columns;
    for (const QString& c : e->versionColumns())
        columns << alias + QLatin1Char('.') + c;
    return columns.size() == 1 ? columns.first() : QStringLiteral("max(%1)").arg(columns.join(QStringLiteral(", ")));
}

// The office that issued the recall `r`: its issued_by, or for a recall from before schema 9 the
// site of its version (then always its office's first machine).
QString issuerSql(const QString& r)
{
    return QStringLiteral("coalesce(%1.issued_by, substr(%1.survivor_v, 9))").arg(r);
}

// The recalls (alias r) this office carries out: addressed to it, by itself or by the survivor's
// origin; or addressed to every office by the survivor's origin.
QString addressed(const Store& store)
{
    const QString self = QStringLiteral("x'%1'").arg(QString::fromLatin1(store.officeSite().toHex()));
    return QStringLiteral("r.deleted = 0 AND (r.recipient = %1 OR r.recipient IS NULL) AND EXISTS (SELECT 1 FROM survivor s "
                          "WHERE s.id = r.survivor AND (%3 = %2 OR (r.recipient = %1 AND %3 = %1)))")
        .arg(self, originSql(QStringLiteral("s")), issuerSql(QStringLiteral("r")));
}

// An identity row (alias i) that the recall r covers: written before it, and not given again to
// this office by a consent recorded after it (whatever date the consent itself bears: it may be
// written up late).
QString covered(const Store& store, const QString& entity = kIdentity)
{
    return QStringLiteral(
               "%1 <= r.survivor_v AND NOT EXISTS (SELECT 1 FROM consent c WHERE c.survivor = i.survivor "
               "AND c.deleted = 0 AND c.scope = 'identity' AND c.recipient_office = x'%2' AND max(c.given_at_v, c.withdrawn_at_v) > r.survivor_v "
               "AND c.withdrawn_at IS NULL)")
        .arg(newestVersion(QStringLiteral("i"), entity), QString::fromLatin1(store.officeSite().toHex()));
}

QString kindLabel(const QString& kind)
{
    const EntityDef* e = Registry::instance().entity(QStringLiteral("recall"));
    return e->field(QStringLiteral("kind"))->valueLabel(kind);
}

Result<void> checkpoint(Store& store)
{
    // A reader of the file (another window's read-only view) can hold the journal for a moment.
    for (int attempt = 0; attempt < 50; ++attempt) {
        Result<QSqlQuery> q = store.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        if (!q)
            return q.error();
        if (!q->next() || q->value(0).toInt() == 0)
            return {};
        q->finish();
        QThread::msleep(100);
    }
    return makeError(Texts::tr("another program is reading the file, so its journal could not be rewritten; "
                               "close the other window and erase again"),
                     store.path());
}

struct Pending {
    QByteArray survivor;
    QByteArray version; // the recall's: rows written before it go
};

// A backup, or an undo file (undofile.h), whose tables carry "@before" after their names.
Result<void> rewriteBackup(const QString& path, const std::vector<Pending>& pending)
{
    const QString suffix = path.endsWith(QLatin1String(".undo")) ? QStringLiteral("@before") : QString();
    const QString conflictTable = QStringLiteral("\"merge_conflict%1\"").arg(suffix);
    const QString connection = QStringLiteral("tandem-scrub-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<void> result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        const auto fail = [&](const QSqlError& e) {
            return makeError(Texts::tr("a backup could not be rewritten without the erased identity, so the "
                                       "erasure stays pending: %1")
                                 .arg(e.text()),
                             path);
        };
        const auto run = [&](const QString& sql, const QVariantList& binds = {}) -> Result<void> {
            QSqlQuery q(db);
            if (!q.prepare(sql))
                return fail(q.lastError());
            for (const QVariant& b : binds)
                q.addBindValue(b);
            if (!q.exec())
                return fail(q.lastError());
            return {};
        };
        if (!db.open()) {
            result = fail(db.lastError());
        } else {
            const auto hasTable = [&](const QString& name) {
                QSqlQuery q(db);
                return q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = '%1%2'").arg(name, suffix)) && q.next();
            };
            const bool conflicts = hasTable(QStringLiteral("merge_conflict"));
            // The identity, and the survivor's attached files (schema 10) with their bytes.
            for (const QString& entity : {kIdentity, kAttachment}) {
                if (!hasTable(entity))
                    continue;
                const QString table = QStringLiteral("\"%1%2\"").arg(entity, suffix);
                const QString rows = QStringLiteral("SELECT i.id FROM %1 i WHERE i.survivor = ? AND %2 <= ?")
                                         .arg(table, newestVersion(QStringLiteral("i"), entity));
                for (const Pending& p : pending) {
                    if (!result)
                        break;
                    if (conflicts)
                        result = run(QStringLiteral("DELETE FROM %1 WHERE entity = '%2' AND row_id IN (%3)").arg(conflictTable, entity, rows),
                                     {p.survivor, p.version});
                    if (result)
                        result = run(QStringLiteral("DELETE FROM %1 WHERE id IN (%2)").arg(table, rows), {p.survivor, p.version});
                }
            }
            if (result && suffix.isEmpty() && hasTable(QStringLiteral("attachment_chunk")) && hasTable(kAttachment))
                result = run(QStringLiteral("DELETE FROM attachment_chunk WHERE identifying = 1 AND name NOT IN (SELECT j.value FROM "
                                            "survivor_attachment a, json_each(a.chunks) j WHERE a.deleted = 0 AND json_valid(a.chunks))"));
            if (result)
                result = run(QStringLiteral("VACUUM"));
            if (result)
                result = run(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

} // namespace

Result<std::vector<ErasedCopy>> apply(Store& store)
{
    // Copies that are to go: newly recalled ones, and recalled ones that came back.
    // The identity's copies and the survivor's attached files (schema 10), with their bytes.
    QHash<QByteArray, int> perRecall;
    bool filesGone = false;
    for (const QString& entity : {kIdentity, kAttachment}) {
        Result<QSqlQuery> rows = store.exec(QStringLiteral("SELECT DISTINCT i.id, r.id FROM %3 i JOIN recall r "
                                                           "ON r.survivor = i.survivor WHERE i.deleted = 0 AND %1 AND %2")
                                                .arg(addressed(store), covered(store, entity), entity));
        if (!rows)
            return rows.error();
        QList<QUuid> ids;
        while (rows->next()) {
            const QUuid id = QUuid::fromRfc4122(rows->value(0).toByteArray());
            if (!ids.contains(id))
                ids << id;
            ++perRecall[rows->value(1).toByteArray()];
        }
        rows->finish();
        for (const QUuid& id : ids) {
            for (const QString& sql : {QStringLiteral("DELETE FROM merge_conflict WHERE entity = '%1' AND row_id = ?").arg(entity),
                                       QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(entity)}) {
                if (Result<QSqlQuery> q = store.exec(sql, {id.toRfc4122()}); !q)
                    return q.error();
            }
        }
        if (!ids.isEmpty())
            store.announceChanged(entity, ids);
        filesGone = filesGone || (entity == kAttachment && !ids.isEmpty());
    }
    if (filesGone) {
        if (Result<qint64> gone = attachments::collectGarbage(store); !gone)
            return gone.error();
    }

    const qint64 now = store.wallClock() / 1000;
    // A copy that came back is rewritten out of the file again.
    for (auto it = perRecall.cbegin(); it != perRecall.cend(); ++it) {
        if (Result<QSqlQuery> q = store.exec(QStringLiteral("UPDATE erased_identity SET scrubbed_at = NULL WHERE recall = ?"), {it.key()}); !q)
            return q.error();
    }

    // Recalls carried out for the first time.
    Result<QSqlQuery> fresh = store.exec(
        QStringLiteral("SELECT r.id, r.survivor, r.kind, r.reason, %2, "
                       "(SELECT s.code FROM survivor s WHERE s.id = r.survivor), "
                       "(SELECT o.name FROM office o WHERE o.id = %2), "
                       "EXISTS (SELECT 1 FROM survivor_identity i WHERE i.survivor = r.survivor) "
                       "FROM recall r WHERE %1 AND NOT EXISTS (SELECT 1 FROM erased_identity e WHERE e.recall = r.id)")
            .arg(addressed(store), issuerSql(QStringLiteral("r"))));
    if (!fresh)
        return fresh.error();
    struct Fresh {
        ErasedCopy copy;
        QString code;
        QString from;
        bool held = false;
    };
    std::vector<Fresh> found;
    while (fresh->next()) {
        Fresh f;
        f.copy.recall = QUuid::fromRfc4122(fresh->value(0).toByteArray());
        f.copy.survivor = QUuid::fromRfc4122(fresh->value(1).toByteArray());
        f.copy.kind = fresh->value(2).toString();
        f.copy.reason = fresh->value(3).toString();
        f.copy.issuedBy = fresh->value(4).toByteArray();
        f.copy.rows = perRecall.value(fresh->value(0).toByteArray());
        f.code = fresh->value(5).toString();
        f.from = fresh->value(6).toString();
        f.held = fresh->value(7).toBool() || f.copy.rows > 0;
        found.push_back(f);
    }
    fresh->finish();

    std::vector<ErasedCopy> out;
    for (const Fresh& f : found) {
        const QByteArray recall = f.copy.recall.toRfc4122();
        const QByteArray survivor = f.copy.survivor.toRfc4122();
        // Nothing of it was ever here: noted, with nothing to rewrite.
        if (Result<QSqlQuery> q = store.exec(QStringLiteral("INSERT INTO erased_identity (recall, survivor, erased_at, scrubbed_at) "
                                                            "VALUES (?, ?, ?, ?)"),
                                             {recall, survivor, now, f.held ? QVariant() : QVariant(now)});
            !q)
            return q.error();
        if (!f.held)
            continue;
        // A deleted copy (a tombstone) keeps no value, but its conflicts may.
        if (Result<QSqlQuery> q = store.exec(QStringLiteral("DELETE FROM merge_conflict WHERE entity = 'survivor_identity' AND row_id IN "
                                                            "(SELECT id FROM survivor_identity WHERE survivor = ?)"),
                                             {survivor});
            !q)
            return q.error();
        const QString subject = f.code.isEmpty() ? value::idText(f.copy.survivor) : f.code;
        const QString by = f.copy.issuedBy == store.officeSite() ? Texts::tr("this office")
                                                              : (f.from.isEmpty() ? value::idText(QUuid::fromRfc4122(f.copy.issuedBy)) : f.from);
        if (Result<void> r = appendAudit(store, QStringLiteral("erase"), subject,
                                         Texts::tr("identity erased on a recall by %1 (%2): %3")
                                             .arg(by, kindLabel(f.copy.kind), f.copy.reason));
            !r)
            return r.error();
        out.push_back(f.copy);
    }
    return out;
}

Result<bool> scrubPending(const Store& store)
{
    Result<QSqlQuery> q = store.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM erased_identity WHERE scrubbed_at IS NULL)"));
    if (!q)
        return q.error();
    return q->next() && q->value(0).toBool();
}

Result<int> scrub(Store& store, const std::function<void(double)>& progress)
{
    if (store.inTransaction())
        return makeError(Texts::tr("the file is rewritten after the erasure is saved, not during it"), store.path());
    Result<QSqlQuery> q = store.exec(QStringLiteral("SELECT e.recall, e.survivor, coalesce(r.survivor_v, x'%1') FROM erased_identity e "
                                                    "LEFT JOIN recall r ON r.id = e.recall WHERE e.scrubbed_at IS NULL")
                                         .arg(QString(48, QLatin1Char('f'))));
    if (!q)
        return q.error();
    std::vector<Pending> pending;
    QVariantList recalls;
    while (q->next()) {
        recalls << q->value(0);
        pending.push_back({q->value(1).toByteArray(), q->value(2).toByteArray()});
    }
    q->finish();
    if (pending.empty())
        return 0;

    // The file itself: every page written again (VACUUM), so that no freed page keeps an old value,
    // and the journal emptied before and after.
    if (Result<void> r = checkpoint(store); !r)
        return r.error();
    if (Result<QSqlQuery> v = store.exec(QStringLiteral("VACUUM")); !v)
        return makeError(Texts::tr("the file could not be rewritten without the erased identity, so the erasure "
                                   "stays pending: %1")
                             .arg(v.error().message),
                         store.path());
    if (Result<void> r = checkpoint(store); !r)
        return r.error();

    // Every backup of the file: restoring one must not bring the identity back.
    const QFileInfoList backups = QDir(backupFolder(store.path()))
                                      .entryInfoList({QStringLiteral("*.tandem"), QStringLiteral("*.undo")}, QDir::Files, QDir::Name);
    int n = 0;
    for (const QFileInfo& b : backups) {
        if (progress)
            progress(double(n) / double(backups.size() + 1));
        if (Result<void> r = rewriteBackup(b.absoluteFilePath(), pending); !r)
            return r.error();
        ++n;
    }
    QStringList marks;
    for (qsizetype i = 0; i < recalls.size(); ++i)
        marks << QStringLiteral("?");
    QVariantList binds{store.wallClock() / 1000};
    binds += recalls;
    if (Result<QSqlQuery> done = store.exec(QStringLiteral("UPDATE erased_identity SET scrubbed_at = ? WHERE recall IN (%1)")
                                                .arg(marks.join(QStringLiteral(", "))),
                                            binds);
        !done)
        return done.error();
    if (Result<void> r = checkpoint(store); !r)
        return r.error();
    if (progress)
        progress(1.0);
    return n;
}

Result<void> onConsentWrite(Store& store, const Row* before, const Row* after)
{
    const Row& row = after ? *after : *before;
    if (row.text(QStringLiteral("scope")) != QLatin1String("identity") || row.isNull(QStringLiteral("recipient_office")))
        return {};
    const QUuid office = row.value(QStringLiteral("recipient_office")).toUuid();
    if (office == store.officeId())
        return {};
    const auto given = [](const Row* r) { return r && !r->deleted && r->isNull(QStringLiteral("withdrawn_at")); };
    if (given(after) && (!given(before) || before->value(QStringLiteral("recipient_office")) != after->value(QStringLiteral("recipient_office")))) {
        // Exports go by sequence: rows sent before (or never, while no consent covered them) are
        // stamped again so that the next bundle for that office carries them.
        Result<QSqlQuery> q = store.exec(QStringLiteral("UPDATE survivor_identity SET local_seq = ? WHERE survivor = ?"),
                                         {store.takeSeq(), row.value(QStringLiteral("survivor")).toUuid().toRfc4122()});
        if (!q)
            return q.error();
        return {};
    }
    const bool withdrawnNow = after && !after->isNull(QStringLiteral("withdrawn_at")) && given(before);
    const bool deletedWhileGiven = !after && given(before);
    if (!withdrawnNow && !deletedWhileGiven)
        return {};
    QString reason = withdrawnNow ? after->text(QStringLiteral("withdrawn_reason")).trimmed() : QString();
    if (reason.isEmpty())
        reason = withdrawnNow ? Texts::tr("consent withdrawn") : Texts::tr("the consent was deleted");
    Result<QUuid> recall = store.insert(QStringLiteral("recall"),
                                        {{QStringLiteral("survivor"), row.value(QStringLiteral("survivor"))},
                                         {QStringLiteral("recipient"), office},
                                         {QStringLiteral("kind"), QStringLiteral("withdrawn")},
                                         {QStringLiteral("reason"), reason.left(500)},
                                         {QStringLiteral("issued_at"), QDateTime::fromMSecsSinceEpoch(store.wallClock(), Qt::UTC)}});
    if (!recall)
        return recall.error();
    return {};
}

} // namespace tandem::recalls
