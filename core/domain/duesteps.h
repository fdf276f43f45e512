#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <vector>

namespace tandem {

class Store;

// The liaison's day: which checklist steps are overdue or due soon, across all survivors. A step
// is owed while it is open or in progress; it is overdue once its due time has passed. Steps due
// "before the first interview" have no due time and are never overdue by the clock. Deleted
// steps and steps of deleted survivors are left out everywhere.

// Whether a step in `state` due at `dueAt` is overdue at `now`.
bool stepIsOverdue(const QString& state, const QDateTime& dueAt, const QDateTime& now);

// Narrows the steps counted and listed; empty members do not narrow.
struct DueFilter {
    QString ownerRole; // a token of protocol_step.owner_role
    QUuid operation;   // the survivors recovered in this operation
};

// Overdue: due before `now`. Soon: due from `now` to 24 hours later. BeforeInterview: owed before
// the survivor's first interview (no due time), for survivors rescued in the last
// kInterviewWindowSeconds: the days in which first interviews happen, when an interpreter or a
// child-appropriate setting must already be arranged. (Older ones stay on the survivor's own
// checklist.)
enum class DueBand { Overdue, Soon, BeforeInterview };
inline constexpr int kDueBands = 3;
inline constexpr qint64 kSoonSeconds = 24 * 3600;
inline constexpr qint64 kInterviewWindowSeconds = 14 * 24 * 3600;

// How many steps are in `band` at `now`.
Result<qint64> dueStepCount(const Store& store, DueBand band, const QDateTime& now, const DueFilter& filter = {});

// The earliest due time after `now` of any owed step (when the next one becomes overdue), or an
// invalid time when none is.
Result<QDateTime> nextDueTime(const Store& store, const QDateTime& now);

// A survivor with steps in a band: `firstDue` is their earliest such step (for BeforeInterview,
// their rescue time T0).
struct DueSurvivor {
    QUuid survivor;
    QString code;
    QString operationName;
    QDateTime firstDue;
    int steps = 0;
};

// Survivors with steps in `band`, earliest first (BeforeInterview: rescued first), then by id, `limit` at a time: the page after
// `after` (keyset pagination), or the first page when `after` is null.
Result<std::vector<DueSurvivor>> dueSurvivors(const Store& store, DueBand band, const QDateTime& now,
                                              const DueFilter& filter, const DueSurvivor* after, int limit);

// One owed step.
struct DueStep {
    QUuid item;
    QUuid survivor;
    QString title;
    QString ownerRole; // token
    QString state;     // token
    QDateTime dueAt;
    bool mandatory = false;
};

// The steps in `band` of the given survivors, by survivor (in the order given), then due time.
Result<std::vector<DueStep>> dueStepsOf(const Store& store, DueBand band, const QDateTime& now,
                                        const DueFilter& filter, const QList<QUuid>& survivors);

// What fell due in the stretch (`after`, `upTo`]: owed checklist steps whose due time passed in
// it (overdue since), and open action items whose due time came in it. For the window's
// notifications: each is told once, when its time comes.
struct FellDue {
    qint64 steps = 0;
    QUuid firstSurvivor;   // of the earliest such step
    QString firstSurvivorCode;
    QString firstStepTitle;
    qint64 actionItems = 0;
    QString firstActionTitle;
};
Result<FellDue> fellDue(const Store& store, const QDateTime& after, const QDateTime& upTo);

// One survivor's progress through their checklist. Settled steps are done, not applicable or
// declined by the survivor (a choice, not a failure).
struct SurvivorProgress {
    QUuid survivor;
    QString code;
    QString ageBand; // token
    QDateTime t0;
    int settled = 0;
    int total = 0;
    int overdue = 0;
    int openMandatory = 0;
};

// The survivors of operation `operationId` with their progress at `now`, by code.
Result<std::vector<SurvivorProgress>> operationProgress(const Store& store, const QUuid& operationId,
                                                        const QDateTime& now);

} // namespace tandem
