#include "protocols.h"

#include "store/store.h"
#include "util/ids.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSet>
#include <QSqlQuery>
#include <QtEndian>

#include <algorithm>

namespace tandem {
namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(tandem::Protocols)
};

const QString kProtocol = QStringLiteral("protocol");
const QString kStep = QStringLiteral("protocol_step");

// A UUIDv7 whose time is the family's (when the family is itself a v7 id) and whose random bits
// are a hash of what names the row, so the same protocol version gets the same ids everywhere.
QUuid derivedId(const QUuid& family, int version, int position)
{
    const QByteArray familyBytes = family.toRfc4122();
    QByteArray material = QByteArrayLiteral("tandem-protocol\0") + familyBytes;
    char numbers[8];
    qToBigEndian<qint32>(version, numbers);
    qToBigEndian<qint32>(position, numbers + 4);
    material.append(numbers, sizeof numbers);
    const QByteArray hash = QCryptographicHash::hash(material, QCryptographicHash::Sha256);
    const quint64 high = qFromBigEndian<quint64>(hash.constData());
    const quint64 low = qFromBigEndian<quint64>(hash.constData() + 8);
    qint64 millis = 0;
    if ((quint8(familyBytes.at(6)) >> 4) == 7) {
        for (int i = 0; i < 6; ++i)
            millis = (millis << 8) | quint8(familyBytes.at(i));
    }
    return makeUuidV7(millis, high, low);
}

} // namespace

QString stepKeyFromTitle(const QString& title, const QSet<QString>& taken)
{
    QString key;
    for (const QChar c : title.toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            key += c;
        else if (!key.isEmpty() && !key.endsWith(QLatin1Char('_')))
            key += QLatin1Char('_');
    }
    while (key.endsWith(QLatin1Char('_')))
        key.chop(1);
    if (key.isEmpty() || !key.at(0).isLetter())
        key.prepend(QStringLiteral("step_"));
    key.truncate(56);
    QString unique = key;
    for (int n = 2; taken.contains(unique); ++n)
        unique = key + QStringLiteral("_%1").arg(n);
    return unique;
}

QUuid protocolRowId(const QUuid& family, int version)
{
    return derivedId(family, version, -1);
}

QUuid protocolStepId(const QUuid& family, int version, int position)
{
    return derivedId(family, version, position);
}

Result<QUuid> importProtocol(Store& store, const ProtocolFile& p, QList<int>* retiredVersions)
{
    const QString context = p.source.isEmpty() ? p.name : p.source;
    if (p.steps.empty())
        return makeError(Texts::tr("the protocol has no steps"), context);
    const QUuid family = p.family.isNull() ? makeUuidV7(store.wallClock()) : p.family;
    const QUuid id = protocolRowId(family, p.version);

    Result<Transaction> tx = store.begin();
    if (!tx)
        return tx.error();
    Result<QSqlQuery> existing = store.exec(
        QStringLiteral("SELECT deleted, name FROM protocol WHERE id = ? OR (family = ? AND version = ?)"),
        {id.toRfc4122(), family.toRfc4122(), p.version});
    if (!existing)
        return existing.error();
    if (existing->next()) {
        if (existing->value(0).toBool())
            return makeError(Texts::tr("version %1 of this protocol was deleted from this database; give "
                                "the file a higher version to import it again")
                                 .arg(p.version),
                             context);
        return makeError(Texts::tr("version %1 of this protocol is already in this database (\"%2\")")
                             .arg(p.version)
                             .arg(existing->value(1).toString()),
                         context);
    }
    existing->finish();

    // Never two versions of one protocol in force: the highest active version stays so.
    Result<std::vector<Row>> active = store.select(kProtocol, QStringLiteral("family = ? AND deleted = 0 AND status = 'active'"),
                                                   {family.toRfc4122()}, QStringLiteral("version"));
    if (!active)
        return active.error();
    int highestActive = 0;
    for (const Row& r : *active)
        highestActive = std::max(highestActive, int(r.value(QStringLiteral("version")).toLongLong()));
    const bool inForce = p.version > highestActive;

    QVariantMap values{{QStringLiteral("family"), family},
                       {QStringLiteral("name"), p.name},
                       {QStringLiteral("version"), qint64(p.version)},
                       {QStringLiteral("status"), inForce ? QStringLiteral("active") : QStringLiteral("retired")},
                       // One version of a protocol is one record in every office, from none of them.
                       {QStringLiteral("origin"), QVariant()}};
    if (!inForce)
        values.insert(QStringLiteral("retired_reason"), Texts::tr("version %1 is in force").arg(highestActive));
    if (!p.jurisdiction.isEmpty())
        values.insert(QStringLiteral("jurisdiction"), p.jurisdiction);
    if (p.nextReview.isValid())
        values.insert(QStringLiteral("next_review_at"), QDateTime(p.nextReview, QTime(0, 0), Qt::UTC));
    if (!p.reviewedBy.isEmpty())
        values.insert(QStringLiteral("reviewed_by"), p.reviewedBy);
    if (!p.changeNotes.isEmpty())
        values.insert(QStringLiteral("change_notes"), p.changeNotes);
    if (Result<QUuid> r = store.insert(kProtocol, values, id); !r)
        return makeError(r.error().message, context);

    for (size_t i = 0; i < p.steps.size(); ++i) {
        const ProtocolStepSpec& s = p.steps[i];
        QVariantMap step{{QStringLiteral("protocol"), id},
                         {QStringLiteral("position"), qint64(i)},
                         {QStringLiteral("title"), s.title},
                         {QStringLiteral("owner_role"), s.ownerRole},
                         {QStringLiteral("due_anchor"), s.dueAnchor},
                         {QStringLiteral("due_offset_minutes"), qint64(s.dueOffsetMinutes)},
                         {QStringLiteral("mandatory"), s.mandatory},
                         {QStringLiteral("applies_to"), s.appliesTo},
                         {QStringLiteral("origin"), QVariant()}};
        if (!s.guidance.isEmpty())
            step.insert(QStringLiteral("guidance"), s.guidance);
        if (!s.key.isEmpty())
            step.insert(QStringLiteral("key"), s.key);
        if (Result<QUuid> r = store.insert(kStep, step, protocolStepId(family, p.version, int(i))); !r)
            return makeError(Texts::tr("step %1 (\"%2\"): %3").arg(i + 1).arg(s.title, r.error().message), context);
    }
    if (inForce) {
        for (const Row& r : *active) {
            const QVariantMap retire{{QStringLiteral("status"), QStringLiteral("retired")},
                                     {QStringLiteral("retired_reason"), Texts::tr("replaced by version %1").arg(p.version)}};
            if (Result<void> u = store.update(kProtocol, r.id, retire); !u)
                return makeError(u.error().message, context);
            if (retiredVersions)
                retiredVersions->append(int(r.value(QStringLiteral("version")).toLongLong()));
        }
    }
    if (Result<void> r = tx->commit(); !r)
        return r.error();
    return id;
}

QStringList defaultProtocolResources()
{
    return {QStringLiteral(":/protocols/general.json"), QStringLiteral(":/protocols/minors.json"),
            QStringLiteral(":/protocols/foreign_nationals.json")};
}

Result<std::vector<ProtocolFile>> defaultProtocols()
{
    std::vector<ProtocolFile> out;
    for (const QString& path : defaultProtocolResources()) {
        Result<ProtocolFile> p = readProtocolFile(path);
        if (!p)
            return p.error();
        out.push_back(std::move(*p));
    }
    return out;
}

Result<QStringList> installDefaultProtocols(Store& store)
{
    Result<std::vector<ProtocolFile>> defaults = defaultProtocols();
    if (!defaults)
        return defaults.error();
    Result<Transaction> tx = store.begin();
    if (!tx)
        return tx.error();
    QStringList installed;
    for (const ProtocolFile& p : *defaults) {
        // A tombstone keeps only its id, so a deleted default is recognised by its derived id.
        Result<QSqlQuery> q = store.exec(
            QStringLiteral("SELECT 1 FROM protocol WHERE id = ? OR (deleted = 0 AND (family = ? OR name = ?))"),
            {protocolRowId(p.family, p.version).toRfc4122(), p.family.toRfc4122(), p.name});
        if (!q)
            return q.error();
        if (q->next())
            continue;
        q->finish();
        if (Result<QUuid> r = importProtocol(store, p); !r)
            return r.error();
        installed << p.name;
    }
    if (Result<void> r = tx->commit(); !r)
        return r.error();
    return installed;
}

Result<std::vector<Row>> activeProtocols(const Store& store)
{
    return store.select(kProtocol,
                        QStringLiteral("deleted = 0 AND status = 'active' AND NOT EXISTS ("
                                       "SELECT 1 FROM protocol newer WHERE newer.family = protocol.family "
                                       "AND newer.deleted = 0 AND newer.status = 'active' "
                                       "AND newer.version > protocol.version)"),
                        {}, QStringLiteral("name, version"));
}

Result<std::vector<Row>> protocolSteps(const Store& store, const QUuid& protocolId)
{
    return store.select(kStep, QStringLiteral("protocol = ? AND deleted = 0"), {protocolId.toRfc4122()},
                        QStringLiteral("position"));
}

Result<ProtocolFile> protocolFromStore(const Store& store, const QUuid& protocolId)
{
    Result<Row> row = store.get(kProtocol, protocolId);
    if (!row)
        return row.error();
    if (row->deleted)
        return makeError(Texts::tr("this protocol was deleted"), kProtocol + QLatin1Char(' ') + protocolId.toString(QUuid::WithoutBraces));
    Result<std::vector<Row>> steps = protocolSteps(store, protocolId);
    if (!steps)
        return steps.error();

    ProtocolFile p;
    p.family = row->value(QStringLiteral("family")).toUuid();
    p.name = row->text(QStringLiteral("name"));
    p.jurisdiction = row->text(QStringLiteral("jurisdiction"));
    p.version = int(row->value(QStringLiteral("version")).toLongLong());
    const QDateTime review = row->value(QStringLiteral("next_review_at")).toDateTime();
    if (review.isValid())
        p.nextReview = review.toUTC().date();
    p.reviewedBy = row->text(QStringLiteral("reviewed_by"));
    p.changeNotes = row->text(QStringLiteral("change_notes"));
    QSet<QString> keys;
    for (const Row& r : *steps) {
        ProtocolStepSpec s;
        s.title = r.text(QStringLiteral("title"));
        // The key the step was written with, unless a row from before keys were kept has none (or
        // a merge of concurrent edits left two steps with one key).
        const QString stored = r.text(QStringLiteral("key"));
        s.key = !stored.isEmpty() && !keys.contains(stored) ? stored : stepKeyFromTitle(s.title, keys);
        keys.insert(s.key);
        s.guidance = r.text(QStringLiteral("guidance"));
        s.ownerRole = r.text(QStringLiteral("owner_role"));
        s.dueAnchor = r.text(QStringLiteral("due_anchor"));
        s.dueOffsetMinutes = s.dueAnchor == QLatin1String("first_interview")
                                 ? 0
                                 : int(r.value(QStringLiteral("due_offset_minutes")).toLongLong());
        s.mandatory = r.value(QStringLiteral("mandatory")).toBool();
        s.appliesTo = r.text(QStringLiteral("applies_to"));
        p.steps.push_back(std::move(s));
    }
    return p;
}

} // namespace tandem
