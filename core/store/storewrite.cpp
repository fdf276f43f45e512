// The one write path (DESIGN.md §1): insert, update and delete for every entity, derived from the
// registry. Each call validates, stamps versions and local_seq, and runs in a transaction of its
// own (a savepoint when the caller already holds one), so a failed write leaves nothing behind.

#include "store.h"

#include "hlc.h"
#include "sharing.h"
#include "statement.h"
#include "util/ids.h"
#include "value.h"

#include <QSqlError>
#include <QSqlQuery>

#include <optional>

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

// How many live references checkRow remembers at most (a few MiB).
constexpr qsizetype kLiveReferencesKept = 50000;

Result<void> Store::checkRow(const EntityDef& e, const Row& row, const Row* old,
                            const QString& context, const Row* keptReferences) const
{
    const Row* unchanged = old ? old : keptReferences;
    // Whether the live references found before still hold (m_liveReferences): asked at the first
    // reference to look up.
    std::optional<bool> remembered;
    for (size_t i = 0; i < e.fields.size(); ++i) {
        const FieldDef& f = e.fields[i];
        const QVariant& v = row.values[i];
        if (f.required && v.isNull())
            return makeError(tr("%1 field \"%2\" is required").arg(e.name, f.name), context);
        // References are checked only where they change: a row that points at an agency deleted
        // since must stay editable in its other fields.
        if (f.type != FieldType::Ref || v.isNull() || (unchanged && unchanged->values[i] == v))
            continue;
        const QUuid target = v.toUuid();
        Result<Statement*> statement = cached(QStringLiteral("exists:") + f.ref, [&] {
            return QStringLiteral("SELECT deleted FROM %1 WHERE id = ?1").arg(f.ref);
        });
        if (!statement)
            return makeError(statement.error().message, context);
        const QByteArray targetBytes = target.toRfc4122();
        if (!remembered) {
            const qint64 changes = (*statement)->totalChanges();
            remembered = m_depth > 0 && changes == m_liveReferencesAt;
            if (!*remembered) {
                m_liveReferences.clear();
                m_liveReferencesAt = m_depth > 0 ? changes : -1;
            }
        }
        if (const auto known = m_liveReferences.constFind(targetBytes); known != m_liveReferences.cend() && *known == f.ref)
            continue;
        StatementUse q(**statement);
        q->bind(1, targetBytes);
        Result<bool> step = q->step();
        if (!step)
            return makeError(step.error().message, context);
        const bool found = *step;
        const bool deleted = found && q->column(0).toBool();
        if (found && !deleted && m_liveReferencesAt >= 0) {
            if (m_liveReferences.size() >= kLiveReferencesKept)
                m_liveReferences.clear(); // a long transaction's, kept within bounds
            m_liveReferences.insert(targetBytes, f.ref);
        }
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
    if (e.checkChange) {
        const QString problem = e.checkChange(*this, old, row);
        if (!problem.isEmpty())
            return makeError(tr("%1: %2").arg(e.name, problem), context);
    }
    return {};
}

Result<void> Store::checkPersonFields(const EntityDef& e, const Row* before, const Row& after, const QString& context) const
{
    for (size_t i = 0; i < e.fields.size(); ++i) {
        const FieldDef& f = e.fields[i];
        const QString name = after.values[i].toString().trimmed();
        if (!f.person || name.isEmpty() || (before && before->values[i] == after.values[i]))
            continue;
        Result<QSqlQuery> q = exec(QStringLiteral("SELECT name FROM person WHERE removed_at IS NULL ORDER BY added_at, id"));
        if (!q)
            return q.error();
        QStringList names;
        while (q->next())
            names << q->value(0).toString();
        if (names.contains(name, Qt::CaseInsensitive))
            continue;
        return makeError(tr("%1 names a person of this office, and \"%2\" is none of them (%3)")
                             .arg(f.labelText(), name, names.join(QStringLiteral(", "))),
                         context);
    }
    return {};
}

Result<void> Store::runWriteRule(const EntityDef& e, const Row* before, const Row* after, const QString& context)
{
    if (m_writeRulesPaused)
        return {};
    // Fields that name people, while a person acts (a merge or a file being made is nobody's
    // write); a restore (undo of a delete) brings back what was, whoever it named.
    if (after && !m_actor.person.isNull() && !(before && before->deleted)) {
        if (Result<void> r = checkPersonFields(e, before, *after, context); !r)
            return r;
    }
    if (!e.onWrite)
        return {};
    Result<void> r = e.onWrite(*this, before, after);
    if (!r)
        return Error{r.error().message, r.error().context.isEmpty() ? context : r.error().context};
    return {};
}

Result<void> Store::deriveValues(const EntityDef& e, Row& row, const QVariantMap& values,
                                 const QString& context) const
{
    if (!e.derive)
        return {};
    const QString problem = e.derive(row, values);
    if (!problem.isEmpty())
        return makeError(tr("%1: %2").arg(e.name, problem), context);
    return {};
}

Result<std::optional<Transaction>> Store::beginOwn()
{
    if (inTransaction())
        return std::optional<Transaction>();
    Result<Transaction> tx = begin();
    if (!tx)
        return tx.error();
    return std::optional<Transaction>(std::move(*tx));
}

Result<void> Store::commitOwn(std::optional<Transaction>& tx)
{
    return tx ? tx->commit() : Result<void>();
}

Result<QUuid> Store::insert(const QString& entity, const QVariantMap& values, const QUuid& givenId)
{
    Result<const EntityDef*> def = entityDef(entity);
    if (!def)
        return def.error();
    const EntityDef& e = **def;
    // Another office's record, known here before its own bundles bring it: without versions, so
    // that whatever that office writes wins and nothing of ours is ever written into it.
    const bool otherOffice = e.name == QLatin1String("office") && !m_siteId.isEmpty() && givenId != officeId();
    return insertRow(e, values, givenId, !otherOffice);
}

Result<QUuid> Store::insertFromCard(const QVariantMap& values, const QUuid& id)
{
    const EntityDef& e = *Registry::instance().entity(QStringLiteral("office"));
    if (id.isNull() || id == officeId())
        return makeError(tr("a key card gives another office's record"), recordContext(e, id));
    return insertRow(e, values, id, false);
}

Result<QVariant> Store::sharingDefault(const EntityDef& e) const
{
    const QString key = defaultSharingKey(e);
    if (const auto known = m_sharingDefaults.constFind(key); known != m_sharingDefaults.cend())
        return *known;
    Result<QVariant> value = meta(key);
    if (value && m_depth > 0)
        m_sharingDefaults.insert(key, *value);
    return value;
}

Result<QUuid> Store::insertRow(const EntityDef& e, const QVariantMap& values, const QUuid& givenId, bool versioned)
{
    if (Result<void> r = mayWrite(e); !r)
        return r.error();
    Row row(&e);
    row.id = givenId.isNull() ? makeUuidV7(m_wallClock()) : givenId;
    const QString context = recordContext(e, givenId);
    for (size_t i = 0; i < e.fields.size(); ++i) {
        if (!e.fields[i].defaultValue.isNull())
            row.values[i] = *value::normalise(e, e.fields[i], e.fields[i].defaultValue);
    }
    // Where a new record goes, unless the write says: the office's own default for the entity
    // (Edit > Preferences, sharing.h defaultSharingKey), else the entity's.
    if (const int s = e.fieldIndex(QStringLiteral("sharing")); s >= 0 && !values.contains(QStringLiteral("sharing")) && versioned) {
        Result<QVariant> preferred = sharingDefault(e);
        if (preferred && !preferred->isNull()) {
            if (Result<QVariant> level = value::normalise(e, e.fields[size_t(s)], *preferred); level && !level->isNull()
                && level->toString() != distribution::kGroup)
                row.values[size_t(s)] = *level;
        }
    }
    if (Result<void> r = applyValues(e, row, values, context); !r)
        return r.error();
    if (Result<void> r = deriveValues(e, row, values, context); !r)
        return r.error();
    // A new record comes from this office: the one that decides where it goes (sharing.h). A
    // write that names none on purpose (a protocol, the same record everywhere) keeps none.
    if (const int o = e.fieldIndex(QStringLiteral("origin")); o >= 0 && !values.contains(QStringLiteral("origin")) && versioned)
        row.values[size_t(o)] = officeId();
    // A new record that does not say who prepared it was prepared by the person making it.
    if (!m_actor.person.isNull() && !m_writeRulesPaused) {
        for (size_t i = 0; i < e.fields.size(); ++i) {
            if (e.fields[i].person && row.values[i].toString().trimmed().isEmpty())
                row.values[i] = m_actor.name;
        }
    }

    Result<std::optional<Transaction>> tx = beginOwn();
    if (!tx)
        return tx.error();
    if (Result<void> r = checkRow(e, row, nullptr, context); !r)
        return r.error();
    if (Result<void> r = runWriteRule(e, nullptr, &row, context); !r)
        return r.error();

    // Parameters: ?1 id, ?2.. the fields, then the version (one value for every version column)
    // and local_seq.
    const int versionParam = int(e.fields.size()) + 2;
    Result<Statement*> statement = cached(QStringLiteral("insert:") + e.name, [&] {
        QStringList columns{QStringLiteral("id")};
        QStringList values{QStringLiteral("?1")};
        for (size_t i = 0; i < e.fields.size(); ++i) {
            columns << e.fields[i].name;
            values << QStringLiteral("?%1").arg(i + 2);
        }
        QStringList versions = e.versionColumns();
        versions << QStringLiteral("deleted_v");
        for (const QString& v : versions) {
            columns << v;
            values << QStringLiteral("?%1").arg(versionParam);
        }
        columns << QStringLiteral("local_seq");
        values << QStringLiteral("?%1").arg(versionParam + 1);
        return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(e.name, columns.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")));
    });
    if (!statement)
        return makeError(statement.error().message, context);
    StatementUse q(**statement);
    q->bind(1, row.id.toRfc4122());
    for (size_t i = 0; i < e.fields.size(); ++i) {
        Result<QVariant> stored = storedValue(e.fields[i], row.values[i]);
        if (!stored)
            return makeError(stored.error().message, context);
        q->bind(int(i) + 2, *stored);
    }
    q->bind(versionParam, versioned ? nextVersion() : QByteArray(kVersionSize, '\0'));
    q->bind(versionParam + 1, nextSeq());
    // The live references checkRow remembers hold past this insert only if nothing else changed
    // a row since it looked (a write rule may have).
    const bool referencesHeld = m_liveReferencesAt >= 0 && q->totalChanges() == m_liveReferencesAt;
    if (Result<bool> done = q->step(); !done) {
        const QString message = q->extendedErrorCode() == 2067 // SQLITE_CONSTRAINT_UNIQUE
                                    ? tr("a record with this id already exists")
                                    : done.error().message;
        return makeError(message, recordContext(e, row.id));
    }
    m_liveReferencesAt = referencesHeld ? q->totalChanges() : -1;
    m_pendingChanges[e.name].append(row.id);
    if (Result<void> r = commitOwn(*tx); !r)
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
    if (e.name == QLatin1String("office") && id != officeId())
        return makeError(tr("only that office changes its record; it reaches this office with its bundles"), context);
    if (Result<void> r = mayWrite(e); !r)
        return r;

    Result<std::optional<Transaction>> tx = beginOwn();
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
    if (Result<void> r = deriveValues(e, row, values, context); !r)
        return r.error();

    // Only fields whose value really changes get a new version, so that saving an unchanged form
    // never makes a conflict with a partner's edit.
    QStringList changedGroups;
    for (size_t i = 0; i < e.fields.size(); ++i) {
        if (row.values[i] != old->values[i] && !changedGroups.contains(e.fields[i].versionColumn()))
            changedGroups << e.fields[i].versionColumn();
    }
    if (changedGroups.isEmpty())
        return commitOwn(*tx);

    if (Result<void> r = checkRow(e, row, &*old, context); !r)
        return r.error();
    if (Result<void> r = runWriteRule(e, &*old, &row, context); !r)
        return r.error();

    // One prepared statement per entity and set of changed groups: forms change the same few
    // fields again and again.
    std::vector<size_t> written;
    for (size_t i = 0; i < e.fields.size(); ++i) {
        if (changedGroups.contains(e.fields[i].versionColumn()))
            written.push_back(i);
    }
    // Parameters: ?1 version, ?2 local_seq, ?3 id, ?4.. the written fields.
    Result<Statement*> statement = cached(QStringLiteral("update:%1:%2").arg(e.name, changedGroups.join(QLatin1Char(','))), [&] {
        QStringList assignments;
        for (size_t k = 0; k < written.size(); ++k)
            assignments << QStringLiteral("%1 = ?%2").arg(e.fields[written[k]].name).arg(k + 4);
        for (const QString& g : changedGroups)
            assignments << g + QStringLiteral(" = ?1");
        assignments << QStringLiteral("local_seq = ?2");
        return QStringLiteral("UPDATE %1 SET %2 WHERE id = ?3").arg(e.name, assignments.join(QStringLiteral(", ")));
    });
    if (!statement)
        return makeError(statement.error().message, context);
    const QByteArray version = nextVersion();
    const qint64 seq = nextSeq();
    {
        StatementUse q(**statement);
        q->bind(1, version);
        q->bind(2, seq);
        q->bind(3, id.toRfc4122());
        for (size_t k = 0; k < written.size(); ++k) {
            Result<QVariant> stored = storedValue(e.fields[written[k]], row.values[written[k]]);
            if (!stored)
                return makeError(stored.error().message, context);
            q->bind(int(k) + 4, *stored);
        }
        if (Result<bool> done = q->step(); !done)
            return makeError(done.error().message, context);
    }
    m_pendingChanges[e.name].append(id);
    const QString sharing = QStringLiteral("sharing");
    if (const int i = e.fieldIndex(sharing); i >= 0 && row.values[size_t(i)] != old->values[size_t(i)]) {
        if (Result<void> r = sharingChanged(e, id, row.text(sharing) != distribution::kOffice, version, seq); !r)
            return makeError(r.error().message, context);
    }
    return commitOwn(*tx);
}

Result<void> Store::remove(const QString& entity, const QUuid& id)
{
    Result<const EntityDef*> def = entityDef(entity);
    if (!def)
        return def.error();
    if ((*def)->name == QLatin1String("office") && id == officeId())
        return makeError(tr("this office's own record cannot be deleted"), recordContext(**def, id));
    if ((*def)->name == QLatin1String("office")) {
        // A partner's record is written by the partner only (its bundles refuse anything else).
        Result<QSqlQuery> partner = exec(QStringLiteral("SELECT 1 FROM partner WHERE site = ?"), {id.toRfc4122()});
        if (!partner)
            return partner.error();
        if (partner->next())
            return makeError(tr("a partner office's record is kept by that office; to stop exchanging with it, "
                                "revoke its trust"),
                             recordContext(**def, id));
    }
    Result<Transaction> tx = begin();
    if (!tx)
        return tx.error();
    if (Result<void> r = removeRow(**def, id); !r)
        return r;
    return tx->commit();
}

Result<void> Store::removeRow(const EntityDef& e, const QUuid& id)
{
    if (Result<void> r = mayWrite(e); !r)
        return r;
    const QString context = recordContext(e, id);
    Result<Row> old = get(e.name, id);
    if (!old)
        return old.error();
    if (old->deleted)
        return makeError(tr("this %1 was already deleted").arg(e.name), context);
    // The owner's rule first: deleting a closed operation is refused before any of its children.
    if (Result<void> r = runWriteRule(e, &*old, nullptr, context); !r)
        return r;

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
        if (keptOnTombstone(e, f.name))
            continue;
        assignments << f.name + QStringLiteral(" = NULL");
    }
    assignments << QStringLiteral("deleted = 1") << QStringLiteral("deleted_v = ?1")
                << QStringLiteral("local_seq = ?2");
    Result<Statement*> statement = cached(QStringLiteral("delete:") + e.name, [&] {
        return QStringLiteral("UPDATE %1 SET %2 WHERE id = ?3")
            .arg(e.name, assignments.join(QStringLiteral(", ")));
    });
    if (!statement)
        return makeError(statement.error().message, context);
    StatementUse q(**statement);
    q->bind(1, nextVersion());
    q->bind(2, nextSeq());
    q->bind(3, id.toRfc4122());
    if (Result<bool> done = q->step(); !done)
        return makeError(done.error().message, context);
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
    if (Result<void> r = mayWrite(e); !r)
        return r;

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
    if (Result<void> r = deriveValues(e, row, values, context); !r)
        return r.error();
    // Checked as a new row, except the references the tombstone kept, its owner among them, which
    // are not checked again: a row restored under an owner deleted since is an orphan that merges
    // and `check` list; callers that must not make one check the owner first.
    if (Result<void> r = checkRow(e, row, nullptr, context, &*old); !r)
        return r.error();
    if (Result<void> r = runWriteRule(e, &*old, &row, context); !r)
        return r.error();

    // Every field is written anew, so that the restored values win over the tombstone's cleared
    // ones wherever the restore travels.
    const QByteArray version = nextVersion();
    QStringList assignments;
    QVariantList binds;
    for (size_t i = 0; i < e.fields.size(); ++i) {
        assignments << e.fields[i].name + QStringLiteral(" = ?");
        Result<QVariant> stored = storedValue(e.fields[i], row.values[i]);
        if (!stored)
            return makeError(stored.error().message, context);
        binds << *stored;
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

QByteArray Store::takeVersion()
{
    Q_ASSERT_X(m_depth > 0, "Store::takeVersion", "needs a transaction");
    return nextVersion();
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

void Store::setClockBack(std::uint64_t hlc)
{
    Q_ASSERT_X(m_depth > 0, "Store::setClockBack", "needs a transaction");
    m_hlc = hlc;
}

void Store::announceChanged(const QString& entity, const QList<QUuid>& ids)
{
    m_pendingChanges[entity].append(ids);
}

} // namespace tandem
