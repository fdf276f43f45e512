#include "sharing.h"

#include "row.h"
#include "store.h"
#include "value.h"

#include <QSqlQuery>

namespace tandem {
namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(tandem::Sharing)
};

QString hexLiteral(const QByteArray& bytes)
{
    return QStringLiteral("x'%1'").arg(QString::fromLatin1(bytes.toHex()));
}

QString textLiteral(const QString& s)
{
    QString quoted = s;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

// The items of a JSON list column, as a table-valued source (an invalid value lists nothing).
QString jsonItems(const QString& column)
{
    return QStringLiteral("json_each(CASE WHEN json_valid(%1) THEN %1 ELSE '[]' END)").arg(column);
}

// The office that decided where the row goes: its origin, or, for rows from before origins were
// kept, the office whose version its distribution carries.

// The row's own level lets it go to `recipient`.
QString ownLevelReaches(const QString& a, const QByteArray& recipient, const QByteArray& self)
{
    const QString r = hexLiteral(recipient);
    const QString rText = textLiteral(value::idText(QUuid::fromRfc4122(recipient)));
    return QStringLiteral(
               "(CASE %1.sharing WHEN 'network' THEN 1 "
               "WHEN 'partners' THEN (%2 IN (%3, %4) OR EXISTS (SELECT 1 FROM office o_%1, %5 j_%1 "
               "WHERE o_%1.id = %2 AND j_%1.value = %6)) "
               "WHEN 'group' THEN EXISTS (SELECT 1 FROM sharing_group g_%1, %7 j_%1 "
               "WHERE g_%1.id = %1.sharing_group AND j_%1.value = %6) "
               "ELSE 0 END)")
        .arg(a, originSql(a), r, hexLiteral(self), jsonItems(QStringLiteral("o_%1.trusts").arg(a)), rText,
             jsonItems(QStringLiteral("g_%1.members").arg(a)));
}

} // namespace

QByteArray officeOfSite(const Store& store, const QByteArray& site)
{
    if (site == store.siteId())
        return store.officeSite();
    Result<QSqlQuery> q = store.exec(QStringLiteral("SELECT office FROM partner WHERE site = ? AND office IS NOT NULL"), {site});
    return q && q->next() ? q->value(0).toByteArray() : site;
}

QString officeOfSiteSql(const Store& store, const QString& site)
{
    return QStringLiteral("(CASE WHEN %1 = %2 THEN %3 ELSE coalesce((SELECT p_s.office FROM partner p_s WHERE p_s.site = %1 "
                          "AND p_s.office IS NOT NULL), %1) END)")
        .arg(site, hexLiteral(store.siteId()), hexLiteral(store.officeSite()));
}

QString originSql(const QString& alias)
{
    return QStringLiteral("coalesce(%1.origin, substr(%1.sharing_v, 9))").arg(alias);
}

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
    QString own = QStringLiteral("%1.sharing <> 'office'").arg(alias);
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

QString deliverableCondition(const EntityDef& e, const QString& alias, const QByteArray& recipient, const QByteArray& self)
{
    QString own;
    switch (e.sharing) {
    case SharingRule::Always:
        if (e.name != kGroupEntity)
            return QStringLiteral("1");
        // A group goes to its members only.
        return QStringLiteral("EXISTS (SELECT 1 FROM %1 j_%2 WHERE j_%2.value = %3)")
            .arg(jsonItems(alias + QStringLiteral(".members")), alias,
                 textLiteral(value::idText(QUuid::fromRfc4122(recipient))));
    case SharingRule::Identity:
        own = QStringLiteral("1");
        break;
    case SharingRule::PerRow:
        own = ownLevelReaches(alias, recipient, self);
        break;
    }
    const EntityDef* parent = ownerOf(e);
    if (!parent)
        return own;
    const QString parentAlias = alias + QStringLiteral("_p");
    return QStringLiteral("%1 AND EXISTS (SELECT 1 FROM %2 %3 WHERE %3.id = %4.%5 AND %6)")
        .arg(own, parent->name, parentAlias, alias, e.parent, deliverableCondition(*parent, parentAlias, recipient, self));
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

bool keptOnTombstone(const EntityDef& e, const QString& field)
{
    return field == QLatin1String("sharing") || field == QLatin1String("sharing_group") || field == QLatin1String("origin")
           || field == e.parent || (e.name == kGroupEntity && field == QLatin1String("members"));
}

namespace {

// The rows of `e` (alias `a`) whose own level, or an owner's up the chain, satisfies `ownLevel`.
QString dependsOn(const EntityDef& e, const QString& a, const QString& ownLevel)
{
    QStringList terms;
    if (e.sharing == SharingRule::PerRow)
        terms << ownLevel.arg(a);
    if (const EntityDef* parent = ownerOf(e)) {
        const QString p = a + QStringLiteral("_p");
        if (const QString up = dependsOn(*parent, p, ownLevel); !up.isEmpty())
            terms << QStringLiteral("EXISTS (SELECT 1 FROM %1 %2 WHERE %2.id = %3.%4 AND %5)").arg(parent->name, p, a, e.parent, up);
    }
    return terms.join(QStringLiteral(" OR "));
}

} // namespace

QString partnersOfLevel(const QByteArray& origin)
{
    // One arg() call: the alias placeholder %1 stays as it is, %2 takes the id.
    return (QStringLiteral("(%1.sharing = 'partners' AND ") + originSql(QStringLiteral("%1")) + QStringLiteral(" = x'%2')"))
        .arg(QStringLiteral("%1"), QString::fromLatin1(origin.toHex()));
}

QString inGroupLevel(const QByteArray& group)
{
    return QStringLiteral("(%1.sharing = 'group' AND %1.sharing_group = x'%2')").arg(QStringLiteral("%1"), QString::fromLatin1(group.toHex()));
}

Result<void> offerAgain(Store& store, const QString& ownLevel, qint64 seq)
{
    if (seq == 0)
        seq = store.takeSeq();
    for (const EntityDef& e : Registry::instance().entities()) {
        const QString condition = dependsOn(e, QStringLiteral("t"), ownLevel);
        if (condition.isEmpty())
            continue;
        // Rows stamped `seq` or later are offered already (a merge offers again what it has just
        // written): only older ones are looked at, found by the local_seq index, so that the
        // condition (owners up the chain) is not worked out for every row a merge brought.
        if (Result<QSqlQuery> q = store.exec(QStringLiteral("UPDATE %1 SET local_seq = ? WHERE id IN (SELECT t.id FROM %1 t WHERE t.local_seq < ? AND (%2))")
                                                 .arg(e.name, condition),
                                             {seq, seq});
            !q)
            return q.error();
    }
    return {};
}

QString distributionProblem(const Store& store, const EntityDef& e, const Row* before, const Row& after)
{
    if (e.fieldIndex(QStringLiteral("sharing")) < 0)
        return {};
    const QString level = after.text(QStringLiteral("sharing"));
    const bool inGroup = level == distribution::kGroup;
    if (inGroup && after.isNull(QStringLiteral("sharing_group")))
        return Texts::tr("sharing with a group needs the group: choose one of the sharing groups");
    if (!inGroup && !after.isNull(QStringLiteral("sharing_group")))
        return Texts::tr("a sharing group is only chosen when the record is shared with a group");
    if (inGroup && (!before || before->value(QStringLiteral("sharing_group")) != after.value(QStringLiteral("sharing_group")))) {
        Result<Row> group = store.get(kGroupEntity, after.value(QStringLiteral("sharing_group")).toUuid());
        if (!group || group->deleted)
            return Texts::tr("there is no sharing group with id %1").arg(value::idText(after.value(QStringLiteral("sharing_group")).toUuid()));
    }
    if (before && !before->isNull(QStringLiteral("origin")) && before->value(QStringLiteral("origin")) != after.value(QStringLiteral("origin")))
        return Texts::tr("the office a record comes from never changes");
    if (!before || level == distribution::kOffice)
        return {};
    if (before->text(QStringLiteral("sharing")) == level
        && before->value(QStringLiteral("sharing_group")) == after.value(QStringLiteral("sharing_group")))
        return {};
    // Only the office that decided where a row goes changes that; any office keeps it to itself.
    QByteArray origin = before->value(QStringLiteral("origin")).toUuid().toRfc4122();
    if (before->isNull(QStringLiteral("origin"))) {
        Result<QHash<QString, QByteArray>> versions = store.versions(e.name, before->id);
        origin = versions ? versions->value(QStringLiteral("sharing_v")).mid(8) : QByteArray();
    }
    if (origin.size() != 16 || origin == store.siteId() || origin == QByteArray(16, '\0'))
        return {};
    Result<Row> office = store.get(QStringLiteral("office"), QUuid::fromRfc4122(origin));
    const QString name = office && !office->deleted ? office->text(QStringLiteral("name")) : value::idText(QUuid::fromRfc4122(origin));
    return Texts::tr("where this record goes was decided by %1: only that office changes it. This office may keep it "
                     "to itself (This office only)")
        .arg(name);
}

QString groupProblem(const Store& store, const Row* before, const Row& after)
{
    const QStringList members = after.value(QStringLiteral("members")).toStringList();
    const QStringList earlier = before ? before->value(QStringLiteral("members")).toStringList() : QStringList();
    const QString self = value::idText(store.officeId());
    if (!before && !members.contains(self))
        return Texts::tr("a new sharing group includes this office");
    for (const QString& m : members) {
        if (earlier.contains(m) || m == self)
            continue;
        const QUuid id = QUuid::fromString(m);
        if (id.isNull())
            return Texts::tr("\"%1\" is not an office id").arg(m);
        Result<QSqlQuery> q = store.exec(QStringLiteral("SELECT p.name, o.name FROM office o LEFT JOIN partner p ON p.site = o.id "
                                                        "AND p.revoked_at IS NULL WHERE o.id = ?"),
                                         {id.toRfc4122()});
        if (!q)
            return q.error().message;
        if (!q->next())
            return Texts::tr("there is no office with id %1 in the directory").arg(m);
        if (q->value(0).isNull())
            return Texts::tr("%1 is not a trusted partner office: trust it before adding it to a group").arg(q->value(1).toString());
    }
    return {};
}

} // namespace tandem
