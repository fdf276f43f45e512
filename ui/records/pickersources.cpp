#include "records/pickersources.h"

#include "domain/search.h"
#include "domain/searchhits.h"
#include "query/names.h"
#include "query/tips.h"
#include "store/registry.h"
#include "store/store.h"
#include "timetext.h"

#include <QCoreApplication>
#include <QHash>

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
    Result<std::vector<std::int64_t>> keys = shutOperationKeys(m_store);
    if (!keys)
        return keys.error();
    m_shut = std::move(*keys);
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
    Result<std::vector<OpenTipMatch>> found = findOpenTips(m_store, words);
    if (!found)
        return found.error();
    m_matches.clear();
    for (OpenTipMatch& m : *found)
        m_matches.push_back({m.received, std::move(m.id)});
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
    QList<QByteArray> ids;
    for (auto it = from; it != to; ++it)
        ids << it->id;
    Result<std::vector<TipLine>> lines = tipLines(m_store, ids);
    if (!lines)
        return lines.error();
    const FieldDef& channel = field("tip", "channel");
    QHash<QByteArray, PickerEntry> read;
    for (const TipLine& line : *lines) {
        read.insert(line.id, {QUuid::fromRfc4122(line.id),
                              QStringLiteral("%1 — %2, %3")
                                  .arg(localTimeText(line.received), channel.valueLabel(line.channel),
                                       line.place.isEmpty() ? Texts::tr("no place given") : line.place),
                              line.received.toSecsSinceEpoch()});
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
    return liveCount(m_store, QStringLiteral("service"));
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
