#include "audit.h"

#include "crypto/officekeys.h"
#include "store.h"

#include <QCoreApplication>

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

// The keyed chain's local state in the meta table: the key of the next entry, that entry's seq,
// and the first entry that was keyed.
const QString kKeyMeta = QStringLiteral("audit_key");
const QString kKeySeqMeta = QStringLiteral("audit_key_seq");
const QString kKeyedFromMeta = QStringLiteral("audit_keyed_from");

QByteArray keyedHash(const QByteArray& key, const unsigned char* in, std::size_t size)
{
    QByteArray out(kHashSize, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), kHashSize, in, size,
                       reinterpret_cast<const unsigned char*>(key.constData()), std::size_t(key.size()));
    return out;
}

QByteArray entryMac(const QByteArray& key, const QByteArray& hash)
{
    return keyedHash(key, reinterpret_cast<const unsigned char*>(hash.constData()), std::size_t(hash.size()));
}

// K(i+1) from K(i): one way, so the file's current key tells nothing of the earlier ones.
QByteArray nextKey(const QByteArray& key)
{
    static constexpr char kStep[] = "tandem audit chain step";
    return keyedHash(key, reinterpret_cast<const unsigned char*>(kStep), sizeof kStep - 1);
}

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(tandem::Audit)
};

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
    e.mac = q.value(8).toByteArray();
    return e;
}

const QString kColumns = QStringLiteral("seq, at, action, actor, subject, details, prev_hash, hash, mac");

// The WHERE condition of `filter` (always some condition, "1" for none), its values added to `binds`.
QString filterSql(const AuditFilter& filter, QVariantList& binds)
{
    QStringList conditions{QStringLiteral("1")};
    if (!filter.action.isEmpty()) {
        conditions << QStringLiteral("action = ?");
        binds << filter.action;
    }
    if (!filter.actor.isEmpty()) {
        conditions << QStringLiteral("actor = ?");
        binds << filter.actor;
    }
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        // The text is matched literally: LIKE's own wildcards in it are escaped.
        QString pattern = text;
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        pattern.replace(QLatin1Char('%'), QStringLiteral("\\%"));
        pattern.replace(QLatin1Char('_'), QStringLiteral("\\_"));
        pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
        QStringList any;
        for (const char* column : {"action", "actor", "subject", "details"}) {
            any << QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(QLatin1String(column));
            binds << pattern;
        }
        conditions << QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    return conditions.join(QStringLiteral(" AND "));
}

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
    // A null QString would bind as SQL NULL, which the columns refuse: no subject or details is
    // an empty one.
    e.action = action.isNull() ? QLatin1String("") : action;
    e.actor = store.actor().name;
    e.subject = subject.isNull() ? QLatin1String("") : subject;
    e.details = details.isNull() ? QLatin1String("") : details;
    e.hash = entryHash(e);
    Result<QVariant> key = store.meta(kKeyMeta);
    if (!key)
        return key.error();
    if (const QByteArray k = key->toByteArray(); k.size() == kHashSize) {
        // Keyed with whatever key the file holds, even when its seq does not fit (a cut tail):
        // a check with the office keys then shows where.
        e.mac = entryMac(k, e.hash);
        if (Result<void> r = store.setMeta(kKeyMeta, nextKey(k)); !r)
            return r;
        if (Result<void> r = store.setMeta(kKeySeqMeta, e.seq + 1); !r)
            return r;
    }
    Result<QSqlQuery> insert = store.exec(
        QStringLiteral("INSERT INTO audit_log (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(kColumns),
        {e.seq, e.at.toSecsSinceEpoch(), e.action, e.actor, e.subject, e.details, e.prevHash, e.hash,
         e.mac.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(e.mac)});
    if (!insert)
        return insert.error();
    return tx->commit();
}

Result<std::vector<AuditEntry>> readAudit(const Store& store, const QString& action, int limit)
{
    return readAuditPage(store, AuditFilter{action, {}, {}}, 0, limit);
}

Result<std::vector<AuditEntry>> readAuditPage(const Store& store, const AuditFilter& filter,
                                              qint64 beforeSeq, int limit)
{
    QVariantList binds;
    QString sql = QStringLiteral("SELECT %1 FROM audit_log WHERE %2").arg(kColumns, filterSql(filter, binds));
    if (beforeSeq > 0) {
        sql += QStringLiteral(" AND seq < ?");
        binds << beforeSeq;
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

Result<qint64> countAudit(const Store& store, const AuditFilter& filter)
{
    QVariantList binds;
    const QString sql = QStringLiteral("SELECT count(*) FROM audit_log WHERE %1").arg(filterSql(filter, binds));
    Result<QSqlQuery> q = store.exec(sql, binds);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

Result<QStringList> auditActions(const Store& store)
{
    Result<QSqlQuery> q = store.exec(QStringLiteral("SELECT DISTINCT action FROM audit_log ORDER BY action"));
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

Result<QStringList> auditActors(const Store& store)
{
    Result<QSqlQuery> q = store.exec(QStringLiteral("SELECT DISTINCT actor FROM audit_log ORDER BY actor"));
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

Result<void> keyAuditChain(Store& store, const OfficeKeys& keys)
{
    if (store.isReadOnly())
        return {};
    Result<QVariant> key = store.meta(kKeyMeta);
    if (!key)
        return key.error();
    if (!key->isNull())
        return {};
    Result<qint64> last = lastAuditSeq(store);
    if (!last)
        return last.error();
    const SecretBytes root = keys.auditRootKey();
    Result<Transaction> tx = store.begin();
    if (!tx)
        return tx.error();
    const std::pair<const QString&, QVariant> values[] = {
        {kKeyMeta, QByteArray(reinterpret_cast<const char*>(root.data()), qsizetype(root.size()))},
        {kKeySeqMeta, *last + 1},
        {kKeyedFromMeta, *last + 1},
    };
    for (const auto& [name, value] : values) {
        if (Result<void> r = store.setMeta(name, value); !r)
            return r;
    }
    return tx->commit();
}

Result<AuditHead> auditHead(const Store& store)
{
    Result<QSqlQuery> q = store.exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    if (!q)
        return q.error();
    AuditHead head;
    if (q->next()) {
        head.seq = q->value(0).toLongLong();
        head.hash = q->value(1).toByteArray();
    }
    return head;
}

Result<std::vector<AuditProblem>> verifyAuditChain(const Store& store, const OfficeKeys* keys)
{
    std::vector<AuditProblem> problems;
    Result<QVariant> keyMeta = store.meta(kKeyMeta);
    Result<QVariant> keySeqMeta = store.meta(kKeySeqMeta);
    Result<QVariant> fromMeta = store.meta(kKeyedFromMeta);
    for (const Result<QVariant>* r : {&keyMeta, &keySeqMeta, &fromMeta}) {
        if (!*r)
            return r->error();
    }
    const bool keyed = !fromMeta->isNull();
    const qint64 keyedFrom = keyed ? fromMeta->toLongLong() : 0;
    if (keyed && keyMeta->toByteArray().size() != kHashSize) {
        problems.push_back({0, Texts::tr("the audit chain's key is missing from the file")});
        return problems;
    }
    QByteArray key;
    if (keyed && keys) {
        const SecretBytes root = keys->auditRootKey();
        key = QByteArray(reinterpret_cast<const char*>(root.data()), qsizetype(root.size()));
    }

    Result<QSqlQuery> q = store.exec(QStringLiteral("SELECT %1 FROM audit_log ORDER BY seq").arg(kColumns));
    if (!q)
        return q.error();
    QByteArray prev(kHashSize, '\0');
    qint64 expectedSeq = 1;
    bool hashBroken = false;
    bool macBroken = false;
    while (q->next()) {
        const AuditEntry e = entryFromQuery(*q);
        if (!hashBroken && (e.seq != expectedSeq || e.prevHash != prev || entryHash(e) != e.hash)) {
            problems.push_back({e.seq, Texts::tr("the hash chain is broken here: this entry, or one before it, "
                                          "was changed or removed")});
            hashBroken = true;
        }
        if (keyed && e.seq >= keyedFrom && !macBroken) {
            if (e.mac.size() != kHashSize) {
                problems.push_back({e.seq, Texts::tr("this entry has no key mark (MAC) although the chain was "
                                              "keyed before it: it was written around Tandem")});
                macBroken = true;
            } else if (!key.isEmpty() && entryMac(key, e.hash) != e.mac) {
                problems.push_back({e.seq, Texts::tr("this entry's key mark (MAC) does not fit: the entry, or "
                                              "one before it, was rewritten")});
                macBroken = true;
            }
        }
        if (keyed && e.seq >= keyedFrom && !key.isEmpty())
            key = nextKey(key);
        prev = e.hash;
        expectedSeq = e.seq + 1;
    }
    if (keyed && keySeqMeta->toLongLong() != expectedSeq) {
        problems.push_back({expectedSeq - 1,
                            keySeqMeta->toLongLong() > expectedSeq
                                ? Texts::tr("the log ends here but its key has moved on to entry %1: entries "
                                     "after this one were removed")
                                      .arg(keySeqMeta->toLongLong())
                                : Texts::tr("the chain's key stands at entry %1, before the end of the log")
                                      .arg(keySeqMeta->toLongLong())});
    } else if (keyed && !key.isEmpty() && !macBroken && key != keyMeta->toByteArray()) {
        problems.push_back({expectedSeq - 1, Texts::tr("the chain's key does not follow from its entries: "
                                                "entries after this one were removed, or the key replaced")});
    }
    return problems;
}

Result<qint64> lastAuditSeq(const Store& store)
{
    Result<QSqlQuery> q = store.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM audit_log"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

} // namespace tandem
