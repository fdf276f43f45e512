// The dashboard's three figures of checklist steps (time to each step, overdue and late by owner
// role and by answerable agency) from one pass over the steps of the survivors in scope, read
// through SQLite's C API and counted here (issue 19). As three SQL aggregates, each read every
// step again and joined it to its protocol step in SQL: on the 10k demo, over the whole span,
// most of the dashboard's time. The pass comes in parts, each its own range of survivors, so that
// a second connection on another thread can read one while the first reads the rest.

#include "dashboardsql.h"
#include "document.h"

#include "store/registry.h"
#include "store/store.h"
#include "util/percentile.h"

#include <QHash>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <limits>
#include <memory>
#include <optional>
#include <tuple>

namespace tandem::report::dashboard {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
// A time the pass reads for a step that has none (SQL's NULL): no step is due or done then.
constexpr qint64 kNone = std::numeric_limits<qint64>::min();

struct StatementDeleter {
    void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
};
using StatementPtr = std::unique_ptr<sqlite3_stmt, StatementDeleter>;

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
    int role = -1; // in the field's order of owner roles; -1: none of them
};

// The protocol steps by id: a few dozen, looked up for every row the pass reads, in a table of
// open addressing four times their number (a probe or two, no allocation, no bucket lists).
class StepTable {
public:
    void insert(const Id16& id, const StepInfo& info)
    {
        if ((m_count + 1) * 4 > m_slots.size())
            grow();
        place(id, info);
    }
    const StepInfo* find(const Id16& id) const
    {
        if (m_slots.empty())
            return nullptr;
        for (size_t at = slotOf(id);; at = (at + 1) & (m_slots.size() - 1)) {
            const Slot& s = m_slots[at];
            if (!s.used)
                return nullptr;
            if (s.id == id)
                return &s.info;
        }
    }

private:
    struct Slot {
        Id16 id;
        StepInfo info;
        bool used = false;
    };
    size_t slotOf(const Id16& id) const { return Id16Hash()(id) & (m_slots.size() - 1); }
    void place(const Id16& id, const StepInfo& info)
    {
        size_t at = slotOf(id);
        while (m_slots[at].used && !(m_slots[at].id == id))
            at = (at + 1) & (m_slots.size() - 1);
        m_count += m_slots[at].used ? 0 : 1;
        m_slots[at] = {id, info, true};
    }
    void grow()
    {
        std::vector<Slot> old = std::move(m_slots);
        m_slots.assign(std::max<size_t>(64, old.size() * 2), Slot());
        m_count = 0;
        for (const Slot& s : old) {
            if (s.used)
                place(s.id, s.info);
        }
    }
    std::vector<Slot> m_slots; // a power of two of them
    size_t m_count = 0;
};
struct Group {
    QString protocol;
    QString title;
    QString anchor;
    qint64 target = 0; // minutes
    qint64 first = std::numeric_limits<qint64>::max(); // the lowest position of its steps
};
// What a part of the pass counted in a group.
struct GroupTotals {
    qint64 done = 0;
    qint64 timed = 0;
    qint64 kept = 0;
    std::vector<double> seconds; // from T0 to done
    double median = kNaN;        // of `seconds`, once settled
    double p90 = kNaN;
};
struct Counts {
    qint64 overdue = 0;
    qint64 late = 0;
};
// What one part of the pass counted.
struct Totals {
    std::vector<GroupTotals> groups;
    std::vector<Counts> byRole; // by StepInfo::role
    std::vector<Counts> byOperation; // by the number of the survivor's operation (Survivors::operations)
};

} // namespace

struct StepPass::Data {
    qint64 now = 0;
    const Survivors* survivors = nullptr;
    StepTable stepInfo;
    std::vector<Group> groups;
    QStringList roleKeys; // every owner role a step can name, in the field's order
    QStringList roleLabels;
    // Most survivors in scope: each part scans a range of the index on checklist_item, from
    // bounds[part] to bounds[part + 1] (an empty bound: the start or the end). A few: each part
    // looks up the steps of its own survivors.
    bool scan = false;
    std::vector<QByteArray> bounds;
    std::vector<size_t> first; // each part's first survivor in Survivors::ids, then their number
    std::vector<Totals> totals; // one per part
    Totals all;                 // the parts' together, once merged
};

StepPass::StepPass() : d(std::make_unique<Data>()) {}
StepPass::~StepPass() = default;

int StepPass::parts() const
{
    return int(d->totals.size());
}

Result<std::unique_ptr<StepPass>> StepPass::load(const Store& store)
{
    std::unique_ptr<StepPass> pass(new StepPass);
    Data& d = *pass->d;
    const FieldDef& role = *Registry::instance().entity(QStringLiteral("protocol_step"))->field(QStringLiteral("owner_role"));
    for (const EnumValue& v : role.values) {
        d.roleKeys << QString::fromLatin1(v.token);
        d.roleLabels << role.valueLabel(QString::fromLatin1(v.token));
    }
    // The protocol steps, grouped (a few dozen).
    Result<QSqlQuery> steps = store.exec(QStringLiteral(
        "SELECT p.id, pr.name, p.title, p.due_anchor, COALESCE(p.due_offset_minutes, 0), p.position, p.owner_role "
        "FROM protocol_step p LEFT JOIN protocol pr ON pr.id = p.protocol"));
    if (!steps)
        return steps.error();
    const auto addStep = [&d](const QByteArray& id, StepInfo info) {
        if (const std::optional<Id16> key = id16(id.constData(), int(id.size())))
            d.stepInfo.insert(*key, info);
    };
    QHash<QString, int> groupOf; // by protocol, title, anchor and target, joined
    while (steps->next()) {
        // A step whose protocol is not here counts by its owner role and agency, in no group.
        if (steps->value(1).isNull()) {
            addStep(steps->value(0).toByteArray(), {-1, int(d.roleKeys.indexOf(steps->value(6).toString()))});
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
            d.groups.push_back(std::move(fields));
            it = groupOf.insert(key, int(d.groups.size()) - 1);
        }
        Group& g = d.groups[size_t(*it)];
        g.first = std::min(g.first, steps->value(5).toLongLong());
        addStep(steps->value(0).toByteArray(), {*it, int(d.roleKeys.indexOf(steps->value(6).toString()))});
    }

    return pass;
}

void StepPass::plan(const Scope& scope, const Survivors& survivors, qint64 inFile, int parts)
{
    Data& d = *this->d;
    d.now = scope.now;
    d.survivors = &survivors;
    // The survivors in scope in id order, in `parts` parts of about as many each.
    const std::vector<QByteArray>& ids = survivors.ids;
    parts = int(std::clamp<size_t>(size_t(std::max(parts, 1)), 1, std::max<size_t>(ids.size(), 1)));
    d.first = {0};
    for (int p = 1; p < parts; ++p)
        d.first.push_back(ids.size() * size_t(p) / size_t(parts));
    d.first.push_back(ids.size());
    d.scan = qint64(ids.size()) * 4 >= inFile;
    if (d.scan) {
        // Each part reads the index from the first id of its own survivors to the first of the next
        // part's (the first from the start, the last to the end).
        d.bounds.push_back(QByteArray());
        for (int p = 1; p < parts; ++p)
            d.bounds.push_back(ids[d.first[size_t(p)]]);
        d.bounds.push_back(QByteArray());
    }
    d.totals.assign(size_t(parts), Totals());
    for (Totals& t : d.totals) {
        t.groups.resize(d.groups.size());
        t.byRole.resize(size_t(d.roleKeys.size()));
        t.byOperation.resize(survivors.operations.size());
    }
}

Result<void> StepPass::read(const Store& store, int part, const std::atomic<bool>& stop)
{
    Data& d = *this->d;
    Totals& totals = d.totals[size_t(part)];
    const std::vector<QByteArray>& ids = d.survivors->ids;
    const std::vector<SurvivorInScope>& survivors = d.survivors->inScope;
    const size_t from = d.first[size_t(part)];
    const size_t to = d.first[size_t(part) + 1];
    // One step (the columns survivor, step, state, due_at, done_at of `row`) of a survivor in
    // scope, whose operation's counts are `operation`.
    const auto take = [&](sqlite3_stmt* row, const SurvivorInScope& who, Counts& operation) {
        const std::optional<Id16> stepId = id16(sqlite3_column_blob(row, 1), sqlite3_column_bytes(row, 1));
        const StepInfo* info = stepId ? d.stepInfo.find(*stepId) : nullptr;
        if (!info)
            return; // a step of no protocol here: the figures join steps to their protocol
        const StepInfo& step = *info;
        // The state's bytes as stored (as text SQLite would copy them to end them with a zero),
        // compared whole, in place.
        const auto* state = static_cast<const char*>(sqlite3_column_blob(row, 2));
        const int stateSize = sqlite3_column_bytes(row, 2);
        const qint64 due = sqlite3_column_int64(row, 3);
        const qint64 doneAt = sqlite3_column_int64(row, 4);
        const bool hasDue = due != kNone;
        const bool hasDone = doneAt != kNone;
        const bool isDone = stateSize == 4 && std::memcmp(state, "done", 4) == 0;
        const bool owed = (stateSize == 4 && std::memcmp(state, "open", 4) == 0)
                          || (stateSize == 11 && std::memcmp(state, "in_progress", 11) == 0);
        const bool overdue = owed && hasDue && due < d.now;
        const bool late = isDone && hasDue && hasDone && doneAt > due;
        if (isDone && hasDone && step.group >= 0) {
            GroupTotals& g = totals.groups[size_t(step.group)];
            ++g.done;
            g.timed += hasDue ? 1 : 0;
            g.kept += hasDue && doneAt <= due ? 1 : 0;
            g.seconds.push_back(double(doneAt - who.recoveredAt));
        }
        if ((overdue || late) && step.role >= 0) {
            Counts& r = totals.byRole[size_t(step.role)];
            r.overdue += overdue ? 1 : 0;
            r.late += late ? 1 : 0;
        }
        operation.overdue += overdue ? 1 : 0;
        operation.late += late ? 1 : 0;
    };

    sqlite3* db = connectionOf(store);
    if (!db)
        return makeError(Report::tr("the dashboard cannot read the file"));
    const auto prepare = [db](const QByteArray& sql) -> Result<StatementPtr> {
        sqlite3_stmt* raw = nullptr;
        if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &raw, nullptr) != SQLITE_OK)
            return makeError(QString::fromUtf8(sqlite3_errmsg(db)));
        return StatementPtr(raw);
    };
    const Error cancelled = makeError(Report::tr("the computation was cancelled"));
    // Steps through every row of `q`, calling `row` on each; looks at `stop` every few thousand.
    const auto eachRow = [db, &stop, &cancelled](sqlite3_stmt* q, const auto& row) -> Result<void> {
        for (int n = 1;; ++n) {
            const int rc = sqlite3_step(q);
            if (rc == SQLITE_DONE)
                return {};
            if (rc != SQLITE_ROW)
                return makeError(QString::fromUtf8(sqlite3_errmsg(db)));
            row(q);
            if (n % 4096 == 0 && stop.load(std::memory_order_relaxed))
                return cancelled;
        }
    };
    if (d.scan) {
        // Read from the index checklist_item_steps (schema 11), in survivor order: a survivor's
        // steps come one after another, so each survivor is looked up once.
        const QByteArray& lower = d.bounds[size_t(part)];
        const QByteArray& upper = d.bounds[size_t(part) + 1];
        QByteArray sql = "SELECT survivor, step, state, IFNULL(due_at, ?3), IFNULL(done_at, ?3) FROM checklist_item WHERE deleted = 0";
        if (!lower.isEmpty())
            sql += " AND survivor >= ?1";
        if (!upper.isEmpty())
            sql += " AND survivor < ?2";
        Result<StatementPtr> q = prepare(sql);
        if (!q)
            return q.error();
        if (!lower.isEmpty())
            sqlite3_bind_blob(q->get(), 1, lower.constData(), int(lower.size()), SQLITE_STATIC);
        if (!upper.isEmpty())
            sqlite3_bind_blob(q->get(), 2, upper.constData(), int(upper.size()), SQLITE_STATIC);
        sqlite3_bind_int64(q->get(), 3, kNone);
        // The index and this part's survivors in scope come in the same order (bytes compared as
        // unsigned, SQLite's order of blobs): a cursor through them finds each row's survivor.
        std::optional<Id16> current;
        size_t at = from;
        const SurvivorInScope* who = nullptr;
        Counts* operation = nullptr;
        return eachRow(q->get(), [&](sqlite3_stmt* row) {
            const QByteArrayView key(static_cast<const char*>(sqlite3_column_blob(row, 0)), sqlite3_column_bytes(row, 0));
            const std::optional<Id16> id = id16(key.data(), int(key.size()));
            if (!id || id != current) {
                current = id;
                while (at < to && QByteArrayView(ids[at]) < key)
                    ++at;
                who = at < to && QByteArrayView(ids[at]) == key ? &survivors[at] : nullptr;
                operation = who ? &totals.byOperation[size_t(who->operation)] : nullptr;
            }
            if (who)
                take(row, *who, *operation);
        });
    }
    Result<StatementPtr> q =
        prepare("SELECT survivor, step, state, IFNULL(due_at, ?2), IFNULL(done_at, ?2) FROM checklist_item WHERE survivor = ?1 "
                "AND deleted = 0");
    if (!q)
        return q.error();
    sqlite3_bind_int64(q->get(), 2, kNone);
    for (size_t at = from; at < to; ++at) {
        const SurvivorInScope& who = survivors[at];
        sqlite3_bind_blob(q->get(), 1, ids[at].constData(), int(ids[at].size()), SQLITE_STATIC);
        Counts& operation = totals.byOperation[size_t(who.operation)];
        Result<void> read = eachRow(q->get(), [&](sqlite3_stmt* row) { take(row, who, operation); });
        sqlite3_reset(q->get()); // keeps the bindings: the next binds only the survivor
        if (!read)
            return read.error();
        if (stop.load(std::memory_order_relaxed))
            return cancelled;
    }
    return {};
}

void StepPass::merge()
{
    Data& d = *this->d;
    Totals& all = d.all;
    all = std::move(d.totals.front());
    for (size_t p = 1; p < d.totals.size(); ++p) {
        Totals& part = d.totals[p];
        for (size_t g = 0; g < all.groups.size(); ++g) {
            GroupTotals& to = all.groups[g];
            GroupTotals& from = part.groups[g];
            to.done += from.done;
            to.timed += from.timed;
            to.kept += from.kept;
            to.seconds.insert(to.seconds.end(), from.seconds.begin(), from.seconds.end());
        }
        for (size_t r = 0; r < all.byRole.size(); ++r) {
            all.byRole[r].overdue += part.byRole[r].overdue;
            all.byRole[r].late += part.byRole[r].late;
        }
        for (size_t o = 0; o < all.byOperation.size(); ++o) {
            all.byOperation[o].overdue += part.byOperation[o].overdue;
            all.byOperation[o].late += part.byOperation[o].late;
        }
    }
    d.totals.clear();
}

int StepPass::groups() const
{
    return int(d->groups.size());
}

void StepPass::settle(int group)
{
    GroupTotals& t = d->all.groups[size_t(group)];
    if (t.seconds.empty())
        return;
    t.median = percentileOf(t.seconds, 0.5);
    // Those below the median's rank are the lowest now: the 90th percentile is looked for above.
    t.p90 = percentileOf(t.seconds, 0.9, size_t(0.5 * double(t.seconds.size() - 1)));
}

StepFigures StepPass::figures(const QHash<QByteArray, QByteArray>& answerable, const QHash<QByteArray, QString>& names)
{
    Data& d = *this->d;
    Totals& all = d.all;
    // By the agency answerable for each operation's survivors; empty key: none.
    QHash<QByteArray, Counts> byAgency;
    for (size_t o = 0; o < all.byOperation.size(); ++o) {
        const QByteArray& id = d.survivors->operations[o];
        Counts& c = byAgency[id.isEmpty() ? QByteArray() : answerable.value(id)];
        c.overdue += all.byOperation[o].overdue;
        c.late += all.byOperation[o].late;
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
    std::vector<size_t> shown;
    for (size_t g = 0; g < d.groups.size(); ++g) {
        if (all.groups[g].done > 0)
            shown.push_back(g);
    }
    std::sort(shown.begin(), shown.end(), [&d](size_t x, size_t y) {
        const Group& a = d.groups[x];
        const Group& b = d.groups[y];
        return std::tie(a.protocol, a.first, a.target, a.title, a.anchor)
               < std::tie(b.protocol, b.first, b.target, b.title, b.anchor);
    });
    for (size_t index : shown) {
        const Group& g = d.groups[index];
        const GroupTotals& t = all.groups[index];
        const double median = t.median;
        const double p90 = t.p90;
        const bool fromT0 = g.anchor == QLatin1String("t0");
        times.rowKeys << QStringLiteral("%1/%2/%3/%4").arg(g.protocol, g.title, g.anchor).arg(g.target);
        times.rowLabels << QStringLiteral("%1: %2").arg(g.protocol, g.title);
        times.values.push_back({fromT0 ? double(g.target) / 60.0 : kNaN, double(t.done), median / 3600.0, p90 / 3600.0,
                                t.timed > 0 ? 100.0 * double(t.kept) / double(t.timed) : kNaN});
    }

    // Overdue and late by owner role: every role a step can name, in the field's order.
    out.overdueByRole = emptyFigure(QStringLiteral("overdue_by_role"), Report::tr("Overdue and late steps by owner role"),
                                    Report::tr("Owner role"), d.roleKeys, d.roleLabels,
                                    {QStringLiteral("overdue"), QStringLiteral("late")},
                                    {Report::tr("Overdue now"), Report::tr("Done late")});
    for (size_t r = 0; r < all.byRole.size(); ++r)
        out.overdueByRole.values[r] = {double(all.byRole[r].overdue), double(all.byRole[r].late)};

    // Overdue and late by answerable agency: those with any, most overdue first.
    std::vector<std::pair<QByteArray, Counts>> rows; // empty id: no victim-services agency
    for (auto it = byAgency.cbegin(); it != byAgency.cend(); ++it) {
        if (it->overdue != 0 || it->late != 0)
            rows.emplace_back(it.key(), *it);
    }
    std::sort(rows.begin(), rows.end(), [&names](const auto& a, const auto& b) {
        if (a.second.overdue != b.second.overdue)
            return a.second.overdue > b.second.overdue;
        if (a.second.late != b.second.late)
            return a.second.late > b.second.late;
        return agencyBefore(a.first, b.first, names);
    });
    out.overdueByAgency = emptyFigure(QStringLiteral("overdue_by_agency"), Report::tr("Overdue and late steps by answerable agency"),
                                      Report::tr("Agency"), {}, {}, {QStringLiteral("overdue"), QStringLiteral("late")},
                                      {Report::tr("Overdue now"), Report::tr("Done late")});
    for (const auto& [id, counts] : rows) {
        out.overdueByAgency.rowKeys << (id.isEmpty() ? QString() : QUuid::fromRfc4122(id).toString(QUuid::WithoutBraces));
        out.overdueByAgency.rowLabels << (id.isEmpty() ? Report::tr("No victim-services agency assigned")
                                                       : names.value(id, Report::tr("(deleted agency)")));
        out.overdueByAgency.values.push_back({double(counts.overdue), double(counts.late)});
    }
    return out;
}

} // namespace tandem::report::dashboard
