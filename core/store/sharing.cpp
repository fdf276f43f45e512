#include "sharing.h"

namespace tandem {

const EntityDef* ownerOf(const EntityDef& e)
{
    if (e.parent.isEmpty())
        return nullptr;
    return Registry::instance().entity(e.field(e.parent)->ref);
}

QString sharedCondition(const EntityDef& e, const QString& alias)
{
    switch (e.sharing) {
    case SharingRule::Always:
        return QStringLiteral("1");
    case SharingRule::Identity:
        return QStringLiteral("0");
    case SharingRule::PerRow:
        break;
    }
    QString own = QStringLiteral("%1.sharing = 'partners'").arg(alias);
    const EntityDef* parent = ownerOf(e);
    if (!parent)
        return own;
    const QString parentAlias = alias + QStringLiteral("_p");
    return QStringLiteral("%1 AND EXISTS (SELECT 1 FROM %2 %3 WHERE %3.id = %4.%5 AND %6)")
        .arg(own, parent->name, parentAlias, alias, e.parent, sharedCondition(*parent, parentAlias));
}

QString exchangedCondition(const EntityDef& e, const QString& alias)
{
    if (e.sharing != SharingRule::Identity)
        return sharedCondition(e, alias);
    const EntityDef* parent = ownerOf(e);
    const QString parentAlias = alias + QStringLiteral("_p");
    return QStringLiteral("EXISTS (SELECT 1 FROM %1 %2 WHERE %2.id = %3.%4 AND %5)")
        .arg(parent->name, parentAlias, alias, e.parent, sharedCondition(*parent, parentAlias));
}

QString privateCondition(const EntityDef& e, const QString& alias)
{
    QStringList reasons;
    if (e.sharing == SharingRule::PerRow)
        reasons << QStringLiteral("%1.sharing = 'office'").arg(alias);
    if (const EntityDef* parent = ownerOf(e)) {
        const QString parentAlias = alias + QStringLiteral("_o");
        reasons << QStringLiteral("EXISTS (SELECT 1 FROM %1 %2 WHERE %2.id = %3.%4 AND %5)")
                       .arg(parent->name, parentAlias, alias, e.parent, privateCondition(*parent, parentAlias));
    }
    if (reasons.isEmpty())
        return QStringLiteral("0");
    return QStringLiteral("(%1.deleted = 0 AND (%2))").arg(alias, reasons.join(QStringLiteral(" OR ")));
}

} // namespace tandem
