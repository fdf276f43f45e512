#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

#include <vector>

namespace tandem {

class Store;

// One live step of a survivor's checklist, with what its protocol step says (title, guidance,
// owner role, due anchor, mandatory), the service it was referred to (its name empty when the
// service is deleted) and the protocol version it comes from.
struct SurvivorChecklistRow {
    QUuid id;
    bool stepKnown = true; // false: the protocol step has not been received from its office
    QString title;
    QString guidance;
    QString ownerRole; // token
    QString state;     // token
    QDateTime dueAt;   // UTC, invalid when none
    QString dueAnchor; // token
    bool mandatory = false;
    QString doneBy;
    QDateTime doneAt;
    QString note;
    QString reason;
    QUuid service;
    QString serviceName;
    QString protocolName;
    int protocolVersion = 0;
    QString referralAnswer; // token or empty
    QString referralReason;
    QDateTime referralAnsweredAt;
    QString referralOutcome;
};

// Every live step of the survivor's checklist (a few dozen at most), by due time (none first, as
// SQLite orders NULL), then by the step's position, then by id.
Result<std::vector<SurvivorChecklistRow>> readSurvivorChecklist(const Store& store, const QUuid& survivor);

} // namespace tandem
