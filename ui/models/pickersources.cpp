#include "pickersources.h"

#include "domain/search.h"
#include "domain/searchhits.h"
#include "store/registry.h"
#include "store/store.h"
#include "timetext.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace tandem {
namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(tandem::PickerSources)
};

const FieldDef& field(const char* entity, const char* name)
{
    return *Registry::instance().entity(QString::fromLatin1(entity))->field(QString::fromLatin1(name));
}

// The tips on offer: not deleted, new or assessed.
const QString kOpenTips = QStringLiteral("deleted = 0 AND status IN ('new', 'assessed')");

} // namespace

OpenOperationSource::OpenOperationSource(const Store& store)
    : m_store(store)
    , m_hits(std::make_unique<search::OperationHits>(store))
{
    m_filter.openOnly = true;
}

OpenOperationSource::~OpenOperationSource() = default;

OperationListQuery OpenOperationSource::query() const
{
    return OperationListQuery(m_store, OperationListQuery::Starts, Qt::DescendingOrder, m_filter, m_hits.get());
}

Result<qint64> OpenOperationSource::countAll()
{
    if (!m_all) {
        OperationFilter all;
        all.openOnly = true;
        Result<qint64> n = OperationListQuery(m_store, OperationListQuery::Starts, Qt::DescendingOrder, all).count();
        if (!n)
            return n.error();
        m_all = *n;
    }
    return *m_all;
}

Result<void> OpenOperationSource::readShut()
{
    if (m_shut)
        return {};
    Result<QSqlQuery> q = m_store.exec(QStringLiteral("SELECT k.key FROM operation o JOIN search_key k ON k.id = o.id"
                                                      " WHERE o.deleted = 0 AND o.status IN ('closed', 'cancelled')"
                                                      " ORDER BY k.key"));
    if (!q)
        return q.error();
    std::vector<std::int64_t> keys;
    while (q->next())
        keys.push_back(q->value(0).toLongLong());
    m_shut = std::move(keys);
    return {};
}

Result<qint64> OpenOperationSource::search(const QString& text)
{
    m_filter.text = text;
    const QStringList words = search::searchWords(text).words;
    if (words.isEmpty())
        return countAll();
    // Each word is read from the index once while the search is typed (searchhits.h).
    if (Result<void> found = m_hits->find(words); !found)
        return found.error();
    if (Result<void> shut = readShut(); !shut)
        return shut.error();
    // The index holds live operations only: the open ones found are those found less the closed
    // and cancelled ones, counted here on the two sorted lists of keys rather than by SQL.
    const std::vector<std::int64_t>& found = m_hits->keys();
    const std::vector<std::int64_t>& shut = *m_shut;
    qint64 closed = 0;
    for (auto a = found.cbegin(), b = shut.cbegin(); a != found.cend() && b != shut.cend();) {
        if (*a < *b) {
            ++a;
        } else if (*b < *a) {
            ++b;
        } else {
            ++closed;
            ++a;
            ++b;
        }
    }
    return m_hits->size() - closed;
}

Result<std::vector<PickerEntry>> OpenOperationSource::page(const PickerEntry* after, int limit)
{
    OperationListRow last;
    if (after) {
        last.id = after->id;
        last.sortValue = after->sortValue;
    }
    Result<std::vector<OperationListRow>> rows = query().page(after ? &last : nullptr, limit);
    if (!rows)
        return rows.error();
    const FieldDef& status = field("operation", "status");
    std::vector<PickerEntry> entries;
    entries.reserve(rows->size());
    for (const OperationListRow& r : *rows) {
        const QString starts = localTimeText(r.starts);
        entries.push_back({r.id,
                           QStringLiteral("%1 — %2%3").arg(r.codeName, status.valueLabel(r.status),
                                                           starts.isEmpty() ? QString() : QStringLiteral(", ") + starts),
                           r.sortValue});
    }
    return entries;
}

QString OpenOperationSource::countText(qint64 matches, qint64 all, bool searching) const
{
    // Written out for one and for several rather than as "operation(s)".
    if (all == 1)
        return searching && matches == 0 ? Texts::tr("The only open operation does not match")
                                         : Texts::tr("The only open operation");
    if (!searching)
        return Texts::tr("%L1 open operations").arg(all);
    return matches == 0 ? Texts::tr("None of the %L1 open operations match").arg(all)
                        : Texts::tr("%L1 of %L2 open operations").arg(matches).arg(all);
}

OpenTipSource::OpenTipSource(const Store& store) : m_store(store) {}

Result<qint64> OpenTipSource::countAll()
{
    // All the open tips are the matches of an empty search: read once, for the first search too.
    if (!m_all) {
        Result<qint64> all = search(QString());
        if (!all)
            return all.error();
        m_all = *all;
    }
    return *m_all;
}

Result<qint64> OpenTipSource::search(const QString& text)
{
    const QStringList words = search::searchWords(text).words;
    if (words.isEmpty() && m_all && m_matchesAreAll)
        return *m_all;
    QString condition;
    QVariantList binds;
    const FieldDef& channel = field("tip", "channel");
    // Every word, somewhere: in the place, in the description, or in the label of the channel
    // (in the language shown, so the channels whose label has it stand in for it).
    for (const QString& word : words) {
        const QString pattern = QLatin1Char('%') + word + QLatin1Char('%');
        QString term = QStringLiteral("place LIKE ? OR description LIKE ?");
        binds << pattern << pattern;
        QStringList channels;
        for (const EnumValue& v : channel.values) {
            const QString token = QString::fromLatin1(v.token);
            if (channel.valueLabel(token).contains(word, Qt::CaseInsensitive)) {
                channels << QStringLiteral("?");
                binds << token;
            }
        }
        if (!channels.isEmpty())
            term += QStringLiteral(" OR channel IN (%1)").arg(channels.join(QLatin1Char(',')));
        condition += QStringLiteral(" AND (%1)").arg(term);
    }
    // The unary + keeps SQLite from walking the received_at index (a look-up of the row for each
    // tip, open or not): one pass over the table and a sort of the matches costs half as much.
    Result<QSqlQuery> q = m_store.exec(QStringLiteral("SELECT received_at, id FROM tip WHERE ") + kOpenTips + condition
                                           + QStringLiteral(" ORDER BY +received_at DESC, id"),
                                       binds);
    if (!q)
        return q.error();
    m_matches.clear();
    while (q->next())
        m_matches.push_back({q->value(0).toLongLong(), q->value(1).toByteArray()});
    m_matchesAreAll = words.isEmpty();
    return qint64(m_matches.size());
}

Result<std::vector<PickerEntry>> OpenTipSource::page(const PickerEntry* after, int limit)
{
    // Where the page starts: after `after`, in the order of the matches.
    auto from = m_matches.begin();
    if (after) {
        const Match last{after->sortValue.toLongLong(), after->id.toRfc4122()};
        from = std::upper_bound(m_matches.begin(), m_matches.end(), last, [](const Match& a, const Match& b) {
            return a.received != b.received ? a.received > b.received : a.id < b.id;
        });
    }
    const auto to = from + std::min<std::ptrdiff_t>(limit, m_matches.end() - from);
    if (from == to)
        return std::vector<PickerEntry>();
    QVariantList ids;
    for (auto it = from; it != to; ++it)
        ids << it->id;
    Result<QSqlQuery> q = m_store.exec(QStringLiteral("SELECT id, received_at, channel, place FROM tip WHERE id IN (%1)")
                                           .arg(QStringList(ids.size(), QStringLiteral("?")).join(QLatin1Char(','))),
                                       ids);
    if (!q)
        return q.error();
    const FieldDef& channel = field("tip", "channel");
    QHash<QByteArray, PickerEntry> read;
    while (q->next()) {
        const QByteArray id = q->value(0).toByteArray();
        const qint64 received = q->value(1).toLongLong();
        const QString place = q->value(3).toString();
        read.insert(id, {QUuid::fromRfc4122(id),
                         QStringLiteral("%1 — %2, %3")
                             .arg(localTimeText(QDateTime::fromSecsSinceEpoch(received, Qt::UTC)),
                                  channel.valueLabel(q->value(2).toString()),
                                  place.isEmpty() ? Texts::tr("no place given") : place),
                         received});
    }
    std::vector<PickerEntry> entries;
    entries.reserve(read.size());
    for (auto it = from; it != to; ++it) {
        if (auto found = read.find(it->id); found != read.end())
            entries.push_back(std::move(*found));
    }
    return entries;
}

QString OpenTipSource::countText(qint64 matches, qint64 all, bool searching) const
{
    if (all == 1)
        return searching && matches == 0 ? Texts::tr("The only open tip does not match") : Texts::tr("The only open tip");
    if (!searching)
        return Texts::tr("%L1 open tips").arg(all);
    return matches == 0 ? Texts::tr("None of the %L1 open tips match").arg(all)
                        : Texts::tr("%L1 of %L2 open tips").arg(matches).arg(all);
}

ServiceSource::ServiceSource(const Store& store, ServiceFilter filter) : m_store(store), m_filter(std::move(filter)) {}

Result<qint64> ServiceSource::countAll()
{
    Result<QSqlQuery> q = m_store.exec(QStringLiteral("SELECT COUNT(*) FROM service WHERE deleted = 0"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<qint64> ServiceSource::search(const QString& text)
{
    ServiceFilter f = m_filter;
    f.text = text;
    Result<std::vector<ServiceOption>> found = findServices(m_store, f);
    if (!found)
        return found.error();
    m_matches = std::move(*found);
    return qint64(m_matches.size());
}

Result<std::vector<PickerEntry>> ServiceSource::page(const PickerEntry* after, int limit)
{
    // The matches are read whole (a directory has tens of services); a page is a slice of them,
    // each entry's sort value its place in the list.
    const qint64 from = after ? after->sortValue.toLongLong() + 1 : 0;
    std::vector<PickerEntry> entries;
    for (qint64 i = from; i < qint64(m_matches.size()) && qint64(entries.size()) < limit; ++i)
        entries.push_back({m_matches[size_t(i)].id, lineOf(m_matches[size_t(i)]), i});
    return entries;
}

QString ServiceSource::countText(qint64 matches, qint64 all, bool) const
{
    if (all == 1)
        return matches == 0 ? Texts::tr("The only service does not match") : Texts::tr("The only service");
    if (matches == all)
        return Texts::tr("All %L1 services").arg(all);
    return matches == 0 ? Texts::tr("None of the %L1 services match").arg(all)
                        : Texts::tr("%L1 of %L2 services").arg(matches).arg(all);
}

QString ServiceSource::lineOf(const ServiceOption& s)
{
    QStringList facts{field("service", "kind").valueLabel(s.kind)};
    if (s.capacity)
        facts << Texts::tr("capacity %L1").arg(*s.capacity);
    if (!s.languages.isEmpty())
        facts << s.languages.join(QStringLiteral(", "));
    facts << (s.acceptsMinors ? Texts::tr("accepts minors") : Texts::tr("adults only"));
    return QStringLiteral("%1 — %2").arg(s.name, facts.join(QStringLiteral(" · ")));
}

} // namespace tandem
