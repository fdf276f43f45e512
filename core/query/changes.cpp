#include "changes.h"

#include "store/registry.h"
#include "store/store.h"

#include <QSqlQuery>

namespace tandem::query {

Result<const EntityDef*> liveReferrer(const Store& store, const QString& entity, const QUuid& id)
{
    for (const EntityDef& e : Registry::instance().entities()) {
        for (const FieldDef& f : e.fields) {
            if (f.type != FieldType::Ref || f.ref != entity || f.name == e.parent)
                continue;
            Result<QSqlQuery> q = store.exec(
                QStringLiteral("SELECT 1 FROM %1 WHERE %2 = ? AND deleted = 0 LIMIT 1").arg(e.name, f.name),
                {id.toRfc4122()});
            if (!q)
                return q.error();
            if (q->next())
                return &e;
        }
    }
    return static_cast<const EntityDef*>(nullptr);
}

Result<std::vector<QUuid>> protocolVersions(const Store& store, const QUuid& family)
{
    Result<QSqlQuery> q = store.exec(QStringLiteral("SELECT id FROM protocol WHERE family = ?"),
                                     {family.toRfc4122()});
    if (!q)
        return q.error();
    std::vector<QUuid> ids;
    while (q->next())
        ids.push_back(QUuid::fromRfc4122(q->value(0).toByteArray()));
    return ids;
}

} // namespace tandem::query
