#include "retention.h"

#include "store/audit.h"
#include "store/hlc.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace tandem::retention {
namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(tandem::Retention)
};

const QString kKey = QStringLiteral("retention_months");

QString periodText(std::optional<int> months)
{
    if (!months)
        return Texts::tr("none");
    return *months == 1 ? Texts::tr("1 month") : Texts::tr("%n months", nullptr, *months);
}

} // namespace

Result<std::optional<int>> period(const Store& store)
{
    Result<QVariant> v = store.meta(kKey);
    if (!v)
        return v.error();
    bool ok = false;
    const int months = v->toInt(&ok);
    if (v->isNull() || !ok || !periodProblem(months).isEmpty())
        return std::optional<int>();
    return std::optional<int>(months);
}

QString periodProblem(int months)
{
    if (months < 1 || months > kMaxMonths)
        return Texts::tr("a retention period is a whole number of months from 1 to %1, not %2").arg(kMaxMonths).arg(months);
    return {};
}

Result<void> setPeriod(Store& store, std::optional<int> months)
{
    if (months) {
        if (const QString problem = periodProblem(*months); !problem.isEmpty())
            return makeError(problem, store.path());
    }
    const EntityDef* offices = Registry::instance().entity(QStringLiteral("office"));
    if (Result<void> lead = store.mayWrite(*offices); !lead)
        return makeError(Texts::tr("only a lead sets how long identities are kept: %1").arg(lead.error().message));
    Result<std::optional<int>> was = period(store);
    if (!was)
        return was.error();
    if (*was == months)
        return {};
    Result<Transaction> tx = store.begin();
    if (!tx)
        return tx.error();
    if (Result<void> r = store.setMeta(kKey, months ? QVariant(*months) : QVariant()); !r)
        return r;
    if (Result<void> r = appendAudit(store, QStringLiteral("preferences"), Texts::tr("Retention period"),
                                     Texts::tr("identities kept after their case closed: %1 (was %2)")
                                         .arg(periodText(months), periodText(*was)));
        !r)
        return r;
    return tx->commit();
}

Result<std::vector<Due>> due(const Store& store, const QDateTime& now)
{
    std::vector<Due> out;
    Result<std::optional<int>> months = period(store);
    if (!months)
        return months.error();
    if (!*months)
        return out;
    const qint64 at = now.toSecsSinceEpoch();
    Result<QSqlQuery> q = store.exec(
        QStringLiteral(
            "SELECT s.id, s.code, o.code_name, o.status_v FROM survivor s JOIN operation o ON o.id = s.operation "
            "WHERE s.deleted = 0 AND o.deleted = 0 AND o.status = 'closed' "
            "AND EXISTS (SELECT 1 FROM survivor_identity i WHERE i.survivor = s.id AND i.deleted = 0) "
            "AND NOT EXISTS (SELECT 1 FROM consent c WHERE c.survivor = s.id AND c.deleted = 0 AND c.given_at <= %1 "
            "AND (c.withdrawn_at IS NULL OR c.withdrawn_at > %1) AND (c.expires_at IS NULL OR c.expires_at > %1)) "
            "AND NOT EXISTS (SELECT 1 FROM checklist_item k WHERE k.survivor = s.id AND k.deleted = 0 "
            "AND k.state IN ('open', 'in_progress'))")
            .arg(at));
    if (!q)
        return q.error();
    const QDateTime limit = now.toUTC().addMonths(-**months);
    while (q->next()) {
        // When the operation became closed: the clock of the version its status carries.
        const QDateTime closed = QDateTime::fromMSecsSinceEpoch(Hlc::millis(versionHlc(q->value(3).toByteArray())), Qt::UTC);
        if (closed > limit)
            continue;
        out.push_back({QUuid::fromRfc4122(q->value(0).toByteArray()), q->value(1).toString(), q->value(2).toString(), closed,
                       closed.addMonths(**months)});
    }
    std::sort(out.begin(), out.end(), [](const Due& a, const Due& b) {
        return a.closedAt != b.closedAt ? a.closedAt < b.closedAt : a.code < b.code;
    });
    return out;
}

Result<std::vector<erasure::Receipt>> apply(Store& store, const QDateTime& now)
{
    Result<std::optional<int>> months = period(store);
    if (!months)
        return months.error();
    Result<std::vector<Due>> list = due(store, now);
    if (!list)
        return list.error();
    std::vector<erasure::Receipt> out;
    for (const Due& d : *list) {
        Result<erasure::Receipt> r = erasure::eraseIdentity(
            store, d.survivor,
            Texts::tr("retention period of %1 after %2 closed").arg(periodText(*months), d.operation),
            QStringLiteral("retention"));
        if (!r)
            return makeError(Texts::tr("%1: %2").arg(d.code, r.error().message), r.error().context);
        out.push_back(*r);
    }
    return out;
}

} // namespace tandem::retention
