#include "needtoknow.h"

#include "store/registry.h"
#include "store/store.h"
#include "store/value.h"

#include <QCoreApplication>

#include <algorithm>

namespace tandem::needtoknow {
namespace {

class NeedToKnow {
    Q_DECLARE_TR_FUNCTIONS(tandem::NeedToKnow)
};

const QString kAgency = QStringLiteral("agency");
const QString kOperation = QStringLiteral("operation");
const QString kAssignment = QStringLiteral("assignment");
const QString kLead = QStringLiteral("lead");

QString context(const QString& entity, const QUuid& id)
{
    return entity + QLatin1Char(' ') + value::idText(id);
}

} // namespace

QStringList defaultRoles()
{
    return {kLead, QStringLiteral("entry"), QStringLiteral("perimeter")};
}

QStringList roles(const Row& operation)
{
    QStringList out = operation.value(QStringLiteral("need_to_know_roles")).toStringList();
    if (out.isEmpty())
        return defaultRoles();
    if (!out.contains(kLead))
        out.prepend(kLead);
    return out;
}

bool isNeedToKnow(const QString& entity, const QString& field)
{
    const EntityDef* e = Registry::instance().entity(entity);
    const FieldDef* f = e ? e->field(field) : nullptr;
    return f && f->needToKnow;
}

Result<std::vector<Participant>> participants(const Store& store, const QUuid& operation)
{
    Result<std::vector<Row>> rows = store.select(kAssignment, QStringLiteral("operation = ? AND deleted = 0"),
                                                 {operation.toRfc4122()},
                                                 QStringLiteral("reporting_at IS NULL, reporting_at, id"));
    if (!rows)
        return rows.error();
    std::vector<Participant> out;
    for (const Row& r : *rows) {
        const QUuid agency = r.value(kAgency).toUuid();
        auto it = std::find_if(out.begin(), out.end(), [&](const Participant& p) { return p.agency == agency; });
        if (it == out.end()) {
            Result<Row> a = store.get(kAgency, agency);
            if (!a || a->deleted)
                continue; // a deleted agency receives no copy
            out.push_back({agency, a->text(QStringLiteral("name")), {}});
            it = out.end() - 1;
        }
        const QString role = r.text(QStringLiteral("role"));
        if (!it->roles.contains(role))
            it->roles << role;
    }
    std::sort(out.begin(), out.end(), [](const Participant& a, const Participant& b) {
        const int c = a.name.compare(b.name, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.agency < b.agency;
    });
    return out;
}

Result<AgencyPart> agencyPart(const Store& store, const QUuid& operation, const QUuid& agency)
{
    Result<Row> op = store.get(kOperation, operation);
    if (!op || op->deleted)
        return makeError(NeedToKnow::tr("no such operation"), context(kOperation, operation));
    Result<Row> a = store.get(kAgency, agency);
    if (!a)
        return makeError(NeedToKnow::tr("no agency of this database's directory has this id"), context(kAgency, agency));
    if (a->deleted)
        return makeError(NeedToKnow::tr("%1 was deleted from the directory").arg(a->text(QStringLiteral("name"))),
                         context(kAgency, agency));
    AgencyPart part;
    part.agency = agency;
    part.agencyName = a->text(QStringLiteral("name"));
    part.operationName = op->text(QStringLiteral("code_name"));
    Result<std::vector<Row>> rows =
        store.select(kAssignment, QStringLiteral("operation = ? AND agency = ? AND deleted = 0"),
                     {operation.toRfc4122(), agency.toRfc4122()}, QStringLiteral("reporting_at IS NULL, reporting_at, id"));
    if (!rows)
        return rows.error();
    if (rows->empty())
        return makeError(NeedToKnow::tr("%1 has no assignment in %2").arg(part.agencyName, part.operationName),
                         context(kOperation, operation));
    part.assignments = std::move(*rows);
    const QStringList entitled = roles(*op);
    for (const Row& r : part.assignments) {
        const QString role = r.text(QStringLiteral("role"));
        if (!part.roles.contains(role))
            part.roles << role;
        part.needToKnow = part.needToKnow || entitled.contains(role);
    }
    return part;
}

Result<QUuid> findAgency(const Store& store, const QString& idOrName)
{
    const QString text = idOrName.trimmed();
    if (text.isEmpty())
        return makeError(NeedToKnow::tr("no agency is named: give an agency's id or name"));
    const QUuid id = QUuid::fromString(text);
    if (!id.isNull()) {
        Result<Row> a = store.get(kAgency, id);
        if (!a)
            return makeError(NeedToKnow::tr("no agency of this database's directory has this id"), context(kAgency, id));
        if (a->deleted)
            return makeError(NeedToKnow::tr("%1 was deleted from the directory").arg(a->text(QStringLiteral("name"))),
                             context(kAgency, id));
        return id;
    }
    Result<std::vector<Row>> rows = store.select(kAgency, QStringLiteral("deleted = 0"), {}, QStringLiteral("id"));
    if (!rows)
        return rows.error();
    std::vector<QUuid> matches;
    for (const Row& r : *rows) {
        if (r.text(QStringLiteral("name")).trimmed().compare(text, Qt::CaseInsensitive) == 0)
            matches.push_back(r.id);
    }
    if (matches.empty())
        return makeError(NeedToKnow::tr("no agency of this database's directory is named \"%1\"").arg(text));
    if (matches.size() > 1)
        return makeError(NeedToKnow::tr("%n agencies are named \"%1\"; give the id of the one you mean", nullptr,
                                        int(matches.size()))
                             .arg(text));
    return matches.front();
}

} // namespace tandem::needtoknow
