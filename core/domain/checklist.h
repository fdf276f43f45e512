#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

#include <functional>
#include <vector>

namespace tandem {

class Store;

// A survivor's checklist: one checklist_item per step owed to them, made from the protocols in
// force when their rescue time (T0) is set (DESIGN.md §2).

// One step of an active protocol, as a checklist needs it.
struct ChecklistStep {
    QUuid id;
    QUuid protocol;
    int position = 0;
    QString title;
    QString ownerRole;
    QString dueAnchor; // "t0" or "first_interview"
    int dueOffsetMinutes = 0;
    bool mandatory = false;
    QString appliesTo;
};

// The steps of every active protocol (activeProtocols()), protocol by protocol in name order,
// steps in position order. Load it once to make many checklists.
struct ChecklistTemplate {
    std::vector<ChecklistStep> steps;
};
Result<ChecklistTemplate> loadChecklistTemplate(const Store& store);

// Whether a step for `appliesTo` (all, minors, foreign_nationals, sexual_violence) is owed to a
// survivor with these flags.
bool stepApplies(const QString& appliesTo, bool minor, bool foreignNational, bool sexualViolence);

// An item made by createChecklist().
struct ChecklistEntry {
    QUuid item;
    ChecklistStep step;
    QDateTime dueAt; // T0 + offset (UTC), invalid for steps due before the first interview
};

// Ids for new rows; empty means the store makes them.
using IdSource = std::function<QUuid()>;

// Makes the checklist of survivor `survivorId`: one open item per applicable step, due at
// T0 + the step's offset as an absolute instant (a daylight-saving change never moves it), no due
// time for steps due before the first interview. One transaction. Refuses when the survivor has
// no T0, already has a checklist, or there is no active protocol.
Result<std::vector<ChecklistEntry>> createChecklist(Store& store, const QUuid& survivorId,
                                                    const IdSource& newId = {});
// Values an item is written with besides the open state, asked for each item in order once every
// item's id is drawn: a checklist that records steps already taken (the demo's history) writes
// each item once instead of making it open and changing it. The store's rules on an item apply.
using SettleItem = std::function<QVariantMap(const ChecklistEntry&)>;
// The same with a template loaded beforehand (for making many checklists at once).
Result<std::vector<ChecklistEntry>> createChecklist(Store& store, const QUuid& survivorId,
                                                    const ChecklistTemplate& steps,
                                                    const IdSource& newId = {}, const SettleItem& settle = {});

// A mandatory step still owed: neither done, not applicable, nor declined by the survivor.
struct OpenMandatoryStep {
    QUuid item;
    QUuid survivor;
    QString survivorCode;
    QString stepTitle;
    QDateTime dueAt;
};

// The mandatory checklist steps still open for the survivors of operation `operationId` (live
// survivors, live items), overdue first. Closing an operation is refused while this is not empty.
Result<std::vector<OpenMandatoryStep>> openMandatorySteps(const Store& store, const QUuid& operationId);

} // namespace tandem
