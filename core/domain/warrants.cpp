#include "warrants.h"

#include "store/registry.h"
#include "store/row.h"
#include "store/store.h"
#include "store/value.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace tandem::warrants {
namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(tandem::Warrants)
};

const QString kWarrant = QStringLiteral("warrant");

QString timeText(const QDateTime& t)
{
    static const FieldDef& field = *Registry::instance().entity(kWarrant)->field(QStringLiteral("expires_at"));
    return value::display(field, t);
}

QDateTime timeOf(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

// What is wrong with `warrant` for an operation starting at `start` (empty: nothing).
QString problemAt(const QString& number, const QDateTime& issued, const QDateTime& expires, const QDateTime& start)
{
    if (issued.isValid() && start < issued)
        return Texts::tr("warrant %1 is issued on %2, after the operation starts").arg(number, timeText(issued));
    if (expires.isValid() && start > expires)
        return Texts::tr("warrant %1 expires on %2, before the operation starts").arg(number, timeText(expires));
    return {};
}

} // namespace

bool validAt(const Row& warrant, const QDateTime& at)
{
    const QDateTime issued = warrant.value(QStringLiteral("issued_at")).toDateTime();
    const QDateTime expires = warrant.value(QStringLiteral("expires_at")).toDateTime();
    return problemAt(QString(), issued, expires, at).isEmpty();
}

Result<QStringList> coverageProblems(const Store& store, const QUuid& operation)
{
    Result<Row> op = store.get(QStringLiteral("operation"), operation);
    if (!op)
        return op.error();
    const QDateTime start = op->value(QStringLiteral("starts_at")).toDateTime();
    if (!start.isValid())
        return QStringList();
    struct Warrant {
        QString number;
        QDateTime issued;
        QDateTime expires;
        QStringList targets;
    };
    std::vector<Warrant> warrants;
    Result<QSqlQuery> w = store.exec(QStringLiteral("SELECT number, issued_at, expires_at, targets FROM warrant "
                                                    "WHERE operation = ? AND deleted = 0 ORDER BY expires_at DESC, number"),
                                     {operation.toRfc4122()});
    if (!w)
        return w.error();
    const FieldDef& targetsField = *Registry::instance().entity(kWarrant)->field(QStringLiteral("targets"));
    while (w->next()) {
        warrants.push_back({w->value(0).toString(), timeOf(w->value(1)), timeOf(w->value(2)),
                            value::fromSql(targetsField, w->value(3)).toStringList()});
    }
    Result<QSqlQuery> t = store.exec(QStringLiteral("SELECT id, label FROM target WHERE operation = ? AND deleted = 0 "
                                                    "AND needs_warrant = 1 ORDER BY label COLLATE NOCASE"),
                                     {operation.toRfc4122()});
    if (!t)
        return t.error();
    QStringList problems;
    while (t->next()) {
        const QString id = value::idText(QUuid::fromRfc4122(t->value(0).toByteArray()));
        const QString label = t->value(1).toString();
        QStringList wrong;
        bool covered = false;
        for (const Warrant& warrant : warrants) {
            if (!warrant.targets.contains(id))
                continue;
            const QString problem = problemAt(warrant.number, warrant.issued, warrant.expires, start);
            if (problem.isEmpty()) {
                covered = true;
                break;
            }
            wrong << problem;
        }
        if (covered)
            continue;
        if (wrong.isEmpty())
            problems << Texts::tr("Target “%1” needs a warrant, and no warrant of the operation covers it.").arg(label);
        else
            problems << Texts::tr("Target “%1” needs a warrant valid when the operation starts: %2.")
                            .arg(label, wrong.join(Texts::tr("; ")));
    }
    return problems;
}

QString targetsProblem(const Store& store, const Row* before, const Row& after)
{
    const QStringList targets = after.value(QStringLiteral("targets")).toStringList();
    const QStringList earlier = before ? before->value(QStringLiteral("targets")).toStringList() : QStringList();
    const QUuid operation = after.value(QStringLiteral("operation")).toUuid();
    for (const QString& item : targets) {
        if (earlier.contains(item))
            continue;
        const QUuid id = QUuid::fromString(item);
        if (id.isNull())
            return Texts::tr("\"%1\" is not a target id").arg(item);
        Result<Row> target = store.get(QStringLiteral("target"), id);
        if (!target || target->deleted)
            return Texts::tr("there is no target with id %1").arg(item);
        if (target->value(QStringLiteral("operation")).toUuid() != operation)
            return Texts::tr("target “%1” belongs to another operation: a warrant covers targets of its own operation")
                .arg(target->text(QStringLiteral("label")));
    }
    return {};
}

QString canonicalTargets(Row& row, const QVariantMap& given)
{
    if (!given.contains(QStringLiteral("targets")))
        return {};
    QStringList ids;
    for (const QString& item : row.value(QStringLiteral("targets")).toStringList()) {
        const QUuid id = QUuid::fromString(item);
        const QString text = id.isNull() ? item : value::idText(id);
        if (!ids.contains(text))
            ids << text;
    }
    row.setValue(QStringLiteral("targets"), ids.isEmpty() ? QVariant() : QVariant(ids));
    return {};
}

Result<std::vector<Lapse>> lapsing(const Store& store, int limit)
{
    Result<QSqlQuery> q = store.exec(
        QStringLiteral("SELECT w.id, w.number, o.id, o.code_name, o.starts_at, w.issued_at, w.expires_at FROM warrant w "
                       "JOIN operation o ON o.id = w.operation AND o.deleted = 0 "
                       "WHERE w.deleted = 0 AND o.status IN ('draft', 'planned', 'approved', 'briefed') "
                       "AND o.starts_at IS NOT NULL AND (w.expires_at < o.starts_at OR w.issued_at > o.starts_at) "
                       "ORDER BY o.starts_at, w.number LIMIT ?"),
        {limit});
    if (!q)
        return q.error();
    std::vector<Lapse> lapses;
    while (q->next()) {
        lapses.push_back({QUuid::fromRfc4122(q->value(0).toByteArray()), q->value(1).toString(),
                          QUuid::fromRfc4122(q->value(2).toByteArray()), q->value(3).toString(), timeOf(q->value(4)),
                          timeOf(q->value(5)), timeOf(q->value(6))});
    }
    return lapses;
}

QString describe(const Lapse& lapse)
{
    if (lapse.issuedAt.isValid() && lapse.issuedAt > lapse.startsAt)
        return Texts::tr("Warrant %1 is issued on %2, after %3 starts on %4.")
            .arg(lapse.number, timeText(lapse.issuedAt), lapse.operationName, timeText(lapse.startsAt));
    return Texts::tr("Warrant %1 expires on %2, before %3 starts on %4.")
        .arg(lapse.number, timeText(lapse.expiresAt), lapse.operationName, timeText(lapse.startsAt));
}

} // namespace tandem::warrants
