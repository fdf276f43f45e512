// An operation's timeline: tasks across the phases, and the operation log as a loggist writes it.

#include "context.h"

namespace tandem::demo::detail {
namespace {

struct TaskSpec {
    const char* phase;
    const char* title;
    const char* owner; // an agency kind, or "lead"
    qint64 due;        // seconds after the start (negative: before)
    enum When { Always, Languages, Minors, Labour } when = Always;
};

const std::vector<TaskSpec>& taskSpecs()
{
    static const std::vector<TaskSpec> specs = {
        {"preparation", "Reconnaissance of Target A", "lead", -7 * kDay},
        {"preparation", "Labour inspectors' powers checked for each workplace", "labour_inspection", -5 * kDay, TaskSpec::Labour},
        {"preparation", "Risk assessment signed off", "lead", -4 * kDay},
        {"preparation", "Search warrants obtained for all targets", "prosecutor", -3 * kDay},
        {"preparation", "Interpreters booked for the expected languages", "community_organisation", -2 * kDay, TaskSpec::Languages},
        {"preparation", "Shelter places reserved for the expected survivors", "shelter", -2 * kDay},
        {"preparation", "Ambulance standby confirmed", "medical", -1 * kDay},
        {"preparation", "Child-protection social worker on call", "child_protection", -1 * kDay, TaskSpec::Minors},
        {"briefing", "Joint briefing of all teams", "lead", -3 * kHour},
        {"briefing", "Assignment sheets (ICS-204) handed to team leads", "lead", -3 * kHour},
        {"execution", "Simultaneous entry at all targets", "lead", 0},
        {"execution", "Survivor reception point open", "ngo_victim_services", 30 * kMinute},
        {"execution", "Exhibits secured and logged", "police", 3 * kHour},
        {"post_rescue", "Advocates meet each survivor", "ngo_victim_services", 2 * kHour},
        {"post_rescue", "Emergency medical checks offered", "medical", 4 * kHour},
        {"post_rescue", "Survivors taken to safe accommodation", "shelter", 8 * kHour},
        {"follow_up", "Charging advice from the prosecutor", "prosecutor", 10 * kDay},
        {"follow_up", "Seized phones and ledgers reviewed", "federal", 14 * kDay},
        {"follow_up", "Wage claims referred to the labour inspectorate", "labour_inspection", 21 * kDay, TaskSpec::Labour},
        {"debrief", "Hot debrief with team leads", "lead", 10 * kHour},
        {"debrief", "After-action review with all agencies", "lead", 21 * kDay},
    };
    return specs;
}

// How likely a task of `phase`, due before the anchor, is done by it, for an operation in
// `status`. What is left undone is at most a few days late: teams do their tasks.
int donePercent(const QString& status, const QString& phase, qint64 late, qint64 offset)
{
    static const QStringList phases{QStringLiteral("preparation"), QStringLiteral("briefing"),
                                    QStringLiteral("execution"),   QStringLiteral("post_rescue"),
                                    QStringLiteral("follow_up"),   QStringLiteral("debrief")};
    const int ph = int(phases.indexOf(phase));
    if (status == QLatin1String("cancelled"))
        return ph == 0 ? 70 : 0;
    if (late > 5 * kDay || status == QLatin1String("closed"))
        return 100;
    // Once the teams have stood down, what was due on the day is done; what follows may lag.
    if (status == QLatin1String("completed"))
        return offset < kDay ? 100 : 75;
    if (status == QLatin1String("in_progress"))
        return ph <= 2 ? 100 : 65;
    if (status == QLatin1String("briefed"))
        return 100;
    if (status == QLatin1String("approved"))
        return 92;
    return 85;
}

Result<void> writeTasks(Context& c, OperationPlan& p, const OperationRecord& op)
{
    Rng& r = p.rng;
    const bool labour = p.type == QLatin1String("labour_exploitation");
    const bool cancelled = p.status == QLatin1String("cancelled");
    for (const TaskSpec& t : taskSpecs()) {
        if ((t.when == TaskSpec::Languages && op.languages.isEmpty()) || (t.when == TaskSpec::Minors && op.expectedMinors == 0)
            || (t.when == TaskSpec::Labour && !labour))
            continue;
        const QString phase = QString::fromLatin1(t.phase);
        // Drafts have only their preparation; a cancelled operation never got past its briefing.
        if ((!p.startsAt || cancelled) && phase != QLatin1String("preparation") && phase != QLatin1String("briefing"))
            continue;
        if (!p.startsAt && phase != QLatin1String("preparation"))
            continue;
        const int owner = QLatin1String(t.owner) == QLatin1String("lead") ? op.leadAgency : c.agencyInOperation(r, op, t.owner);
        QVariantMap values{{QStringLiteral("operation"), op.id},
                           {QStringLiteral("phase"), phase},
                           {QStringLiteral("title"), QString::fromLatin1(t.title)},
                           {QStringLiteral("owner_agency"), c.agencies[size_t(owner)].id}};
        if (p.startsAt) {
            const qint64 due = phase == QLatin1String("briefing") ? p.briefingAt : p.startsAt + t.due;
            values.insert(QStringLiteral("due_at"), utc(due));
            if (due < c.anchor && r.percent(donePercent(p.status, phase, c.anchor - due, t.due))) {
                // Preparation is done ahead of time; what happens on the day is logged as it
                // happens; follow-up work lands within a day or two of its date.
                const qint64 done = phase == QLatin1String("preparation") ? due - r.range(0, 36) * kHour
                                    : t.due >= kDay                        ? due + r.range(-48, 24) * kHour
                                                                           : due + r.range(0, 40) * kMinute;
                values.insert(QStringLiteral("done_at"), utc(std::min(std::max(done, p.createdAt), c.anchor - kMinute)));
            }
        }
        if (Result<QUuid> res = c.insert(QStringLiteral("task"), values, r.id(p.createdAt * 1000 + 3000)); !res)
            return res.error();
    }
    return {};
}

const QStringList kCancelReasons{
    QStringLiteral("the main suspect left the country the week before"),
    QStringLiteral("the warrant application was refused; more evidence is needed"),
    QStringLiteral("surveillance showed the workers had been moved to an unknown address"),
    QStringLiteral("not enough interpreters for the planned date; to be replanned"),
    QStringLiteral("a related investigation in another county asked us to hold off"),
};
const QStringList kLessons{
    QStringLiteral("The interpreter arrived 40 minutes after entry. Book interpreters to the RV point, not on call."),
    QStringLiteral("The reception point was in sight of Target A: survivors saw the suspects being led out. Choose a place out of view."),
    QStringLiteral("Advocates met every survivor within the hour. Keep them at the reception point from the start."),
    QStringLiteral("Radio coverage failed in the basement of Target A. Carry a repeater."),
    QStringLiteral("Two of the people found were minors, which the plan had not foreseen. Have child protection on call every time."),
    QStringLiteral("Survivors were asked for their names in front of the suspects. Take details only at the reception point."),
    QStringLiteral("The shelter had beds ready but no late-night transport. Book transport with the beds."),
};

struct LogLine {
    qint64 at;
    QString text;
};

std::vector<LogLine> executionLog(Context& c, OperationPlan& p, const OperationRecord& op)
{
    Rng& r = p.rng;
    const qint64 s = p.startsAt;
    const Agency& lead = c.agencies[size_t(op.leadAgency)];
    std::vector<LogLine> log;
    log.push_back({s - 60 * kMinute, QStringLiteral("All teams at the RV point; radios checked on EF-TAC 1-4.")});
    log.push_back({s - 15 * kMinute, QStringLiteral("Go/no-go: go. Targets under observation since %1, no change.")
                                         .arg(utc(s - r.range(3, 8) * kHour).toString(QStringLiteral("HH:mm")))});
    log.push_back({s, QStringLiteral("Go given by %1. Entry teams moving.").arg(lead.staff.front())});
    int remaining = op.survivors;
    for (size_t t = 0; t < op.targets.size(); ++t) {
        const QString target = op.targetLabels[t].section(QStringLiteral(" - "), 0, 0);
        const qint64 entry = s + qint64(t) * kMinute + r.range(1, 4) * kMinute;
        static const QStringList doors{QStringLiteral("front door"), QStringLiteral("rear door"), QStringLiteral("door B"),
                                       QStringLiteral("side gate")};
        const int detained = r.range(0, 3);
        log.push_back({entry, QStringLiteral("Entry team %1 in at %2 of %3; %4 detained.")
                                  .arg(t + 1)
                                  .arg(r.pick(doors), target,
                                       detained == 0 ? QStringLiteral("nobody") :
                                       detained == 1 ? QStringLiteral("one occupant") :
                                                       QStringLiteral("%1 occupants").arg(detained))});
        const int found = t + 1 == op.targets.size() ? remaining : int(r.below(std::uint64_t(remaining) + 1));
        remaining -= found;
        log.push_back({entry + r.range(6, 15) * kMinute,
                       found == 0 ? QStringLiteral("%1 secure. Nobody else on the premises.").arg(target)
                                  : QStringLiteral("%1 secure. %2 found in the upstairs rooms; no injuries.")
                                        .arg(target, found == 1 ? QStringLiteral("One person")
                                                                : QStringLiteral("%1 people").arg(found))});
    }
    const Agency& ngo = c.agencies[size_t(c.agencyInOperation(r, op, "ngo_victim_services"))];
    log.push_back({s + 25 * kMinute,
                   op.languages.isEmpty()
                       ? QStringLiteral("Advocates from %1 at the reception point.").arg(ngo.name)
                       : QStringLiteral("Advocates from %1 at the reception point; interpreters (%2) on the phone.")
                             .arg(ngo.name, op.languages.join(QStringLiteral(", ")))});
    if (op.survivors > 0) {
        log.push_back({s + 45 * kMinute, QStringLiteral("%1 at the reception point: tea, blankets, first conversations with "
                                                        "the advocates.")
                                             .arg(op.survivors == 1 ? QStringLiteral("One survivor")
                                                                    : QStringLiteral("%1 survivors").arg(op.survivors))});
        const Agency& shelter = c.agencies[size_t(c.agencyInOperation(r, op, "shelter"))];
        log.push_back({s + r.range(150, 240) * kMinute,
                       QStringLiteral("Survivors taken to %1 and to the SARC, as each chose.").arg(shelter.name)});
    }
    log.push_back({s + 90 * kMinute, QStringLiteral("Search of Target A: %1 exhibits seized (phones, ledgers, passports).")
                                         .arg(r.range(6, 40))});
    return log;
}

} // namespace

Result<void> writeTimeline(Context& c, OperationPlan& p, OperationRecord& op)
{
    if (Result<void> r = writeTasks(c, p, op); !r)
        return r;
    Rng& r = p.rng;
    std::vector<LogLine> log;
    std::vector<LogLine> lessons;
    if (reached(p.status, "in_progress")) {
        log = executionLog(c, p, op);
        if (reached(p.status, "completed")) {
            log.push_back({p.endsAt, QStringLiteral("All targets cleared. Teams stood down.")});
            for (int i : r.sample(int(kLessons.size()), r.range(1, 2)))
                lessons.push_back({p.endsAt + r.range(2, 10) * kDay, kLessons[i]});
        }
    } else if (p.status == QLatin1String("cancelled") && p.startsAt) {
        log.push_back({p.startsAt - r.range(1, 3) * kDay,
                       QStringLiteral("Operation stood down: %1.").arg(r.pick(kCancelReasons))});
    } else if (p.startsAt && reached(p.status, "planned")) {
        log.push_back({p.startsAt - 5 * kDay,
                       QStringLiteral("Recce of %1 done: rear access by the service alley confirmed.")
                           .arg(op.targetLabels.front().section(QStringLiteral(" - "), 0, 0))});
    }
    const Agency& lead = c.agencies[size_t(op.leadAgency)];
    const QString loggist = lead.staff.at(2);
    auto write = [&](const LogLine& line, const char* kind) -> Result<void> {
        // Only what has happened by the anchor is in the log.
        if (line.at > c.anchor)
            return {};
        const QString text = QLatin1String(kind) == QLatin1String("log") ? clockTime(line.at) + QLatin1Char(' ') + line.text
                                                                           : line.text;
        QVariantMap values{{QStringLiteral("operation"), op.id},
                           {QStringLiteral("at"), utc(line.at)},
                           {QStringLiteral("author"), QLatin1String(kind) == QLatin1String("log") ? loggist : lead.staff.at(1)},
                           {QStringLiteral("kind"), QString::fromLatin1(kind)},
                           {QStringLiteral("text"), text}};
        if (Result<QUuid> res = c.insert(QStringLiteral("note"), values, r.id(line.at * 1000)); !res)
            return res.error();
        return {};
    };
    std::stable_sort(log.begin(), log.end(), [](const LogLine& a, const LogLine& b) { return a.at < b.at; });
    for (const LogLine& line : log) {
        if (Result<void> res = write(line, "log"); !res)
            return res;
    }
    for (const LogLine& line : lessons) {
        if (Result<void> res = write(line, "lesson"); !res)
            return res;
    }
    return {};
}

} // namespace tandem::demo::detail
