#include "row.h"

#include "registry.h"

namespace tandem {

Row::Row(const EntityDef* entity) : values(entity->fields.size()), m_entity(entity) {}

QVariant Row::value(const QString& field) const
{
    const int i = m_entity ? m_entity->fieldIndex(field) : -1;
    return i < 0 ? QVariant() : values[size_t(i)];
}

void Row::setValue(const QString& field, const QVariant& value)
{
    const int i = m_entity ? m_entity->fieldIndex(field) : -1;
    Q_ASSERT_X(i >= 0, "Row::setValue", "unknown field");
    if (i >= 0)
        values[size_t(i)] = value;
}

} // namespace tandem
