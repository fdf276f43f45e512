#include "codeclashes.h"

#include "store/hlc.h"
#include "store/sharing.h"
#include "store/store.h"
#include "store/value.h"

#include <QSqlQuery>

namespace tandem {
namespace {

// The time of a UUIDv7 id (its first 48 bits); invalid for an id of another version.
QDateTime idTime(const QByteArray& id)
{
    if (id.size() != 16 || (quint8(id.at(6)) >> 4) != 7)
        return {};
    qint64 millis = 0;
    for (int i = 0; i < 6; ++i)
        millis = (millis << 8) | quint8(id.at(i));
    return QDateTime::fromMSecsSinceEpoch(millis, Qt::UTC);
}

// Columns of one side: id, code, operation's code name, the code's version, office name of that
// version's site.
QString sideColumns(const Store& store, const QString& s)
{
    return QStringLiteral("%1.id, %1.code, (SELECT code_name FROM operation WHERE id = %1.operation AND deleted = 0), "
                          "(SELECT name FROM office WHERE id = %2 AND deleted = 0), %1.code_v")
        .arg(s, officeOfSiteSql(store, QStringLiteral("substr(%1.code_v, 9, 16)").arg(s)));
}

CodeClashSide sideFrom(const QSqlQuery& q, int at)
{
    CodeClashSide side;
    const QByteArray id = q.value(at).toByteArray();
    side.survivor = QUuid::fromRfc4122(id);
    side.code = q.value(at + 1).toString();
    side.operation = q.value(at + 2).toString();
    side.office = q.value(at + 3).toString();
    if (side.office.isEmpty()) {
        const QByteArray version = q.value(at + 4).toByteArray();
        if (version.size() == 24)
            side.office = value::idText(QUuid::fromRfc4122(versionSite(version)));
    }
    side.created = idTime(id);
    return side;
}

} // namespace

Result<qint64> flagCodeClashes(Store& store, const QByteArray& senderSite, qint64 mergedAt)
{
    // survivor(code) is indexed: one probe per survivor of the bundle.
    Result<QSqlQuery> q = store.exec(
        QStringLiteral("INSERT OR IGNORE INTO main.code_clash (survivor_a, survivor_b, code, sender_site, merged_at) "
                       "SELECT min(s.id, o.id), max(s.id, o.id), s.code, ?, ? FROM b.survivor i "
                       "JOIN main.survivor s ON s.id = i.id "
                       "JOIN main.survivor o ON o.code = s.code AND o.id <> s.id "
                       "WHERE s.deleted = 0 AND o.deleted = 0"),
        {senderSite, mergedAt});
    if (!q)
        return q.error();
    return qint64(std::max(0, q->numRowsAffected()));
}

Result<std::vector<CodeClash>> codeClashes(const Store& store)
{
    Result<QSqlQuery> q = store.exec(
        QStringLiteral("SELECT c.code, c.merged_at, (SELECT name FROM office WHERE id = %3), %1, %2 "
                       "FROM code_clash c JOIN survivor a ON a.id = c.survivor_a JOIN survivor b ON b.id = c.survivor_b "
                       "WHERE a.deleted = 0 AND b.deleted = 0 AND a.code = b.code "
                       "ORDER BY c.merged_at DESC, c.code, c.survivor_a")
            .arg(sideColumns(store, QStringLiteral("a")), sideColumns(store, QStringLiteral("b")),
                 officeOfSiteSql(store, QStringLiteral("c.sender_site"))));
    if (!q)
        return q.error();
    std::vector<CodeClash> out;
    while (q->next()) {
        CodeClash c;
        c.code = q->value(0).toString();
        c.mergedAt = QDateTime::fromSecsSinceEpoch(q->value(1).toLongLong(), Qt::UTC);
        c.mergedFrom = q->value(2).toString();
        c.first = sideFrom(*q, 3);
        c.second = sideFrom(*q, 8);
        out.push_back(std::move(c));
    }
    return out;
}

} // namespace tandem
