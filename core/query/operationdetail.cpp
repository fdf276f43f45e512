#include "operationdetail.h"

#include "store/registry.h"
#include "store/store.h"
#include "store/value.h"

#include <QSqlQuery>

namespace tandem::query {
namespace {

const FieldDef& fieldOf(const char* entity, const char* name)
{
    return *Registry::instance().entity(QString::fromLatin1(entity))->field(QString::fromLatin1(name));
}

QVariant valueOf(const char* entity, const char* field, const QVariant& stored)
{
    return value::fromSql(fieldOf(entity, field), stored);
}

Result<std::vector<ChoiceRow>> choices(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    std::vector<ChoiceRow> rows;
    while (q->next())
        rows.push_back({QUuid::fromRfc4122(q->value(0).toByteArray()), q->value(1).toString()});
    return rows;
}

} // namespace

Result<std::optional<OperationHeader>> operationHeader(const Store& store, const QUuid& operation)
{
    Result<QSqlQuery> q = store.exec(
        QStringLiteral("SELECT o.code_name, o.status, o.trafficking_type, a.name, o.starts_at,"
                       " o.ends_at, o.risk_level FROM operation o"
                       " LEFT JOIN agency a ON a.id = o.lead_agency AND a.deleted = 0"
                       " WHERE o.id = ? AND o.deleted = 0"),
        {operation.toRfc4122()});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<OperationHeader>();
    OperationHeader h;
    h.codeName = q->value(0).toString();
    h.status = valueOf("operation", "status", q->value(1));
    h.traffickingType = valueOf("operation", "trafficking_type", q->value(2));
    h.leadAgency = q->value(3).toString();
    h.starts = valueOf("operation", "starts_at", q->value(4)).toDateTime();
    h.ends = valueOf("operation", "starts_at", q->value(5)).toDateTime();
    h.riskLevel = valueOf("operation", "risk_level", q->value(6));
    return std::optional<OperationHeader>(std::move(h));
}

Result<std::vector<TargetLine>> operationTargets(const Store& store, const QUuid& operation)
{
    Result<QSqlQuery> q = store.exec(
        QStringLiteral("SELECT label, address FROM target WHERE operation = ? AND deleted = 0"
                       " ORDER BY label COLLATE NOCASE, id"),
        {operation.toRfc4122()});
    if (!q)
        return q.error();
    std::vector<TargetLine> rows;
    while (q->next())
        rows.push_back({q->value(0).toString(), q->value(1).toString()});
    return rows;
}

Result<std::vector<AssignmentLine>> operationAssignments(const Store& store, const QUuid& operation)
{
    Result<QSqlQuery> q = store.exec(
        QStringLiteral("SELECT a.name, s.role, s.team_lead, s.headcount FROM assignment s"
                       " LEFT JOIN agency a ON a.id = s.agency AND a.deleted = 0"
                       " WHERE s.operation = ? AND s.deleted = 0"
                       " ORDER BY s.role <> 'lead', a.name COLLATE NOCASE, s.id"),
        {operation.toRfc4122()});
    if (!q)
        return q.error();
    std::vector<AssignmentLine> rows;
    while (q->next()) {
        AssignmentLine& line = rows.emplace_back();
        line.agencyDeleted = q->value(0).isNull();
        line.agency = q->value(0).toString();
        line.role = valueOf("assignment", "role", q->value(1));
        line.teamLead = q->value(2).toString();
        line.headcount = valueOf("assignment", "headcount", q->value(3));
    }
    return rows;
}

Result<std::optional<OperationContents>> operationContents(const Store& store, const QUuid& operation)
{
    Result<QSqlQuery> q = store.exec(
        QStringLiteral("SELECT o.code_name, o.status,"
                       " (SELECT count(*) FROM target WHERE operation = o.id AND deleted = 0),"
                       " (SELECT count(*) FROM assignment WHERE operation = o.id AND deleted = 0),"
                       " (SELECT count(*) FROM task WHERE operation = o.id AND deleted = 0),"
                       " (SELECT count(*) FROM note WHERE operation = o.id AND deleted = 0),"
                       " (SELECT count(*) FROM survivor WHERE operation = o.id AND deleted = 0),"
                       " (SELECT count(*) FROM action_item WHERE operation = o.id AND deleted = 0),"
                       " (SELECT count(*) FROM feedback WHERE operation = o.id AND deleted = 0),"
                       " (SELECT count(*) FROM tip WHERE operation = o.id AND deleted = 0)"
                       " FROM operation o WHERE o.id = ?"),
        {operation.toRfc4122()});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<OperationContents>();
    OperationContents c;
    c.codeName = q->value(0).toString();
    c.status = q->value(1).toString();
    c.targets = q->value(2).toLongLong();
    c.assignments = q->value(3).toLongLong();
    c.tasks = q->value(4).toLongLong();
    c.notes = q->value(5).toLongLong();
    c.survivors = q->value(6).toLongLong();
    c.actionItems = q->value(7).toLongLong();
    c.feedback = q->value(8).toLongLong();
    c.tips = q->value(9).toLongLong();
    return std::optional<OperationContents>(std::move(c));
}

Result<std::vector<ChoiceRow>> operationChoices(const Store& store, bool withSurvivorsOnly)
{
    if (withSurvivorsOnly)
        return choices(store.exec(QStringLiteral(
            "SELECT o.id, o.code_name FROM operation o WHERE o.deleted = 0 AND EXISTS (SELECT 1 FROM survivor s"
            " WHERE s.operation = o.id AND s.deleted = 0) ORDER BY o.starts_at IS NULL, o.starts_at DESC, o.id")));
    return choices(store.exec(QStringLiteral(
        "SELECT id, code_name FROM operation WHERE deleted = 0 ORDER BY starts_at IS NULL, starts_at DESC, id")));
}

Result<std::vector<ChoiceRow>> targetChoices(const Store& store, const QUuid& operation)
{
    return choices(store.exec(
        QStringLiteral("SELECT id, label FROM target WHERE operation = ? AND deleted = 0 ORDER BY label, id"),
        {operation.toRfc4122()}));
}

} // namespace tandem::query
