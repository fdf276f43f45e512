#include "exchange/resolveconflict.h"

#include "document.h"
#include "records/appliedcommand.h"
#include "store/registry.h"
#include "store/store.h"

#include <QUndoStack>

#include <algorithm>

namespace tandem {
namespace {

const QString kConflicts = QStringLiteral("merge_conflict");

// What a resolution changed in the record, to put it back on undo.
struct Before {
    QString entity;
    QUuid row;
    QString field;  // empty for a restored delete
    QVariant value; // the field's value before the other one was taken
    // A row added under a deleted owner, still so when resolved: keeping deleted the row, taking
    // the other restored the owner. Undo deletes the owner again and brings the row back.
    bool orphanConflict = false;
    bool orphan = false;
    QString ownerEntity;
    QUuid owner;
    QVariantMap rowValues;
};

Result<void> announced(Store& store, const QUuid& conflictId,
                       const std::function<Result<void>()>& change)
{
    Result<Transaction> tx = store.begin();
    if (!tx)
        return tx.error();
    if (Result<void> r = change(); !r)
        return r;
    store.announceChanged(kConflicts, {conflictId});
    return tx->commit();
}

class ResolveConflict : public AppliedCommand {
public:
    ResolveConflict(Document& document, const QString& text, QUuid conflictId,
                    Resolution resolution, Before before)
        : AppliedCommand(document, text)
        , m_conflictId(conflictId)
        , m_resolution(resolution)
        , m_before(std::move(before))
    {
    }

protected:
    // The resolution was made before the command was pushed.
    Result<void> apply() override
    {
        return announced(store(), m_conflictId, [this] { return tandem::resolveConflict(store(), m_conflictId, m_resolution); });
    }

    Result<void> revert() override
    {
        return announced(store(), m_conflictId, [this]() -> Result<void> {
                   if (m_before.orphanConflict) {
                       if (m_before.orphan && m_resolution == Resolution::TakeOther) {
                           if (Result<void> r = store().remove(m_before.ownerEntity, m_before.owner); !r)
                               return r;
                       }
                       if (m_before.orphan) {
                           if (Result<void> r = store().restore(m_before.entity, m_before.row, m_before.rowValues); !r)
                               return r;
                       }
                   } else if (m_resolution == Resolution::TakeOther) {
                       Result<void> r = m_before.field.isEmpty()
                                            ? store().remove(m_before.entity, m_before.row)
                                            : store().update(m_before.entity, m_before.row,
                                                             {{m_before.field, m_before.value}});
                       if (!r)
                           return r;
                   }
                   return reopenConflict(store(), m_conflictId);
               });
    }

private:
    QUuid m_conflictId;
    Resolution m_resolution;
    Before m_before;
};

} // namespace

Result<void> resolveConflict(Document& document, const QUuid& conflictId, Resolution resolution,
                             const QString& description)
{
    Store& store = document.store();
    Result<std::vector<Conflict>> open = conflicts(store);
    if (!open)
        return open.error();
    const auto it = std::find_if(open->begin(), open->end(),
                                 [&](const Conflict& c) { return c.id == conflictId; });
    if (it == open->end())
        return resolveConflict(store, conflictId, resolution); // core says why (unknown, resolved)

    Before before{it->entity, it->rowId, {}, {}, it->isOrphan(), false, {}, {}, {}};
    if (it->isOrphan()) {
        Result<Row> row = store.get(it->entity, it->rowId);
        if (!row)
            return row.error();
        const EntityDef& e = *row->entity();
        before.ownerEntity = e.field(it->field)->ref;
        before.owner = row->value(it->field).toUuid();
        Result<Row> owner = store.get(before.ownerEntity, before.owner);
        if (!owner)
            return owner.error();
        before.orphan = owner->deleted && !row->deleted;
        for (size_t i = 0; i < e.fields.size(); ++i)
            before.rowValues.insert(e.fields[i].name, row->values[i]);
    } else if (it->kind != QLatin1String("delete")) {
        Result<Row> row = store.get(it->entity, it->rowId);
        if (!row)
            return row.error();
        before.field = it->field;
        before.value = row->value(it->field);
    }
    if (Result<void> r =
            announced(store, conflictId,
                      [&] { return tandem::resolveConflict(store, conflictId, resolution); });
        !r)
        return r;
    document.undoStack()->push(
        new ResolveConflict(document, description, conflictId, resolution, std::move(before)));
    return {};
}

} // namespace tandem
