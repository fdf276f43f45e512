// The one write path (DESIGN.md §1): insert, update and delete for every entity, derived from the
// registry. Each call validates, stamps versions and local_seq, and runs in a transaction of its
// own (a savepoint when the caller already holds one), so a failed write leaves nothing behind.

#include "store.h"

#include "value.h"
#include "sync/hlc.h"
#include "util/ids.h"

#include <QSqlError>
#include <QSqlQuery>

namespace tandem {
namespace {

QString recordContext(const EntityDef& e, const QUuid& id)
{
    return id.isNull() ? e.name : e.name + QLatin1Char(' ') + value::idText(id);
}

} // namespace

Result<const EntityDef*> Store::entityDef(const QString& name) const
{
    const EntityDef* e = Registry::instance().entity(name);
    if (!e)
        return makeError(tr("unknown record type; the types are: %1")
                             .arg(Registry::instance().names().join(QStringLiteral(", "))),
                         name);
    return e;
}

Result<void> Store::applyValues(const EntityDef& e, Row& row, const QVariantMap& values,
                                const QString& context) const
{
    for (auto it = values.begin(); it != values.end(); ++it) {
        const int i = e.fieldIndex(it.key());
        if (i < 0) {
            QStringList names;
            for (const FieldDef& f : e.fields)
                names << f.name;
            return makeError(tr("%1 has no field \"%2\"; its fields are: %3")
                                 .arg(e.name, it.key(), names.join(QStringLiteral(", "))),
                             context);
        }
        Result<QVariant> v = value::normalise(e, e.fields[size_t(i)], it.value());
        if (!v)
            return makeError(v.error().message, context);
        row.values[size_t(i)] = *v;
    }
    return {};
}

Result<void> Store::checkRow(const EntityDef& e, const Row& row, const Row* old,
                            const QString& context) const
{
    for (size_t i = 0; i < e.fields.size(); ++i) {
        const FieldDef& f = e.fields[i];
        const QVariant& v = row.values[i];
        if (f.required && v.isNull())
            return makeError(tr("%1 field \"%2\" is required").arg(e.name, f.name), context);
        // References are checked only where they change: a row that points at an agency deleted
        // since must stay editable in its other fields.
        if (f.type != FieldType::Ref || v.isNull() || (old && old->values[i] == v))
            continue;
        const QUuid target = v.toUuid();
        QSqlQuery& q = cached(QStringLiteral("exists:") + f.ref, [&] {
            return QStringLiteral("SELECT deleted FROM %1 WHERE id = ?").arg(f.ref);
        });
        q.addBindValue(target.toRfc4122());
        if (!q.exec())
            return makeError(q.lastError().text(), context);
        const bool found = q.next();
        const bool deleted = found && q.value(0).toBool();
        q.finish();
        if (!found)
            return makeError(tr("%1 field \"%2\": there is no %3 with id %4")
                                 .arg(e.name, f.name, f.ref, value::idText(target)),
                             context);
        if (deleted)
            return makeError(tr("%1 field \"%2\": %3 %4 was deleted")
                                 .arg(e.name, f.name, f.ref, value::idText(target)),
                             context);
    }
    if (e.validate) {
        const QString problem = e.validate(row);
        if (!problem.isEmpty())
            return makeError(tr("%1: %2").arg(e.name, problem), context);
    }
    return {};
}

Result<QUuid> Store::insert(const QString& entity, const QVariantMap& values, const QUuid& givenId)
{
    Result<const EntityDef*> def = entityDef(entity);
    if (!def)
        return def.error();
    const EntityDef& e = **def;

    Row row(&e);
    row.id = givenId.isNull() ? makeUuidV7(m_wallClock()) : givenId;
    const QString context = recordContext(e, givenId);
    for (size_t i = 0; i < e.fields.size(); ++i) {
        if (!e.fields[i].defaultValue.isNull())
            row.values[i] = *value::normalise(e, e.fields[i], e.fields[i].defaultValue);
    }
    if (Result<void> r = applyValues(e, row, values, context); !r)
        return r.error();

    Result<Transaction> tx = begin();
    if (!tx)
        return tx.error();
    if (Result<void> r = checkRow(e, row, nullptr, context); !r)
        return r.error();

    const QStringList versionColumns = e.versionColumns();
    QSqlQuery& q = cached(QStringLiteral("insert:") + e.name, [&] {
        QStringList columns{QStringLiteral("id")};
        for (const FieldDef& f : e.fields)
            columns << f.name;
        columns << versionColumns << QStringLiteral("deleted_v") << QStringLiteral("local_seq");
        return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(e.name, columns.join(QStringLiteral(", ")),
                 QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")));
    });
    const QByteArray version = nextVersion();
    q.addBindValue(row.id.toRfc4122());
    for (size_t i = 0; i < e.fields.size(); ++i)
        q.addBindValue(value::toSql(e.fields[i], row.values[i]));
    for (qsizetype i = 0; i < versionColumns.size() + 1; ++i)
        q.addBindValue(version);
    q.addBindValue(nextSeq());
    if (!q.exec()) {
        const QString message = q.lastError().nativeErrorCode() == QLatin1String("2067")
                                    ? tr("a %1 with this id already exists").arg(e.name)
                                    : q.lastError().text();
        return makeError(message, recordContext(e, row.id));
    }
    m_pendingChanges[e.name].append(row.id);
    if (Result<void> r = tx->commit(); !r)
        return r.error();
    return row.id;
}

Result<void> Store::update(const QString& entity, const QUuid& id, const QVariantMap& values)
{
    Result<const EntityDef*> def = entityDef(entity);
    if (!def)
        return def.error();
    const EntityDef& e = **def;
    const QString context = recordContext(e, id);

    Result<Transaction> tx = begin();
    if (!tx)
        return tx.error();
    Result<Row> old = get(e.name, id);
    if (!old)
        return old.error();
    if (old->deleted)
        return makeError(tr("this %1 was deleted; it can no longer be changed").arg(e.name), context);

    Row row = *old;
    if (Result<void> r = applyValues(e, row, values, context); !r)
        return r.error();

    // Only fields whose value really changes get a new version, so that saving an unchanged form
    // never makes a conflict with a partner's edit.
    QStringList changedGroups;
    for (size_t i = 0; i < e.fields.size(); ++i) {
        if (row.values[i] != old->values[i] && !changedGroups.contains(e.fields[i].versionColumn()))
            changedGroups << e.fields[i].versionColumn();
    }
    if (changedGroups.isEmpty())
        return tx->commit();

    if (Result<void> r = checkRow(e, row, &*old, context); !r)
        return r.error();

    QStringList assignments;
    QVariantList binds;
    const QByteArray version = nextVersion();
    for (size_t i = 0; i < e.fields.size(); ++i) {
        if (changedGroups.contains(e.fields[i].versionColumn())) {
            assignments << e.fields[i].name + QStringLiteral(" = ?");
            binds << value::toSql(e.fields[i], row.values[i]);
        }
    }
    for (const QString& g : changedGroups) {
        assignments << g + QStringLiteral(" = ?");
        binds << version;
    }
    assignments << QStringLiteral("local_seq = ?");
    binds << nextSeq() << id.toRfc4122();
    Result<QSqlQuery> q = exec(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                                   .arg(e.name, assignments.join(QStringLiteral(", "))),
                               binds);
    if (!q)
        return makeError(q.error().message, context);
    m_pendingChanges[e.name].append(id);
    return tx->commit();
}

Result<void> Store::remove(const QString& entity, const QUuid& id)
{
    Result<const EntityDef*> def = entityDef(entity);
    if (!def)
        return def.error();
    if ((*def)->name == QLatin1String("office") && id == officeId())
        return makeError(tr("this office's own record cannot be deleted"), recordContext(**def, id));
    Result<Transaction> tx = begin();
    if (!tx)
        return tx.error();
    if (Result<void> r = removeRow(**def, id); !r)
        return r;
    return tx->commit();
}

Result<void> Store::removeRow(const EntityDef& e, const QUuid& id)
{
    const QString context = recordContext(e, id);
    Result<Row> old = get(e.name, id);
    if (!old)
        return old.error();
    if (old->deleted)
        return makeError(tr("this %1 was already deleted").arg(e.name), context);

    // Owned rows go with their owner: an operation's targets, a survivor's checklist, ...
    for (const EntityDef& child : Registry::instance().entities()) {
        if (child.parent.isEmpty() || child.field(child.parent)->ref != e.name)
            continue;
        Result<QSqlQuery> children = exec(
            QStringLiteral("SELECT id FROM %1 WHERE %2 = ? AND deleted = 0").arg(child.name, child.parent),
            {id.toRfc4122()});
        if (!children)
            return children.error();
        QList<QUuid> ids;
        while (children->next())
            ids << QUuid::fromRfc4122(children->value(0).toByteArray());
        children->finish();
        for (const QUuid& childId : ids) {
            if (Result<void> r = removeRow(child, childId); !r)
                return r;
        }
    }

    // The tombstone: data cleared, only `deleted` gets a new version. Field versions stay as they
    // were, so a partner's concurrent edit of one field is still recognised as concurrent when the
    // delete reaches it. The row keeps its id, its sharing level and its owner, which decide where
    // the tombstone itself may travel.
    QStringList assignments;
    for (const FieldDef& f : e.fields) {
        if (f.name == QLatin1String("sharing") || f.name == e.parent)
            continue;
        assignments << f.name + QStringLiteral(" = NULL");
    }
    assignments << QStringLiteral("deleted = 1") << QStringLiteral("deleted_v = :v")
                << QStringLiteral("local_seq = :seq");
    QSqlQuery& q = cached(QStringLiteral("delete:") + e.name, [&] {
        return QStringLiteral("UPDATE %1 SET %2 WHERE id = :id")
            .arg(e.name, assignments.join(QStringLiteral(", ")));
    });
    q.bindValue(QStringLiteral(":v"), nextVersion());
    q.bindValue(QStringLiteral(":seq"), nextSeq());
    q.bindValue(QStringLiteral(":id"), id.toRfc4122());
    if (!q.exec())
        return makeError(q.lastError().text(), context);
    m_pendingChanges[e.name].append(id);
    return {};
}

Result<void> Store::restore(const QString& entity, const QUuid& id, const QVariantMap& values)
{
    Result<const EntityDef*> def = entityDef(entity);
    if (!def)
        return def.error();
    const EntityDef& e = **def;
    const QString context = recordContext(e, id);

    Result<Transaction> tx = begin();
    if (!tx)
        return tx.error();
    Result<Row> old = get(e.name, id);
    if (!old)
        return old.error();
    if (!old->deleted)
        return makeError(tr("this %1 is not deleted").arg(e.name), context);
    Row row = *old;
    if (Result<void> r = applyValues(e, row, values, context); !r)
        return r.error();
    if (Result<void> r = checkRow(e, row, nullptr, context); !r)
        return r.error();

    // Every field is written anew, so that the restored values win over the tombstone's cleared
    // ones wherever the restore travels.
    const QByteArray version = nextVersion();
    QStringList assignments;
    QVariantList binds;
    for (size_t i = 0; i < e.fields.size(); ++i) {
        assignments << e.fields[i].name + QStringLiteral(" = ?");
        binds << value::toSql(e.fields[i], row.values[i]);
    }
    for (const QString& g : e.versionColumns()) {
        assignments << g + QStringLiteral(" = ?");
        binds << version;
    }
    assignments << QStringLiteral("deleted = 0") << QStringLiteral("deleted_v = ?")
                << QStringLiteral("local_seq = ?");
    binds << version << nextSeq() << id.toRfc4122();
    Result<QSqlQuery> q = exec(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                                   .arg(e.name, assignments.join(QStringLiteral(", "))),
                               binds);
    if (!q)
        return makeError(q.error().message, context);
    m_pendingChanges[e.name].append(id);
    return tx->commit();
}

qint64 Store::takeSeq()
{
    Q_ASSERT_X(m_depth > 0, "Store::takeSeq", "needs a transaction");
    return nextSeq();
}

void Store::observeClock(std::uint64_t hlc)
{
    Q_ASSERT_X(m_depth > 0, "Store::observeClock", "needs a transaction");
    Hlc clock(m_hlc);
    clock.observe(hlc);
    m_hlc = clock.last();
}

void Store::announceChanged(const QString& entity, const QList<QUuid>& ids)
{
    m_pendingChanges[entity].append(ids);
}

} // namespace tandem
