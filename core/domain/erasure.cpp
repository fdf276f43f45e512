#include "erasure.h"

#include "store/attachmentstore.h"
#include "store/recalls.h"
#include "store/sharing.h"
#include "store/store.h"
#include "store/value.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace tandem::erasure {
namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(tandem::Erasure)
};

} // namespace

Result<QUuid> findSurvivor(const Store& store, const QString& idOrCode)
{
    const QString text = idOrCode.trimmed();
    if (text.isEmpty())
        return makeError(Texts::tr("say which survivor (an id or a code)"), store.path());
    const QUuid id = QUuid::fromString(text);
    Result<QSqlQuery> q = id.isNull()
                              ? store.exec(QStringLiteral("SELECT id FROM survivor WHERE deleted = 0 AND code = ?"), {text})
                              : store.exec(QStringLiteral("SELECT id FROM survivor WHERE deleted = 0 AND id = ?"), {id.toRfc4122()});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(Texts::tr("no survivor %1 in this file").arg(text), store.path());
    const QUuid found = QUuid::fromRfc4122(q->value(0).toByteArray());
    if (q->next())
        return makeError(Texts::tr("two survivors have the code %1 (a clash for review): give the survivor's id").arg(text),
                         store.path());
    return found;
}

Result<Receipt> eraseIdentity(Store& store, const QUuid& survivor, const QString& reason, const QString& kind,
                              const std::function<void(double)>& progress)
{
    Receipt receipt;
    receipt.survivor = survivor;
    receipt.kind = kind;
    receipt.reason = reason.trimmed();
    if (receipt.reason.isEmpty())
        return makeError(Texts::tr("say why the identity is erased: a reason is kept with the erasure"), store.path());
    if (receipt.reason.size() > 500)
        return makeError(Texts::tr("the reason is too long (%1 characters; at most 500)").arg(receipt.reason.size()), store.path());
    if (kind != QLatin1String("erased") && kind != QLatin1String("retention"))
        return makeError(Texts::tr("\"%1\" is not a kind of erasure").arg(kind), store.path());
    Result<Row> row = store.get(QStringLiteral("survivor"), survivor);
    if (!row || row->deleted)
        return makeError(Texts::tr("no survivor %1 in this file").arg(value::idText(survivor)), store.path());
    receipt.code = row->text(QStringLiteral("code"));

    Result<QSqlQuery> q = store.exec(QStringLiteral("SELECT i.id, i.deleted, %1 = ? FROM survivor_identity i "
                                                    "JOIN survivor s ON s.id = i.survivor WHERE i.survivor = ?")
                                         .arg(originSql(QStringLiteral("s"))),
                                     {store.officeSite(), survivor.toRfc4122()});
    if (!q)
        return q.error();
    QList<QUuid> live;
    bool any = false;
    while (q->next()) {
        any = true;
        receipt.everywhere = q->value(2).toBool();
        if (!q->value(1).toBool())
            live << QUuid::fromRfc4122(q->value(0).toByteArray());
    }
    q->finish();
    if (!any)
        return makeError(Texts::tr("survivor %1 has no identity recorded here: there is nothing to erase").arg(receipt.code),
                         store.path());
    if (live.isEmpty()) {
        // Deleted by hand earlier, it may still be in the backups: erasing it is still worth it,
        // once.
        Result<QSqlQuery> done = store.exec(QStringLiteral("SELECT max(issued_at) FROM recall WHERE survivor = ? AND deleted = 0 "
                                                           "AND coalesce(issued_by, substr(survivor_v, 9)) = ? "
                                                           "AND (recipient IS NULL OR recipient = ?)"),
                                            {survivor.toRfc4122(), store.officeSite(), store.officeSite()});
        if (!done)
            return done.error();
        if (done->next() && !done->value(0).isNull())
            return makeError(Texts::tr("the identity of survivor %1 was already erased here (%2)")
                                 .arg(receipt.code, value::isoTime(QDateTime::fromSecsSinceEpoch(done->value(0).toLongLong(), Qt::UTC))),
                             store.path());
    }

    Result<Transaction> tx = store.begin();
    if (!tx)
        return tx.error();
    // This office's own record of the identity: deleted as any record is, so that the deletion
    // travels; a partner's copy is not this office's to delete elsewhere, only to erase here.
    if (receipt.everywhere) {
        for (const QUuid& id : live) {
            if (Result<void> r = store.remove(QStringLiteral("survivor_identity"), id); !r)
                return r.error();
        }
        // The survivor's attached files are identifying details too (store/attachmentstore.h).
        Result<QSqlQuery> files = store.exec(QStringLiteral("SELECT id FROM survivor_attachment WHERE survivor = ? AND deleted = 0"),
                                             {survivor.toRfc4122()});
        if (!files)
            return files.error();
        QList<QUuid> fileIds;
        while (files->next())
            fileIds << QUuid::fromRfc4122(files->value(0).toByteArray());
        files->finish();
        for (const QUuid& id : fileIds) {
            if (Result<void> r = store.remove(QStringLiteral("survivor_attachment"), id); !r)
                return r.error();
        }
        // Their bytes go now, before the file is rewritten (scrub), not when it closes.
        if (!fileIds.isEmpty()) {
            if (Result<qint64> gone = attachments::collectGarbage(store); !gone)
                return gone.error();
        }
    }
    receipt.at = QDateTime::fromMSecsSinceEpoch(store.wallClock(), Qt::UTC);
    QVariantMap recall{{QStringLiteral("survivor"), survivor},
                       {QStringLiteral("kind"), kind},
                       {QStringLiteral("reason"), receipt.reason},
                       {QStringLiteral("issued_at"), receipt.at},
                       {QStringLiteral("issued_by"), store.officeId()}};
    if (!receipt.everywhere)
        recall.insert(QStringLiteral("recipient"), store.officeId());
    Result<QUuid> made = store.insert(QStringLiteral("recall"), recall);
    if (!made)
        return made.error();
    receipt.recall = *made;
    if (Result<std::vector<ErasedCopy>> erased = recalls::apply(store); !erased)
        return erased.error();
    if (Result<void> r = tx->commit(); !r)
        return r.error();

    Result<int> rewritten = recalls::scrub(store, progress);
    if (rewritten)
        receipt.backupsRewritten = *rewritten;
    else
        receipt.pending = rewritten.error().message;
    return receipt;
}

} // namespace tandem::erasure
