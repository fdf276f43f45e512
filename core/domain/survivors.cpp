#include "survivors.h"

#include "domain/officecode.h"

#include "domain/protocols.h"
#include "domain/tick.h"
#include "store/audit.h"
#include "store/registry.h"
#include "store/store.h"
#include "store/value.h"
#include "util/timeformat.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

#include <optional>

namespace tandem {
namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(tandem::Survivors)
};

const QString kSurvivor = QStringLiteral("survivor");
const QString kItem = QStringLiteral("checklist_item");

// T0 may be entered up to a day ahead, like a done time (tick.cpp): the person entering it may be
// in another time zone than this computer's clock; more than that is a typing mistake.
constexpr qint64 kFutureToleranceSecs = 24 * 3600;

} // namespace

Result<RescueTimeChange> setRescueTime(Store& store, const QUuid& survivorId, const QDateTime& requested,
                                       const IdSource& newId)
{
    QString context = kSurvivor + QLatin1Char(' ') + value::idText(survivorId);
    if (!requested.isValid())
        return makeError(Texts::tr("give the rescue time (T0) as a date and time"), context);
    const QDateTime t0 = QDateTime::fromSecsSinceEpoch(requested.toSecsSinceEpoch(), Qt::UTC);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(store.wallClock() / 1000, Qt::UTC);

    Result<Transaction> tx = store.begin();
    if (!tx)
        return tx.error();
    Result<Row> survivor = store.get(kSurvivor, survivorId);
    if (!survivor)
        return survivor.error();
    if (!survivor->text(QStringLiteral("code")).isEmpty())
        context = kSurvivor + QLatin1Char(' ') + survivor->text(QStringLiteral("code"));
    if (survivor->deleted)
        return makeError(Texts::tr("this survivor was deleted"), context);
    if (t0.toSecsSinceEpoch() > now.toSecsSinceEpoch() + kFutureToleranceSecs)
        return makeError(Texts::tr("the rescue time %1 is more than a day in the future (it is now %2); "
                            "check the date and its offset")
                             .arg(timeForPeople(t0), timeForPeople(now)),
                         context);

    RescueTimeChange change;
    change.previous = survivor->value(QStringLiteral("recovered_at")).toDateTime();
    change.t0 = t0;

    // A step recorded as done before the new T0 would have been done before the rescue.
    Result<QSqlQuery> early = store.exec(
        QStringLiteral("SELECT p.title, i.done_at FROM checklist_item i LEFT JOIN protocol_step p ON p.id = i.step "
                       "WHERE i.survivor = ? AND i.deleted = 0 AND i.done_at IS NOT NULL AND i.done_at < ? "
                       "ORDER BY i.done_at LIMIT 1"),
        {survivorId.toRfc4122(), t0.toSecsSinceEpoch()});
    if (!early)
        return early.error();
    if (early->next())
        return makeError(Texts::tr("the step \"%1\" is recorded as done at %2, before this rescue time (%3); "
                            "correct that step's time first")
                             .arg(early->value(0).toString(),
                                  timeForPeople(QDateTime::fromSecsSinceEpoch(early->value(1).toLongLong(), Qt::UTC)),
                                  timeForPeople(t0)),
                         context);
    early->finish();

    if (change.previous != t0) {
        if (Result<void> r = store.update(kSurvivor, survivorId, {{QStringLiteral("recovered_at"), t0}}); !r)
            return r.error();
    }

    Result<QSqlQuery> items = store.exec(
        QStringLiteral("SELECT id, due_at, state FROM checklist_item WHERE survivor = ? AND deleted = 0"),
        {survivorId.toRfc4122()});
    if (!items)
        return items.error();
    struct Due {
        QUuid id;
        qint64 at;
    };
    std::vector<Due> open;
    int existing = 0;
    while (items->next()) {
        ++existing;
        const QString state = items->value(2).toString();
        if (!items->value(1).isNull() && !tickStateIsFinal(state))
            open.push_back({QUuid::fromRfc4122(items->value(0).toByteArray()), items->value(1).toLongLong()});
    }
    items->finish();

    if (existing == 0) {
        Result<ChecklistTemplate> steps = loadChecklistTemplate(store);
        if (!steps)
            return steps.error();
        if (steps->steps.empty()) {
            change.noProtocol = true;
        } else {
            Result<std::vector<ChecklistEntry>> made = createChecklist(store, survivorId, *steps, newId);
            if (!made)
                return made.error();
            change.itemsMade = int(made->size());
        }
    } else if (change.previous.isValid() && change.previous != t0) {
        // Seconds added to seconds: an absolute instant moves by exactly as much as T0 did.
        change.shiftSeconds = t0.toSecsSinceEpoch() - change.previous.toSecsSinceEpoch();
        for (const Due& d : open) {
            const QDateTime due = QDateTime::fromSecsSinceEpoch(d.at + change.shiftSeconds, Qt::UTC);
            if (Result<void> r = store.update(kItem, d.id, {{QStringLiteral("due_at"), due}}); !r)
                return r.error();
        }
        change.itemsMoved = int(open.size());
    }
    if (Result<void> r = tx->commit(); !r)
        return r.error();
    return change;
}

Result<std::vector<ChecklistEntry>> addApplicableSteps(Store& store, const QUuid& survivorId, const IdSource& newId)
{
    std::vector<ChecklistEntry> added;
    Result<Transaction> tx = store.begin();
    if (!tx)
        return tx.error();
    Result<Row> survivor = store.get(kSurvivor, survivorId);
    if (!survivor)
        return survivor.error();
    const QDateTime t0 = survivor->value(QStringLiteral("recovered_at")).toDateTime();
    if (survivor->deleted || !t0.isValid())
        return added;

    // The steps on the checklist, and the protocol versions (by family) they come from.
    Result<QSqlQuery> on = store.exec(
        QStringLiteral("SELECT i.step, r.id, r.family FROM checklist_item i LEFT JOIN protocol_step p ON p.id = i.step "
                       "LEFT JOIN protocol r ON r.id = p.protocol WHERE i.survivor = ? AND i.deleted = 0"),
        {survivorId.toRfc4122()});
    if (!on)
        return on.error();
    QSet<QUuid> present;
    QSet<QUuid> followedFamilies;
    QList<QUuid> protocols;
    while (on->next()) {
        present.insert(QUuid::fromRfc4122(on->value(0).toByteArray()));
        if (on->value(1).isNull())
            continue;
        const QUuid protocol = QUuid::fromRfc4122(on->value(1).toByteArray());
        followedFamilies.insert(QUuid::fromRfc4122(on->value(2).toByteArray()));
        if (!protocols.contains(protocol))
            protocols << protocol;
    }
    on->finish();
    if (present.isEmpty())
        return added; // no checklist yet
    Result<std::vector<Row>> active = activeProtocols(store);
    if (!active)
        return active.error();
    for (const Row& r : *active) {
        if (!followedFamilies.contains(r.value(QStringLiteral("family")).toUuid()))
            protocols << r.id;
    }

    const bool minor = survivor->value(QStringLiteral("minor")).toBool();
    const bool foreign = survivor->value(QStringLiteral("foreign_national")).toBool();
    const bool sexualViolence = survivor->value(QStringLiteral("sexual_violence")).toBool();
    for (const QUuid& protocol : protocols) {
        Result<std::vector<Row>> steps = protocolSteps(store, protocol);
        if (!steps)
            return steps.error();
        for (const Row& r : *steps) {
            ChecklistStep step;
            step.id = r.id;
            step.protocol = protocol;
            step.position = int(r.value(QStringLiteral("position")).toLongLong());
            step.title = r.text(QStringLiteral("title"));
            step.ownerRole = r.text(QStringLiteral("owner_role"));
            step.dueAnchor = r.text(QStringLiteral("due_anchor"));
            step.dueOffsetMinutes = int(r.value(QStringLiteral("due_offset_minutes")).toLongLong());
            step.mandatory = r.value(QStringLiteral("mandatory")).toBool();
            step.appliesTo = r.text(QStringLiteral("applies_to"));
            if (present.contains(step.id) || !stepApplies(step.appliesTo, minor, foreign, sexualViolence))
                continue;
            ChecklistEntry entry;
            entry.step = step;
            QVariantMap values{{QStringLiteral("survivor"), survivorId},
                               {QStringLiteral("step"), step.id},
                               {QStringLiteral("state"), QStringLiteral("open")}};
            if (step.dueAnchor == QLatin1String("t0")) {
                entry.dueAt = QDateTime::fromSecsSinceEpoch(t0.toSecsSinceEpoch() + qint64(step.dueOffsetMinutes) * 60, Qt::UTC);
                values.insert(QStringLiteral("due_at"), entry.dueAt);
            }
            Result<QUuid> id = store.insert(kItem, values, newId ? newId() : QUuid());
            if (!id)
                return id.error();
            entry.item = *id;
            added.push_back(std::move(entry));
        }
    }
    if (Result<void> r = tx->commit(); !r)
        return r.error();
    return added;
}

Result<std::vector<ChecklistEntry>> editSurvivor(Store& store, const QUuid& survivorId, const QVariantMap& values,
                                                 const IdSource& newId)
{
    Result<Transaction> tx = store.begin();
    if (!tx)
        return tx.error();
    // A rescue time makes or moves the checklist (setRescueTime); clearing it is a plain write.
    QVariantMap rest = values;
    std::optional<QDateTime> t0;
    if (const auto it = rest.constFind(QStringLiteral("recovered_at")); it != rest.constEnd()) {
        const EntityDef& e = *Registry::instance().entity(kSurvivor);
        Result<QVariant> given = value::normalise(e, *e.field(QStringLiteral("recovered_at")), *it);
        if (!given)
            return given.error();
        if (!given->isNull()) {
            t0 = given->toDateTime();
            rest.remove(QStringLiteral("recovered_at"));
        }
    }
    if (!rest.isEmpty()) {
        if (Result<void> r = store.update(kSurvivor, survivorId, rest); !r)
            return r.error();
    }
    if (t0) {
        if (Result<RescueTimeChange> r = setRescueTime(store, survivorId, *t0, newId); !r)
            return r.error();
    }
    Result<std::vector<ChecklistEntry>> added = addApplicableSteps(store, survivorId, newId);
    if (!added)
        return added.error();
    if (Result<void> r = tx->commit(); !r)
        return r.error();
    return added;
}

namespace {

// "CODE-YYYY-": the start of every code `office` mints in `year`.
QString codePrefix(const QString& office, int year)
{
    return QStringLiteral("%1-%2-").arg(office).arg(year, 4, 10, QLatin1Char('0'));
}

// The highest number this machine has given under `prefix` (see lastSurvivorNumber).
Result<qint64> lastNumber(const Store& store, const QString& prefix)
{
    // Office codes are capital letters and digits only: nothing in the prefix means anything to GLOB.
    const int from = int(prefix.size()) + 1;
    // This machine's range (officecode.h): the office's first machine numbers from 1 (to 19999),
    // its machine k from k×10000 + 1 (to k×10000 + 9999).
    const int machine = machineNumber(store);
    const qint64 low = machine <= 1 ? 1 : qint64(machine) * 10000 + 1;
    const qint64 high = machine <= 1 ? 19999 : qint64(machine) * 10000 + 9999;
    Result<QSqlQuery> q = store.exec(
        QStringLiteral("SELECT max(n) FROM (SELECT CAST(substr(code, %1) AS INTEGER) AS n FROM survivor "
                       "WHERE deleted = 0 AND code GLOB ? AND substr(code, %1) NOT GLOB '*[^0-9]*') WHERE n BETWEEN ? AND ?")
            .arg(from),
        {prefix + QStringLiteral("[0-9]*"), low, high});
    if (!q)
        return q.error();
    return q->next() && !q->value(0).isNull() ? q->value(0).toLongLong() : low - 1;
}

} // namespace

Result<qint64> lastSurvivorNumber(const Store& store, int year)
{
    Result<QString> office = mintingOfficeCode(store);
    if (!office)
        return office.error();
    return lastNumber(store, codePrefix(*office, year));
}

Result<QString> nextSurvivorCode(const Store& store, int year)
{
    Result<QString> office = mintingOfficeCode(store);
    if (!office)
        return office.error();
    const QString prefix = codePrefix(*office, year);
    Result<qint64> highest = lastNumber(store, prefix);
    if (!highest)
        return highest.error();
    const qint64 next = *highest + 1;
    return prefix + QStringLiteral("%1").arg(next, next > 9999 ? 5 : 4, 10, QLatin1Char('0'));
}

Result<void> auditReveal(Store& store, const QUuid& survivorId, const QString& how)
{
    Result<Row> survivor = store.get(QStringLiteral("survivor"), survivorId);
    if (!survivor)
        return survivor.error();
    return appendAudit(store, QStringLiteral("reveal"), survivor->text(QStringLiteral("code")), how);
}

} // namespace tandem
