#include "conflicts.h"

#include "store/hlc.h"
#include "store/registry.h"
#include "store/sharing.h"
#include "store/store.h"
#include "store/value.h"

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
    // Ids and sealed values are hex; conflicts listed before issue 15 wrote an empty field as "".
    const bool hex = f.sealed || f.type == FieldType::Ref || f.type == FieldType::Uuid;
    if (hex && v.toString().isEmpty())
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

// A row's fields from a delete conflict's JSON snapshot, as people may read them.
QVariantMap fromSnapshot(const Store& store, const EntityDef& e, const QVariant& json)
{
    QVariantMap fields;
    const QJsonObject snapshot = QJsonDocument::fromJson(json.toString().toUtf8()).object();
    for (const FieldDef& f : e.fields) {
        if (snapshot.contains(f.name))
            fields.insert(f.name, store.readable(f, fromSnapshot(f, snapshot.value(f.name))));
    }
    return fields;
}

// Whether the row was withdrawn here by the office that stopped sharing it (store/sharing.h).
Result<bool> withdrawn(const Store& store, const QString& entity, const QUuid& id)
{
    Result<QSqlQuery> q = store.exec(QStringLiteral("SELECT 1 FROM withdrawal WHERE entity = ? AND id = ?"), {entity, id.toRfc4122()});
    if (!q)
        return q.error();
    return q->next();
}

// A row is restored only under a live owner (Store::restore does not check it).
Result<void> ownerLive(const Store& store, const Row& row, const QString& context)
{
    const EntityDef& e = *row.entity();
    if (e.parent.isEmpty() || row.isNull(e.parent))
        return {};
    const FieldDef& f = *e.field(e.parent);
    Result<Row> owner = store.get(f.ref, row.value(e.parent).toUuid());
    if (!owner)
        return makeError(owner.error().message, context);
    if (owner->deleted)
        return makeError(Texts::tr("%1 field \"%2\": %3 %4 was deleted")
                             .arg(e.name, f.name, f.ref, value::idText(owner->id)),
                         context);
    return {};
}

QString officeName(const Store& store, const QByteArray& version)
{
    const QUuid site = QUuid::fromRfc4122(officeOfSite(store, versionSite(version)));
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
            c.other = fromSnapshot(store, *e, q->value(7));
            const FieldDef* ownerField = e->field(c.field);
            if (ownerField && ownerField->type == FieldType::Ref && !q->value(5).isNull()) {
                if (const EntityDef* owner = Registry::instance().entity(ownerField->ref))
                    c.kept = fromSnapshot(store, *owner, q->value(5));
            }
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

namespace {

// A row added under an owner deleted meanwhile: keep the delete (the row goes too), or restore the
// owner as it was.
Result<void> resolveOrphan(Store& store, const Conflict& c, Resolution resolution, const QString& context)
{
    const EntityDef& e = *Registry::instance().entity(c.entity);
    const FieldDef& ownerField = *e.field(c.field);
    Result<Row> row = store.get(c.entity, c.rowId);
    if (!row)
        return row.error();
    const QUuid ownerId = row->value(c.field).toUuid();
    Result<Row> owner = store.get(ownerField.ref, ownerId);
    if (!owner)
        return owner.error();
    if (!owner->deleted || row->deleted)
        return {}; // settled meanwhile: nothing left to do
    if (resolution == Resolution::KeepWinner)
        return store.remove(c.entity, c.rowId);
    Result<bool> gone = withdrawn(store, ownerField.ref, ownerId);
    if (!gone)
        return gone.error();
    if (*gone)
        return makeError(Texts::tr("the office that stopped sharing this %1 withdrew it; it cannot be brought back here")
                             .arg(ownerField.ref),
                         context);
    if (c.kept.isNull())
        return makeError(Texts::tr("the %1's details were deleted before they reached this office; restore it where "
                                   "they are kept, or delete this %2")
                             .arg(ownerField.ref, c.entity),
                         context);
    return store.restore(ownerField.ref, ownerId, c.kept.toMap());
}

} // namespace

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

    if (it->isOrphan()) {
        if (Result<void> r = resolveOrphan(store, *it, resolution, context); !r)
            return r;
    } else if (resolution == Resolution::TakeOther) {
        Result<Row> row = store.get(it->entity, it->rowId);
        if (!row)
            return row.error();
        Result<void> r;
        if (it->kind == QLatin1String("delete")) {
            Result<bool> gone = withdrawn(store, it->entity, it->rowId);
            if (!gone)
                return gone.error();
            if (*gone)
                return makeError(Texts::tr("the office that stopped sharing this %1 withdrew it; it cannot be brought "
                                           "back here")
                                     .arg(it->entity),
                                 context);
            if (!row->deleted)
                return makeError(Texts::tr("the row is no longer deleted; edit it instead"), context);
            if (Result<void> owner = ownerLive(store, *row, context); !owner)
                return owner;
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
