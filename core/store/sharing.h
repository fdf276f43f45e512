#pragma once

#include "registry.h"

#include <QString>

namespace tandem {

class Store;
class Row;

// Distribution (DESIGN.md §3 Sharing, §8 Need to know). A row of an entity with a "sharing" field
// has one of these levels; "group" names a sharing group in its "sharing_group" field (both are
// one field group, so they change together). The office whose version the level carries (the
// site in sharing_v) is the row's origin: the office that decided where it goes.
//   office    never leaves this office;
//   partners  goes to the offices its origin trusts, whichever office relays it;
//   network   goes to every office, relayed onward;
//   group     goes to the group's member offices only, whichever office relays it.
namespace distribution {
inline const QString kOffice = QStringLiteral("office");
inline const QString kPartners = QStringLiteral("partners");
inline const QString kNetwork = QStringLiteral("network");
inline const QString kGroup = QStringLiteral("group");
} // namespace distribution

// The entity of sharing groups: a named list of member offices (the "members" field, office ids).
// A group row itself goes to its members only. The office directory lists, on each office's own
// record, the offices it trusts (the "trusts" field), so that a relay knows whom a row's origin
// trusts.
inline const QString kGroupEntity = QStringLiteral("sharing_group");

// The key of Store::meta holding this office's default distribution for new rows of `e` (set in
// Edit > Preferences and by `tandem-cli preferences`); none: the entity's own default.
inline QString defaultSharingKey(const EntityDef& e)
{
    return QStringLiteral("default_sharing/") + e.name;
}

// An SQL condition, over the table `alias` of entity `e`, that holds when the row leaves this
// office at all: its own level is not "office", nor is its owner's, up the chain. Survivor
// identities never qualify here; their consent rule is the exporter's.
QString sharedCondition(const EntityDef& e, const QString& alias);

// Whether the row takes part in the exchange at all: sharedCondition(), except that a survivor's
// identity counts as its survivor does (consent decides who receives it, not whether it travels).
// A row that does not is kept here only; partners hold at most a withdrawal of it.
QString exchangedCondition(const EntityDef& e, const QString& alias);

// An SQL condition that holds when this office (`self`, a site id) may hand the row to the office
// `recipient` (a site id this office trusts): its distribution, and its owner's up the chain,
// include the recipient. Survivor identities: as their survivor (consent is the exporter's rule).
QString deliverableCondition(const EntityDef& e, const QString& alias, const QByteArray& recipient, const QByteArray& self);

// A live row this office keeps to itself: its own sharing is "office", or it belongs to such a
// row. Partners' changes never merge into it (DESIGN.md §3, un-sharing).
QString privateCondition(const EntityDef& e, const QString& alias);

// The office of the machine `site` (DESIGN.md §9): this file's office for its own site, the office
// the partner table records for a machine this file exchanges with, else `site` itself (an
// office's first machine has the office's id). The same as SQL over the expression `site`.
QByteArray officeOfSite(const Store& store, const QByteArray& site);
QString officeOfSiteSql(const Store& store, const QString& site);

// An SQL expression, over the table `alias` of an entity with a "sharing" field, that is the row's
// origin office (a site id): its `origin`, or for rows from before schema 5 the office whose
// version its level carries.
QString originSql(const QString& alias);

// The entity that owns rows of `e` (its parent's table), or nullptr.
const EntityDef* ownerOf(const EntityDef& e);

// Whether a tombstone keeps `field`: what decides where the tombstone itself travels (its
// distribution, its owner, a group's members). Every other field is cleared.
bool keptOnTombstone(const EntityDef& e, const QString& field);

// Marks for sending again (the local_seq `seq`, where a row has an older one) every row whose
// delivery depends on `ownLevel`, an SQL condition over one row's own level with %1 for its table
// alias (e.g. its group is G), at its own level or its owner's, up the chain. Run when whom a distribution reaches grew: a group got
// a member, an origin trusts one more office; the rows then reach offices incremental exports had
// passed over. Inside the caller's transaction; `seq` is the local_seq to stamp (a merge's own),
// or 0 for a new one.
Result<void> offerAgain(Store& store, const QString& ownLevel, qint64 seq = 0);

// Own-level conditions for offerAgain(), with %1 for the table alias: a row its origin `origin`
// (a site id) shares with its partners; a row shared with the group `group` (its id).
QString partnersOfLevel(const QByteArray& origin);
QString inGroupLevel(const QByteArray& group);

// The rules of distribution on a person's write of a row with a sharing field (`before` null for a
// new row); an empty string when the change may be made. Only the origin changes a row's
// distribution, except that any office may keep the row to itself; "group" names a group.
QString distributionProblem(const Store& store, const EntityDef& e, const Row* before, const Row& after);

// The rules of a sharing group on a person's write: members are office ids; a new group includes
// this office; a member added here is this office or a partner it trusts.
QString groupProblem(const Store& store, const Row* before, const Row& after);

} // namespace tandem
