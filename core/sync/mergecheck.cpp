#include "mergecheck.h"

#include "partners.h"
#include "payload.h"
#include "store/attachmentstore.h"
#include "store/hlc.h"
#include "store/ownclock.h"
#include "store/readworkers.h"
#include "store/row.h"
#include "store/statement.h"
#include "store/store.h"
#include "store/storedvalue.h"
#include "store/value.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QtEndian>

#include <sqlite3.h>

#include <algorithm>
#include <limits>

namespace tandem::mergecheck {
namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(tandem::Exchange)
};

QString hexLiteral(const QByteArray& bytes)
{
    return QStringLiteral("x'%1'").arg(QString::fromLatin1(bytes.toHex()));
}

QString rowText(const QString& entity, const QVariant& id)
{
    const QByteArray bytes = id.toByteArray();
    return entity + QLatin1Char(' ')
           + (bytes.size() == 16 ? value::idText(QUuid::fromRfc4122(bytes)) : QString::fromLatin1(bytes.toHex()));
}

// The field a version column stands for: the first field of its group, or "deleted".
QString fieldOfVersion(const EntityDef& e, const QString& versionColumn)
{
    for (const FieldDef& f : e.fields) {
        if (f.versionColumn() == versionColumn)
            return f.name;
    }
    return QStringLiteral("deleted");
}

// A stretch of a payload table's rows (by rowid), checked as one task; the whole table when empty.
struct Rows {
    qint64 from = 0;
    qint64 to = -1;
    QString where(const QString& alias) const
    {
        return to < from ? QStringLiteral("true") : QStringLiteral("%1rowid BETWEEN %2 AND %3").arg(alias).arg(from).arg(to);
    }
};

// The first row (in rowid order, of `rows`) of the payload table for which one of `cases` ("WHEN
// condition THEN name", over the row as `i`) names something: its id and the name; nothing when
// there is none, or no case.
Result<std::optional<std::pair<QVariant, QString>>> firstNamed(const Store& store, const QString& table, const QStringList& cases,
                                                               const Rows& rows)
{
    if (cases.isEmpty())
        return std::optional<std::pair<QVariant, QString>>();
    Result<QSqlQuery> q = store.exec(
        QStringLiteral("SELECT id, bad FROM (SELECT i.id AS id, CASE %1 END AS bad FROM b.%2 i WHERE %3) WHERE bad IS NOT NULL LIMIT 1")
            .arg(cases.join(QLatin1Char(' ')), table, rows.where(QStringLiteral("i."))));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<std::pair<QVariant, QString>>();
    return std::optional<std::pair<QVariant, QString>>({q->value(0), q->value(1).toString()});
}

} // namespace

Result<Manifest> readManifest(Store& store, const QString& bundlePath)
{
    Result<QSqlQuery> q = store.exec(QStringLiteral("SELECT key, value FROM b.manifest"));
    if (!q)
        return makeError(Texts::tr("bundle payload has no readable manifest: %1").arg(q.error().message), bundlePath);
    QVariantMap m;
    while (q->next())
        m.insert(q->value(0).toString(), q->value(1));
    for (const char* key : {"format", "schema", "sender_site", "sender_seq", "since", "complete_for"}) {
        if (!m.contains(QString::fromLatin1(key)))
            return makeError(Texts::tr("bundle payload manifest lacks \"%1\"").arg(QString::fromLatin1(key)), bundlePath);
    }
    Manifest out;
    out.format = m.value(QStringLiteral("format")).toInt();
    out.schema = m.value(QStringLiteral("schema")).toInt();
    out.senderSite = m.value(QStringLiteral("sender_site")).toByteArray();
    out.senderOffice = m.contains(QStringLiteral("sender_office")) ? m.value(QStringLiteral("sender_office")).toByteArray()
                                                                   : out.senderSite;
    if (out.senderOffice.size() != 16)
        return makeError(Texts::tr("bundle payload manifest names no valid office for its sender"), bundlePath);
    out.seats = m.value(QStringLiteral("seats")).toString();
    out.partners = m.value(QStringLiteral("partners")).toString();
    out.senderName = m.value(QStringLiteral("sender_name")).toString();
    out.senderSeq = m.value(QStringLiteral("sender_seq")).toLongLong();
    out.since = m.value(QStringLiteral("since")).toLongLong();
    out.epoch = m.value(QStringLiteral("epoch")).toLongLong();
    out.auditSeq = m.value(QStringLiteral("audit_seq")).toLongLong();
    out.auditHash = m.value(QStringLiteral("audit_hash")).toByteArray();
    for (const QJsonValue& v : QJsonDocument::fromJson(m.value(QStringLiteral("complete_for")).toString().toUtf8()).array())
        out.completeFor << v.toString();
    return out;
}

namespace {

// The highest clock of the payload's version vector.
Result<std::uint64_t> vvClock(const Store& store)
{
    std::uint64_t highest = 0;
    Result<QSqlQuery> vv = store.exec(QStringLiteral("SELECT hlc FROM b.vv WHERE length(site) = 16 AND length(hlc) = 8"));
    if (!vv)
        return vv.error();
    while (vv->next())
        highest = std::max(highest, qFromBigEndian<std::uint64_t>(vv->value(0).toByteArray().constData()));
    return highest;
}

// The highest clock of the payload table `table` (with `columns`), after checking every row (of
// `rows`) has a well-formed id and versions.
Result<std::uint64_t> tableClock(const Store& store, const QString& table, const QStringList& columns, const Rows& rows,
                                 const QString& bundlePath)
{
    QStringList versions;
    QStringList malformed{QStringLiteral("length(id) <> 16"), QStringLiteral("deleted NOT IN (0, 1)")};
    for (const QString& c : columns) {
        if (c.endsWith(QLatin1String("_v"))) {
            versions << c;
            malformed << QStringLiteral("length(%1) IS NOT %2").arg(c).arg(kVersionSize);
        }
    }
    // Malformed rows and the latest version, in one pass over the table.
    Result<QSqlQuery> q = store.exec(QStringLiteral("SELECT coalesce(sum(%1), 0), max(%2) FROM b.%3 WHERE %4")
                                         .arg(malformed.join(QStringLiteral(" OR ")),
                                              versions.size() == 1 ? versions.first()
                                                                   : QStringLiteral("max(%1)").arg(versions.join(QStringLiteral(", "))),
                                              table, rows.where(QString())));
    if (!q || !q->next())
        return q ? makeError(Texts::tr("cannot check the payload")) : q.error();
    if (q->value(0).toLongLong() > 0)
        return makeError(Texts::tr("bundle payload is damaged: table \"%1\" has malformed rows").arg(table), bundlePath);
    return versionHlc(q->value(1).toByteArray());
}

// Every value of every row (of `rows`) of the payload table of `e` (with the columns `present`) is
// one a local write could have stored (stored::invalidSql, the rules of value::normalise), and
// live rows have their required fields. The first row at fault is the first in rowid order.
Result<void> rowValues(const Store& store, const EntityDef& e, const QStringList& present, const Rows& rows,
                       const QString& bundlePath)
{
    QStringList cases;
    for (const FieldDef& f : e.fields) {
        if (!present.contains(f.name))
            continue;
        const QString column = QStringLiteral("i.") + f.name;
        cases << QStringLiteral("WHEN %1 = 1 THEN '%2'").arg(stored::invalidSql(f, column), f.name);
        if (f.required)
            cases << QStringLiteral("WHEN i.deleted = 0 AND %1 IS NULL THEN '%2'").arg(column, f.name);
    }
    Result<std::optional<std::pair<QVariant, QString>>> bad = firstNamed(store, e.name, cases, rows);
    if (!bad)
        return bad.error();
    if (!*bad)
        return {};
    const auto& [id, fieldName] = **bad;
    const FieldDef& f = *e.field(fieldName);
    Result<QSqlQuery> q = store.exec(QStringLiteral("SELECT %1, typeof(%1) FROM b.%2 WHERE id = ?").arg(f.name, e.name), {id});
    if (!q || !q->next())
        return q ? makeError(Texts::tr("cannot check the payload"), bundlePath) : q.error();
    QString problem = stored::problem(f, q->value(0), q->value(1).toString());
    if (problem.isEmpty())
        problem = Texts::tr("a required field is empty");
    return makeError(Texts::tr("bundle refused: %1, field \"%2\": %3").arg(rowText(e.name, id), f.name, problem),
                     bundlePath);
}

// The entity's cross-field rules hold for the live rows (of `rows`) of the payload table of `e`
// whose fields were all last written by one office (see checkRows), in rowid order. Run after
// rowValues() passed.
Result<void> rowRules(const Store& store, const EntityDef& e, const QStringList& present, const Rows& rows,
                      const QString& bundlePath)
{
    if (!e.validate)
        return {};
    QStringList fields;
    std::vector<int> index; // the field of each selected column
    for (size_t i = 0; i < e.fields.size(); ++i) {
        if (present.contains(e.fields[i].name)) {
            fields << QStringLiteral("i.") + e.fields[i].name;
            index.push_back(int(i));
        }
    }
    QStringList versions;
    for (const QString& c : present) {
        if (c.endsWith(QLatin1String("_v")))
            versions << QStringLiteral("i.") + c;
    }
    if (fields.isEmpty() || versions.isEmpty())
        return {};
    // Through the C API: every live row of the table is read, and the versions are looked at
    // in place (through QSqlQuery, boxing each value was most of this check's time).
    const QVariant handle = store.database().driver()->handle();
    sqlite3* db = handle.isValid() ? *static_cast<sqlite3* const*>(handle.constData()) : nullptr;
    if (!db)
        return makeError(Texts::tr("cannot check the payload"), bundlePath);
    Statement q(db, QStringLiteral("SELECT i.id, %1, %2 FROM b.%3 i WHERE i.deleted = 0 AND %4")
                        .arg(fields.join(QStringLiteral(", ")), versions.join(QStringLiteral(", ")), e.name,
                             rows.where(QStringLiteral("i."))));
    if (!q.isValid())
        return makeError(q.prepareError(), bundlePath);
    const int firstVersion = 1 + int(fields.size());
    for (;;) {
        Result<bool> more = q.step();
        if (!more)
            return makeError(more.error().message, bundlePath);
        if (!*more)
            break;
        // One office behind every written field (a zero version is a field never written).
        QByteArrayView site;
        bool oneOffice = true;
        for (int j = 0; j < versions.size() && oneOffice; ++j) {
            const QByteArrayView v = q.bytes(firstVersion + j);
            if (std::all_of(v.begin(), v.end(), [](char c) { return c == '\0'; }))
                continue;
            const QByteArrayView by = v.size() > 8 ? v.sliced(8) : QByteArrayView();
            oneOffice = site.isEmpty() || site == by;
            site = by;
        }
        if (!oneOffice)
            continue;
        Row row(&e);
        for (size_t k = 0; k < index.size(); ++k)
            row.values[size_t(index[k])] = value::fromSql(e.fields[size_t(index[k])], q.column(1 + int(k)));
        const QString problem = e.validate(row);
        if (!problem.isEmpty())
            return makeError(Texts::tr("bundle refused: %1: %2").arg(rowText(e.name, q.column(0)), problem), bundlePath);
    }
    return {};
}

// The sender cannot have seen changes of ours that we never made.
Result<void> seenOfOurs(const Store& store, const Own& own, const QString& bundlePath)
{
    Result<QSqlQuery> vv = store.exec(QStringLiteral("SELECT hlc FROM b.vv WHERE site = ? AND length(hlc) = 8"), {own.site});
    if (!vv)
        return vv.error();
    if (!vv->next())
        return {};
    const std::uint64_t hlc = qFromBigEndian<std::uint64_t>(vv->value(0).toByteArray().constData());
    bool inLost = false;
    for (const ClockRange& r : own.lost)
        inLost = inLost || (hlc > r.after && hlc <= r.upTo);
    if (hlc > own.clock && !inLost)
        return makeError(Texts::tr("bundle refused: it claims to have seen changes of this office dated %1, "
                                   "later than any change this office made")
                             .arg(value::isoTime(QDateTime::fromMSecsSinceEpoch(Hlc::millis(hlc), Qt::UTC))),
                         bundlePath);
    return {};
}

// Nothing in the rows (of `rows`) of the payload table of `e` changes this office's own record
// but this office, nor claims a version of this office's that it never made (see RowChecks).
Result<void> ownedRows(const Store& store, const EntityDef& e, const QStringList& columns, const Own& own, const Rows& rows,
                       const QString& bundlePath)
{
    const QString ours = hexLiteral(own.site);
    const QString office = hexLiteral(own.office);
    QStringList machines;
    for (const QByteArray& site : own.machines)
        machines << hexLiteral(site);
    QStringList versions;
    for (const QString& c : columns) {
        if (c.endsWith(QLatin1String("_v")))
            versions << c;
    }
    QStringList cases;
    // Our own record: no version newer than ours from anyone else.
    if (e.name == QLatin1String("office")) {
        for (const QString& v : versions)
            cases << QStringLiteral("WHEN i.id = %1 AND substr(i.%2, 9) NOT IN (%3) AND EXISTS (SELECT 1 FROM main.office l "
                                    "WHERE l.id = i.id AND i.%2 > l.%2) THEN 'record:%2'")
                         .arg(office, v, machines.join(QStringLiteral(", ")));
    }
    // A recall in this office's name comes from one of its machines.
    if (e.name == QLatin1String("recall") && columns.contains(QStringLiteral("issued_by")))
        cases << QStringLiteral("WHEN i.issued_by = %1 AND substr(i.survivor_v, 9) NOT IN (%2) THEN 'issued:survivor_v'")
                     .arg(office, machines.join(QStringLiteral(", ")));
    // Versions of ours: only those we hold already, those of our withdrawals (a partner relays
    // them back), or lost on purpose.
    for (const QString& v : versions)
        cases << QStringLiteral("WHEN substr(i.%1, 9) = %2 AND NOT %3 AND NOT EXISTS (SELECT 1 FROM main.%4 l "
                                "WHERE l.id = i.id AND l.%1 >= i.%1) AND NOT EXISTS (SELECT 1 FROM main.withdrawal w "
                                "WHERE w.entity = '%4' AND w.id = i.id AND w.version >= i.%1) THEN 'version:%1'")
                     .arg(v, ours, inLostClockSql(own.lost, QStringLiteral("i.") + v), e.name);
    Result<std::optional<std::pair<QVariant, QString>>> bad = firstNamed(store, e.name, cases, rows);
    if (!bad)
        return bad.error();
    if (!*bad)
        return {};
    const auto& [id, what] = **bad;
    const QString field = fieldOfVersion(e, what.section(QLatin1Char(':'), 1));
    if (what.startsWith(QLatin1String("issued:")))
        return makeError(Texts::tr("bundle refused: %1 says this office issued it, and no machine of this office did")
                             .arg(rowText(e.name, id)),
                         bundlePath);
    if (what.startsWith(QLatin1String("record:")))
        return makeError(Texts::tr("bundle refused: it would change this office's own record (field \"%1\"), "
                                   "which only this office writes")
                             .arg(field),
                         bundlePath);
    return makeError(Texts::tr("bundle refused: %1, field \"%2\" carries a change in this office's name that this "
                               "office never made")
                         .arg(rowText(e.name, id), field),
                     bundlePath);
}

} // namespace

Result<RowChecks> checkRows(const Store& store, const QHash<QString, QStringList>& columns, const Own* own,
                            QByteArrayView payloadBytes, const QString& bundlePath, qint64 parallelFrom)
{
    Result<std::uint64_t> vv = vvClock(store);
    if (!vv)
        return vv.error();
    const Result<void> seen = own ? seenOfOurs(store, *own, bundlePath) : Result<void>();
    // What each check found in a stretch of a table, to be reported in the checks' order.
    struct Part {
        Rows rows;
        qint64 count = 0;
        std::optional<Result<std::uint64_t>> clock;
        std::optional<Result<void>> values;
        std::optional<Result<void>> rules;
        std::optional<Result<void>> owned;
    };
    struct Table {
        const EntityDef* e = nullptr;
        QStringList columns;
        std::vector<Part> parts; // in rowid order
    };
    // A large table in stretches of rowids, so that two connections share it (a table made by
    // the exporter has rowids 1 to n; one without rowids is checked whole).
    constexpr qint64 kParts = 8;
    constexpr qint64 kLeastPart = 20000;
    std::vector<Table> tables;
    qint64 total = 0;
    for (const EntityDef& e : Registry::instance().entities()) {
        if (!columns.contains(e.name))
            continue;
        Table t{&e, columns.value(e.name), {}};
        Result<QSqlQuery> n = store.exec(QStringLiteral("SELECT count(*) FROM b.%1").arg(e.name));
        if (!n || !n->next())
            return n ? makeError(Texts::tr("cannot read the payload"), bundlePath) : n.error();
        const qint64 count = n->value(0).toLongLong();
        n->finish();
        total += count;
        if (count >= 2 * kLeastPart) {
            // Only over the dense rowids an export makes; a table without rowids, or whose rowids
            // are anything else (a crafted payload), is checked whole.
            Result<QSqlQuery> span = store.exec(QStringLiteral("SELECT min(rowid), max(rowid) FROM b.%1").arg(e.name));
            if (span && span->next()) {
                const qint64 first = span->value(0).toLongLong();
                const qint64 last = span->value(1).toLongLong();
                if (first >= 0 && last >= first && last <= std::numeric_limits<qint64>::max() / 2 && last - first < 4 * count) {
                    const qint64 parts = std::clamp<qint64>(count / kLeastPart, 1, kParts);
                    const qint64 width = (last - first) / parts + 1;
                    for (qint64 from = first; from <= last; from += width)
                        t.parts.push_back({Rows{from, std::min(last, from + width - 1)}, count / parts, {}, {}, {}, {}});
                }
            }
        }
        if (t.parts.empty())
            t.parts.push_back({Rows{}, count, {}, {}, {}, {}});
        tables.push_back(std::move(t));
    }

    // The largest parts first, so that two connections end at about the same time. Each task
    // fills only its own part's results; none fails, so that every check has its say.
    std::vector<std::pair<Table*, Part*>> order;
    for (Table& t : tables) {
        for (Part& p : t.parts)
            order.emplace_back(&t, &p);
    }
    std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.second->count > b.second->count; });
    std::vector<ReadWorkers::Task> tasks;
    for (const auto& [t, p] : order) {
        tasks.push_back([t = t, p = p, &bundlePath](const Store& s, const std::atomic<bool>&) -> Result<void> {
            p->values = rowValues(s, *t->e, t->columns, p->rows, bundlePath);
            if (*p->values)
                p->rules = rowRules(s, *t->e, t->columns, p->rows, bundlePath);
            return {};
        });
        tasks.push_back([t = t, p = p, &bundlePath](const Store& s, const std::atomic<bool>&) -> Result<void> {
            p->clock = tableClock(s, t->e->name, t->columns, p->rows, bundlePath);
            return {};
        });
        if (own)
            tasks.push_back([t = t, p = p, own, &bundlePath](const Store& s, const std::atomic<bool>&) -> Result<void> {
                p->owned = ownedRows(s, *t->e, t->columns, *own, p->rows, bundlePath);
                return {};
            });
    }
    {
        // The second connection reads the same payload bytes, read-only, where they are: nothing
        // writes to them before the workers are gone (end of this block).
        ReadWorkers workers(store, parallelFrom > 0 && total >= parallelFrom,
                            [payloadBytes](Store& second) { return payload::attachReadOnly(second, QStringLiteral("b"), payloadBytes); });
        if (Result<void> r = workers.run(std::move(tasks)); !r)
            return r.error();
    }

    RowChecks out;
    out.clock = *vv;
    for (const Table& t : tables) {
        for (const Part& p : t.parts) {
            if (!out.damaged && !*p.clock)
                out.damaged = p.clock->error();
            else if (*p.clock)
                out.clock = std::max(out.clock, **p.clock);
        }
    }
    for (const Table& t : tables) {
        for (const Part& p : t.parts) {
            if (!*p.values) {
                out.refused = p.values->error();
                return out;
            }
        }
    }
    for (const Table& t : tables) {
        for (const Part& p : t.parts) {
            if (p.rules && !*p.rules) {
                out.refused = p.rules->error();
                return out;
            }
        }
    }
    if (!seen) {
        out.notOurs = seen.error();
        return out;
    }
    for (const Table& t : tables) {
        for (const Part& p : t.parts) {
            if (p.owned && !*p.owned) {
                out.notOurs = p.owned->error();
                return out;
            }
        }
    }
    return out;
}

Result<Own> ownOf(const Store& store, const QList<QByteArray>& ourSites)
{
    Own own;
    own.site = store.siteId();
    own.office = store.officeSite();
    own.clock = store.clock();
    own.machines = ourSites.isEmpty() ? QList<QByteArray>{own.site} : ourSites;
    Result<std::vector<ClockRange>> lost = lostOwnClock(store);
    if (!lost)
        return lost.error();
    own.lost = std::move(*lost);
    return own;
}

Result<qint64> acknowledgement(Store& store, const Partner& sender, const QString& bundlePath)
{
    Result<QSqlQuery> ack = store.exec(QStringLiteral("SELECT seq FROM b.acks WHERE site = ?"), {store.siteId()});
    if (!ack)
        return ack.error();
    if (!ack->next())
        return qint64(0);
    const QVariant raw = ack->value(0);
    bool ok = false;
    const qint64 seq = raw.toLongLong(&ok);
    if (!ok || seq < 0)
        return makeError(Texts::tr("bundle refused: its acknowledgement of this office's changes is not a number"), bundlePath);
    if (seq > sender.sentSeq)
        return makeError(Texts::tr("bundle refused: %1 acknowledges this office's changes up to number %2, but only "
                                   "changes up to number %3 were ever sent to it")
                             .arg(sender.name)
                             .arg(seq)
                             .arg(sender.sentSeq),
                         bundlePath);
    return seq;
}

Result<void> attachmentChunks(Store& store, const QHash<QString, QStringList>& columns, int schemaVersion,
                              const QString& bundlePath)
{
    if (schemaVersion < payload::kChunksSince)
        return {};
    Result<QSqlQuery> bad = store.exec(
        QStringLiteral("SELECT name FROM b.%1 WHERE typeof(name) <> 'text' OR length(name) <> 64 OR name GLOB '*[^0-9a-f]*' "
                       "OR identifying NOT IN (0, 1) OR typeof(size) <> 'integer' OR size < 1 OR size > %2 LIMIT 1")
            .arg(payload::kChunkTable)
            .arg(attachments::kChunkSize));
    if (!bad)
        return bad.error();
    if (bad->next())
        return makeError(Texts::tr("bundle carries a part of an attached file that is malformed (\"%1\")")
                             .arg(bad->value(0).toString().left(70)),
                         bundlePath);
    bad->finish();
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        const QString kind = attachments::ownerKindOf(it.key());
        if (kind.isEmpty())
            continue;
        // The first chunk a live row names that neither the payload nor this file has (of the
        // row's kind: a survivor's file is sealed to another key).
        const int identifying = attachments::identifying(kind) ? 1 : 0;
        Result<QSqlQuery> missing = store.exec(
            QStringLiteral("SELECT a.id, j.value FROM b.%1 a, json_each(CASE WHEN json_valid(a.chunks) THEN a.chunks ELSE '[]' END) j "
                           "WHERE a.deleted = 0 AND NOT EXISTS (SELECT 1 FROM b.%2 c WHERE c.name = j.value AND c.identifying = %3) "
                           "AND NOT EXISTS (SELECT 1 FROM main.attachment_chunk m WHERE m.name = j.value AND m.identifying = %3) LIMIT 1")
                .arg(it.key(), payload::kChunkTable)
                .arg(identifying));
        if (!missing)
            return missing.error();
        if (missing->next())
            return makeError(Texts::tr("%1 %2: a part of its file is neither in the bundle nor in this file (chunk %3); "
                                       "nothing was merged")
                                 .arg(it.key(), value::idText(QUuid::fromRfc4122(missing->value(0).toByteArray())),
                                      missing->value(1).toString().left(12)),
                             bundlePath);
    }
    return {};
}

} // namespace tandem::mergecheck
