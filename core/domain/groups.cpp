#include "groups.h"

#include "store/sharing.h"
#include "store/store.h"
#include "store/value.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace tandem::groups {
namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(tandem::Groups)
};

QString officeName(const Store& store, const QUuid& id)
{
    Result<Row> office = store.get(QStringLiteral("office"), id);
    return office && !office->deleted ? office->text(QStringLiteral("name")) : value::idText(id);
}

} // namespace

Result<std::vector<Group>> list(const Store& store)
{
    Result<std::vector<Row>> rows = store.select(kGroupEntity, QStringLiteral("deleted = 0"), {}, QStringLiteral("name COLLATE NOCASE, id"));
    if (!rows)
        return rows.error();
    std::vector<Group> out;
    for (const Row& r : *rows) {
        Group g{r.id, r.text(QStringLiteral("name")), {}};
        for (const QString& m : r.value(QStringLiteral("members")).toStringList()) {
            const QUuid office = QUuid::fromString(m);
            g.members.push_back({office, officeName(store, office)});
        }
        std::sort(g.members.begin(), g.members.end(),
                  [](const Member& a, const Member& b) { return a.name.localeAwareCompare(b.name) < 0; });
        out.push_back(std::move(g));
    }
    return out;
}

Result<QUuid> add(Store& store, const QString& name, const QList<QUuid>& members)
{
    const QString clean = name.simplified();
    if (clean.isEmpty())
        return makeError(Texts::tr("a sharing group needs a name"));
    Result<std::vector<Group>> existing = list(store);
    if (!existing)
        return existing.error();
    for (const Group& g : *existing) {
        if (g.name.compare(clean, Qt::CaseInsensitive) == 0)
            return makeError(Texts::tr("there is already a sharing group named \"%1\"").arg(g.name));
    }
    QStringList ids{value::idText(store.officeId())};
    for (const QUuid& m : members) {
        if (!ids.contains(value::idText(m)))
            ids << value::idText(m);
    }
    return store.insert(kGroupEntity, {{QStringLiteral("name"), clean}, {QStringLiteral("members"), ids}});
}

Result<QUuid> officeNamed(const Store& store, const QString& text)
{
    const QString t = text.trimmed();
    if (const QUuid id = QUuid::fromString(t); !id.isNull()) {
        Result<Row> office = store.get(QStringLiteral("office"), id);
        if (!office || office->deleted)
            return makeError(Texts::tr("there is no office with id %1 in the directory").arg(t));
        return id;
    }
    Result<QSqlQuery> q = store.exec(QStringLiteral("SELECT id FROM office WHERE deleted = 0 AND name = ? COLLATE NOCASE"), {t});
    if (!q)
        return q.error();
    QList<QUuid> found;
    while (q->next())
        found << QUuid::fromRfc4122(q->value(0).toByteArray());
    if (found.isEmpty())
        return makeError(Texts::tr("there is no office named \"%1\" in the directory").arg(t));
    if (found.size() > 1)
        return makeError(Texts::tr("%1 offices are named \"%2\": give the office's id").arg(found.size()).arg(t));
    return found.first();
}

} // namespace tandem::groups
