#include "names.h"

#include "store/registry.h"
#include "store/store.h"

#include <QSqlQuery>

namespace tandem {

Result<QHash<QUuid, QString>> agencyNames(const Store& store)
{
    Result<QSqlQuery> q = store.exec(QStringLiteral("SELECT id, name FROM agency WHERE deleted = 0"));
    if (!q)
        return q.error();
    QHash<QUuid, QString> names;
    while (q->next())
        names.insert(QUuid::fromRfc4122(q->value(0).toByteArray()), q->value(1).toString());
    return names;
}

Result<std::optional<RecordName>> recordName(const Store& store, const QString& entity, const QUuid& id)
{
    // The table and its name column come from this fixed list, never from the caller's text.
    QString sql;
    if (entity == QLatin1String("office"))
        sql = QStringLiteral("SELECT name, deleted FROM office WHERE id = ?");
    else if (entity == QLatin1String("agency"))
        sql = QStringLiteral("SELECT name, deleted FROM agency WHERE id = ?");
    else if (entity == QLatin1String("operation"))
        sql = QStringLiteral("SELECT code_name, deleted FROM operation WHERE id = ?");
    else
        return makeError(QStringLiteral("recordName: no name column for %1").arg(entity));
    Result<QSqlQuery> q = store.exec(sql, {id.toRfc4122()});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<RecordName>();
    return std::optional<RecordName>(RecordName{q->value(0).toString(), q->value(1).toBool()});
}

Result<qint64> liveCount(const Store& store, const QString& entity)
{
    if (!Registry::instance().entity(entity))
        return makeError(QStringLiteral("liveCount: no entity %1").arg(entity));
    Result<QSqlQuery> q = store.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0").arg(entity));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

} // namespace tandem
