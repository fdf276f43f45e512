#pragma once

#include <QUuid>
#include <QVariant>

#include <vector>

namespace tandem {

struct EntityDef;

// One record of an entity, as read from or about to be written to the store. `values` is aligned
// with EntityDef::fields; a null QVariant is an empty field. Value types per FieldType: QString
// (Text, LongText, Enum), qint64 (Int), double (Real), bool (Bool), QDateTime in UTC (Time), QDate
// (Date), QUuid (Ref, Uuid), QStringList (List).
class Row {
public:
    Row() = default;
    explicit Row(const EntityDef* entity);

    const EntityDef* entity() const { return m_entity; }
    QUuid id;
    bool deleted = false;
    qint64 localSeq = 0;
    std::vector<QVariant> values;

    QVariant value(const QString& field) const; // null when there is no such field
    void setValue(const QString& field, const QVariant& value);
    bool isNull(const QString& field) const { return value(field).isNull(); }
    QString text(const QString& field) const { return value(field).toString(); }

private:
    const EntityDef* m_entity = nullptr;
};

} // namespace tandem
