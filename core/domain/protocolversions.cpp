// Protocol versions: how a version is used, saving a change (in place or as a new version) and
// retiring. The rules are stated in protocols.h.

#include "protocols.h"

#include "store/store.h"
#include "store/value.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace tandem {
namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(tandem::Protocols)
};

const QString kProtocol = QStringLiteral("protocol");
const QString kStep = QStringLiteral("protocol_step");

QString recordContext(const QUuid& id)
{
    return kProtocol + QLatin1Char(' ') + value::idText(id);
}

// The families of the protocols shipped with Tandem (every office has the same rows of them).
const QSet<QUuid>& defaultFamilies()
{
    static const QSet<QUuid> families = [] {
        QSet<QUuid> out;
        if (Result<std::vector<ProtocolFile>> defaults = defaultProtocols()) {
            for (const ProtocolFile& p : *defaults)
                out.insert(p.family);
        }
        return out;
    }();
    return families;
}

QVariantMap stepValues(const QUuid& protocol, int position, const ProtocolStepSpec& s)
{
    return {{QStringLiteral("protocol"), protocol},
            {QStringLiteral("position"), qint64(position)},
            {QStringLiteral("title"), s.title},
            {QStringLiteral("guidance"), s.guidance.isEmpty() ? QVariant() : QVariant(s.guidance)},
            {QStringLiteral("owner_role"), s.ownerRole},
            {QStringLiteral("due_anchor"), s.dueAnchor},
            {QStringLiteral("due_offset_minutes"), qint64(s.dueOffsetMinutes)},
            {QStringLiteral("mandatory"), s.mandatory},
            {QStringLiteral("applies_to"), s.appliesTo},
            {QStringLiteral("key"), s.key}};
}

QVariant orNull(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

// Keys for steps that have none, then the same checks a protocol file gets (by writing the
// protocol as a file and reading it back, so the GUI and an imported file obey one set of rules).
Result<ProtocolFile> checked(ProtocolFile edited, const QString& context)
{
    QSet<QString> keys;
    for (const ProtocolStepSpec& s : edited.steps) {
        if (!s.key.isEmpty())
            keys.insert(s.key);
    }
    for (ProtocolStepSpec& s : edited.steps) {
        if (s.key.isEmpty()) {
            s.key = stepKeyFromTitle(s.title, keys);
            keys.insert(s.key);
        }
        if (s.dueAnchor == QLatin1String("first_interview"))
            s.dueOffsetMinutes = 0;
        if (s.dueOffsetMinutes < 0)
            return makeError(Texts::tr("step \"%1\": the due offset is negative; a step is due after the "
                                "rescue (T0), not before it")
                                 .arg(s.title),
                             context);
    }
    edited.family = QUuid();
    edited.version = 1;
    Result<ProtocolFile> parsed = parseProtocolFile(writeProtocolFile(edited), context);
    if (!parsed)
        return parsed.error();
    parsed->source = context;
    return parsed;
}

Result<void> saveInPlace(Store& store, const Row& row, const ProtocolFile& p)
{
    const QString context = recordContext(row.id);
    QVariantMap values{{QStringLiteral("name"), p.name},
                       {QStringLiteral("jurisdiction"), orNull(p.jurisdiction)},
                       {QStringLiteral("next_review_at"),
                        p.nextReview.isValid() ? QVariant(QDateTime(p.nextReview, QTime(0, 0), Qt::UTC)) : QVariant()},
                       {QStringLiteral("reviewed_by"), orNull(p.reviewedBy)},
                       {QStringLiteral("change_notes"), orNull(p.changeNotes)}};
    if (Result<void> r = store.update(kProtocol, row.id, values); !r)
        return r;

    // Step rows are kept by position: the i-th step of the edit is written over the i-th row.
    Result<std::vector<Row>> existing = protocolSteps(store, row.id);
    if (!existing)
        return existing.error();
    const QUuid family = row.value(QStringLiteral("family")).toUuid();
    const int version = int(row.value(QStringLiteral("version")).toLongLong());
    for (size_t i = 0; i < p.steps.size(); ++i) {
        const QVariantMap step = stepValues(row.id, int(i), p.steps[i]);
        const QString where = Texts::tr("step %1 (\"%2\"): ").arg(i + 1).arg(p.steps[i].title);
        if (i < existing->size()) {
            if (Result<void> r = store.update(kStep, (*existing)[i].id, step); !r)
                return makeError(where + r.error().message, context);
            continue;
        }
        const QUuid derived = protocolStepId(family, version, int(i));
        Result<Row> old = store.get(kStep, derived);
        Result<void> r;
        if (old && old->deleted)
            r = store.restore(kStep, derived, step);
        else if (Result<QUuid> id = store.insert(kStep, step, old ? QUuid() : derived); !id)
            r = id.error();
        if (!r)
            return makeError(where + r.error().message, context);
    }
    for (size_t i = p.steps.size(); i < existing->size(); ++i) {
        if (Result<void> r = store.remove(kStep, (*existing)[i].id); !r)
            return r;
    }
    return {};
}

// Retires the active versions of `family` other than `keep`, for `reason`; returns their ids.
Result<QList<QUuid>> retireOthers(Store& store, const QUuid& family, const QUuid& keep, const QString& reason)
{
    Result<std::vector<Row>> active =
        store.select(kProtocol, QStringLiteral("family = ? AND deleted = 0 AND status = 'active' AND id <> ?"),
                     {family.toRfc4122(), keep.toRfc4122()});
    if (!active)
        return active.error();
    QList<QUuid> retired;
    for (const Row& r : *active) {
        const QVariantMap retire{{QStringLiteral("status"), QStringLiteral("retired")},
                                 {QStringLiteral("retired_reason"), reason}};
        if (Result<void> u = store.update(kProtocol, r.id, retire); !u)
            return u.error();
        retired << r.id;
    }
    return retired;
}

} // namespace

Result<ProtocolUse> protocolUse(const Store& store, const QUuid& protocolId)
{
    Result<QSqlQuery> q = store.exec(
        QStringLiteral("SELECT s.code, count(*) FROM checklist_item i JOIN protocol_step p ON p.id = i.step "
                       "JOIN survivor s ON s.id = i.survivor "
                       "WHERE p.protocol = ? AND i.deleted = 0 AND s.deleted = 0 "
                       "GROUP BY i.survivor ORDER BY s.code, i.survivor"),
        {protocolId.toRfc4122()});
    if (!q)
        return q.error();
    ProtocolUse use;
    while (q->next()) {
        ++use.survivors;
        use.items += q->value(1).toInt();
        use.codes << q->value(0).toString();
    }
    return use;
}

Result<bool> changeMakesNewVersion(const Store& store, const QUuid& protocolId)
{
    Result<Row> row = store.get(kProtocol, protocolId);
    if (!row)
        return row.error();
    if (defaultFamilies().contains(row->value(QStringLiteral("family")).toUuid()))
        return true;
    Result<ProtocolUse> use = protocolUse(store, protocolId);
    if (!use)
        return use.error();
    return use->items > 0;
}

Result<SavedProtocol> saveProtocol(Store& store, const QUuid& protocolId, ProtocolFile edited)
{
    const QString name = edited.name.trimmed();
    const QString context = protocolId.isNull() ? (name.isEmpty() ? Texts::tr("new protocol") : name)
                                                : recordContext(protocolId);
    Result<ProtocolFile> p = checked(std::move(edited), context);
    if (!p)
        return p.error();

    if (protocolId.isNull()) {
        Result<QUuid> id = importProtocol(store, *p);
        if (!id)
            return id.error();
        return SavedProtocol{*id, 1, false, {}};
    }

    Result<Transaction> tx = store.begin();
    if (!tx)
        return tx.error();
    Result<Row> row = store.get(kProtocol, protocolId);
    if (!row)
        return row.error();
    if (row->deleted)
        return makeError(Texts::tr("this protocol was deleted"), context);
    const QUuid family = row->value(QStringLiteral("family")).toUuid();
    const int version = int(row->value(QStringLiteral("version")).toLongLong());

    // Nothing changed: nothing to write, and above all no new version.
    Result<ProtocolFile> current = protocolFromStore(store, protocolId);
    if (!current)
        return current.error();
    ProtocolFile same = *p;
    same.family = current->family;
    same.version = current->version;
    if (same.sameContent(*current))
        return SavedProtocol{protocolId, version, false, {}};

    Result<bool> makeNew = changeMakesNewVersion(store, protocolId);
    if (!makeNew)
        return makeNew.error();
    SavedProtocol saved{protocolId, version, false, {}};
    if (!*makeNew) {
        if (Result<void> r = saveInPlace(store, *row, *p); !r)
            return r.error();
    } else {
        // The next free version number; a deleted version keeps its derived id, so skip those.
        Result<QSqlQuery> q = store.exec(QStringLiteral("SELECT max(version) FROM protocol WHERE family = ?"),
                                         {family.toRfc4122()});
        if (!q)
            return q.error();
        int next = std::max(version, q->next() ? q->value(0).toInt() : 0) + 1;
        q->finish();
        while (true) {
            Result<Row> taken = store.get(kProtocol, protocolRowId(family, next));
            if (!taken)
                break;
            ++next;
        }
        p->family = family;
        p->version = next;
        const bool wasActive = row->text(QStringLiteral("status")) == QLatin1String("active");
        // The new version retires the family's active ones (importProtocol: one version in force).
        Result<QUuid> id = importProtocol(store, *p);
        if (!id)
            return id.error();
        saved = SavedProtocol{*id, next, true, wasActive ? protocolId : QUuid()};
    }
    if (Result<void> r = tx->commit(); !r)
        return r.error();
    return saved;
}

Result<void> setProtocolStatus(Store& store, const QUuid& protocolId, const QString& status, const QString& reason)
{
    const QString context = recordContext(protocolId);
    if (status != QLatin1String("active") && status != QLatin1String("retired"))
        return makeError(Texts::tr("unknown status \"%1\"; a protocol is active or retired").arg(status), context);
    Result<Transaction> tx = store.begin();
    if (!tx)
        return tx.error();
    Result<Row> row = store.get(kProtocol, protocolId);
    if (!row)
        return row.error();
    if (row->deleted)
        return makeError(Texts::tr("this protocol was deleted"), context);
    QVariantMap values{{QStringLiteral("status"), status}};
    if (status == QLatin1String("active")) {
        const QString instead = Texts::tr("version %1 was made active instead").arg(row->value(QStringLiteral("version")).toLongLong());
        Result<QList<QUuid>> retired = retireOthers(store, row->value(QStringLiteral("family")).toUuid(), protocolId, instead);
        if (!retired)
            return retired.error();
    } else if (!reason.trimmed().isEmpty()) {
        // Without one, the store's rule for protocol refuses the retirement and says so.
        values.insert(QStringLiteral("retired_reason"), reason.trimmed());
    }
    if (Result<void> r = store.update(kProtocol, protocolId, values); !r)
        return r;
    return tx->commit();
}

} // namespace tandem
