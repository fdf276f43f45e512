// The dashboard's three figures of checklist steps (time to each step, overdue and late by owner
// role and by answerable agency) from one pass over the steps of the survivors in scope, read
// through SQLite's C API and counted here (issue 19). As three SQL aggregates, each read every
// step again and joined it to its protocol step in SQL: on the 10k demo, over the whole span,
// most of the dashboard's time.

#include "dashboardsql.h"
#include "document.h"

#include "store/registry.h"
#include "store/store.h"
#include "util/percentile.h"

#include <QHash>
#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <limits>
#include <memory>
#include <optional>
#include <tuple>
#include <unordered_map>

namespace tandem::report::dashboard {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

struct StatementDeleter {
    void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
};
using StatementPtr = std::unique_ptr<sqlite3_stmt, StatementDeleter>;

// A column's bytes as a key to look up, without a copy: valid until the statement steps again.
QByteArray blobKey(sqlite3_stmt* s, int column)
{
    return QByteArray::fromRawData(static_cast<const char*>(sqlite3_column_blob(s, column)), sqlite3_column_bytes(s, column));
}

// A 16-byte id as two integers: a key hashed and compared without QByteArray (the pass looks up
// a step for every row it reads).
struct Id16 {
    quint64 high = 0;
    quint64 low = 0;
    bool operator==(const Id16&) const = default;
};
struct Id16Hash {
    // The low half of a UUIDv7 is random.
    std::size_t operator()(const Id16& id) const { return std::size_t(id.low ^ (id.high >> 7)); }
};
std::optional<Id16> id16(const void* bytes, int size)
{
    if (size != 16)
        return std::nullopt;
    Id16 id;
    std::memcpy(&id.high, bytes, 8);
    std::memcpy(&id.low, static_cast<const char*>(bytes) + 8, 8);
    return id;
}

// A step of a protocol, and the group of steps that are "the same step" across protocol
// versions: same protocol name, title, anchor and target.
struct StepInfo {
    int group = -1;
    QString ownerRole;
};
struct Group {
    QString protocol;
    QString title;
    QString anchor;
    qint64 target = 0; // minutes
    qint64 first = std::numeric_limits<qint64>::max(); // the lowest position of its steps
    qint64 done = 0;
    qint64 timed = 0;
    qint64 kept = 0;
    std::vector<double> seconds; // from T0 to done
};
struct Counts {
    qint64 overdue = 0;
    qint64 late = 0;
};

} // namespace

Result<StepFigures> stepFigures(const Store& store, const Scope& scope)
{
    // The protocol steps, grouped (a few dozen).
    Result<QSqlQuery> steps = store.exec(QStringLiteral(
        "SELECT p.id, pr.name, p.title, p.due_anchor, COALESCE(p.due_offset_minutes, 0), p.position, p.owner_role "
        "FROM protocol_step p LEFT JOIN protocol pr ON pr.id = p.protocol"));
    if (!steps)
        return steps.error();
    std::unordered_map<Id16, StepInfo, Id16Hash> stepInfo;
    const auto addStep = [&stepInfo](const QByteArray& id, StepInfo info) {
        if (const std::optional<Id16> key = id16(id.constData(), int(id.size())))
            stepInfo.emplace(*key, std::move(info));
    };
    std::vector<Group> groups;
    QHash<QString, int> groupOf; // by protocol, title, anchor and target, joined
    while (steps->next()) {
        // A step whose protocol is not here counts by its owner role and agency, in no group.
        if (steps->value(1).isNull()) {
            addStep(steps->value(0).toByteArray(), {-1, steps->value(6).toString()});
            continue;
        }
        Group fields;
        fields.protocol = steps->value(1).toString();
        fields.title = steps->value(2).toString();
        fields.anchor = steps->value(3).toString();
        fields.target = steps->value(4).toLongLong();
        const QString key = QStringList{fields.protocol, fields.title, fields.anchor, QString::number(fields.target)}.join(QChar(0x1f));
        auto it = groupOf.constFind(key);
        if (it == groupOf.cend()) {
            groups.push_back(std::move(fields));
            it = groupOf.insert(key, int(groups.size()) - 1);
        }
        Group& g = groups[size_t(*it)];
        g.first = std::min(g.first, steps->value(5).toLongLong());
        addStep(steps->value(0).toByteArray(), {*it, steps->value(6).toString()});
    }
    steps->finish();

    // The answerable agency per operation: its oldest live victim-services assignment.
    Result<QSqlQuery> vs = store.exec(QStringLiteral("SELECT operation, agency, MIN(id) FROM assignment WHERE deleted = 0 "
                                                     "AND role = 'victim_services' GROUP BY operation"));
    if (!vs)
        return vs.error();
    QHash<QByteArray, QByteArray> agencyOf;
    while (vs->next())
        agencyOf.insert(vs->value(0).toByteArray(), vs->value(1).toByteArray());
    vs->finish();

    // The survivors of the period, with their operation.
    const Condition c = scope.survivors(QStringLiteral("s"), QStringLiteral("o"));
    Result<QSqlQuery> inScope = store.exec(
        QStringLiteral("SELECT s.id, s.recovered_at, s.operation FROM survivor s LEFT JOIN operation o ON o.id = s.operation "
                       "WHERE ")
            + c.sql,
        c.binds);
    if (!inScope)
        return inScope.error();
    struct SurvivorInfo {
        qint64 recoveredAt = 0;
        QByteArray agency; // of its operation's victim services; empty: none
    };
    QHash<QByteArray, SurvivorInfo> survivors;
    while (inScope->next()) {
        const QByteArray operation = inScope->value(2).toByteArray();
        survivors.insert(inScope->value(0).toByteArray(),
                         {inScope->value(1).toLongLong(), operation.isEmpty() ? QByteArray() : agencyOf.value(operation)});
    }
    inScope->finish();
    QHash<QString, Counts> byRole;
    QHash<QByteArray, Counts> byAgency; // empty key: no victim-services agency
    // One step (the columns survivor, step, state, due_at, done_at of `row`) of a survivor in
    // scope, whose agency's counts are `agency`.
    const auto take = [&](sqlite3_stmt* row, const SurvivorInfo& who, Counts& agency) {
        const std::optional<Id16> stepId = id16(sqlite3_column_blob(row, 1), sqlite3_column_bytes(row, 1));
        const auto info = stepId ? stepInfo.find(*stepId) : stepInfo.end();
        if (info == stepInfo.end())
            return; // a step of no protocol here: the figures join steps to their protocol
        const StepInfo& step = info->second;
        const auto state = QByteArrayView(static_cast<const char*>(static_cast<const void*>(sqlite3_column_text(row, 2))),
                                          sqlite3_column_bytes(row, 2));
        const bool hasDue = sqlite3_column_type(row, 3) != SQLITE_NULL;
        const bool hasDone = sqlite3_column_type(row, 4) != SQLITE_NULL;
        const qint64 due = sqlite3_column_int64(row, 3);
        const qint64 doneAt = sqlite3_column_int64(row, 4);
        const bool isDone = state == QByteArrayView("done");
        const bool overdue = (state == QByteArrayView("open") || state == QByteArrayView("in_progress")) && hasDue
                             && due < scope.now;
        const bool late = isDone && hasDue && hasDone && doneAt > due;
        if (isDone && hasDone && step.group >= 0) {
            Group& g = groups[size_t(step.group)];
            ++g.done;
            g.timed += hasDue ? 1 : 0;
            g.kept += hasDue && doneAt <= due ? 1 : 0;
            g.seconds.push_back(double(doneAt - who.recoveredAt));
        }
        if (overdue || late) {
            Counts& r = byRole[step.ownerRole];
            r.overdue += overdue ? 1 : 0;
            r.late += late ? 1 : 0;
        }
        agency.overdue += overdue ? 1 : 0;
        agency.late += late ? 1 : 0;
    };

    const QVariant handle = store.database().driver()->handle();
    sqlite3* db = handle.isValid() ? *static_cast<sqlite3* const*>(handle.constData()) : nullptr;
    if (!db)
        return makeError(Report::tr("the dashboard cannot read the file"));
    const auto prepare = [db](const char* sql) -> Result<StatementPtr> {
        sqlite3_stmt* raw = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &raw, nullptr) != SQLITE_OK)
            return makeError(QString::fromUtf8(sqlite3_errmsg(db)));
        return StatementPtr(raw);
    };
    // Most survivors in scope: one scan of every step, kept by its survivor. A few: each one's
    // steps through the index on checklist_item.survivor.
    Result<QSqlQuery> all = store.exec(QStringLiteral("SELECT count(*) FROM survivor"));
    if (!all || !all->next())
        return all ? makeError(Report::tr("the dashboard cannot read the file")) : all.error();
    const bool scan = qint64(survivors.size()) * 4 >= all->value(0).toLongLong();
    all->finish();
    // Steps through every row of `q`, calling `row` on each.
    const auto eachRow = [db](sqlite3_stmt* q, const auto& row) -> Result<void> {
        for (;;) {
            const int rc = sqlite3_step(q);
            if (rc == SQLITE_DONE)
                return {};
            if (rc != SQLITE_ROW)
                return makeError(QString::fromUtf8(sqlite3_errmsg(db)));
            row(q);
        }
    };
    if (scan) {
        // Read from the index checklist_item_steps (schema 11), in survivor order: a survivor's
        // steps come one after another, so each survivor is looked up once.
        Result<StatementPtr> q = prepare("SELECT survivor, step, state, due_at, done_at FROM checklist_item WHERE deleted = 0");
        if (!q)
            return q.error();
        QByteArray current;
        const SurvivorInfo* who = nullptr;
        Counts* agency = nullptr;
        Result<void> read = eachRow(q->get(), [&](sqlite3_stmt* row) {
            const QByteArray key = blobKey(row, 0);
            if (key != current) {
                current = QByteArray(key.constData(), key.size());
                const auto found = survivors.constFind(current);
                who = found == survivors.cend() ? nullptr : &*found;
                agency = who ? &byAgency[who->agency] : nullptr;
            }
            if (who)
                take(row, *who, *agency);
        });
        if (!read)
            return read.error();
    } else {
        Result<StatementPtr> q =
            prepare("SELECT survivor, step, state, due_at, done_at FROM checklist_item WHERE survivor = ? AND deleted = 0");
        if (!q)
            return q.error();
        for (auto it = survivors.cbegin(); it != survivors.cend(); ++it) {
            sqlite3_bind_blob(q->get(), 1, it.key().constData(), int(it.key().size()), SQLITE_STATIC);
            Counts& agency = byAgency[it->agency];
            Result<void> read = eachRow(q->get(), [&](sqlite3_stmt* row) { take(row, *it, agency); });
            sqlite3_reset(q->get());
            if (!read)
                return read.error();
        }
    }

    StepFigures out;

    // Time from T0 to each step: groups with a done step, by protocol, first position, target.
    Figure& times = out.stepTimes;
    times = emptyFigure(QStringLiteral("step_times"), Report::tr("Time from T0 to each protocol step"), Report::tr("Step"), {},
                        {},
                        {QStringLiteral("target_hours"), QStringLiteral("done"), QStringLiteral("median_hours"),
                         QStringLiteral("p90_hours"), QStringLiteral("within_target_percent")},
                        {Report::tr("Target (hours)"), Report::tr("Done"), Report::tr("Median (hours)"),
                         Report::tr("90th percentile (hours)"), Report::tr("Within target (%)")});
    times.decimals = 1;
    std::vector<Group*> shown;
    for (Group& g : groups) {
        if (g.done > 0)
            shown.push_back(&g);
    }
    std::sort(shown.begin(), shown.end(), [](const Group* a, const Group* b) {
        return std::tie(a->protocol, a->first, a->target, a->title, a->anchor)
               < std::tie(b->protocol, b->first, b->target, b->title, b->anchor);
    });
    for (Group* g : shown) {
        const double median = percentileOf(g->seconds, 0.5);
        const double p90 = percentileOf(g->seconds, 0.9);
        const bool fromT0 = g->anchor == QLatin1String("t0");
        times.rowKeys << QStringLiteral("%1/%2/%3/%4").arg(g->protocol, g->title, g->anchor).arg(g->target);
        times.rowLabels << QStringLiteral("%1: %2").arg(g->protocol, g->title);
        times.values.push_back({fromT0 ? double(g->target) / 60.0 : kNaN, double(g->done),
                                median / 3600.0, p90 / 3600.0,
                                g->timed > 0 ? 100.0 * double(g->kept) / double(g->timed) : kNaN});
    }

    // Overdue and late by owner role: every role a step can name, in the field's order.
    QStringList roleKeys, roleLabels;
    const FieldDef& role = *Registry::instance().entity(QStringLiteral("protocol_step"))->field(QStringLiteral("owner_role"));
    for (const EnumValue& v : role.values) {
        roleKeys << QString::fromLatin1(v.token);
        roleLabels << role.valueLabel(QString::fromLatin1(v.token));
    }
    out.overdueByRole = emptyFigure(QStringLiteral("overdue_by_role"), Report::tr("Overdue and late steps by owner role"),
                                    Report::tr("Owner role"), roleKeys, roleLabels,
                                    {QStringLiteral("overdue"), QStringLiteral("late")},
                                    {Report::tr("Overdue now"), Report::tr("Done late")});
    for (auto it = byRole.cbegin(); it != byRole.cend(); ++it) {
        const int row = int(roleKeys.indexOf(it.key()));
        if (row >= 0)
            out.overdueByRole.values[size_t(row)] = {double(it->overdue), double(it->late)};
    }

    // Overdue and late by answerable agency: those with any, most overdue first.
    struct AgencyRow {
        QByteArray id;
        QVariant name; // null: no victim-services agency, or a deleted one
        Counts counts;
    };
    std::vector<AgencyRow> rows;
    for (auto it = byAgency.cbegin(); it != byAgency.cend(); ++it) {
        if (it->overdue == 0 && it->late == 0)
            continue;
        AgencyRow r{it.key(), QVariant(), *it};
        if (!r.id.isEmpty()) {
            Result<QSqlQuery> name = store.exec(QStringLiteral("SELECT name FROM agency WHERE id = ?"), {r.id});
            if (!name)
                return name.error();
            if (name->next())
                r.name = name->value(0);
        }
        rows.push_back(std::move(r));
    }
    // As SQLite orders them: no name first, then names byte for byte.
    std::sort(rows.begin(), rows.end(), [](const AgencyRow& a, const AgencyRow& b) {
        if (a.counts.overdue != b.counts.overdue)
            return a.counts.overdue > b.counts.overdue;
        if (a.counts.late != b.counts.late)
            return a.counts.late > b.counts.late;
        if (a.name.isNull() != b.name.isNull())
            return a.name.isNull();
        return a.name.toString().toUtf8() < b.name.toString().toUtf8();
    });
    out.overdueByAgency = emptyFigure(QStringLiteral("overdue_by_agency"), Report::tr("Overdue and late steps by answerable agency"),
                                      Report::tr("Agency"), {}, {}, {QStringLiteral("overdue"), QStringLiteral("late")},
                                      {Report::tr("Overdue now"), Report::tr("Done late")});
    for (const AgencyRow& r : rows) {
        out.overdueByAgency.rowKeys << (r.id.isEmpty() ? QString() : QUuid::fromRfc4122(r.id).toString(QUuid::WithoutBraces));
        out.overdueByAgency.rowLabels << (r.id.isEmpty()      ? Report::tr("No victim-services agency assigned")
                                          : r.name.isNull() ? Report::tr("(deleted agency)")
                                                            : r.name.toString());
        out.overdueByAgency.values.push_back({double(r.counts.overdue), double(r.counts.late)});
    }
    return out;
}

} // namespace tandem::report::dashboard
