#include "people.h"

#include "store/audit.h"
#include "store/keystore.h"
#include "store/registry.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace tandem::people {
namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(tandem::People)
};

struct RoleDef {
    const char* token;
    const char* label;
};

const RoleDef kRoles[] = {
    {"lead", QT_TRANSLATE_NOOP("tandem::People", "Lead")},
    {"planner", QT_TRANSLATE_NOOP("tandem::People", "Planner")},
    {"liaison", QT_TRANSLATE_NOOP("tandem::People", "Liaison")},
    {"analyst", QT_TRANSLATE_NOOP("tandem::People", "Analyst")},
    {"viewer", QT_TRANSLATE_NOOP("tandem::People", "Viewer")},
};

// What each role may write besides reading, by entity (DESIGN.md §7). A lead writes everything.
// Entities not named here (offices, protocols and their steps) are a lead's.
const QSet<QString>& plannerWrites()
{
    static const QSet<QString> s{QStringLiteral("operation"), QStringLiteral("target"),   QStringLiteral("assignment"),
                                 QStringLiteral("task"),      QStringLiteral("note"),     QStringLiteral("agency"),
                                 QStringLiteral("service"),   QStringLiteral("meeting"),  QStringLiteral("attendance"),
                                 QStringLiteral("action_item"), QStringLiteral("tip"),    QStringLiteral("feedback")};
    return s;
}

const QSet<QString>& liaisonWrites()
{
    static const QSet<QString> s{QStringLiteral("survivor"), QStringLiteral("survivor_identity"),
                                 QStringLiteral("consent"), QStringLiteral("checklist_item"),
                                 QStringLiteral("recall")};
    return s;
}

Person personFrom(const QSqlQuery& q)
{
    Person p;
    p.id = QUuid::fromRfc4122(q.value(0).toByteArray());
    p.name = q.value(1).toString();
    p.roles = q.value(2).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QByteArray agency = q.value(3).toByteArray();
    p.agency = agency.size() == 16 ? QUuid::fromRfc4122(agency) : QUuid();
    p.removed = !q.value(4).isNull();
    p.hasSlot = q.value(5).toBool();
    return p;
}

const QString kSelect = QStringLiteral(
    "SELECT p.id, p.name, p.roles, p.agency, p.removed_at, EXISTS (SELECT 1 FROM key_slot k WHERE k.person = p.id) "
    "FROM person p");

Result<void> requireLead(const Store& store)
{
    if (store.actor().person.isNull())
        return makeError(Texts::tr("only a lead manages people: say who you are first"), store.path());
    Result<Person> acting = get(store, store.actor().person);
    if (!acting)
        return acting.error();
    if (!mayManage(acting->roles))
        return makeError(Texts::tr("%1 (%2) may not manage people: that is a lead's").arg(acting->name, rolesText(acting->roles)),
                         store.path());
    return {};
}

} // namespace

QStringList roleTokens()
{
    QStringList tokens;
    for (const RoleDef& r : kRoles)
        tokens << QString::fromLatin1(r.token);
    return tokens;
}

QString roleLabel(const QString& token)
{
    for (const RoleDef& r : kRoles) {
        if (token == QLatin1String(r.token))
            return QCoreApplication::translate("tandem::People", r.label);
    }
    return token;
}

QString rolesText(const QStringList& roles)
{
    QStringList labels;
    for (const QString& r : roles)
        labels << roleLabel(r).toLower();
    return labels.join(QStringLiteral(", "));
}

bool mayReadIdentities(const QStringList& roles)
{
    return roles.contains(QStringLiteral("lead")) || roles.contains(QStringLiteral("liaison"));
}

bool mayManage(const QStringList& roles)
{
    return roles.contains(QStringLiteral("lead"));
}

bool mayWrite(const QStringList& roles, const QString& entity)
{
    if (roles.contains(QStringLiteral("lead")))
        return true;
    if (roles.contains(QStringLiteral("planner")) && plannerWrites().contains(entity))
        return true;
    if (roles.contains(QStringLiteral("liaison")) && liaisonWrites().contains(entity))
        return true;
    return false;
}

Result<std::vector<Person>> list(const Store& store, bool withRemoved)
{
    Result<QSqlQuery> q = store.exec(kSelect + (withRemoved ? QString() : QStringLiteral(" WHERE p.removed_at IS NULL"))
                                     + QStringLiteral(" ORDER BY p.added_at, p.id"));
    if (!q)
        return q.error();
    std::vector<Person> people;
    while (q->next())
        people.push_back(personFrom(*q));
    return people;
}

Result<Person> get(const Store& store, const QUuid& id)
{
    Result<QSqlQuery> q = store.exec(kSelect + QStringLiteral(" WHERE p.id = ?"), {id.toRfc4122()});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(Texts::tr("no person has the id %1").arg(id.toString(QUuid::WithoutBraces)), store.path());
    return personFrom(*q);
}

Result<Person> find(const Store& store, const QString& nameOrId)
{
    const QString given = nameOrId.trimmed();
    Result<std::vector<Person>> all = list(store, true);
    if (!all)
        return all.error();
    const QUuid id = QUuid::fromString(given);
    for (const Person& p : *all) {
        if ((!id.isNull() && p.id == id) || p.name.compare(given, Qt::CaseInsensitive) == 0) {
            if (p.removed)
                return makeError(Texts::tr("%1 was removed from this office").arg(p.name), store.path());
            return p;
        }
    }
    return makeError(Texts::tr("no person of this office is called \"%1\"").arg(given), store.path());
}

Result<Person> solePerson(const Store& store)
{
    Result<std::vector<Person>> all = list(store);
    if (!all)
        return all.error();
    std::vector<Person> withSlot;
    for (const Person& p : *all) {
        if (p.hasSlot)
            withSlot.push_back(p);
    }
    if (withSlot.size() == 1)
        return withSlot.front();
    if (withSlot.empty())
        return makeError(Texts::tr("this office has no people yet"), store.path());
    return makeError(Texts::tr("%n people use this file: say who you are (--as NAME or TANDEM_USER)", nullptr,
                               int(withSlot.size())),
                     store.path());
}

Result<OfficeKeys> prove(const Store& store, const Person& person, const QString& passphrase)
{
    if (person.removed || !person.hasSlot)
        return makeError(Texts::tr("%1 was removed from this office: their passphrase opens nothing").arg(person.name),
                         store.path());
    Result<OfficeKeys> keys = unlockSlot(store, person.id, passphrase);
    if (!keys) {
        if (keys.error().message == QCoreApplication::translate("tandem::OfficeKeys", "wrong passphrase"))
            return makeError(Texts::tr("wrong passphrase for %1").arg(person.name), store.path());
        return keys.error();
    }
    return keys;
}

void actAs(Store& store, const Person& person)
{
    store.setActor({person.id, person.name});
    const QString path = store.path();
    store.setWriteGuard([name = person.name, roles = person.roles, path](const EntityDef& e) -> Result<void> {
        if (mayWrite(roles, e.name))
            return {};
        return makeError(Texts::tr("%1 (%2) may not change %3").arg(name, rolesText(roles), e.pluralLabelText().toLower()),
                         path);
    });
}

Result<QUuid> add(Store& store, const OfficeKeys& actingKeys, const NewPerson& person, const QString& passphrase)
{
    if (Result<void> lead = requireLead(store); !lead)
        return lead.error();
    const QString name = person.name.trimmed();
    if (name.isEmpty())
        return makeError(Texts::tr("a person needs a name"), store.path());
    if (person.roles.isEmpty())
        return makeError(Texts::tr("a person needs at least one role: %1").arg(roleTokens().join(QStringLiteral(", "))),
                         store.path());
    for (const QString& role : person.roles) {
        if (!roleTokens().contains(role))
            return makeError(Texts::tr("\"%1\" is not a role; the roles are: %2").arg(role, roleTokens().join(QStringLiteral(", "))),
                             store.path());
    }
    Result<std::vector<Person>> all = list(store);
    if (!all)
        return all.error();
    for (const Person& p : *all) {
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return makeError(Texts::tr("this office already has a person called \"%1\"").arg(p.name), store.path());
    }
    if (!person.agency.isNull()) {
        Result<Row> agency = store.get(QStringLiteral("agency"), person.agency);
        if (!agency || agency->deleted)
            return makeError(Texts::tr("no agency has the id %1").arg(person.agency.toString(QUuid::WithoutBraces)),
                             store.path());
    }
    const bool identities = mayReadIdentities(person.roles);
    if (identities && !actingKeys.canOpenIdentities())
        return makeError(Texts::tr("only a person who may read identities can give that right"), store.path());

    QStringList roles;
    for (const QString& token : roleTokens()) {
        if (person.roles.contains(token))
            roles << token;
    }
    Result<Transaction> tx = store.begin();
    if (!tx)
        return tx.error();
    Result<QUuid> id = insertPersonRow(store, name, roles, person.agency);
    if (!id)
        return id.error();
    if (Result<void> r = writeSlot(store, *id, actingKeys, passphrase, identities); !r)
        return r.error();
    if (Result<void> r = appendAudit(store, QStringLiteral("person_add"), name, roles.join(QStringLiteral(", "))); !r)
        return r.error();
    if (Result<void> r = tx->commit(); !r)
        return r.error();
    return *id;
}

Result<void> remove(Store& store, const QUuid& id)
{
    if (Result<void> lead = requireLead(store); !lead)
        return lead;
    Result<Person> person = get(store, id);
    if (!person)
        return person.error();
    if (person->removed)
        return makeError(Texts::tr("%1 was removed already").arg(person->name), store.path());
    if (id == store.actor().person)
        return makeError(Texts::tr("you cannot remove yourself: another lead can"), store.path());
    if (mayManage(person->roles)) {
        Result<std::vector<Person>> all = list(store);
        if (!all)
            return all.error();
        const auto leads = std::count_if(all->begin(), all->end(), [](const Person& p) { return mayManage(p.roles); });
        if (leads <= 1)
            return makeError(Texts::tr("%1 is the last lead of this office").arg(person->name), store.path());
    }
    Result<Transaction> tx = store.begin();
    if (!tx)
        return tx.error();
    if (Result<void> r = deleteSlot(store, id); !r)
        return r;
    Result<QSqlQuery> q = store.exec(QStringLiteral("UPDATE person SET removed_at = ? WHERE id = ?"),
                                     {store.wallClock() / 1000, id.toRfc4122()});
    if (!q)
        return q.error();
    if (Result<void> r = appendAudit(store, QStringLiteral("person_remove"), person->name, rolesText(person->roles)); !r)
        return r;
    return tx->commit();
}

} // namespace tandem::people
