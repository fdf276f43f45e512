#pragma once

#include "util/result.h"

#include <QList>
#include <QString>
#include <QUuid>

#include <vector>

namespace tandem {

class Store;

// Sharing groups (DESIGN.md §8): named lists of offices that records shared "with a group" go to,
// whichever office relays them. The rules of a group (members are this office or trusted
// partners) are the store's, on every write (store/sharing.h groupProblem); these are the steps
// the window and the command line share.
namespace groups {

struct Member {
    QUuid office;
    QString name; // as the office directory names it
};

struct Group {
    QUuid id;
    QString name;
    std::vector<Member> members; // by name
};

// The live groups, by name.
Result<std::vector<Group>> list(const Store& store);

// Makes a group of this office and `members` (office ids; this office is added when missing).
// Refuses an empty name, a name another live group has, and a member that is not a trusted
// partner office.
Result<QUuid> add(Store& store, const QString& name, const QList<QUuid>& members);

// The office named by `text`: its id, or its name as the directory has it (one office only).
Result<QUuid> officeNamed(const Store& store, const QString& text);

} // namespace groups
} // namespace tandem
