#include "invariants.h"

#include "domain/operations.h"
#include "store/registry.h"
#include "store/store.h"
#include "store/value.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QUuid>

namespace tandem {
namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(tandem::Invariants)
};

constexpr auto kError = CheckProblem::Severity::Error;

QString idOf(const QVariant& blob)
{
    return value::idText(QUuid::fromRfc4122(blob.toByteArray()));
}

Result<void> closedWithOpenSteps(const Store& store, CheckReport& report)
{
    Result<QSqlQuery> q = store.exec(QStringLiteral(
        "SELECT id FROM operation WHERE deleted = 0 AND status = 'closed' ORDER BY code_name, id"));
    if (!q)
        return q.error();
    std::vector<QUuid> closed;
    while (q->next())
        closed.push_back(QUuid::fromRfc4122(q->value(0).toByteArray()));
    q->finish();
    for (const QUuid& id : closed) {
        Result<QStringList> open = operations::closingProblems(store, id, 3);
        if (!open)
            return open.error();
        if (!open->isEmpty())
            report.add({kError, QStringLiteral("operation"), value::idText(id), QStringLiteral("status"),
                        Texts::tr("closed with mandatory checklist steps open: %1").arg(open->join(QLatin1Char(' ')))});
    }
    return {};
}

Result<void> twoActiveVersions(const Store& store, CheckReport& report)
{
    Result<QSqlQuery> q = store.exec(QStringLiteral(
        "SELECT p.id, p.name, p.version FROM protocol p WHERE p.deleted = 0 AND p.status = 'active' AND EXISTS ("
        " SELECT 1 FROM protocol o WHERE o.family = p.family AND o.id <> p.id AND o.deleted = 0"
        " AND o.status = 'active' AND o.version > p.version) ORDER BY p.name, p.version"));
    if (!q)
        return q.error();
    while (q->next())
        report.add({kError, QStringLiteral("protocol"), idOf(q->value(0)), QStringLiteral("status"),
                    Texts::tr("version %1 of \"%2\" is active beside a later active version; retire one")
                        .arg(q->value(2).toString(), q->value(1).toString())});
    return {};
}

Result<void> duplicateCodes(const Store& store, CheckReport& report)
{
    // Each survivor sharing its code, with the others that have it (in id order).
    Result<QSqlQuery> q = store.exec(QStringLiteral(
        "SELECT s.id, s.code, (SELECT group_concat(hex(o.id), ' ') FROM (SELECT id FROM survivor o "
        " WHERE o.code = s.code AND o.id <> s.id AND o.deleted = 0 ORDER BY o.id) o) AS others "
        "FROM survivor s WHERE s.deleted = 0 AND EXISTS ("
        " SELECT 1 FROM survivor o WHERE o.code = s.code AND o.id <> s.id AND o.deleted = 0) ORDER BY s.code, s.id"));
    if (!q)
        return q.error();
    while (q->next()) {
        QStringList others;
        for (const QString& hex : q->value(2).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts))
            others << idOf(QByteArray::fromHex(hex.toLatin1()));
        // Two offices numbering at the same time can give one code each before they exchange: a
        // warning to settle, not a broken file.
        report.add({CheckProblem::Severity::Warning, QStringLiteral("survivor"), idOf(q->value(0)), QStringLiteral("code"),
                    Texts::tr("the code %1 is also survivor %2's; give one of them a new code")
                        .arg(q->value(1).toString(), others.join(QStringLiteral(", ")))});
    }
    return {};
}

Result<void> rescuedWithoutChecklist(const Store& store, CheckReport& report)
{
    Result<QSqlQuery> q = store.exec(QStringLiteral(
        "SELECT s.id, s.code FROM survivor s WHERE s.deleted = 0 AND s.recovered_at IS NOT NULL"
        " AND NOT EXISTS (SELECT 1 FROM checklist_item i WHERE i.survivor = s.id AND i.deleted = 0)"
        " AND EXISTS (SELECT 1 FROM protocol p WHERE p.deleted = 0 AND p.status = 'active') ORDER BY s.code, s.id"));
    if (!q)
        return q.error();
    while (q->next())
        report.add({kError, QStringLiteral("survivor"), idOf(q->value(0)), QStringLiteral("recovered_at"),
                    Texts::tr("%1 has a rescue time but no checklist; set the rescue time again to make it")
                        .arg(q->value(1).toString())});
    return {};
}

Result<void> approvedWithoutApprover(const Store& store, CheckReport& report)
{
    Result<QSqlQuery> q = store.exec(QStringLiteral(
        "SELECT id, code_name, status FROM operation WHERE deleted = 0"
        " AND status IN ('approved', 'briefed', 'in_progress', 'completed', 'closed')"
        " AND (approved_by IS NULL OR trim(approved_by) = '') ORDER BY code_name, id"));
    if (!q)
        return q.error();
    while (q->next())
        report.add({kError, QStringLiteral("operation"), idOf(q->value(0)), QStringLiteral("approved_by"),
                    Texts::tr("%1 is %2 but its plan has no approver recorded")
                        .arg(q->value(1).toString(),
                             Registry::instance().entity(QStringLiteral("operation"))->field(QStringLiteral("status"))
                                 ->valueLabel(q->value(2).toString()))});
    return {};
}

} // namespace

Result<void> checkDomain(const Store& store, CheckReport& report)
{
    for (auto rule : {closedWithOpenSteps, twoActiveVersions, duplicateCodes, rescuedWithoutChecklist, approvedWithoutApprover}) {
        if (Result<void> r = rule(store, report); !r)
            return r;
    }
    return {};
}

} // namespace tandem
