#include "conflicts.h"

#include "store/registry.h"
#include "store/store.h"
#include "store/value.h"
#include "sync/hlc.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace tandem {
namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(tandem::Conflicts)
};

// A field value from a delete conflict's JSON snapshot, in its canonical type.
QVariant fromSnapshot(const FieldDef& f, const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined())
        return {};
    if (f.sealed)
        return value::fromSql(f, QByteArray::fromHex(v.toString().toLatin1()));
    QVariant stored;
    switch (f.type) {
    case FieldType::Ref:
    case FieldType::Uuid:
        stored = QByteArray::fromHex(v.toString().toLatin1());
        break;
    case FieldType::Int:
    case FieldType::Time:
    case FieldType::Bool:
        stored = v.toInteger(); // 0 for a value no qint64 holds, never undefined behaviour
        break;
    case FieldType::Real:
        stored = v.toDouble();
        break;
    default:
        stored = v.toString();
    }
    return value::fromSql(f, stored);
}

QString officeName(const Store& store, const QByteArray& version)
{
    const QUuid site = QUuid::fromRfc4122(versionSite(version));
    Result<Row> office = store.get(QStringLiteral("office"), site);
    return office && !office->deleted ? office->text(QStringLiteral("name")) : value::idText(site);
}

QDateTime versionTime(const QByteArray& version)
{
    return QDateTime::fromMSecsSinceEpoch(Hlc::millis(versionHlc(version)), Qt::UTC);
}

} // namespace

Result<std::vector<Conflict>> conflicts(const Store& store, bool includeResolved)
{
    Result<QSqlQuery> q = store.exec(
        QStringLiteral("SELECT id, entity, row_id, field, kind, kept_value, kept_version, other_value, "
                       "other_version, merged_at, resolved_at, resolution FROM merge_conflict %1 "
                       "ORDER BY resolved_at IS NOT NULL, merged_at DESC, entity, field")
            .arg(includeResolved ? QString() : QStringLiteral("WHERE resolved_at IS NULL")));
    if (!q)
        return q.error();
    std::vector<Conflict> out;
    while (q->next()) {
        Conflict c;
        c.id = QUuid::fromRfc4122(q->value(0).toByteArray());
        c.entity = q->value(1).toString();
        c.rowId = QUuid::fromRfc4122(q->value(2).toByteArray());
        c.field = q->value(3).toString();
        c.kind = q->value(4).toString();
        const EntityDef* e = Registry::instance().entity(c.entity);
        if (!e)
            continue;
        if (c.kind == QLatin1String("delete")) {
            QVariantMap lost;
            const QJsonObject snapshot = QJsonDocument::fromJson(q->value(7).toString().toUtf8()).object();
            for (const FieldDef& f : e->fields) {
                if (snapshot.contains(f.name))
                    lost.insert(f.name, store.readable(f, fromSnapshot(f, snapshot.value(f.name))));
            }
            c.other = lost;
        } else if (const FieldDef* f = e->field(c.field)) {
            c.kept = store.readable(*f, value::fromSql(*f, q->value(5)));
            c.other = store.readable(*f, value::fromSql(*f, q->value(7)));
        }
        const QByteArray keptVersion = q->value(6).toByteArray();
        const QByteArray otherVersion = q->value(8).toByteArray();
        c.keptBy = officeName(store, keptVersion);
        c.otherBy = officeName(store, otherVersion);
        c.keptAt = versionTime(keptVersion);
        c.otherAt = versionTime(otherVersion);
        c.mergedAt = QDateTime::fromSecsSinceEpoch(q->value(9).toLongLong(), Qt::UTC);
        if (!q->value(10).isNull())
            c.resolvedAt = QDateTime::fromSecsSinceEpoch(q->value(10).toLongLong(), Qt::UTC);
        c.resolution = q->value(11).toString();
        out.push_back(c);
    }
    return out;
}

Result<void> resolveConflict(Store& store, const QUuid& conflictId, Resolution resolution)
{
    const QString context = QStringLiteral("conflict ") + value::idText(conflictId);
    Result<Transaction> tx = store.begin();
    if (!tx)
        return tx.error();
    Result<std::vector<Conflict>> all = conflicts(store, true);
    if (!all)
        return all.error();
    const auto it = std::find_if(all->begin(), all->end(), [&](const Conflict& c) { return c.id == conflictId; });
    if (it == all->end())
        return makeError(Texts::tr("there is no such conflict"), context);
    if (it->resolvedAt.isValid())
        return makeError(Texts::tr("this conflict was already resolved"), context);

    if (resolution == Resolution::TakeOther) {
        Result<Row> row = store.get(it->entity, it->rowId);
        if (!row)
            return row.error();
        Result<void> r;
        if (it->kind == QLatin1String("delete")) {
            if (!row->deleted)
                return makeError(Texts::tr("the row is no longer deleted; edit it instead"), context);
            r = store.restore(it->entity, it->rowId, it->other.toMap());
        } else {
            if (row->deleted)
                return makeError(Texts::tr("the %1 was deleted since; restore it before taking this value").arg(it->entity),
                                 context);
            r = store.update(it->entity, it->rowId, {{it->field, it->other}});
        }
        if (!r)
            return r;
    }
    Result<QSqlQuery> q = store.exec(QStringLiteral("UPDATE merge_conflict SET resolved_at = ?, resolution = ? WHERE id = ?"),
                                     {store.wallClock() / 1000,
                                      resolution == Resolution::TakeOther ? QStringLiteral("took_other") : QStringLiteral("kept"),
                                      conflictId.toRfc4122()});
    if (!q)
        return q.error();
    return tx->commit();
}

Result<void> reopenConflict(Store& store, const QUuid& conflictId)
{
    const QString context = QStringLiteral("conflict ") + value::idText(conflictId);
    Result<QSqlQuery> found =
        store.exec(QStringLiteral("SELECT resolved_at FROM merge_conflict WHERE id = ?"), {conflictId.toRfc4122()});
    if (!found)
        return found.error();
    if (!found->next())
        return makeError(Texts::tr("there is no such conflict"), context);
    if (found->value(0).isNull())
        return makeError(Texts::tr("this conflict is still open"), context);
    found->finish();
    Result<QSqlQuery> q = store.exec(
        QStringLiteral("UPDATE merge_conflict SET resolved_at = NULL, resolution = NULL WHERE id = ?"),
        {conflictId.toRfc4122()});
    if (!q)
        return q.error();
    return {};
}

} // namespace tandem
