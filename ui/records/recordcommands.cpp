#include "records/recordcommands.h"

#include "document.h"
#include "records/appliedcommand.h"
#include "store/registry.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QUndoStack>

#include <optional>
#include <vector>

namespace tandem {
namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(tandem::RecordCommands)
};

class AddRecord : public AppliedCommand {
public:
    AddRecord(Document& d, const QString& text, QUndoCommand* parent, QString entity, QUuid id, QVariantMap values)
        : AppliedCommand(d, text, parent), m_entity(std::move(entity)), m_id(id), m_values(std::move(values))
    {
    }

protected:
    Result<void> apply() override { return store().restore(m_entity, m_id, m_values); }
    Result<void> revert() override { return store().remove(m_entity, m_id); }

private:
    QString m_entity;
    QUuid m_id;
    QVariantMap m_values;
};

class EditRecord : public AppliedCommand {
public:
    EditRecord(Document& d, const QString& text, QUndoCommand* parent, QString entity, QUuid id, QVariantMap before,
               QVariantMap after)
        : AppliedCommand(d, text, parent)
        , m_entity(std::move(entity))
        , m_id(id)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }

protected:
    Result<void> apply() override { return store().update(m_entity, m_id, m_after); }
    Result<void> revert() override { return store().update(m_entity, m_id, m_before); }

private:
    QString m_entity;
    QUuid m_id;
    QVariantMap m_before;
    QVariantMap m_after;
};

struct Snapshot {
    const EntityDef* entity;
    QUuid id;
    QVariantMap values;
};

// A live record and, owners first, every live record it owns (what a delete takes with it).
Result<void> collect(const Store& store, const EntityDef& e, const QUuid& id, std::vector<Snapshot>& out)
{
    Result<Row> row = store.get(e.name, id);
    if (!row)
        return row.error();
    if (row->deleted)
        return {};
    out.push_back({&e, id, rowValues(*row)});
    for (const EntityDef& child : Registry::instance().entities()) {
        if (child.parent.isEmpty() || child.field(child.parent)->ref != e.name)
            continue;
        Result<std::vector<Row>> children =
            store.select(child.name, child.parent + QStringLiteral(" = ? AND deleted = 0"), {id.toRfc4122()});
        if (!children)
            return children.error();
        for (const Row& c : *children) {
            if (Result<void> r = collect(store, child, c.id, out); !r)
                return r;
        }
    }
    return {};
}

class DeleteRecord : public AppliedCommand {
public:
    DeleteRecord(Document& d, const QString& text, QUndoCommand* parent, std::vector<Snapshot> snapshots)
        : AppliedCommand(d, text, parent), m_snapshots(std::move(snapshots))
    {
    }

protected:
    Result<void> apply() override { return store().remove(m_snapshots.front().entity->name, m_snapshots.front().id); }
    Result<void> revert() override
    {
        Result<Transaction> tx = store().begin();
        if (!tx)
            return tx.error();
        for (const Snapshot& s : m_snapshots) {
            if (Result<void> r = store().restore(s.entity->name, s.id, s.values); !r)
                return r;
        }
        return tx->commit();
    }

private:
    std::vector<Snapshot> m_snapshots;
};

void push(Document& document, std::unique_ptr<QUndoCommand> command, QUndoCommand* group)
{
    if (group)
        command.release(); // owned by its parent, the group
    else
        document.undoStack()->push(command.release());
}

} // namespace

Result<QUuid> addRecord(Document& document, const QString& entity, const QVariantMap& values,
                        const QString& description, QUndoCommand* group)
{
    Store& store = document.store();
    Result<QUuid> id = store.insert(entity, values);
    if (!id)
        return id;
    Result<Row> row = store.get(entity, *id);
    if (!row)
        return row.error();
    push(document, std::make_unique<AddRecord>(document, description, group, entity, *id, rowValues(*row)), group);
    return id;
}

Result<void> editRecord(Document& document, const QString& entity, const QUuid& id, const QVariantMap& values,
                        const QString& description, QUndoCommand* group)
{
    Store& store = document.store();
    Result<Row> before = store.get(entity, id);
    if (!before)
        return before.error();
    if (Result<void> r = store.update(entity, id, values); !r)
        return r;
    Result<Row> after = store.get(entity, id);
    if (!after)
        return after.error();
    QVariantMap oldValues;
    QVariantMap newValues;
    for (auto it = values.begin(); it != values.end(); ++it) {
        oldValues.insert(it.key(), before->value(it.key()));
        newValues.insert(it.key(), after->value(it.key()));
    }
    if (oldValues == newValues)
        return {}; // nothing changed: nothing to undo
    push(document, std::make_unique<EditRecord>(document, description, group, entity, id, oldValues, newValues), group);
    return {};
}

Result<void> deleteRecord(Document& document, const QString& entity, const QUuid& id, const QString& description,
                          QUndoCommand* group)
{
    Store& store = document.store();
    const EntityDef* e = Registry::instance().entity(entity);
    if (!e)
        return makeError(Texts::tr("unknown record type"), entity);
    std::vector<Snapshot> snapshots;
    if (Result<void> r = collect(store, *e, id, snapshots); !r)
        return r;
    if (Result<void> r = store.remove(entity, id); !r)
        return r;
    push(document, std::make_unique<DeleteRecord>(document, description, group, std::move(snapshots)), group);
    return {};
}

struct EditGroup::Private {
    std::optional<Transaction> transaction;
    std::optional<Error> error;
};

EditGroup::EditGroup(Document& document, const QString& description)
    : m_document(document)
    , m_command(std::make_unique<QUndoCommand>(description))
    , d(std::make_unique<Private>())
{
    Result<Transaction> tx = document.store().begin();
    if (tx)
        d->transaction.emplace(std::move(*tx));
    else
        d->error = tx.error();
}

EditGroup::~EditGroup() = default; // an uncommitted transaction rolls back; the commands go

bool EditGroup::isValid() const
{
    return d->transaction.has_value();
}

Error EditGroup::error() const
{
    return d->error.value_or(Error{});
}

Result<void> EditGroup::commit()
{
    if (!d->transaction)
        return d->error.value_or(makeError(Texts::tr("the edit has already ended")));
    Result<void> r = d->transaction->commit();
    d->transaction.reset();
    if (!r)
        return r;
    if (m_command->childCount() > 0)
        m_document.undoStack()->push(m_command.release());
    return {};
}

QVariantMap rowValues(const Row& row)
{
    QVariantMap values;
    const EntityDef& e = *row.entity();
    for (size_t i = 0; i < e.fields.size(); ++i)
        values.insert(e.fields[i].name, row.values[i]);
    return values;
}

} // namespace tandem
