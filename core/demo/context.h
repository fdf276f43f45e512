#pragma once

// Internal to the demo generator: what its parts share while writing one demo.

#include "demo.h"
#include "rng.h"

#include "domain/checklist.h"
#include "store/store.h"

#include <QDateTime>
#include <QHash>

#include <algorithm>
#include <map>
#include <vector>

namespace tandem::demo::detail {

struct Agency {
    QUuid id;
    QString name;
    QString shortName;
    QString kind;
    QStringList staff; // invented people, with a rank or title where the agency uses one
};

struct Service {
    QUuid id;
    QString name;
    QString kind;
    bool acceptsMinors = false;
    QString onlyFor; // "female", "male", or empty for everyone
};

// A checklist step of a recent survivor, done by the anchor, whose state is written only once
// every checklist is: a few such steps are still waiting instead (see writeBacklog).
struct PendingStep {
    QUuid item;
    QUuid survivor;
    int weight = 0;      // how likely it is to be still waiting, relative to the others
    QVariantMap done;    // the step as done
    QVariantMap waiting; // the step as still owed
};

// An operation as planned before anything is written. Plans are made first and written in the
// order of their start, so that survivor codes count up with time.
struct OperationPlan {
    int index = 0;
    Rng rng{0}; // this operation's own stream: everything about it is drawn from here
    QString codeName;
    QString status;
    QString type;
    int town = 0;
    qint64 createdAt = 0; // seconds since the epoch, as are all times here
    qint64 startsAt = 0;  // 0: not scheduled yet (some drafts)
    qint64 endsAt = 0;
    qint64 briefingAt = 0;
    // Operations carried out are spread evenly over the history: this one's place among `ranks`.
    int rank = 0;
    int ranks = 0;
};

// What later parts need to know about a written operation.
struct OperationRecord {
    QUuid id;
    QString codeName;
    QString status;
    QString type;
    int town = 0;
    qint64 startsAt = 0;
    qint64 endsAt = 0;
    int leadAgency = -1;
    std::vector<int> agencies; // indices into Context::agencies, those with an assignment
    std::vector<QUuid> targets;
    std::vector<QString> targetLabels;
    QStringList languages;
    int expectedSurvivors = 0;
    int expectedMinors = 0;
    int survivors = 0; // found and recovered: operations that reached execution only
};

// A survivor as their checklist needs them.
struct SurvivorRecord {
    QUuid id;
    qint64 t0 = 0;
    bool minor = false;
    QString gender;
    QString language;
    QString advocate;    // an advocate from one of the operation's victim-services agencies
    QString caseManager;
};

struct Context {
    Context(Store& s, const Options& o, Stats& st, qint64 anchorSeconds)
        : store(s), options(o), stats(st), anchor(anchorSeconds), today(anchorSeconds - anchorSeconds % 86400),
          root(o.seed)
    {
    }

    Store& store;
    const Options& options;
    Stats& stats;
    // "Now" in the demo's story, in seconds since the epoch, and the start of its UTC day (the
    // region keeps UTC all year). Operations and meetings are laid out in days from `today` at
    // the hours people keep; what is done, late or due is judged at `anchor`.
    qint64 anchor;
    qint64 today;
    Rng root;
    qint64 spanDays = 365; // how far back the history goes

    // Checklist steps owed and past their due time at the anchor, and the recent steps that may
    // yet join them (writeBacklog).
    qint64 overdueSteps = 0;
    std::vector<PendingStep> pending;

    std::vector<Agency> agencies;
    std::map<QString, std::vector<int>> agenciesByKind;
    std::vector<Service> services;
    std::map<QString, std::vector<int>> servicesByKind;
    ChecklistTemplate checklist;
    QHash<QUuid, QString> stepKeys; // step id → key in the default protocol files
    std::map<int, int> survivorNumbers; // year → last number used
    QString officeCode;                 // the prefix of survivor codes (domain/officecode.h)
    std::vector<OperationRecord> operations;

    // The write path, counted.
    Result<QUuid> insert(const QString& entity, const QVariantMap& values, const QUuid& id)
    {
        Result<QUuid> r = store.insert(entity, values, id);
        if (r)
            count(entity, 1);
        return r;
    }
    Result<void> update(const QString& entity, const QUuid& id, const QVariantMap& values)
    {
        Result<void> r = store.update(entity, id, values);
        if (r)
            ++stats.updates;
        return r;
    }
    void count(const QString& entity, qint64 n)
    {
        stats.rows += n;
        stats.perEntity[entity] += n;
    }

    const Agency& agencyOfKind(Rng& rng, const char* kind) const
    {
        const std::vector<int>& of = agenciesByKind.at(QString::fromLatin1(kind));
        return agencies[size_t(of[size_t(rng.below(of.size()))])];
    }
    int agencyIndexOfKind(Rng& rng, const char* kind) const
    {
        const std::vector<int>& of = agenciesByKind.at(QString::fromLatin1(kind));
        return of[size_t(rng.below(of.size()))];
    }
    // The agency of `kind` that has a part in `op`, or any agency of that kind when none has.
    int agencyInOperation(Rng& rng, const OperationRecord& op, const char* kind) const
    {
        for (int a : op.agencies) {
            if (agencies[size_t(a)].kind == QLatin1String(kind))
                return a;
        }
        return agencyIndexOfKind(rng, kind);
    }
    const Service* serviceNamed(const QString& name) const
    {
        for (const Service& s : services) {
            if (s.name == name)
                return &s;
        }
        return nullptr;
    }
    // A service of `kind` that takes this person (minors, single-sex services).
    const Service* serviceOfKind(Rng& rng, const QString& kind, bool forMinor, const QString& gender) const
    {
        auto it = servicesByKind.find(kind);
        if (it == servicesByKind.end())
            return nullptr;
        std::vector<int> fitting;
        for (int i : it->second) {
            const Service& s = services[size_t(i)];
            if ((!forMinor || s.acceptsMinors) && (s.onlyFor.isEmpty() || s.onlyFor == gender))
                fitting.push_back(i);
        }
        if (fitting.empty())
            return nullptr;
        return &services[size_t(fitting[size_t(rng.below(fitting.size()))])];
    }
};

inline QDateTime utc(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

// "08:12": the region keeps UTC all year, so log times read the same as the stored instants.
inline QString clockTime(qint64 seconds)
{
    return utc(seconds).toString(QStringLiteral("HH:mm"));
}

// Whether an operation with `status` has got as far as `stage` (cancelled ones never have).
inline bool reached(const QString& status, const char* stage)
{
    static const QStringList order{QStringLiteral("draft"),       QStringLiteral("planned"),
                                   QStringLiteral("approved"),    QStringLiteral("briefed"),
                                   QStringLiteral("in_progress"), QStringLiteral("completed"),
                                   QStringLiteral("closed")};
    return status != QLatin1String("cancelled")
           && order.indexOf(status) >= order.indexOf(QString::fromLatin1(stage));
}

constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;

// The parts of the demo, in the order generate() runs them.
Result<void> writeDirectory(Context& c);                // agencies and services
std::vector<OperationPlan> planOperations(Context& c);  // sorted by start
Result<void> writeOperation(Context& c, OperationPlan& plan); // with targets, assignments, tasks, notes, survivors
Result<void> writeTimeline(Context& c, OperationPlan& plan, OperationRecord& op); // tasks and log notes
Result<void> writeSurvivors(Context& c, OperationPlan& plan, const OperationRecord& op);
Result<void> writeChecklist(Context& c, Rng& r, const OperationRecord& op, const SurvivorRecord& person);
Result<void> writeCommunity(Context& c);                // meetings, tips, feedback, action items
Result<void> writeBacklog(Context& c);                  // the pending checklist steps
Result<void> writeProtocolReviews(Context& c);          // the default protocols' review dates

// A day `days` after (before, when negative) `c.today`, at `minutes` past midnight.
inline qint64 dayAt(const Context& c, qint64 days, qint64 minutes)
{
    return c.today + days * kDay + minutes * kMinute;
}
// Days back from `today` of something in the history, the history getting busier towards the
// anchor (the task force has grown): the later of two even draws, so that the work of the last
// months is about twice that of the first. At least `minDays` back.
inline qint64 historyDaysBack(const Context& c, Rng& r, qint64 minDays)
{
    const qint64 span = std::max<qint64>(0, c.spanDays - minDays);
    const qint64 t = std::max(r.range64(0, span), r.range64(0, span));
    return minDays + span - t;
}

} // namespace tandem::demo::detail
