// The dashboard's queries. The operations, the survivors and the assignments in scope are each
// read once and counted here, every figure of their rows at once, as are the tips' indicators (a
// JSON list each); feedback and tips by place are SQL aggregates; the three figures of checklist
// steps come from their own pass (dashboardsteps.cpp).

#include "dashboardsql.h"
#include "document.h"

#include "store/registry.h"
#include "store/statement.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <limits>

namespace tandem::report::dashboard {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

const FieldDef& fieldOf(const char* entity, const char* field)
{
    return *Registry::instance().entity(QLatin1String(entity))->field(QLatin1String(field));
}

void tokens(const FieldDef& f, QStringList& keys, QStringList& labels)
{
    for (const EnumValue& v : f.values) {
        keys << QString::fromLatin1(v.token);
        labels << f.valueLabel(QString::fromLatin1(v.token));
    }
}

// Calls `token` with each element of `text` when it is a JSON list of tokens as Tandem writes them
// (["isolation","excessive_hours"]: lower-case letters, digits and "_", no spaces) and returns
// true; false, having called nothing, for any other text.
template <typename Token>
bool tokenList(QByteArrayView text, const Token& token)
{
    if (text.size() < 2 || text.front() != '[' || text.back() != ']')
        return false;
    const auto isTokenChar = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; };
    std::vector<QByteArrayView> found;
    qsizetype at = 1;
    const qsizetype end = text.size() - 1;
    while (at < end) {
        if (text[at] != '"')
            return false;
        const qsizetype from = ++at;
        while (at < end && isTokenChar(text[at]))
            ++at;
        if (at >= end || text[at] != '"')
            return false;
        found.push_back(text.sliced(from, at - from));
        ++at;
        if (at < end && (text[at] != ',' || ++at >= end))
            return false;
    }
    for (QByteArrayView t : found)
        token(t);
    return true;
}

// A column's bytes as a key to look up, without a copy (valid while the row is).
QByteArray rawKey(QByteArrayView bytes)
{
    return QByteArray::fromRawData(bytes.data(), bytes.size());
}

} // namespace

int Scope::monthRow(qint64 seconds) const
{
    if (months.isEmpty())
        return -1;
    const QDate day = QDate(1970, 1, 1).addDays(seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400));
    const QDate first = QDate::fromString(months.first() + QStringLiteral("-01"), Qt::ISODate);
    const int row = (day.year() - first.year()) * 12 + (day.month() - first.month());
    return row >= 0 && row < int(months.size()) ? row : -1;
}

Result<OperationFigures> operationFigures(const Store& store, const Scope& scope)
{
    OperationFigures out;
    const auto make = [&scope](const char* field, const QString& key, const QString& title, bool withUnset) {
        QStringList keys, labels;
        tokens(fieldOf("operation", field), keys, labels);
        if (withUnset) {
            keys << QString();
            labels << Report::tr("Not set");
        }
        return emptyFigure(key, title, Report::tr("Month"), scope.months, monthLabels(scope), keys, labels);
    };
    out.byStatus = make("status", QStringLiteral("operations_by_status"), Report::tr("Operations per month by status"), false);
    out.byType = make("trafficking_type", QStringLiteral("operations_by_type"),
                      Report::tr("Operations per month by trafficking type"), true);
    const Condition c = scope.operations(QStringLiteral("o"));
    QHash<QByteArray, int> statusColumn, typeColumn;
    for (int i = 0; i < out.byStatus.columnCount(); ++i)
        statusColumn.insert(out.byStatus.columnKeys[i].toUtf8(), i);
    for (int i = 0; i < out.byType.columnCount(); ++i)
        typeColumn.insert(out.byType.columnKeys[i].toUtf8(), i);
    Result<void> read = eachRow(
        store,
        QStringLiteral("SELECT o.id, o.starts_at, COALESCE(o.status, ''), COALESCE(o.trafficking_type, '') FROM operation o WHERE ")
            + c.sql,
        c.binds, [&](const Statement& row) {
            out.ids.insert(row.bytes(0).toByteArray(), int(out.ids.size()));
            const int month = scope.monthRow(row.integer(1));
            if (month < 0)
                return;
            const int status = statusColumn.value(row.bytes(2).toByteArray(), -1);
            if (status >= 0)
                out.byStatus.values[size_t(month)][size_t(status)] += 1;
            const int type = typeColumn.value(row.bytes(3).toByteArray(), -1);
            if (type >= 0)
                out.byType.values[size_t(month)][size_t(type)] += 1;
        });
    if (!read)
        return read.error();
    return out;
}

Result<Survivors> survivorsInScope(const Store& store, const Scope& scope)
{
    Survivors out;
    out.perMonth = emptyFigure(QStringLiteral("survivors_per_month"), Report::tr("Survivors assisted per month"),
                               Report::tr("Month"), scope.months, monthLabels(scope),
                               {QStringLiteral("adults"), QStringLiteral("minors")},
                               {Report::tr("Adults"), Report::tr("Minors")});
    const Condition c = scope.survivors(QStringLiteral("s"), QStringLiteral("o"));
    struct Read {
        QByteArray id;
        SurvivorInScope survivor;
    };
    std::vector<Read> read;
    QHash<QByteArray, int> operationNumber{{QByteArray(), 0}};
    out.operations.push_back(QByteArray());
    Result<void> rows = eachRow(
        store,
        QStringLiteral("SELECT s.id, s.recovered_at, s.operation, s.minor FROM survivor s LEFT JOIN operation o ON o.id = s.operation "
                       "WHERE ")
            + c.sql,
        c.binds, [&](const Statement& row) {
            const qint64 recoveredAt = row.integer(1);
            const QByteArrayView operation = row.bytes(2);
            auto number = operationNumber.constFind(rawKey(operation));
            if (number == operationNumber.cend()) {
                number = operationNumber.insert(operation.toByteArray(), int(out.operations.size()));
                out.operations.push_back(operation.toByteArray());
            }
            read.push_back({row.bytes(0).toByteArray(), {recoveredAt, *number}});
            const int month = scope.monthRow(recoveredAt);
            if (month >= 0)
                out.perMonth.values[size_t(month)][row.integer(3) == 1 ? 1 : 0] += 1;
        });
    if (!rows)
        return rows.error();
    std::sort(read.begin(), read.end(), [](const Read& a, const Read& b) { return a.id < b.id; });
    out.ids.reserve(read.size());
    out.inScope.reserve(read.size());
    for (Read& r : read) {
        out.ids.push_back(std::move(r.id));
        out.inScope.push_back(r.survivor);
    }
    return out;
}

sqlite3* connectionOf(const Store& store)
{
    const QVariant handle = store.database().driver()->handle();
    return handle.isValid() ? *static_cast<sqlite3* const*>(handle.constData()) : nullptr;
}

Result<void> eachRow(const Store& store, const QString& sql, const QVariantList& binds,
                     const std::function<void(const Statement&)>& row)
{
    sqlite3* db = connectionOf(store);
    if (!db)
        return makeError(Report::tr("the dashboard cannot read the file"));
    Statement q(db, sql);
    if (!q.isValid())
        return makeError(q.prepareError());
    for (int i = 0; i < int(binds.size()); ++i)
        q.bind(i + 1, binds[i]);
    for (;;) {
        Result<bool> next = q.step();
        if (!next)
            return next.error();
        if (!*next)
            return {};
        row(q);
    }
}

Result<QHash<QByteArray, QString>> agencyNames(const Store& store)
{
    Result<QSqlQuery> q = store.exec(QStringLiteral("SELECT id, name FROM agency WHERE name IS NOT NULL"));
    if (!q)
        return q.error();
    QHash<QByteArray, QString> names;
    while (q->next())
        names.insert(q->value(0).toByteArray(), q->value(1).toString());
    return names;
}

bool agencyBefore(const QByteArray& a, const QByteArray& b, const QHash<QByteArray, QString>& names)
{
    const auto na = names.constFind(a);
    const auto nb = names.constFind(b);
    const bool hasA = na != names.cend();
    const bool hasB = nb != names.cend();
    if (hasA != hasB)
        return !hasA;
    if (hasA && *na != *nb)
        return na->toUtf8() < nb->toUtf8();
    return a < b;
}

Result<Assignments> assignments(const Store& store, const QHash<QByteArray, int>& operations,
                                const QHash<QByteArray, QString>& names)
{
    // Every live assignment, once: the participation of the operations in scope, and each
    // operation's oldest victim-services assignment (ids are UUIDv7: the lowest is the oldest).
    struct Totals {
        qint64 operations = 0;
        qint64 assignments = 0;
        qint64 acknowledged = 0;
        qint64 people = 0;
    };
    QHash<QByteArray, int> agencyNumber;
    std::vector<QByteArray> agencyIds;
    std::vector<Totals> totals;
    std::vector<quint64> agencyInOperation; // agency number << 32 | operation number
    QHash<QByteArray, std::pair<QByteArray, QByteArray>> oldest; // operation -> (assignment id, agency)
    Result<void> read = eachRow(
        store, QStringLiteral("SELECT operation, agency, role = 'victim_services', acknowledged, headcount, id FROM assignment "
                              "WHERE deleted = 0"),
        {}, [&](const Statement& row) {
            const QByteArrayView operation = row.bytes(0);
            const QByteArrayView agency = row.bytes(1);
            if (row.integer(2) == 1) {
                const QByteArrayView id = row.bytes(5);
                auto it = oldest.find(rawKey(operation));
                if (it == oldest.end())
                    oldest.insert(operation.toByteArray(), {id.toByteArray(), agency.toByteArray()});
                else if (id < QByteArrayView(it->first))
                    *it = {id.toByteArray(), agency.toByteArray()};
            }
            const auto inScope = operations.constFind(rawKey(operation));
            if (inScope == operations.cend())
                return;
            auto number = agencyNumber.constFind(rawKey(agency));
            if (number == agencyNumber.cend()) {
                number = agencyNumber.insert(agency.toByteArray(), int(agencyIds.size()));
                agencyIds.push_back(agency.toByteArray());
                totals.emplace_back();
            }
            Totals& t = totals[size_t(*number)];
            t.assignments += 1;
            t.acknowledged += row.integer(3);
            t.people += row.integer(4);
            agencyInOperation.push_back(quint64(*number) << 32 | quint32(*inScope));
        });
    if (!read)
        return read.error();
    // Each agency's operations, each counted once.
    std::sort(agencyInOperation.begin(), agencyInOperation.end());
    agencyInOperation.erase(std::unique(agencyInOperation.begin(), agencyInOperation.end()), agencyInOperation.end());
    for (quint64 pair : agencyInOperation)
        totals[size_t(pair >> 32)].operations += 1;
    Assignments out;
    for (auto it = oldest.cbegin(); it != oldest.cend(); ++it)
        out.answerable.insert(it.key(), it->second);

    // Most assignments first, then most operations, then by name (none first), as SQL sorted them.
    std::vector<std::pair<QByteArray, Totals>> rows;
    for (size_t i = 0; i < agencyIds.size(); ++i)
        rows.emplace_back(agencyIds[i], totals[i]);
    std::sort(rows.begin(), rows.end(), [&names](const auto& a, const auto& b) {
        if (a.second.assignments != b.second.assignments)
            return a.second.assignments > b.second.assignments;
        if (a.second.operations != b.second.operations)
            return a.second.operations > b.second.operations;
        return agencyBefore(a.first, b.first, names);
    });
    out.participation = emptyFigure(QStringLiteral("participation"), Report::tr("Agency participation"), Report::tr("Agency"),
                                    {}, {},
                                    {QStringLiteral("operations"), QStringLiteral("assignments"),
                                     QStringLiteral("acknowledged"), QStringLiteral("people")},
                                    {Report::tr("Operations"), Report::tr("Assignments"), Report::tr("Acknowledged"),
                                     Report::tr("People deployed")});
    Figure& f = out.participation;
    for (const auto& [agency, t] : rows) {
        f.rowKeys << QUuid::fromRfc4122(agency).toString(QUuid::WithoutBraces);
        f.rowLabels << names.value(agency, Report::tr("(deleted agency)"));
        f.values.push_back({double(t.operations), double(t.assignments), double(t.acknowledged), double(t.people)});
    }
    return out;
}

Result<Figure> feedback(const Store& store, const Scope& scope)
{
    const QStringList aspects{QStringLiteral("planning"), QStringLiteral("communication"), QStringLiteral("victim_care"),
                              QStringLiteral("safety")};
    const EntityDef& entity = *Registry::instance().entity(QStringLiteral("feedback"));
    QStringList labels;
    QStringList columns;
    for (const QString& aspect : aspects) {
        const QString field = QStringLiteral("rating_") + aspect;
        QString label = entity.field(field)->labelText();
        labels << label.remove(QStringLiteral(" (1–5)"));
        columns << QStringLiteral("COUNT(%1), AVG(%1), SUM(%1 <= 2), SUM(%1 >= 4)").arg(field);
    }
    Figure f = emptyFigure(QStringLiteral("feedback"), Report::tr("Agencies' feedback"), Report::tr("Aspect"), aspects,
                           labels,
                           {QStringLiteral("ratings"), QStringLiteral("average"), QStringLiteral("low"),
                            QStringLiteral("high")},
                           {Report::tr("Ratings"), Report::tr("Average (1–5)"), Report::tr("Rated 1–2"),
                            Report::tr("Rated 4–5")});
    f.columnDecimals = {0, 1, 0, 0};
    // The feedback on the operations in scope (an agency filter: the feedback that agency gave, not
    // the operations it took part in), and on the meetings of the period unless a trafficking type
    // is asked for (a meeting has none).
    Scope operations = scope;
    operations.agency.clear();
    const Condition o = operations.operations(QStringLiteral("o"));
    // The columns counted, not the rows' every field and version.
    const QString read = QStringLiteral("f.agency, f.rating_planning, f.rating_communication, f.rating_victim_care, f.rating_safety");
    QString sql = QStringLiteral("SELECT %1 FROM feedback f JOIN operation o ON o.id = f.operation WHERE f.deleted = 0 AND ").arg(read)
                  + o.sql;
    QVariantList binds = o.binds;
    if (scope.type.isEmpty()) {
        sql += QStringLiteral(" UNION ALL SELECT %1 FROM feedback f JOIN meeting m ON m.id = f.meeting "
                              "WHERE f.deleted = 0 AND m.deleted = 0 AND m.starts_at >= ? AND m.starts_at < ?")
                   .arg(read);
        binds << scope.from << scope.until;
    }
    sql = QStringLiteral("WITH fb AS (%1) SELECT %2 FROM fb").arg(sql, columns.join(QStringLiteral(", ")));
    if (!scope.agency.isEmpty()) {
        sql += QStringLiteral(" WHERE fb.agency = ?");
        binds << scope.agency;
    }
    Result<QSqlQuery> q = store.exec(sql, binds);
    if (!q)
        return q.error();
    if (q->next()) {
        for (int row = 0; row < int(aspects.size()); ++row) {
            const int at = row * 4;
            const double ratings = q->value(at).toDouble();
            f.values[size_t(row)] = {ratings, ratings > 0 ? q->value(at + 1).toDouble() : kNaN, q->value(at + 2).toDouble(),
                                     q->value(at + 3).toDouble()};
        }
    }
    return f;
}

Result<Figure> tipsByIndicator(const Store& store, const Scope& scope)
{
    QStringList keys, labels;
    tokens(fieldOf("tip", "indicators"), keys, labels);
    Figure f = emptyFigure(QStringLiteral("tips_by_indicator"), Report::tr("Community tips per month by indicator"),
                           Report::tr("Month"), scope.months, monthLabels(scope), keys, labels);
    // A tip names several indicators (a JSON list): it counts once under each it names. Text that
    // is not JSON names none.
    QHash<QByteArray, int> column;
    for (int i = 0; i < f.columnCount(); ++i)
        column.insert(f.columnKeys[i].toUtf8(), i);
    const auto count = [&](int row, QByteArrayView token) {
        const int c = column.value(QByteArray::fromRawData(token.data(), token.size()), -1);
        if (c >= 0)
            f.values[size_t(row)][size_t(c)] += 1;
    };
    Result<void> read = eachRow(
        store, QStringLiteral("SELECT received_at, indicators FROM tip WHERE deleted = 0 AND received_at >= ? AND received_at < ?"),
        {scope.from, scope.until}, [&](const Statement& r) {
            const int row = scope.monthRow(r.integer(0));
            if (row < 0)
                return;
            const QByteArrayView text = r.bytes(1);
            if (tokenList(text, [&](QByteArrayView token) { count(row, token); }))
                return;
            // Anything but a plain list of tokens, as JSON.
            const QJsonDocument named = QJsonDocument::fromJson(text.toByteArray());
            if (!named.isArray() && !named.isObject())
                return;
            const QVariantList values = named.isArray() ? named.array().toVariantList() : named.object().toVariantMap().values();
            for (const QVariant& v : values) {
                if (v.typeId() == QMetaType::QString)
                    count(row, v.toString().toUtf8());
            }
        });
    if (!read)
        return read.error();
    return f;
}

Result<Figure> tipsByPlace(const Store& store, const Scope& scope)
{
    Result<QSqlQuery> q = store.exec(
        QStringLiteral("SELECT COALESCE(NULLIF(TRIM(t.place), ''), '') AS place, COUNT(*) AS tips, "
                       "SUM(t.credibility IN ('medium', 'high')), SUM(t.operation IS NOT NULL), "
                       "COUNT(DISTINCT strftime('%Y-%m', t.received_at, 'unixepoch')) "
                       "FROM tip t WHERE t.deleted = 0 AND t.received_at >= ? AND t.received_at < ? "
                       "GROUP BY place ORDER BY tips DESC, place LIMIT ?"),
        {scope.from, scope.until, kMaxTipPlaces});
    if (!q)
        return q.error();
    Figure f = emptyFigure(QStringLiteral("tips_by_place"), Report::tr("Community tips by place"), Report::tr("Place"),
                           {}, {},
                           {QStringLiteral("tips"), QStringLiteral("credible"), QStringLiteral("linked"),
                            QStringLiteral("months")},
                           {Report::tr("Tips"), Report::tr("Medium or high credibility"),
                            Report::tr("Linked to an operation"), Report::tr("Months with tips")});
    while (q->next()) {
        const QString place = q->value(0).toString();
        f.rowKeys << place;
        f.rowLabels << (place.isEmpty() ? Report::tr("No place given") : place);
        f.values.push_back({q->value(1).toDouble(), q->value(2).toDouble(), q->value(3).toDouble(), q->value(4).toDouble()});
    }
    return f;
}

} // namespace tandem::report::dashboard
