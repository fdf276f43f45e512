#include "children.h"

#include "store/registry.h"
#include "store/store.h"

namespace tandem {

Result<std::vector<Row>> childRecords(const Store& store, const QString& entity, const QString& parentField,
                                      const QUuid& parent, const QString& orderBy)
{
    // The parent field is a column of the entity's, never text from elsewhere.
    const EntityDef* e = Registry::instance().entity(entity);
    if (!e || !e->field(parentField))
        return makeError(QStringLiteral("childRecords: %1 has no field %2").arg(entity, parentField));
    return store.select(entity, parentField + QStringLiteral(" = ? AND deleted = 0"), {parent.toRfc4122()},
                        orderBy.isEmpty() ? QStringLiteral("id") : orderBy + QStringLiteral(", id"));
}

} // namespace tandem
