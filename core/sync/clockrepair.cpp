#include "clockrepair.h"

#include "store/audit.h"
#include "store/hlc.h"
#include "store/ownclock.h"
#include "store/store.h"
#include "store/value.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QtEndian>

namespace tandem {
namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(tandem::Exchange)
};

// How much slower than this computer's a partner's clock may run and still take the renewed
// versions.
constexpr qint64 kRepairMarginMs = 10 * 60 * 1000;

QString hlcLiteral(std::uint64_t hlc)
{
    QByteArray b(8, Qt::Uninitialized);
    qToBigEndian(hlc, b.data());
    return QStringLiteral("x'%1'").arg(QString::fromLatin1(b.toHex()));
}

} // namespace

Result<ClockRepair> repairClock(Store& store)
{
    Result<Transaction> tx = store.begin();
    if (!tx)
        return tx.error();
    const qint64 now = store.wallClock();
    const std::uint64_t ahead = store.clock();
    // The latest time partners take (a day ahead of their clocks, which may run a little slow):
    // versions up to it may be held by partners already and stay as they are; later ones were
    // refused by all and are renewed, with one version right after it, so that they still come
    // after every version of ours a partner may hold.
    const std::int64_t lastTaken = now + kMaxClockLeadMs - kRepairMarginMs;
    const std::uint64_t limit = Hlc::pack(lastTaken, 0xfffe);
    ClockRepair repair;
    if (ahead <= Hlc::pack(lastTaken, 0xffff))
        return repair;
    repair.aheadUntil = QDateTime::fromMSecsSinceEpoch(Hlc::millis(ahead), Qt::UTC);

    store.setClockBack(limit);
    const QByteArray renewed = store.takeVersion(); // the last clock value partners take
    const qint64 seq = store.takeSeq();
    const QString later = QStringLiteral("substr(%1, 1, 8) > ") + hlcLiteral(limit);

    for (const EntityDef& e : Registry::instance().entities()) {
        QStringList columns = e.versionColumns();
        columns << QStringLiteral("deleted_v");
        QStringList set;
        QStringList any;
        QVariantList binds;
        for (const QString& c : columns) {
            set << QStringLiteral("%1 = CASE WHEN %2 THEN ? ELSE %1 END").arg(c, later.arg(c));
            any << later.arg(c);
            binds << renewed;
        }
        set << QStringLiteral("local_seq = ?");
        binds << seq;
        Result<QSqlQuery> q = store.exec(QStringLiteral("UPDATE %1 SET %2 WHERE %3")
                                             .arg(e.name, set.join(QStringLiteral(", ")), any.join(QStringLiteral(" OR "))),
                                         binds);
        if (!q)
            return q.error();
        if (q->numRowsAffected() > 0) {
            repair.rows += q->numRowsAffected();
            store.announceChanged(e.name, {});
        }
    }
    const QByteArray renewedHlc = renewed.left(8);
    for (const QString& sql : {QStringLiteral("UPDATE version_vector SET hlc = ? WHERE hlc > %1").arg(hlcLiteral(limit)),
                               QStringLiteral("UPDATE withdrawal SET version = ? WHERE %1").arg(later.arg(QStringLiteral("version")))}) {
        if (Result<QSqlQuery> q = store.exec(sql, {sql.contains(QStringLiteral("withdrawal")) ? renewed : renewedHlc}); !q)
            return q.error();
    }
    if (Result<void> r = addLostOwnClock(store, {limit, ahead}); !r)
        return r.error();
    if (Result<void> r = appendAudit(store, QStringLiteral("repair-clock"), value::isoTime(repair.aheadUntil),
                                     Texts::tr("%1 records renewed: the clock had run ahead to %2")
                                         .arg(repair.rows)
                                         .arg(value::isoTime(repair.aheadUntil)));
        !r)
        return r.error();
    if (Result<void> r = tx->commit(); !r)
        return r.error();
    return repair;
}

} // namespace tandem
