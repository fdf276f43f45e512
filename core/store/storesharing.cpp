// Un-sharing and sharing again (DESIGN.md §3, Sharing). A row whose sharing becomes "office" is
// withdrawn from partners together with what it owns: the rows that partners could see through it
// are listed in `withdrawal`, and exports carry a withdrawal for each (a tombstone marked office
// only, without data), so partners drop their copies and their dumps converge with ours. Partners'
// later changes to it never merge here (the merge skips private rows). Sharing it again sends the
// row and what it owns whole, every version renewed so that it wins over the withdrawal.

#include "store.h"

#include "sharing.h"

#include <QSqlQuery>

namespace tandem {
namespace {

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

} // namespace

Result<void> Store::sharingChanged(const EntityDef& root, const QUuid& id, bool shared,
                                   const QByteArray& version, qint64 seq)
{
    // A row hidden by its owner changes nothing for partners by its own level.
    if (const EntityDef* owner = ownerOf(root)) {
        Result<QSqlQuery> visible = exec(QStringLiteral("SELECT count(*) FROM %1 t JOIN %2 o ON o.id = t.%3 "
                                                        "WHERE t.id = ? AND %4")
                                             .arg(root.name, owner->name, root.parent, sharedCondition(*owner, QStringLiteral("o"))),
                                         {id.toRfc4122()});
        if (!visible || !visible->next())
            return visible ? makeError(tr("cannot read the record's owner"), m_path) : visible.error();
        if (visible->value(0).toLongLong() == 0)
            return {};
    }

    // Level by level: the row, then the rows it owns that partners see through it.
    std::vector<std::pair<const EntityDef*, QVariantList>> level{{&root, {id.toRfc4122()}}};
    while (!level.empty()) {
        std::vector<std::pair<const EntityDef*, QVariantList>> next;
        for (const auto& [e, ids] : level) {
            for (qsizetype at = 0; at < ids.size(); at += 500) {
                const QVariantList part = ids.mid(at, 500);
                if (shared) {
                    QStringList renew;
                    for (const QString& g : e->versionColumns())
                        renew << g + QStringLiteral(" = ?");
                    renew << QStringLiteral("deleted_v = ?") << QStringLiteral("local_seq = ?");
                    QVariantList binds;
                    for (int i = 0; i < renew.size() - 1; ++i)
                        binds << version;
                    binds << seq << part;
                    if (Result<QSqlQuery> q = exec(QStringLiteral("UPDATE %1 SET %2 WHERE id IN (%3)")
                                                       .arg(e->name, renew.join(QStringLiteral(", ")), placeholders(part.size())),
                                                   binds);
                        !q)
                        return q.error();
                    if (Result<QSqlQuery> q = exec(QStringLiteral("DELETE FROM withdrawal WHERE entity = ? AND id IN (%1)")
                                                       .arg(placeholders(part.size())),
                                                   QVariantList{e->name} + part);
                        !q)
                        return q.error();
                } else {
                    if (Result<QSqlQuery> q = exec(QStringLiteral("INSERT OR REPLACE INTO withdrawal (entity, id, version, seq) "
                                                                  "SELECT ?, id, ?, ? FROM %1 WHERE id IN (%2)")
                                                       .arg(e->name, placeholders(part.size())),
                                                   QVariantList{e->name, version, seq} + part);
                        !q)
                        return q.error();
                }
                for (const QVariant& v : part)
                    m_pendingChanges[e->name].append(QUuid::fromRfc4122(v.toByteArray()));
            }
            // What it owns and partners see through it: rows shared at their own level (a
            // survivor's identity goes with its survivor).
            for (const EntityDef& child : Registry::instance().entities()) {
                if (ownerOf(child) != e)
                    continue;
                const QString own = child.sharing == SharingRule::PerRow ? QStringLiteral(" AND sharing <> 'office'") : QString();
                QVariantList found;
                for (qsizetype at = 0; at < ids.size(); at += 500) {
                    const QVariantList part = ids.mid(at, 500);
                    Result<QSqlQuery> q = exec(QStringLiteral("SELECT id FROM %1 WHERE %2 IN (%3)%4")
                                                   .arg(child.name, child.parent, placeholders(part.size()), own),
                                               part);
                    if (!q)
                        return q.error();
                    while (q->next())
                        found << q->value(0);
                }
                if (!found.isEmpty())
                    next.emplace_back(&child, found);
            }
        }
        level = std::move(next);
    }
    return {};
}

} // namespace tandem
