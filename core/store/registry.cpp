#include "registry.h"

#include "row.h"
#include "sharing.h"

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
    // Every entity whose rows can be kept in the office gets its distribution (sharing.h),
    // declared here once rather than in each entity: the level, the group it names, and the office
    // it comes from. The three are one field group: they change and travel together.
    for (EntityDef& e : m_entities) {
        if (e.sharing != SharingRule::PerRow)
            continue;
        FieldDef sharing;
        sharing.name = QStringLiteral("sharing");
        sharing.label = QT_TRANSLATE_NOOP("tandem::Field", "Sharing");
        sharing.type = FieldType::Enum;
        sharing.required = true;
        sharing.values = {{"office", QT_TRANSLATE_NOOP("tandem::Value", "This office only")},
                          {"partners", QT_TRANSLATE_NOOP("tandem::Value", "Partner offices")},
                          {"network", QT_TRANSLATE_NOOP("tandem::Value", "All offices of the network")},
                          {"group", QT_TRANSLATE_NOOP("tandem::Value", "A sharing group")}};
        sharing.defaultValue = e.defaultSharing;
        sharing.since = e.since;
        e.fields.push_back(sharing);

        FieldDef group;
        group.name = QStringLiteral("sharing_group");
        group.label = QT_TRANSLATE_NOOP("tandem::Field", "Sharing group");
        // The id of a sharing group (not a Ref: no index on every table for a rare lookup; the
        // group is checked by distributionProblem).
        group.type = FieldType::Uuid;
        group.group = QStringLiteral("sharing");
        group.since = std::max(e.since, 5);
        e.fields.push_back(group);

        FieldDef origin;
        origin.name = QStringLiteral("origin");
        origin.label = QT_TRANSLATE_NOOP("tandem::Field", "Shared by");
        origin.type = FieldType::Uuid;
        origin.group = QStringLiteral("sharing");
        origin.since = std::max(e.since, 5);
        e.fields.push_back(origin);

        // Choosing another level than a group lets go of the group.
        e.derive = [derive = std::move(e.derive)](Row& row, const QVariantMap& given) -> QString {
            if (given.contains(QStringLiteral("sharing")) && !given.contains(QStringLiteral("sharing_group"))
                && given.value(QStringLiteral("sharing")).toString() != distribution::kGroup)
                row.setValue(QStringLiteral("sharing_group"), QVariant());
            return derive ? derive(row, given) : QString();
        };
        e.checkChange = [&e, check = std::move(e.checkChange)](const Store& store, const Row* before, const Row& after) -> QString {
            if (QString problem = distributionProblem(store, e, before, after); !problem.isEmpty())
                return problem;
            return check ? check(store, before, after) : QString();
        };
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
