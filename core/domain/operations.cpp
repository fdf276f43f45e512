#include "operations.h"

#include "checklist.h"
#include "plangate.h"
#include "warrants.h"
#include "store/audit.h"
#include "store/registry.h"
#include "store/store.h"
#include "store/value.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <optional>

namespace tandem::operations {
namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(tandem::Operations)
};

const QString kOperation = QStringLiteral("operation");

const FieldDef& statusField()
{
    return *Registry::instance().entity(kOperation)->field(QStringLiteral("status"));
}

QString label(const QString& status)
{
    return statusField().valueLabel(status);
}

// The statuses in which the operation is carried out: they need what approval needs.
bool needsApproval(const QString& status)
{
    return status == QLatin1String("approved") || status == QLatin1String("briefed")
           || status == QLatin1String("in_progress");
}

// Writes a status move decided by moveTo() or takeBack(): the operation's new `values`, a log note
// `text` by Store::actor() and the audit entry `detail`. The log of a closed operation is read
// only (plangate.h): the note of a move to closed goes in before the move, any other after it.
Result<void> writeMove(Store& store, const Row& before, const QVariantMap& values, const QString& text,
                       const QString& detail)
{
    const QUuid id = before.id;
    const QVariantMap note{{QStringLiteral("operation"), id},
                           {QStringLiteral("at"), QDateTime::fromMSecsSinceEpoch(store.wallClock(), Qt::UTC)},
                           {QStringLiteral("author"), store.actor().name},
                           {QStringLiteral("kind"), QStringLiteral("log")},
                           {QStringLiteral("text"), text}};
    const bool closing = values.value(QStringLiteral("status")).toString() == QLatin1String("closed");
    if (closing) {
        if (Result<QUuid> r = store.insert(QStringLiteral("note"), note); !r)
            return r.error();
    }
    if (Result<void> r = store.update(kOperation, id, values); !r)
        return r;
    if (!closing) {
        if (Result<QUuid> r = store.insert(QStringLiteral("note"), note); !r)
            return r.error();
    }
    return appendAudit(store, QStringLiteral("status"), before.text(QStringLiteral("code_name")), detail);
}

Result<qint64> countOf(const Store& store, const QString& sql, const QUuid& id)
{
    Result<QSqlQuery> q = store.exec(sql, {id.toRfc4122()});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

Result<Row> liveOperation(const Store& store, const QUuid& id)
{
    Result<Row> row = store.get(kOperation, id);
    if (!row)
        return row;
    if (row->deleted)
        return makeError(Texts::tr("this operation was deleted"), kOperation + QLatin1Char(' ') + value::idText(id));
    return row;
}

QVariantMap valuesOf(const Row& row, const QStringList& fields)
{
    QVariantMap values;
    for (const QString& f : fields) {
        const QVariant v = row.value(f);
        if (!v.isNull())
            values.insert(f, v);
    }
    return values;
}

QVariant shifted(const QVariant& time, qint64 seconds)
{
    if (time.isNull())
        return time;
    return time.toDateTime().addSecs(seconds);
}

bool agencyIsLive(const Store& store, const QVariant& agency)
{
    if (agency.isNull())
        return false;
    Result<Row> row = store.get(QStringLiteral("agency"), agency.toUuid());
    return row && !row->deleted;
}

} // namespace

QStringList statuses()
{
    QStringList out;
    for (const EnumValue& v : statusField().values)
        out << QString::fromLatin1(v.token);
    return out;
}

QString nextStatus(const QString& from)
{
    static const QStringList forward{QStringLiteral("draft"), QStringLiteral("planned"), QStringLiteral("approved"),
                                     QStringLiteral("briefed"), QStringLiteral("in_progress"),
                                     QStringLiteral("completed"), QStringLiteral("closed")};
    const qsizetype i = forward.indexOf(from);
    return i < 0 || i + 1 >= forward.size() ? QString() : forward[i + 1];
}

QStringList allowedMoves(const QString& from)
{
    if (!statusField().hasValue(from))
        return {};
    QStringList moves;
    if (const QString next = nextStatus(from); !next.isEmpty())
        moves << next;
    if (from == QLatin1String("planned"))
        moves << QStringLiteral("draft");
    else if (from == QLatin1String("approved") || from == QLatin1String("briefed"))
        moves << QStringLiteral("planned");
    else if (from == QLatin1String("completed"))
        moves << QStringLiteral("in_progress");
    else if (from == QLatin1String("closed"))
        moves << QStringLiteral("completed");
    else if (from == QLatin1String("cancelled"))
        moves << QStringLiteral("draft");
    if (from != QLatin1String("closed") && from != QLatin1String("cancelled"))
        moves << QStringLiteral("cancelled");
    return moves;
}

Result<QStringList> approvalProblems(const Store& store, const QUuid& id)
{
    Result<Row> op = liveOperation(store, id);
    if (!op)
        return op.error();
    QStringList problems;
    if (!agencyIsLive(store, op->value(QStringLiteral("lead_agency"))))
        problems << Texts::tr("No lead agency is chosen.");
    if (op->isNull(QStringLiteral("starts_at")))
        problems << Texts::tr("The start time is not set.");
    if (op->isNull(QStringLiteral("risk_level")))
        problems << Texts::tr("The risk level is not assessed.");
    Result<qint64> targets =
        countOf(store, QStringLiteral("SELECT count(*) FROM target WHERE operation = ? AND deleted = 0"), id);
    if (!targets)
        return targets.error();
    if (*targets == 0)
        problems << Texts::tr("There is no target.");
    Result<qint64> victimServices = countOf(
        store,
        QStringLiteral("SELECT count(*) FROM assignment s JOIN agency a ON a.id = s.agency AND a.deleted = 0"
                       " WHERE s.operation = ? AND s.deleted = 0 AND s.role = 'victim_services'"),
        id);
    if (!victimServices)
        return victimServices.error();
    if (*victimServices == 0)
        problems << Texts::tr("No agency is assigned to victim services.");
    Result<QStringList> warrantProblems = warrants::coverageProblems(store, id);
    if (!warrantProblems)
        return warrantProblems.error();
    problems << *warrantProblems;
    return problems;
}

Result<QStringList> closingProblems(const Store& store, const QUuid& id, int limit)
{
    Result<std::vector<OpenMandatoryStep>> open = openMandatorySteps(store, id);
    if (!open)
        return open.error();
    QStringList problems;
    for (const OpenMandatoryStep& step : *open) {
        if (problems.size() == limit) {
            const int more = int(open->size()) - limit;
            problems << (more == 1 ? QCoreApplication::translate("tandem::Operations", "… and 1 more open mandatory step.")
                                   : QCoreApplication::translate("tandem::Operations", "… and %n more open mandatory steps.",
                                                                 nullptr, more));
            break;
        }
        problems << Texts::tr("Survivor %1: the mandatory step “%2” is still open.").arg(step.survivorCode, step.stepTitle);
    }
    return problems;
}

Result<QStringList> moveProblems(const Store& store, const QUuid& id, const QString& to)
{
    Result<Row> op = liveOperation(store, id);
    if (!op)
        return op.error();
    const QString from = op->text(QStringLiteral("status"));
    if (!statusField().hasValue(to))
        return makeError(Texts::tr("unknown status \"%1\"; the statuses are: %2").arg(to, statuses().join(QStringLiteral(", "))));
    const bool approving = to == QLatin1String("approved");
    if (approving && (from == QLatin1String("approved") || from == QLatin1String("briefed"))) {
        // Approving again: only a plan changed since its approval (plangate.h).
        Result<bool> changed = plangate::changedSinceApproval(store, id);
        if (!changed)
            return changed.error();
        if (*changed) {
            if (!plangate::actorHasRole(store, u"lead"))
                return QStringList{Texts::tr("Only a lead approves a plan.")};
            return approvalProblems(store, id);
        }
    }
    if (from == to)
        return QStringList{Texts::tr("The operation is already %1.").arg(label(to))};
    if (!allowedMoves(from).contains(to)) {
        QStringList names;
        for (const QString& s : allowedMoves(from))
            names << Texts::tr("“%1”", "a status named in a sentence").arg(label(s));
        return QStringList{names.isEmpty() ? Texts::tr("An operation in “%1” cannot change its status.").arg(label(from))
                                           : Texts::tr("An operation in “%1” can move to %2, not to “%3”.")
                                                 .arg(label(from), names.join(Texts::tr(", ")), label(to))};
    }
    if (approving && !plangate::actorHasRole(store, u"lead"))
        return QStringList{Texts::tr("Only a lead approves a plan.")};
    if (to == QLatin1String("closed") && !plangate::actorHasRole(store, u"lead"))
        return QStringList{Texts::tr("Only a lead closes an operation.")};
    if (from == QLatin1String("closed") && !plangate::actorHasRole(store, u"lead"))
        return QStringList{Texts::tr("Only a lead reopens a closed operation.")};
    if (needsApproval(to)) {
        Result<QStringList> problems = approvalProblems(store, id);
        if (!problems || approving)
            return problems;
        Result<std::vector<plangate::PlanChange>> changes = plangate::changesSinceApproval(store, id);
        if (!changes)
            return changes.error();
        if (!changes->empty())
            problems->prepend(changes->size() == 1
                                  ? Texts::tr("The plan changed after it was approved (1 change); approve it again.")
                                  : Texts::tr("The plan changed after it was approved (%n changes); approve it again.", nullptr,
                                              int(changes->size())));
        return problems;
    }
    if (to == QLatin1String("closed"))
        return closingProblems(store, id);
    return QStringList();
}

Result<QStringList> reasonsNeeded(const Store& store, const QUuid& id, const QString& to)
{
    Result<Row> op = liveOperation(store, id);
    if (!op)
        return op.error();
    QStringList why;
    if (op->text(QStringLiteral("status")) == QLatin1String("closed") && to != QLatin1String("closed"))
        why << Texts::tr("Reopening a closed operation needs a reason.");
    const QDateTime startsAt = op->value(QStringLiteral("starts_at")).toDateTime();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(store.wallClock(), Qt::UTC);
    if (to == QLatin1String("in_progress") && startsAt.isValid() && now < startsAt.addDays(-1))
        why << Texts::tr("The operation is planned to start on %1, more than a day from now.")
                   .arg(value::display(*op->entity()->field(QStringLiteral("starts_at")), startsAt));
    if (to == QLatin1String("completed")) {
        Result<qint64> open = countOf(store,
                                      QStringLiteral("SELECT count(*) FROM task WHERE operation = ? AND deleted = 0 AND done_at IS NULL"
                                                     " AND phase IN ('preparation', 'briefing', 'execution')"),
                                      id);
        if (!open)
            return open.error();
        if (*open > 0)
            why << (*open == 1 ? Texts::tr("1 task of the timeline up to the execution is still open.")
                               : Texts::tr("%n tasks of the timeline up to the execution are still open.", nullptr, int(*open)));
    }
    return why;
}

Result<void> moveTo(Store& store, const QUuid& id, const QString& to, const QString& reason)
{
    const QString context = kOperation + QLatin1Char(' ') + value::idText(id);
    Result<Transaction> tx = store.begin();
    if (!tx)
        return tx.error();
    Result<QStringList> problems = moveProblems(store, id, to);
    if (!problems)
        return Error{problems.error().message, problems.error().context.isEmpty() ? context : problems.error().context};
    if (!problems->isEmpty())
        return makeError(Texts::tr("cannot move to %1: %2").arg(label(to), problems->join(QLatin1Char(' '))), context);
    const QString why = reason.trimmed();
    Result<QStringList> needed = reasonsNeeded(store, id, to);
    if (!needed)
        return needed.error();
    if (why.isEmpty() && !needed->isEmpty())
        return makeError(Texts::tr("cannot move to %1 without a reason: %2").arg(label(to), needed->join(QLatin1Char(' '))),
                         context);
    Result<Row> before = store.get(kOperation, id);
    if (!before)
        return before.error();
    const QString from = before->text(QStringLiteral("status"));
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(store.wallClock(), Qt::UTC);

    QVariantMap values{{QStringLiteral("status"), to}};
    if (to == QLatin1String("approved")) {
        // Approval records who and when; a new approval is always later than the one it replaces,
        // so that changes made after the old one (plan_change.approval) no longer count.
        QDateTime at = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
        const QDateTime previous = before->value(QStringLiteral("approved_at")).toDateTime();
        if (previous.isValid() && at <= previous)
            at = previous.addSecs(1);
        values.insert(QStringLiteral("approved_by"), store.actor().name);
        values.insert(QStringLiteral("approved_at"), at);
    } else if (needsApproval(from) && (to == QLatin1String("planned") || to == QLatin1String("draft"))) {
        // Back to planning withdraws the approval.
        values.insert(QStringLiteral("approved_by"), QVariant());
        values.insert(QStringLiteral("approved_at"), QVariant());
    }

    const QString text = why.isEmpty() ? Texts::tr("Status moved from %1 to %2.").arg(label(from), label(to))
                                       : Texts::tr("Status moved from %1 to %2: %3").arg(label(from), label(to), why);
    const QString detail = QStringLiteral("%1 → %2").arg(from, to) + (why.isEmpty() ? QString() : QStringLiteral(": ") + why);
    if (Result<void> r = writeMove(store, *before, values, text, detail); !r)
        return r;
    return tx->commit();
}

Result<void> takeBack(Store& store, const Move& move)
{
    const QString context = kOperation + QLatin1Char(' ') + value::idText(move.operation);
    Result<Transaction> tx = store.begin();
    if (!tx)
        return tx.error();
    Result<Row> before = liveOperation(store, move.operation);
    if (!before)
        return before.error();
    const QString now = before->text(QStringLiteral("status"));
    if (now != move.to)
        return makeError(Texts::tr("the operation is %1 now, no longer %2: the move to %2 cannot be taken back")
                             .arg(label(now), label(move.to)),
                         context);
    // Taking back an approval, a withdrawal of one, a closing or a reopening is a lead's, as the
    // move itself was.
    const bool approval = move.to == QLatin1String("approved") || needsApproval(move.from) != needsApproval(move.to);
    const bool closing = move.from == QLatin1String("closed") || move.to == QLatin1String("closed");
    if ((approval || closing) && !plangate::actorHasRole(store, u"lead"))
        return makeError(approval ? Texts::tr("Only a lead takes back an approval or its withdrawal.")
                                  : Texts::tr("Only a lead takes back a closing or a reopening."),
                         context);
    // The operation's status and approval as they were before the move.
    const QVariantMap values{{QStringLiteral("status"), move.from},
                             {QStringLiteral("approved_by"), move.approvedBy},
                             {QStringLiteral("approved_at"), move.approvedAt}};
    const QString text = Texts::tr("Move from %1 to %2 taken back (undo).").arg(label(move.from), label(move.to));
    const QString detail = QStringLiteral("%1 → %2: ").arg(move.to, move.from) + Texts::tr("taken back (undo)");
    if (Result<void> r = writeMove(store, *before, values, text, detail); !r)
        return r;
    return tx->commit();
}

QDateTime nextStartLike(const QDateTime& originalStart, const QDateTime& now)
{
    if (!originalStart.isValid())
        return {};
    QDateTime start = originalStart.addDays(7);
    if (start <= now)
        start = start.addDays(7 * (start.daysTo(now) / 7 + 1));
    while (start <= now)
        start = start.addDays(7);
    return start;
}

Result<QUuid> duplicate(Store& store, const QUuid& id, const DuplicateOptions& options, const RecordWriter& writer)
{
    std::optional<Transaction> tx;
    if (!writer) {
        Result<Transaction> begun = store.begin();
        if (!begun)
            return begun.error();
        tx.emplace(std::move(*begun));
    }
    const RecordWriter write = writer ? writer : [&store](const QString& entity, const QVariantMap& values) {
        return store.insert(entity, values);
    };

    Result<Row> op = liveOperation(store, id);
    if (!op)
        return op.error();
    const QDateTime originalStart = op->value(QStringLiteral("starts_at")).toDateTime();
    const qint64 shift = options.startsAt.isValid() && originalStart.isValid()
                             ? originalStart.secsTo(options.startsAt)
                             : 0;

    QVariantMap values = valuesOf(*op, {QStringLiteral("trafficking_type"), QStringLiteral("briefing_place"),
                                        QStringLiteral("objectives"), QStringLiteral("risk_level"),
                                        QStringLiteral("risk_hazards"), QStringLiteral("risk_mitigations"),
                                        QStringLiteral("comms_plan"), QStringLiteral("contingency_plan"),
                                        QStringLiteral("medical_plan"), QStringLiteral("nearest_hospital"),
                                        QStringLiteral("expected_survivors"), QStringLiteral("expected_minors"),
                                        QStringLiteral("expected_languages"), QStringLiteral("special_needs"),
                                        QStringLiteral("sharing")});
    const FieldDef& codeField = *op->entity()->field(QStringLiteral("code_name"));
    QString codeName = options.codeName.trimmed();
    if (codeName.isEmpty()) {
        const QString suffix = Texts::tr(" (copy)");
        codeName = op->text(QStringLiteral("code_name")).left(value::maxLength(codeField) - int(suffix.size())) + suffix;
    }
    values.insert(QStringLiteral("code_name"), codeName);
    values.insert(QStringLiteral("status"), QStringLiteral("draft"));
    if (agencyIsLive(store, op->value(QStringLiteral("lead_agency"))))
        values.insert(QStringLiteral("lead_agency"), op->value(QStringLiteral("lead_agency")));
    for (const char* time : {"starts_at", "ends_at", "briefing_at"}) {
        const QString f = QString::fromLatin1(time);
        if (!op->isNull(f))
            values.insert(f, shifted(op->value(f), shift));
    }
    Result<QUuid> copy = write(kOperation, values);
    if (!copy)
        return copy;

    const QString children = QStringLiteral("operation = ? AND deleted = 0");
    const QVariantList binds{id.toRfc4122()};
    Result<std::vector<Row>> targets = store.select(QStringLiteral("target"), children, binds, QStringLiteral("rowid"));
    if (!targets)
        return targets.error();
    for (const Row& t : *targets) {
        QVariantMap v = valuesOf(t, {QStringLiteral("label"), QStringLiteral("address"), QStringLiteral("latitude"),
                                     QStringLiteral("longitude"), QStringLiteral("entry_points"), QStringLiteral("hazards"),
                                     QStringLiteral("occupants_expected"), QStringLiteral("assigned_team"),
                                     QStringLiteral("notes"), QStringLiteral("sharing")});
        v.insert(QStringLiteral("operation"), *copy);
        if (Result<QUuid> r = write(QStringLiteral("target"), v); !r)
            return r;
    }

    Result<std::vector<Row>> assignments =
        store.select(QStringLiteral("assignment"), children, binds, QStringLiteral("rowid"));
    if (!assignments)
        return assignments.error();
    for (const Row& a : *assignments) {
        if (!agencyIsLive(store, a.value(QStringLiteral("agency"))))
            continue;
        QVariantMap v = valuesOf(a, {QStringLiteral("agency"), QStringLiteral("role"), QStringLiteral("team_lead"),
                                     QStringLiteral("headcount"), QStringLiteral("reporting_location"),
                                     QStringLiteral("radio_channel"), QStringLiteral("sharing")});
        if (!a.isNull(QStringLiteral("reporting_at")))
            v.insert(QStringLiteral("reporting_at"), shifted(a.value(QStringLiteral("reporting_at")), shift));
        v.insert(QStringLiteral("operation"), *copy);
        v.insert(QStringLiteral("acknowledged"), false);
        if (Result<QUuid> r = write(QStringLiteral("assignment"), v); !r)
            return r;
    }

    Result<std::vector<Row>> tasks = store.select(QStringLiteral("task"), children, binds, QStringLiteral("due_at, rowid"));
    if (!tasks)
        return tasks.error();
    for (const Row& t : *tasks) {
        QVariantMap v = valuesOf(t, {QStringLiteral("phase"), QStringLiteral("title"), QStringLiteral("notes"),
                                     QStringLiteral("sharing")});
        if (agencyIsLive(store, t.value(QStringLiteral("owner_agency"))))
            v.insert(QStringLiteral("owner_agency"), t.value(QStringLiteral("owner_agency")));
        if (!t.isNull(QStringLiteral("due_at")))
            v.insert(QStringLiteral("due_at"), shifted(t.value(QStringLiteral("due_at")), shift));
        v.insert(QStringLiteral("operation"), *copy);
        if (Result<QUuid> r = write(QStringLiteral("task"), v); !r)
            return r;
    }

    if (tx) {
        if (Result<void> r = tx->commit(); !r)
            return r.error();
    }
    return copy;
}

QString agencyKindForRole(const QString& role)
{
    static const QHash<QString, QString> kinds{
        {QStringLiteral("lead"), QStringLiteral("police")},
        {QStringLiteral("entry"), QStringLiteral("police")},
        {QStringLiteral("perimeter"), QStringLiteral("police")},
        {QStringLiteral("evidence"), QStringLiteral("police")},
        {QStringLiteral("transport"), QStringLiteral("police")},
        {QStringLiteral("victim_services"), QStringLiteral("ngo_victim_services")},
        {QStringLiteral("medical"), QStringLiteral("medical")},
        {QStringLiteral("child_protection"), QStringLiteral("child_protection")},
    };
    return kinds.value(role);
}

} // namespace tandem::operations
