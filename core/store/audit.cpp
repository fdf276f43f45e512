#include "audit.h"

#include "store.h"

#include <QSqlQuery>
#include <QtEndian>

#include <sodium.h>

namespace tandem {
namespace {

constexpr int kHashSize = 32;

void feed(crypto_generichash_state& state, const QByteArray& bytes)
{
    unsigned char length[8];
    qToBigEndian(quint64(bytes.size()), length);
    crypto_generichash_update(&state, length, sizeof length);
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(bytes.constData()),
                              std::size_t(bytes.size()));
}

QByteArray entryHash(const AuditEntry& e)
{
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, kHashSize);
    feed(state, e.prevHash);
    feed(state, QByteArray::number(e.seq));
    feed(state, QByteArray::number(e.at.toSecsSinceEpoch()));
    for (const QString* s : {&e.action, &e.actor, &e.subject, &e.details})
        feed(state, s->toUtf8());
    QByteArray out(kHashSize, Qt::Uninitialized);
    crypto_generichash_final(&state, reinterpret_cast<unsigned char*>(out.data()), kHashSize);
    return out;
}

QString currentUser()
{
    for (const char* name : {"USER", "LOGNAME", "USERNAME"}) {
        const QString v = qEnvironmentVariable(name);
        if (!v.isEmpty())
            return v;
    }
    return QStringLiteral("unknown");
}

AuditEntry entryFromQuery(const QSqlQuery& q)
{
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.at = QDateTime::fromSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
    e.action = q.value(2).toString();
    e.actor = q.value(3).toString();
    e.subject = q.value(4).toString();
    e.details = q.value(5).toString();
    e.prevHash = q.value(6).toByteArray();
    e.hash = q.value(7).toByteArray();
    return e;
}

const QString kColumns = QStringLiteral("seq, at, action, actor, subject, details, prev_hash, hash");

} // namespace

Result<void> appendAudit(Store& store, const QString& action, const QString& subject,
                         const QString& details)
{
    Result<Transaction> tx = store.begin();
    if (!tx)
        return tx.error();
    Result<QSqlQuery> last = store.exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    if (!last)
        return last.error();
    AuditEntry e;
    e.prevHash = QByteArray(kHashSize, '\0');
    e.seq = 1;
    if (last->next()) {
        e.seq = last->value(0).toLongLong() + 1;
        e.prevHash = last->value(1).toByteArray();
    }
    last->finish();
    e.at = QDateTime::fromMSecsSinceEpoch(store.wallClock(), Qt::UTC);
    e.at = QDateTime::fromSecsSinceEpoch(e.at.toSecsSinceEpoch(), Qt::UTC);
    e.action = action;
    e.actor = currentUser();
    e.subject = subject;
    e.details = details;
    e.hash = entryHash(e);
    Result<QSqlQuery> insert = store.exec(
        QStringLiteral("INSERT INTO audit_log (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?)").arg(kColumns),
        {e.seq, e.at.toSecsSinceEpoch(), e.action, e.actor, e.subject, e.details, e.prevHash, e.hash});
    if (!insert)
        return insert.error();
    return tx->commit();
}

Result<std::vector<AuditEntry>> readAudit(const Store& store, const QString& action, int limit)
{
    QString sql = QStringLiteral("SELECT %1 FROM audit_log").arg(kColumns);
    QVariantList binds;
    if (!action.isEmpty()) {
        sql += QStringLiteral(" WHERE action = ?");
        binds << action;
    }
    sql += QStringLiteral(" ORDER BY seq DESC");
    if (limit >= 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    Result<QSqlQuery> q = store.exec(sql, binds);
    if (!q)
        return q.error();
    std::vector<AuditEntry> out;
    while (q->next())
        out.push_back(entryFromQuery(*q));
    return out;
}

Result<std::optional<qint64>> verifyAudit(const Store& store)
{
    Result<QSqlQuery> q = store.exec(QStringLiteral("SELECT %1 FROM audit_log ORDER BY seq").arg(kColumns));
    if (!q)
        return q.error();
    QByteArray prev(kHashSize, '\0');
    qint64 expectedSeq = 1;
    while (q->next()) {
        const AuditEntry e = entryFromQuery(*q);
        if (e.seq != expectedSeq || e.prevHash != prev || entryHash(e) != e.hash)
            return std::optional<qint64>(e.seq);
        prev = e.hash;
        ++expectedSeq;
    }
    return std::optional<qint64>();
}

} // namespace tandem
