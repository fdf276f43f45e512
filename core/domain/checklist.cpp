#include "checklist.h"

#include "domain/protocols.h"
#include "store/store.h"
#include "store/value.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace tandem {
namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(tandem::Checklist)
};

const QString kSurvivor = QStringLiteral("survivor");
const QString kItem = QStringLiteral("checklist_item");

} // namespace

Result<ChecklistTemplate> loadChecklistTemplate(const Store& store)
{
    Result<std::vector<Row>> protocols = activeProtocols(store);
    if (!protocols)
        return protocols.error();
    ChecklistTemplate t;
    for (const Row& protocol : *protocols) {
        Result<std::vector<Row>> steps = protocolSteps(store, protocol.id);
        if (!steps)
            return steps.error();
        for (const Row& r : *steps) {
            ChecklistStep s;
            s.id = r.id;
            s.protocol = protocol.id;
            s.position = int(r.value(QStringLiteral("position")).toLongLong());
            s.title = r.text(QStringLiteral("title"));
            s.ownerRole = r.text(QStringLiteral("owner_role"));
            s.dueAnchor = r.text(QStringLiteral("due_anchor"));
            s.dueOffsetMinutes = int(r.value(QStringLiteral("due_offset_minutes")).toLongLong());
            s.mandatory = r.value(QStringLiteral("mandatory")).toBool();
            s.appliesTo = r.text(QStringLiteral("applies_to"));
            t.steps.push_back(std::move(s));
        }
    }
    return t;
}

bool stepApplies(const QString& appliesTo, bool minor, bool foreignNational, bool sexualViolence)
{
    if (appliesTo == QLatin1String("all"))
        return true;
    if (appliesTo == QLatin1String("minors"))
        return minor;
    if (appliesTo == QLatin1String("foreign_nationals"))
        return foreignNational;
    if (appliesTo == QLatin1String("sexual_violence"))
        return sexualViolence;
    return false;
}

Result<std::vector<ChecklistEntry>> createChecklist(Store& store, const QUuid& survivorId,
                                                    const IdSource& newId)
{
    Result<ChecklistTemplate> steps = loadChecklistTemplate(store);
    if (!steps)
        return steps.error();
    return createChecklist(store, survivorId, *steps, newId);
}

Result<std::vector<ChecklistEntry>> createChecklist(Store& store, const QUuid& survivorId,
                                                    const ChecklistTemplate& steps,
                                                    const IdSource& newId, const SettleItem& settle)
{
    Result<Row> survivor = store.get(kSurvivor, survivorId);
    if (!survivor)
        return survivor.error();
    const QString code = survivor->text(QStringLiteral("code"));
    const QString context = code.isEmpty() ? kSurvivor + QLatin1Char(' ') + value::idText(survivorId)
                                           : kSurvivor + QLatin1Char(' ') + code;
    if (survivor->deleted)
        return makeError(Texts::tr("this survivor was deleted"), context);
    const QDateTime t0 = survivor->value(QStringLiteral("recovered_at")).toDateTime();
    if (!t0.isValid())
        return makeError(Texts::tr("the rescue time (T0) is not set; the checklist is made from it"), context);
    if (steps.steps.empty())
        return makeError(Texts::tr("there is no active protocol to make a checklist from; install the "
                            "default protocols or import one"),
                         context);

    Result<Transaction> tx = store.begin();
    if (!tx)
        return tx.error();
    Result<QSqlQuery> existing = store.exec(
        QStringLiteral("SELECT count(*) FROM checklist_item WHERE survivor = ? AND deleted = 0"),
        {survivorId.toRfc4122()});
    if (!existing)
        return existing.error();
    const qint64 count = existing->next() ? existing->value(0).toLongLong() : 0;
    existing->finish();
    if (count > 0)
        return makeError(count == 1 ? QCoreApplication::translate("tandem::Checklist",
                                                                  "this survivor already has a checklist (1 step)")
                                    : QCoreApplication::translate("tandem::Checklist",
                                                                  "this survivor already has a checklist (%n steps)",
                                                                  nullptr, int(count)),
                         context);

    const bool minor = survivor->value(QStringLiteral("minor")).toBool();
    const bool foreign = survivor->value(QStringLiteral("foreign_national")).toBool();
    const bool sexualViolence = survivor->value(QStringLiteral("sexual_violence")).toBool();
    // Instants are seconds since the epoch: adding seconds never goes through a wall clock, so a
    // daylight-saving change between T0 and the due time cannot shift it.
    const qint64 t0Seconds = t0.toSecsSinceEpoch();

    // Every item's id first (the store's own when none is given), then each item written.
    std::vector<ChecklistEntry> made;
    for (const ChecklistStep& step : steps.steps) {
        if (!stepApplies(step.appliesTo, minor, foreign, sexualViolence))
            continue;
        ChecklistEntry entry;
        entry.step = step;
        if (step.dueAnchor == QLatin1String("t0"))
            entry.dueAt = QDateTime::fromSecsSinceEpoch(t0Seconds + qint64(step.dueOffsetMinutes) * 60, Qt::UTC);
        if (newId)
            entry.item = newId();
        made.push_back(std::move(entry));
    }
    for (ChecklistEntry& entry : made) {
        QVariantMap values{{QStringLiteral("state"), QStringLiteral("open")}};
        if (settle)
            values.insert(settle(entry));
        values.insert(QStringLiteral("survivor"), survivorId);
        values.insert(QStringLiteral("step"), entry.step.id);
        if (entry.dueAt.isValid())
            values.insert(QStringLiteral("due_at"), entry.dueAt);
        Result<QUuid> id = store.insert(kItem, values, entry.item);
        if (!id)
            return makeError(Texts::tr("step \"%1\": %2").arg(entry.step.title, id.error().message), context);
        entry.item = *id;
    }
    if (Result<void> r = tx->commit(); !r)
        return r.error();
    return made;
}

Result<std::vector<OpenMandatoryStep>> openMandatorySteps(const Store& store, const QUuid& operationId)
{
    Result<QSqlQuery> q = store.exec(
        QStringLiteral("SELECT i.id, s.id, s.code, p.title, i.due_at FROM checklist_item i "
                       "JOIN survivor s ON s.id = i.survivor JOIN protocol_step p ON p.id = i.step "
                       "WHERE s.operation = ? AND s.deleted = 0 AND i.deleted = 0 AND p.mandatory = 1 "
                       "AND i.state IN ('open', 'in_progress') "
                       "ORDER BY i.due_at IS NULL, i.due_at, s.code, p.position"),
        {operationId.toRfc4122()});
    if (!q)
        return q.error();
    std::vector<OpenMandatoryStep> out;
    while (q->next()) {
        OpenMandatoryStep step;
        step.item = QUuid::fromRfc4122(q->value(0).toByteArray());
        step.survivor = QUuid::fromRfc4122(q->value(1).toByteArray());
        step.survivorCode = q->value(2).toString();
        step.stepTitle = q->value(3).toString();
        if (!q->value(4).isNull())
            step.dueAt = QDateTime::fromSecsSinceEpoch(q->value(4).toLongLong(), Qt::UTC);
        out.push_back(step);
    }
    return out;
}

} // namespace tandem
