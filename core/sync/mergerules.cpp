#include "mergerules.h"

#include "partners.h"
#include "store/sharing.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <QSqlQuery>

#include <algorithm>

namespace tandem::mergerules {
namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(tandem::Merge)
};

std::vector<const FieldDef*> allFields(const EntityDef& e)
{
    std::vector<const FieldDef*> out;
    for (const FieldDef& f : e.fields)
        out.push_back(&f);
    return out;
}

QString maxVersionSql(const EntityDef& e, const QString& alias)
{
    QStringList terms;
    for (const QString& g : e.versionColumns())
        terms << alias + QLatin1Char('.') + g;
    return terms.size() == 1 ? terms.first() : QStringLiteral("max(%1)").arg(terms.join(QStringLiteral(", ")));
}

bool ownsSomething(const EntityDef& e)
{
    for (const EntityDef& child : Registry::instance().entities()) {
        if (ownerOf(child) == &e)
            return true;
    }
    return false;
}

Result<qint64> count(Store& store, const QString& sql)
{
    Result<QSqlQuery> q = store.exec(sql);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

} // namespace

QString snapshotSql(const std::vector<const FieldDef*>& fields, const QString& alias)
{
    QStringList parts;
    for (const FieldDef* f : fields) {
        const QString name = alias + QLatin1Char('.') + f->name;
        QString column = name;
        // hex() of NULL is '': an empty field stays null.
        if (f->sealed)
            column = QStringLiteral("CASE WHEN %1 IS NULL THEN NULL ELSE hex(tandem_seal(%1)) END").arg(name);
        else if (f->type == FieldType::Ref || f->type == FieldType::Uuid)
            column = QStringLiteral("CASE WHEN %1 IS NULL THEN NULL ELSE hex(%1) END").arg(name);
        parts << QStringLiteral("'%1', %2").arg(f->name, column);
    }
    return QStringLiteral("json_object(%1)").arg(parts.join(QStringLiteral(", ")));
}

Result<void> begin(Store& store)
{
    // Temporary tables live as long as the connection; emptied for each merge. (DROP TABLE would
    // fail while any statement of the connection is still reading.)
    for (const char* sql : {"CREATE TEMP TABLE IF NOT EXISTS merge_owner (entity TEXT NOT NULL, id BLOB NOT NULL, "
                            "snapshot TEXT, PRIMARY KEY (entity, id))",
                            "DELETE FROM temp.merge_owner"}) {
        if (Result<QSqlQuery> q = store.exec(QString::fromLatin1(sql)); !q)
            return q.error();
    }
    return {};
}

Result<qint64> skipPrivate(Store& store, const EntityDef& e, qint64 seq, const std::function<QByteArray()>& version)
{
    if (e.sharing == SharingRule::Always)
        return qint64(0);
    QString skip = QStringLiteral("EXISTS (SELECT 1 FROM main.%1 l WHERE l.id = i.id AND %2)")
                       .arg(e.name, privateCondition(e, QStringLiteral("l")));
    if (const EntityDef* owner = ownerOf(e))
        skip += QStringLiteral(" OR EXISTS (SELECT 1 FROM main.%1 o WHERE o.id = i.%2 AND %3)")
                    .arg(owner->name, e.parent, privateCondition(*owner, QStringLiteral("o")));
    const QString skipped = QStringLiteral("SELECT i.id FROM b.%1 i WHERE (%2)").arg(e.name, skip);
    Result<qint64> n = count(store, QStringLiteral("SELECT count(*) FROM (%1)").arg(skipped));
    if (!n || *n == 0)
        return n;

    // The sender still shares (or holds live) a row we withdrew: withdraw it again, later.
    const QString stillShared = e.sharing == SharingRule::PerRow ? QStringLiteral("(i.deleted = 0 OR i.sharing IS NOT 'office')")
                                                                 : QStringLiteral("i.deleted = 0");
    const QString renew = QStringLiteral("FROM main.withdrawal w WHERE w.entity = '%1' AND w.id IN (%2 AND %3)")
                              .arg(e.name, skipped, stillShared);
    Result<qint64> stale = count(store, QStringLiteral("SELECT count(*) ") + renew);
    if (!stale)
        return stale.error();
    if (*stale > 0) {
        const QByteArray renewed = version();
        Result<QSqlQuery> q = store.exec(QStringLiteral("UPDATE main.withdrawal SET version = ?, seq = ? WHERE entity = '%1' "
                                                        "AND id IN (%2 AND %3)")
                                             .arg(e.name, skipped, stillShared),
                                         {renewed, seq});
        if (!q)
            return q.error();
        // Where the row itself is the one made office-only, that is said again too, so that it
        // wins over a sharing level the sender wrote since.
        if (e.sharing == SharingRule::PerRow) {
            Result<QSqlQuery> own = store.exec(QStringLiteral("UPDATE main.%1 SET sharing_v = ?, local_seq = ? WHERE sharing = 'office' "
                                                              "AND deleted = 0 AND id IN (%2 AND %3)")
                                                   .arg(e.name, skipped, stillShared),
                                               {renewed, seq});
            if (!own)
                return own.error();
        }
    }
    if (Result<QSqlQuery> q = store.exec(QStringLiteral("DELETE FROM b.%1 WHERE id IN (%2)").arg(e.name, skipped)); !q)
        return q.error();
    return n;
}

Result<void> keepOwnerSnapshots(Store& store, const EntityDef& e)
{
    if (!ownsSomething(e))
        return {};
    Result<QSqlQuery> q = store.exec(
        QStringLiteral("INSERT OR REPLACE INTO temp.merge_owner (entity, id, snapshot) SELECT '%1', l.id, %2 "
                       "FROM b.%1 i JOIN main.%1 l ON l.id = i.id "
                       "WHERE i.deleted = 1 AND l.deleted = 0 AND i.deleted_v > l.deleted_v")
            .arg(e.name, snapshotSql(allFields(e), QStringLiteral("l"))));
    if (!q)
        return q.error();
    return {};
}

Result<void> trackWithdrawals(Store& store, const EntityDef& e, qint64 seq)
{
    if (e.sharing == SharingRule::Always)
        return {};
    const QString exchanged = exchangedCondition(e, QStringLiteral("t"));
    Result<QSqlQuery> add = store.exec(
        QStringLiteral("INSERT OR REPLACE INTO main.withdrawal (entity, id, version, seq) SELECT '%1', t.id, t.deleted_v, ? "
                       "FROM main.%1 t WHERE t.local_seq = ? AND t.deleted = 1 AND NOT (%2)")
            .arg(e.name, exchanged),
        {seq, seq});
    if (!add)
        return add.error();
    // Most files withdraw nothing: then there is nothing to look up.
    Result<qint64> any = count(store, QStringLiteral("SELECT EXISTS (SELECT 1 FROM main.withdrawal WHERE entity = '%1')").arg(e.name));
    if (!any || *any == 0)
        return any ? Result<void>() : Result<void>(any.error());
    Result<QSqlQuery> drop = store.exec(
        QStringLiteral("DELETE FROM main.withdrawal WHERE entity = '%1' AND id IN "
                       "(SELECT t.id FROM main.%1 t WHERE t.local_seq = ? AND %2)")
            .arg(e.name, exchanged),
        {seq});
    if (!drop)
        return drop.error();
    return {};
}

Result<qint64> recordOrphans(Store& store, qint64 seq, const QByteArray& sender, qint64 now)
{
    qint64 total = 0;
    for (const EntityDef& e : Registry::instance().entities()) {
        const EntityDef* owner = ownerOf(e);
        if (!owner)
            continue;
        // Rows changed by this merge, and rows whose owner it deleted: each found through the
        // local_seq index, so the cost follows the bundle, not the file.
        const QString pairs = QStringLiteral("SELECT t.id AS child, o.id AS owner FROM main.%1 t JOIN main.%3 o ON o.id = t.%2 "
                                             "WHERE t.local_seq = ? AND t.deleted = 0 AND o.deleted = 1 "
                                             "UNION SELECT t.id, o.id FROM main.%3 o JOIN main.%1 t ON t.%2 = o.id "
                                             "WHERE o.local_seq = ? AND o.deleted = 1 AND t.deleted = 0")
                                  .arg(e.name, e.parent, owner->name);
        Result<QSqlQuery> q = store.exec(
            QStringLiteral("INSERT INTO main.merge_conflict (id, entity, row_id, field, kind, kept_value, kept_version, "
                           "other_value, other_version, sender_site, merged_at) "
                           "SELECT randomblob(16), '%1', t.id, '%2', 'delete', "
                           "(SELECT s.snapshot FROM temp.merge_owner s WHERE s.entity = '%3' AND s.id = o.id), "
                           "o.deleted_v, %4, %5, ?, ? "
                           "FROM (%6) p JOIN main.%1 t ON t.id = p.child JOIN main.%3 o ON o.id = p.owner "
                           "WHERE NOT EXISTS (SELECT 1 FROM main.merge_conflict m WHERE m.row_id = t.id "
                           "AND m.field = '%2' AND m.kept_version = o.deleted_v)")
                .arg(e.name, e.parent, owner->name, snapshotSql(allFields(e), QStringLiteral("t")),
                     maxVersionSql(e, QStringLiteral("t")), pairs),
            {sender, now, seq, seq});
        if (!q)
            return q.error();
        total += q->numRowsAffected();
    }
    return total;
}

Result<QString> witnessAuditHead(Store& store, const Partner& sender, qint64 epoch, qint64 senderSeq,
                                 qint64 auditSeq, const QByteArray& auditHash)
{
    // No head (an older Tandem), or a bundle older than what was merged from the sender before
    // (merged late, or again): it says nothing of the chain as it is now.
    if (auditSeq <= 0 || (epoch == sender.epoch && senderSeq < sender.receivedSeq))
        return QString();
    QString problem;
    if (sender.auditSeq > 0 && epoch <= sender.epoch) {
        if (auditSeq < sender.auditSeq)
            problem = Texts::tr("%1's audit log went back from entry %2 to entry %3 since its last bundle: "
                                "entries were removed")
                          .arg(sender.name)
                          .arg(sender.auditSeq)
                          .arg(auditSeq);
        else if (auditSeq == sender.auditSeq && auditHash != sender.auditHash)
            problem = Texts::tr("%1's audit entry %2 changed since its last bundle: the log was rewritten")
                          .arg(sender.name)
                          .arg(auditSeq);
    }
    // The problem stays on record (check lists it); later bundles are compared with this head.
    Result<QSqlQuery> q = store.exec(
        QStringLiteral("UPDATE partner SET audit_seq = ?, audit_hash = ?, audit_problem = CASE WHEN ? = '' "
                       "THEN audit_problem ELSE coalesce(audit_problem || char(10), '') || ? END WHERE site = ?"),
        {auditSeq, auditHash, problem.isEmpty() ? QStringLiteral("") : problem, problem, sender.site});
    if (!q)
        return q.error();
    return problem;
}

Result<Reach> reach(const Store& store)
{
    Reach r;
    for (const auto& [sql, into] : {std::pair{QStringLiteral("SELECT id, trusts FROM office WHERE trusts IS NOT NULL"), &r.trusts},
                                    std::pair{QStringLiteral("SELECT id, members FROM sharing_group"), &r.members}}) {
        Result<QSqlQuery> q = store.exec(sql);
        if (!q)
            return q.error();
        while (q->next())
            into->insert(q->value(0).toByteArray(), QJsonDocument::fromJson(q->value(1).toString().toUtf8()).toVariant().toStringList());
    }
    return r;
}

Result<void> offerWidened(Store& store, const Reach& before, qint64 seq)
{
    Result<Reach> after = reach(store);
    if (!after)
        return after.error();
    QStringList widened;
    const auto grew = [](const QStringList& was, const QStringList& now) {
        return std::any_of(now.begin(), now.end(), [&](const QString& s) { return !was.contains(s); });
    };
    for (auto it = after->trusts.cbegin(); it != after->trusts.cend(); ++it) {
        if (grew(before.trusts.value(it.key()), it.value()))
            widened << partnersOfLevel(it.key());
    }
    for (auto it = after->members.cbegin(); it != after->members.cend(); ++it) {
        if (grew(before.members.value(it.key()), it.value()))
            widened << inGroupLevel(it.key());
    }
    if (widened.isEmpty())
        return {};
    return offerAgain(store, QLatin1Char('(') + widened.join(QStringLiteral(" OR ")) + QLatin1Char(')'), seq);
}

} // namespace tandem::mergerules
