#pragma once

#include "crypto/officekeys.h"
#include "util/result.h"

#include <QStringList>
#include <QUuid>

#include <vector>

namespace tandem {

class Store;
struct EntityDef;

// The people of an office (DESIGN.md §7, issue 17): each has a name, one or more roles, an
// optional agency and a key slot of their own (store/keystore.h). People are LOCAL rows (table
// `person`): they never travel to partners, and a partner's bundle can never add one.
//
// The roles and what each may write are declared here once; the Store asks this table on every
// write through the guard actAs() installs, so the window, the command line and any other entry
// point are refused alike. The merge of partners' bundles is not a person's write.
struct Person {
    QUuid id;
    QString name;
    QStringList roles; // tokens: lead, planner, liaison, analyst, viewer
    QUuid agency;      // null when none
    bool removed = false;
    bool hasSlot = false;
};

namespace people {

// The role tokens, in the order people see them.
QStringList roleTokens();
// A role's name for people ("Lead", "Liaison", ...), translated.
QString roleLabel(const QString& token);
// "Lead, Liaison": the roles of `person` for people.
QString rolesText(const QStringList& roles);
// Whether the roles may read survivors' identities (lead, liaison): only their slots hold the
// identity key.
bool mayReadIdentities(const QStringList& roles);
// Whether the roles may write rows of `entity` (lead: everything; planner: operations and their
// children, directories, meetings, tips; liaison: survivors, identities, consent, checklists and
// referrals; analyst and viewer: nothing).
bool mayWrite(const QStringList& roles, const QString& entity);
// Whether the roles may manage people and trusted partners (lead).
bool mayManage(const QStringList& roles);

// Every person, removed ones too when `withRemoved`, in the order they were added.
Result<std::vector<Person>> list(const Store& store, bool withRemoved = false);
Result<Person> get(const Store& store, const QUuid& id);
// The person named `nameOrId` (an id, or a name compared without regard to case); removed people
// are not found. "no person ..." names what was given.
Result<Person> find(const Store& store, const QString& nameOrId);
// The person who acts when nobody says who: the only one with a slot; an error naming how to say
// who (--as) when there are several.
Result<Person> solePerson(const Store& store);

// Proves `person` with their passphrase: their slot's keys ("wrong passphrase for NAME").
Result<OfficeKeys> prove(const Store& store, const Person& person, const QString& passphrase);
// Makes `person` the one who acts on `store`: Store::actor() and the write guard of their roles.
void actAs(Store& store, const Person& person);

// A new person (needs the acting person to be a lead; `actingKeys` are the lead's, proven): their
// slot wraps the office keys with `passphrase`, with the identity key only for roles that may read
// identities. Returns the id.
struct NewPerson {
    QString name;
    QStringList roles;
    QUuid agency;
};
Result<QUuid> add(Store& store, const OfficeKeys& actingKeys, const NewPerson& person, const QString& passphrase);
// Removes a person (a lead's act): their slot is deleted, so their passphrase opens nothing, and
// the row stays (marked removed) for the names in the log. Not the last lead, not oneself.
Result<void> remove(Store& store, const QUuid& id);

} // namespace people
} // namespace tandem
