#include "distributionvalue.h"

#include "store/sharing.h"
#include "store/value.h"

namespace tandem::distributionvalue {
namespace {

const QString kGroupPrefix = QStringLiteral("group:");

} // namespace

QVariant shown(const QString& level, const QVariant& group)
{
    if (level.isEmpty())
        return {};
    if (level == distribution::kGroup && !group.isNull())
        return kGroupPrefix + value::idText(group.toUuid());
    return level;
}

QVariant shown(const Row& row)
{
    return shown(row.text(QStringLiteral("sharing")), row.value(QStringLiteral("sharing_group")));
}

QVariantMap toWrite(const QVariant& shown)
{
    const QString s = shown.toString();
    if (s.startsWith(kGroupPrefix))
        return {{QStringLiteral("sharing"), distribution::kGroup},
                {QStringLiteral("sharing_group"), QUuid::fromString(s.mid(kGroupPrefix.size()))}};
    return {{QStringLiteral("sharing"), shown}};
}

} // namespace tandem::distributionvalue
