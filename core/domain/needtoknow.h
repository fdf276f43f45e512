#pragma once

#include "store/row.h"
#include "util/result.h"

#include <QStringList>
#include <QUuid>

#include <vector>

namespace tandem {

class Store;

// Need to know (issue 18): which agency's copy of an operation's documents holds what, said once.
// The window's report dialog, the command line and the report builder all go through here.
//
// An agency's copy holds its own assignments (role, team lead, people, tasks, reporting point,
// comms), the parts every agency shares, and the need-to-know items (the fields the registry marks
// FieldDef::needToKnow: targets' entry points, hazards, notes and assigned teams, the operation's
// hazards and code words; and the operation log) only when one of the agency's roles in the
// operation is among the operation's need-to-know roles. It never holds another agency's team
// leads, people, tasks or radio channels.
namespace needtoknow {

// The need-to-know roles of an operation that does not set them: lead, entry, perimeter.
QStringList defaultRoles();
// The operation's need-to-know roles (assignment role tokens): its field need_to_know_roles, or
// defaultRoles() when the field is empty (files from before schema 5, or a list cleared). The lead
// role is always among them: the lead agency wrote the plan.
QStringList roles(const Row& operation);
// Whether `entity.field` is need-to-know (FieldDef::needToKnow).
bool isNeedToKnow(const QString& entity, const QString& field);

// An agency taking part in an operation, and its roles there (tokens, in assignment order).
struct Participant {
    QUuid agency;
    QString name;
    QStringList roles;
};
// The agencies with a live assignment in `operation`, by name.
Result<std::vector<Participant>> participants(const Store& store, const QUuid& operation);

// An agency's part in an operation: its live assignments (by reporting time) and whether its
// copies hold the need-to-know items.
struct AgencyPart {
    QUuid agency;
    QString agencyName;
    QString operationName;
    std::vector<Row> assignments;
    QStringList roles;
    bool needToKnow = false;
};
// Refused with a clear line: an unknown or deleted operation or agency, and an agency that takes no
// part ("<agency> has no assignment in <operation>").
Result<AgencyPart> agencyPart(const Store& store, const QUuid& operation, const QUuid& agency);

// The live agency of the directory that `idOrName` names: its id, or its name compared without
// regard to case and surrounding spaces. Refused when none is, or when several agencies have
// that name (give the id).
Result<QUuid> findAgency(const Store& store, const QString& idOrName);

} // namespace needtoknow
} // namespace tandem
