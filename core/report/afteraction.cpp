// The after-action report: the plan against what happened, the log, survivors assisted and how
// their checklist steps kept to the protocol's targets, the agencies' part, lessons and feedback.

#include "reportcontext.h"

#include "util/percentile.h"

#include "store/store.h"

#include <QMap>

namespace tandem::report::detail {
namespace {

const QStringList kPhases{QStringLiteral("preparation"), QStringLiteral("briefing"),
                          QStringLiteral("execution"),   QStringLiteral("post_rescue"),
                          QStringLiteral("follow_up"),   QStringLiteral("debrief")};

// Figures the summary and the tables share.
struct Counts {
    int tasks = 0, tasksDone = 0, tasksOnTime = 0;
    int owed = 0, done = 0, withinTarget = 0, overdue = 0, declined = 0;
    int assignments = 0, acknowledged = 0, agencies = 0;
    int logEntries = 0, lessons = 0;
    int actions = 0, actionsDone = 0, actionsOverdue = 0;
};

Section single(const QString& title, Block block)
{
    Section s{title, 1, {}};
    s.blocks.push_back(std::move(block));
    return s;
}

Result<Section> timeline(const Context& c, Counts& n)
{
    Result<std::vector<Row>> tasks = c.children(QStringLiteral("task"), QStringLiteral("due_at IS NULL, due_at, id"));
    if (!tasks)
        return tasks.error();
    std::stable_sort(tasks->begin(), tasks->end(), [](const Row& a, const Row& b) {
        return kPhases.indexOf(a.text(QStringLiteral("phase"))) < kPhases.indexOf(b.text(QStringLiteral("phase")));
    });
    Table t;
    for (const char* field : {"phase", "title", "owner_agency", "due_at"})
        t.columns << c.heading(QStringLiteral("task"), QString::fromLatin1(field));
    t.columns << Report::tr("Done") << Report::tr("Against plan");
    t.widths = {11, 33, 18, 13, 13, 12};
    t.emptyText = Report::tr("No tasks were planned.");
    for (const Row& r : *tasks) {
        const QDateTime due = r.value(QStringLiteral("due_at")).toDateTime();
        const QDateTime done = r.value(QStringLiteral("done_at")).toDateTime();
        QString against;
        ++n.tasks;
        if (done.isValid()) {
            ++n.tasksDone;
            const qint64 late = due.isValid() ? due.secsTo(done) : 0;
            if (late <= 0)
                ++n.tasksOnTime;
            against = late > 0 ? Report::tr("%1 late").arg(c.duration(late)) : Report::tr("on time");
        } else {
            against = due.isValid() && due < c.at() ? Report::tr("not done, overdue") : Report::tr("not done");
        }
        t.rows.push_back({c.show(r, QStringLiteral("phase")), r.text(QStringLiteral("title")),
                          c.show(r, QStringLiteral("owner_agency")), c.time(due), c.time(done), against});
    }
    return single(Report::tr("Planned and actual timeline"), Block::tableOf(std::move(t)));
}

// Each protocol step owed to this operation's survivors: how many were done, how soon after T0,
// against the step's target.
Result<Table> stepTimes(const Context& c, Counts& n, QHash<QUuid, QPair<int, int>>& progress)
{
    const qint64 now = c.at().toSecsSinceEpoch();
    Result<QSqlQuery> q = c.query(
        QStringLiteral("SELECT p.id, p.title, p.owner_role, p.due_anchor, p.due_offset_minutes, s.id, i.state, "
                       "i.due_at, i.done_at, s.recovered_at FROM checklist_item i "
                       "JOIN survivor s ON s.id = i.survivor JOIN protocol_step p ON p.id = i.step "
                       "JOIN protocol pr ON pr.id = p.protocol "
                       "WHERE s.operation = ? AND s.deleted = 0 AND i.deleted = 0 "
                       "ORDER BY pr.name, pr.version, p.position, p.id"),
        {c.operationKey()});
    if (!q)
        return q.error();
    struct Step {
        QStringList head;
        int owed = 0, done = 0, within = 0, timed = 0;
        std::vector<double> seconds;
    };
    std::vector<Step> steps;
    QByteArray current;
    while (q->next()) {
        if (q->value(0).toByteArray() != current) {
            current = q->value(0).toByteArray();
            const QString anchor = q->value(3).toString();
            const qint64 offset = q->value(4).toLongLong();
            Step step;
            step.head = QStringList{q->value(1).toString(),
                                    c.label(QStringLiteral("protocol_step"), QStringLiteral("owner_role"),
                                            q->value(2).toString()),
                                    anchor == QLatin1String("t0") ? Report::tr("within %1").arg(c.duration(offset * 60))
                                                                  : Report::tr("before first interview")};
            steps.push_back(std::move(step));
        }
        Step& step = steps.back();
        const QString state = q->value(6).toString();
        const QUuid survivor = QUuid::fromRfc4122(q->value(5).toByteArray());
        if (state == QLatin1String("not_applicable"))
            continue;
        ++step.owed;
        ++n.owed;
        ++progress[survivor].second;
        if (state == QLatin1String("declined"))
            ++n.declined;
        if ((state == QLatin1String("open") || state == QLatin1String("in_progress")) && !q->value(7).isNull()
            && q->value(7).toLongLong() < now)
            ++n.overdue;
        if (state != QLatin1String("done"))
            continue;
        ++step.done;
        ++n.done;
        ++progress[survivor].first;
        if (!q->value(8).isNull() && !q->value(9).isNull())
            step.seconds.push_back(double(q->value(8).toLongLong() - q->value(9).toLongLong()));
        if (!q->value(7).isNull()) {
            ++step.timed;
            if (q->value(8).toLongLong() <= q->value(7).toLongLong()) {
                ++step.within;
                ++n.withinTarget;
            }
        }
    }
    Table t;
    t.columns = QStringList{Report::tr("Step"), Report::tr("Owner"), Report::tr("Target"), Report::tr("Owed"),
                            Report::tr("Done"), Report::tr("Within target"), Report::tr("Median T0 to done"),
                            Report::tr("Slowest")};
    t.widths = {30, 13, 14, 7, 7, 10, 11, 10};
    t.numericColumns = {3, 4, 5, 6, 7};
    t.emptyText = Report::tr("No survivor of this operation has a checklist.");
    for (Step& s : steps) {
        std::sort(s.seconds.begin(), s.seconds.end());
        QStringList row = s.head;
        row << c.number(s.owed) << c.number(s.done)
            << (s.timed > 0 ? Report::tr("%1 of %2").arg(c.number(s.within), c.number(s.timed)) : QString())
            << (s.seconds.empty() ? QString() : c.duration(qint64(percentile(s.seconds, 0.5))))
            << (s.seconds.empty() ? QString() : c.duration(qint64(s.seconds.back())));
        t.rows.push_back(row);
    }
    return t;
}

Result<Table> overdueAndDeclined(const Context& c)
{
    const qint64 now = c.at().toSecsSinceEpoch();
    Result<QSqlQuery> q = c.query(
        QStringLiteral("SELECT s.code, p.title, p.owner_role, i.due_at, i.state, COALESCE(i.reason, i.note) FROM checklist_item i "
                       "JOIN survivor s ON s.id = i.survivor JOIN protocol_step p ON p.id = i.step "
                       "WHERE s.operation = ? AND s.deleted = 0 AND i.deleted = 0 AND (i.state = 'declined' "
                       "OR (i.state IN ('open', 'in_progress') AND i.due_at < ?)) "
                       "ORDER BY i.state = 'declined', i.due_at, s.code"),
        {c.operationKey(), now});
    if (!q)
        return q.error();
    Table t;
    t.columns = QStringList{Report::tr("Survivor"), Report::tr("Step"), Report::tr("Owner"), Report::tr("Due"),
                            Report::tr("State"), Report::tr("Details")};
    t.widths = {11, 28, 13, 14, 12, 22};
    t.emptyText = Report::tr("No step is overdue and none was declined.");
    while (q->next()) {
        const QString state = q->value(4).toString();
        const QString details = state == QLatin1String("declined")
                                    ? q->value(5).toString()
                                    : Report::tr("overdue by %1").arg(c.duration(now - q->value(3).toLongLong()));
        t.rows.push_back({q->value(0).toString(), q->value(1).toString(),
                          c.label(QStringLiteral("protocol_step"), QStringLiteral("owner_role"), q->value(2).toString()),
                          c.secondsTime(q->value(3)), c.label(QStringLiteral("checklist_item"), QStringLiteral("state"), state),
                          details});
    }
    return t;
}

Result<Table> participation(const Context& c, Counts& n)
{
    Result<QSqlQuery> q = c.query(
        QStringLiteral("SELECT a.agency, group_concat(DISTINCT a.role), COUNT(*), SUM(a.acknowledged), "
                       "SUM(COALESCE(a.headcount, 0)), "
                       "(SELECT COUNT(*) FROM task t WHERE t.operation = a.operation AND t.deleted = 0 "
                       "  AND t.owner_agency = a.agency), "
                       "(SELECT COUNT(*) FROM task t WHERE t.operation = a.operation AND t.deleted = 0 "
                       "  AND t.owner_agency = a.agency AND t.done_at IS NOT NULL) "
                       "FROM assignment a WHERE a.operation = ? AND a.deleted = 0 GROUP BY a.agency"),
        {c.operationKey()});
    if (!q)
        return q.error();
    Table t;
    t.columns = QStringList{Report::tr("Agency"), Report::tr("Roles"), Report::tr("Assignments"),
                            Report::tr("Acknowledged"), Report::tr("Headcount"), Report::tr("Tasks done")};
    t.widths = {26, 26, 11, 12, 10, 11};
    t.numericColumns = {2, 3, 4, 5};
    t.emptyText = Report::tr("No agency had an assignment.");
    while (q->next()) {
        QStringList roles;
        for (const QString& role : q->value(1).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            roles << c.label(QStringLiteral("assignment"), QStringLiteral("role"), role);
        const int count = q->value(2).toInt();
        const int acknowledged = q->value(3).toInt();
        n.assignments += count;
        n.acknowledged += acknowledged;
        ++n.agencies;
        t.rows.push_back({c.agencyName(QUuid::fromRfc4122(q->value(0).toByteArray())), roles.join(QStringLiteral(", ")),
                          c.number(count), Report::tr("%1 of %2").arg(c.number(acknowledged), c.number(count)),
                          c.number(q->value(4).toLongLong()),
                          Report::tr("%1 of %2").arg(c.number(q->value(6).toLongLong()), c.number(q->value(5).toLongLong()))});
    }
    std::sort(t.rows.begin(), t.rows.end(), [](const QStringList& a, const QStringList& b) {
        return a.front().localeAwareCompare(b.front()) < 0;
    });
    return t;
}

Result<Table> feedback(const Context& c)
{
    Result<std::vector<Row>> rows = c.children(QStringLiteral("feedback"), QStringLiteral("id"));
    if (!rows)
        return rows.error();
    Table t;
    t.columns = QStringList{Report::tr("Agency"), Report::tr("Planning"), Report::tr("Communication"),
                            Report::tr("Victim care"), Report::tr("Safety"), Report::tr("What worked"),
                            Report::tr("What to change")};
    t.widths = {15, 9, 13, 9, 8, 23, 23};
    t.numericColumns = {1, 2, 3, 4};
    t.emptyText = Report::tr("No agency has given feedback on this operation.");
    for (const Row& r : *rows)
        t.rows.push_back({c.show(r, QStringLiteral("agency")), c.show(r, QStringLiteral("rating_planning")),
                          c.show(r, QStringLiteral("rating_communication")),
                          c.show(r, QStringLiteral("rating_victim_care")), c.show(r, QStringLiteral("rating_safety")),
                          r.text(QStringLiteral("what_worked")), r.text(QStringLiteral("what_to_change"))});
    return t;
}

// The agencies' ratings per aspect: the mean of those who rated it, out of 5, with how many did.
Result<std::vector<Field>> ratings(const Context& c)
{
    Result<QSqlQuery> q = c.query(
        QStringLiteral("SELECT COUNT(*), AVG(rating_planning), COUNT(rating_planning), AVG(rating_communication), "
                       "COUNT(rating_communication), AVG(rating_victim_care), COUNT(rating_victim_care), "
                       "AVG(rating_safety), COUNT(rating_safety) FROM feedback WHERE operation = ? AND deleted = 0"),
        {c.operationKey()});
    if (!q)
        return q.error();
    std::vector<Field> fields;
    if (!q->next() || q->value(0).toInt() == 0)
        return fields;
    const QString aspects[] = {Report::tr("Planning"), Report::tr("Communication"), Report::tr("Victim care"),
                               Report::tr("Safety")};
    for (int i = 0; i < 4; ++i) {
        const int rated = q->value(2 + 2 * i).toInt();
        const QString mean = c.options().locale.toString(q->value(1 + 2 * i).toDouble(), 'f', 1);
        fields.push_back({aspects[i], rated == 0   ? Report::tr("not rated")
                                      : rated == 1 ? Report::tr("%1 of 5 (1 agency)").arg(mean)
                                                   : Report::tr("%1 of 5 (%2 agencies)").arg(mean, c.number(rated))});
    }
    return fields;
}

// The operation's follow-up action items, by due time (none last): what, who, when due, when
// done, and where each stands at the report's date.
Result<Table> actionItems(const Context& c, Counts& n)
{
    Result<std::vector<Row>> rows =
        c.children(QStringLiteral("action_item"), QStringLiteral("due_at IS NULL, due_at, title COLLATE NOCASE, id"));
    if (!rows)
        return rows.error();
    Table t;
    t.columns = QStringList{Report::tr("Action"), Report::tr("Owner agency"), Report::tr("Due"), Report::tr("Done"),
                            Report::tr("Status")};
    t.widths = {40, 20, 14, 14, 12};
    t.emptyText = Report::tr("No follow-up action is recorded for this operation.");
    for (const Row& r : *rows) {
        const QDateTime due = r.value(QStringLiteral("due_at")).toDateTime();
        const QDateTime done = r.value(QStringLiteral("done_at")).toDateTime();
        ++n.actions;
        QString status;
        if (done.isValid()) {
            ++n.actionsDone;
            status = Report::tr("done", "a follow-up action");
        } else if (due.isValid() && due < c.at()) {
            ++n.actionsOverdue;
            status = Report::tr("overdue", "a follow-up action");
        } else {
            status = Report::tr("open", "a follow-up action not done yet");
        }
        t.rows.push_back({r.text(QStringLiteral("title")), c.show(r, QStringLiteral("owner_agency")), c.time(due),
                          c.time(done), status});
    }
    return t;
}

std::vector<Field> summary(const Context& c, const Counts& n, const std::vector<SurvivorLine>& survivors)
{
    int minors = 0;
    for (const SurvivorLine& s : survivors)
        minors += s.survivor.value(QStringLiteral("minor")).toBool() ? 1 : 0;
    return {
        // No count stands before a noun it would have to agree with: never "1 tasks", "0 minors".
        {Report::tr("Timeline"), Report::tr("%1 planned, %2 done, %3 of them on time")
                                     .arg(c.number(n.tasks), c.number(n.tasksDone), c.number(n.tasksOnTime))},
        {Report::tr("Survivors assisted"),
         Report::tr("%1 (minors: %2)").arg(c.number(qint64(survivors.size())), c.number(minors))},
        {Report::tr("Assistance steps"),
         Report::tr("%1 owed, %2 done (%3 within their target), %4 overdue, %5 declined by the survivor")
             .arg(c.number(n.owed), c.number(n.done), c.number(n.withinTarget), c.number(n.overdue),
                  c.number(n.declined))},
        {Report::tr("Agencies"), Report::tr("%1 (assignments acknowledged: %2 of %3)")
                                     .arg(c.number(n.agencies), c.number(n.acknowledged), c.number(n.assignments))},
        {Report::tr("Operation log"),
         Report::tr("%1 (lessons noted: %2)").arg(c.number(n.logEntries), c.number(n.lessons))},
        {Report::tr("Follow-up actions"), Report::tr("%1 (done: %2, overdue: %3)")
                                              .arg(c.number(n.actions), c.number(n.actionsDone),
                                                   c.number(n.actionsOverdue))},
    };
}

} // namespace

Result<Document> buildAfterAction(const Context& c, const std::vector<SurvivorLine>& survivors)
{
    Document d;
    d.documentType = Report::tr("After-action report");
    d.titleBlock = titleBlock(c);
    Counts n;
    Result<Section> planned = timeline(c, n);
    if (!planned)
        return planned.error();
    Result<Table> log = logTable(c);
    if (!log)
        return log.error();
    n.logEntries = int(log->rows.size());
    QHash<QUuid, QPair<int, int>> progress;
    Result<Table> steps = stepTimes(c, n, progress);
    if (!steps)
        return steps.error();
    Result<Table> late = overdueAndDeclined(c);
    if (!late)
        return late.error();
    Result<Table> agencies = participation(c, n);
    if (!agencies)
        return agencies.error();
    Result<Table> lessons = lessonsTable(c);
    if (!lessons)
        return lessons.error();
    n.lessons = int(lessons->rows.size());
    Result<Table> actions = actionItems(c, n);
    if (!actions)
        return actions.error();
    Result<Table> opinions = feedback(c);
    if (!opinions)
        return opinions.error();
    Result<std::vector<Field>> rated = ratings(c);
    if (!rated)
        return rated.error();

    d.sections.push_back(single(Report::tr("Summary"), Block::fieldList(summary(c, n, survivors))));
    d.sections.push_back(std::move(*planned));
    d.sections.push_back(single(Report::tr("Operation log"), Block::tableOf(std::move(*log))));
    Section assisted{Report::tr("Survivors assisted"), 1, {}};
    assisted.blocks.push_back(Block::paragraph(
        c.options().identities
            ? Report::tr("Names and dates of birth appear only for survivors who agreed to share their identity "
                         "with the recipient of this copy.")
            : Report::tr("Survivors are named by their codes only.")));
    assisted.blocks.push_back(Block::tableOf(survivorTable(c, survivors, true, progress)));
    d.sections.push_back(std::move(assisted));
    d.sections.push_back(single(Report::tr("Assistance steps against their targets"), Block::tableOf(std::move(*steps))));
    d.sections.push_back(single(Report::tr("Overdue and declined steps"), Block::tableOf(std::move(*late))));
    d.sections.push_back(single(Report::tr("Agencies' participation"), Block::tableOf(std::move(*agencies))));
    // Lessons noted: the agencies' feedback first (ratings per aspect, what worked, what to
    // change), then the lessons written into the operation log.
    d.sections.push_back(Section{Report::tr("Lessons noted"), 1, {}});
    Section feedbackPart{Report::tr("Agencies' feedback"), 2, {}};
    if (!rated->empty())
        feedbackPart.blocks.push_back(Block::fieldList(std::move(*rated)));
    feedbackPart.blocks.push_back(Block::tableOf(std::move(*opinions)));
    d.sections.push_back(std::move(feedbackPart));
    Section logged{Report::tr("Lessons from the operation log"), 2, {}};
    logged.blocks.push_back(Block::tableOf(std::move(*lessons)));
    d.sections.push_back(std::move(logged));
    // What was agreed to follow up, with who owns it and how far it got.
    d.sections.push_back(single(Report::tr("Follow-up actions"), Block::tableOf(std::move(*actions))));
    return d;
}

} // namespace tandem::report::detail
