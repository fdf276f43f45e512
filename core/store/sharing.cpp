#include "sharing.h"

namespace tandem {

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
    if (e.parent.isEmpty())
        return own;
    const FieldDef* parentField = e.field(e.parent);
    const EntityDef* parent = Registry::instance().entity(parentField->ref);
    const QString parentAlias = alias + QStringLiteral("_p");
    return QStringLiteral("%1 AND EXISTS (SELECT 1 FROM %2 %3 WHERE %3.id = %4.%5 AND %6)")
        .arg(own, parent->name, parentAlias, alias, e.parent, sharedCondition(*parent, parentAlias));
}

} // namespace tandem
