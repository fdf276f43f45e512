#include "registry.h"

#include <QCoreApplication>

#include <algorithm>

namespace tandem {

QString FieldDef::labelText() const
{
    return QCoreApplication::translate("tandem::Field", label);
}

bool FieldDef::hasValue(const QString& token) const
{
    return std::any_of(values.begin(), values.end(),
                       [&](const EnumValue& v) { return token == QLatin1String(v.token); });
}

QString FieldDef::valueLabel(const QString& token) const
{
    for (const EnumValue& v : values) {
        if (token == QLatin1String(v.token))
            return QCoreApplication::translate("tandem::Value", v.label.source, v.label.comment);
    }
    return token;
}

int EntityDef::fieldIndex(const QString& name) const
{
    for (size_t i = 0; i < fields.size(); ++i) {
        if (fields[i].name == name)
            return int(i);
    }
    return -1;
}

const FieldDef* EntityDef::field(const QString& name) const
{
    const int i = fieldIndex(name);
    return i < 0 ? nullptr : &fields[size_t(i)];
}

QStringList EntityDef::versionColumns() const
{
    QStringList columns;
    for (const FieldDef& f : fields) {
        const QString c = f.versionColumn();
        if (!columns.contains(c))
            columns.append(c);
    }
    return columns;
}

QString EntityDef::labelText() const
{
    return QCoreApplication::translate("tandem::Entity", label);
}

QString EntityDef::pluralLabelText() const
{
    return QCoreApplication::translate("tandem::Entity", pluralLabel);
}

const Registry& Registry::instance()
{
    static const Registry registry;
    return registry;
}

Registry::Registry() : m_entities(declareEntities())
{
    // Every entity whose rows can be kept in the office gets its sharing field, declared here
    // once rather than in each entity.
    for (EntityDef& e : m_entities) {
        if (e.sharing == SharingRule::PerRow) {
            FieldDef sharing;
            sharing.name = QStringLiteral("sharing");
            sharing.label = QT_TRANSLATE_NOOP("tandem::Field", "Sharing");
            sharing.type = FieldType::Enum;
            sharing.required = true;
            sharing.values = {{"office", QT_TRANSLATE_NOOP("tandem::Value", "This office only")},
                              {"partners", QT_TRANSLATE_NOOP("tandem::Value", "Partner offices")}};
            sharing.defaultValue = e.defaultSharing;
            sharing.since = e.since;
            e.fields.push_back(sharing);
        }
    }
}

const EntityDef* Registry::entity(const QString& name) const
{
    for (const EntityDef& e : m_entities) {
        if (e.name == name)
            return &e;
    }
    return nullptr;
}

QStringList Registry::names() const
{
    QStringList n;
    for (const EntityDef& e : m_entities)
        n.append(e.name);
    return n;
}

int Registry::schemaVersion() const
{
    int v = 1;
    for (const EntityDef& e : m_entities) {
        v = std::max(v, e.since);
        for (const FieldDef& f : e.fields)
            v = std::max(v, f.since);
    }
    return v;
}

} // namespace tandem
