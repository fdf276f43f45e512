#include "plangate.h"

#include "people.h"

#include "store/registry.h"
#include "store/row.h"
#include "store/store.h"
#include "store/value.h"

#include <QCoreApplication>

namespace tandem::plangate {
namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(tandem::PlanGate)
};

const QString kOperation = QStringLiteral("operation");
const QString kStatus = QStringLiteral("status");

// The record of a plan's changes is written by this rule alone (Recorder), and deleted only with
// its operation: a change cannot be added, edited or deleted by hand to clear "changed since
// approval". The Store lives on one thread; these mark what this rule is doing on it.
thread_local int t_recording = 0;
thread_local QUuid t_deletingOperation;

bool isApprovedPlan(const QString& status)
{
    return status == QLatin1String("approved") || status == QLatin1String("briefed");
}

// Fields whose change is not a change of the plan: the workflow's own (a move, an approval), a
// partner acknowledging its part, a timeline step done, the owner a record hangs from (checked
// as the owner's), sharing.
bool isPlanField(const QString& entity, const QString& field)
{
    static const QStringList never{kStatus, QStringLiteral("approved_by"), QStringLiteral("approved_at"),
                                   QStringLiteral("sharing")};
    if (never.contains(field))
        return false;
    if (entity == QLatin1String("assignment") && field == QLatin1String("acknowledged"))
        return false;
    if (entity == QLatin1String("task") && field == QLatin1String("done_at"))
        return false;
    return true;
}

// The records whose changes count as changes of the plan (the log does not).
bool isPlanRecord(const QString& entity)
{
    return entity == kOperation || entity == QLatin1String("target") || entity == QLatin1String("assignment")
           || entity == QLatin1String("task");
}

// A value as the record of a change keeps it: a reference by the name of what it refers to.
QString valueText(const Store& store, const FieldDef& field, const QVariant& v)
{
    if (v.isNull())
        return {};
    if (field.type == FieldType::Ref) {
        const EntityDef* target = Registry::instance().entity(field.ref);
        Result<Row> row = store.get(field.ref, v.toUuid());
        if (target && row && !row->deleted && !target->displayField.isEmpty())
            return row->text(target->displayField);
        return value::idText(v.toUuid());
    }
    return value::toText(field, v);
}

QString recordLabel(const Row& row)
{
    const EntityDef& e = *row.entity();
    if (e.displayField.isEmpty())
        return {};
    const FieldDef* f = e.field(e.displayField);
    return f ? value::display(*f, row.value(e.displayField)) : QString();
}

struct Recorder {
    Store& store;
    const Row& operation;
    const Row& record;

    Result<void> add(const QString& field, const QString& oldValue, const QString& newValue)
    {
        QVariantMap v{{kOperation, operation.id},
                      {QStringLiteral("subject"), record.entity()->name},
                      {QStringLiteral("record"), record.id},
                      {QStringLiteral("changed_by"), store.actor().name},
                      {QStringLiteral("changed_at"), QDateTime::fromMSecsSinceEpoch(store.wallClock(), Qt::UTC)},
                      {QStringLiteral("approval"), operation.value(QStringLiteral("approved_at"))}};
        if (record.entity()->name != kOperation)
            v.insert(QStringLiteral("record_label"), recordLabel(record).left(1000));
        if (!field.isEmpty())
            v.insert(QStringLiteral("field"), field);
        if (!oldValue.isEmpty())
            v.insert(QStringLiteral("old_value"), oldValue);
        if (!newValue.isEmpty())
            v.insert(QStringLiteral("new_value"), newValue);
        // A change of a record kept in this office stays in this office.
        if (record.entity()->field(QStringLiteral("sharing")))
            v.insert(QStringLiteral("sharing"), record.value(QStringLiteral("sharing")));
        ++t_recording;
        Result<QUuid> r = store.insert(QStringLiteral("plan_change"), v);
        --t_recording;
        if (!r)
            return r.error();
        return {};
    }
};

Result<void> recordChanges(Store& store, const Row& operation, const Row* before, const Row* after)
{
    const Row& record = after ? *after : *before;
    const EntityDef& e = *record.entity();
    Recorder recorder{store, operation, record};
    // A record added or deleted: no field, its name as the new or the old value.
    if (!before)
        return recorder.add({}, {}, recordLabel(record));
    if (!after)
        return recorder.add({}, recordLabel(record), {});
    for (size_t i = 0; i < e.fields.size(); ++i) {
        const FieldDef& f = e.fields[i];
        if (before->values[i] == after->values[i] || !isPlanField(e.name, f.name))
            continue;
        if (Result<void> r = recorder.add(f.name, valueText(store, f, before->values[i]), valueText(store, f, after->values[i]));
            !r)
            return r;
    }
    return {};
}

Result<void> onPlanChange(const Row* before, const Row* after)
{
    if (!before)
        return t_recording > 0 ? Result<void>()
                               : makeError(Texts::tr("the changes to an approved plan are recorded by Tandem as they are "
                                                     "made, never added by hand"));
    if (after)
        return makeError(Texts::tr("a recorded change to an approved plan is kept as it was written"));
    if (before->value(kOperation).toUuid() == t_deletingOperation)
        return {};
    return makeError(Texts::tr("a recorded change to an approved plan is deleted only with its operation"));
}

Result<void> onOperation(Store& store, const Row* before, const Row* after)
{
    if (!before)
        return {};
    if (!after && before->text(kStatus) != QLatin1String("closed"))
        t_deletingOperation = before->id; // its changes go with it (onPlanChange)
    const QString status = before->text(kStatus);
    if (status == QLatin1String("closed")) {
        // Only the move out of closed: its status alone changes.
        bool onlyStatus = after && after->text(kStatus) != status;
        for (size_t i = 0; onlyStatus && i < after->values.size(); ++i) {
            if (after->entity()->fields[i].name != kStatus && after->values[i] != before->values[i])
                onlyStatus = false;
        }
        if (!onlyStatus)
            return makeError(closedMessage(before->text(QStringLiteral("code_name")), before->id));
        return {};
    }
    if (after && isApprovedPlan(status) && after->text(kStatus) == status)
        return recordChanges(store, *before, before, after);
    return {};
}

Result<void> onChild(Store& store, const Row* before, const Row* after)
{
    const EntityDef& e = *(after ? after : before)->entity();
    QList<QUuid> owners;
    for (const Row* r : {before, after}) {
        if (r && !r->isNull(e.parent) && !owners.contains(r->value(e.parent).toUuid()))
            owners << r->value(e.parent).toUuid();
    }
    for (const QUuid& owner : owners) {
        Result<Row> op = store.get(kOperation, owner);
        if (!op)
            return op.error();
        if (op->deleted)
            continue; // the store refuses a new reference to it; a tombstone's children go with it
        const QString status = op->text(kStatus);
        if (status == QLatin1String("closed"))
            return makeError(closedMessage(op->text(QStringLiteral("code_name")), op->id));
        if (!isPlanRecord(e.name) || !isApprovedPlan(status))
            continue;
        // A record moved from one plan to another is deleted from the first and added to the second.
        const bool ownedBefore = before && before->value(e.parent).toUuid() == owner;
        const bool ownedAfter = after && after->value(e.parent).toUuid() == owner;
        if (Result<void> r = recordChanges(store, *op, ownedBefore ? before : nullptr, ownedAfter ? after : nullptr); !r)
            return r;
    }
    return {};
}

} // namespace

bool actorHasRole(const Store& store, QStringView role)
{
    // Nobody of the office acts (a file being made, the demo, a store a test opened): no person's
    // roles to hold against it, as the Store's write guard (people::actAs) holds none either.
    const QUuid person = store.actor().person;
    if (person.isNull())
        return true;
    Result<Person> acting = people::get(store, person);
    return acting && !acting->removed && acting->roles.contains(role.toString());
}

QString closedMessage(const QString& codeName, const QUuid& id)
{
    return Texts::tr("operation %1 is closed; a lead reopens it (tandem-cli move DB %2 completed --reason T)")
        .arg(codeName, value::idText(id));
}

Result<void> onWrite(Store& store, const Row* before, const Row* after)
{
    const EntityDef& e = *(after ? after : before)->entity();
    const bool restoring = before && before->deleted;
    if (e.name == QLatin1String("plan_change"))
        return restoring ? Result<void>() : onPlanChange(before, after); // a restore brings back what was
    if (restoring)
        before = nullptr; // written as a new row
    if (e.name == kOperation)
        return onOperation(store, before, after);
    if (e.field(e.parent) && e.field(e.parent)->ref == kOperation)
        return onChild(store, before, after);
    return {};
}

Result<std::vector<PlanChange>> changesSinceApproval(const Store& store, const QUuid& id)
{
    Result<Row> op = store.get(kOperation, id);
    if (!op)
        return op.error();
    std::vector<PlanChange> out;
    if (op->deleted || !isApprovedPlan(op->text(kStatus)))
        return out;
    const QVariant approvedAt = op->value(QStringLiteral("approved_at"));
    const QVariant approval = approvedAt.isNull() ? QVariant() : QVariant(approvedAt.toDateTime().toSecsSinceEpoch());
    Result<std::vector<Row>> rows =
        store.select(QStringLiteral("plan_change"), QStringLiteral("operation = ? AND deleted = 0 AND approval IS ?"),
                     {id.toRfc4122(), approval}, QStringLiteral("changed_at, rowid"));
    if (!rows)
        return rows.error();
    for (const Row& r : *rows)
        out.push_back({r.id, r.text(QStringLiteral("subject")), r.value(QStringLiteral("record")).toUuid(),
                       r.text(QStringLiteral("record_label")), r.text(QStringLiteral("field")),
                       r.text(QStringLiteral("old_value")), r.text(QStringLiteral("new_value")),
                       r.text(QStringLiteral("changed_by")), r.value(QStringLiteral("changed_at")).toDateTime()});
    return out;
}

Result<bool> changedSinceApproval(const Store& store, const QUuid& id)
{
    Result<std::vector<PlanChange>> changes = changesSinceApproval(store, id);
    if (!changes)
        return changes.error();
    return !changes->empty();
}

QString describe(const PlanChange& change)
{
    const EntityDef* e = Registry::instance().entity(change.subject);
    QString what;
    if (e && change.subject != kOperation)
        what = change.recordLabel.isEmpty() ? e->labelText()
                                            : Texts::tr("%1 “%2”", "a record type and its name").arg(e->labelText(), change.recordLabel);
    if (change.field.isEmpty())
        return change.oldValue.isEmpty() ? Texts::tr("%1 added", "a record added to a plan").arg(what)
                                         : Texts::tr("%1 deleted", "a record deleted from a plan").arg(what);
    const FieldDef* f = e ? e->field(change.field) : nullptr;
    if (!f)
        return what;
    return what.isEmpty() ? f->labelText() : Texts::tr("%1: %2", "a record and one of its fields").arg(what, f->labelText());
}

} // namespace tandem::plangate
