#include "survivordetail.h"

#include "store/store.h"

#include <QSqlQuery>

namespace tandem::query {

Result<std::optional<SurvivorHeader>> survivorHeader(const Store& store, const QUuid& survivor)
{
    Result<QSqlQuery> q = store.exec(
        QStringLiteral("SELECT s.code, s.recovered_at, s.age_band, s.minor, s.gender, s.nationality, o.code_name"
                       " FROM survivor s LEFT JOIN operation o ON o.id = s.operation AND o.deleted = 0"
                       " WHERE s.id = ? AND s.deleted = 0"),
        {survivor.toRfc4122()});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<SurvivorHeader>();
    SurvivorHeader h;
    h.code = q->value(0).toString();
    if (!q->value(1).isNull())
        h.t0 = QDateTime::fromSecsSinceEpoch(q->value(1).toLongLong(), Qt::UTC);
    h.ageBand = q->value(2).toString();
    h.minor = q->value(3).toBool();
    h.gender = q->value(4).toString();
    h.nationality = q->value(5).toString();
    if (!q->value(6).isNull())
        h.operation = q->value(6).toString();
    return std::optional<SurvivorHeader>(std::move(h));
}

} // namespace tandem::query
