#include "pickersources.h"

#include "domain/search.h"
#include "domain/searchhits.h"
#include "store/registry.h"
#include "store/store.h"
#include "timetext.h"

#include <QCoreApplication>
#include <QSqlQuery>

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
    OperationFilter all;
    all.openOnly = true;
    return OperationListQuery(m_store, OperationListQuery::Starts, Qt::DescendingOrder, all).count();
}

Result<qint64> OpenOperationSource::search(const QString& text)
{
    m_filter.text = text;
    const QStringList words = search::searchWords(text).words;
    if (!words.isEmpty()) {
        // Each word is read from the index once while the search is typed (searchhits.h).
        if (Result<void> found = m_hits->find(words); !found)
            return found.error();
    }
    return query().count();
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
    Result<QSqlQuery> q = m_store.exec(QStringLiteral("SELECT count(*) FROM tip WHERE ") + kOpenTips);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

Result<qint64> OpenTipSource::search(const QString& text)
{
    m_condition.clear();
    m_binds.clear();
    const FieldDef& channel = field("tip", "channel");
    // Every word, somewhere: in the place, in the description, or in the label of the channel
    // (in the language shown, so the channels whose label has it stand in for it).
    for (const QString& word : search::searchWords(text).words) {
        const QString pattern = QLatin1Char('%') + word + QLatin1Char('%');
        QString term = QStringLiteral("place LIKE ? OR description LIKE ?");
        m_binds << pattern << pattern;
        QStringList channels;
        for (const EnumValue& v : channel.values) {
            const QString token = QString::fromLatin1(v.token);
            if (channel.valueLabel(token).contains(word, Qt::CaseInsensitive)) {
                channels << QStringLiteral("?");
                m_binds << token;
            }
        }
        if (!channels.isEmpty())
            term += QStringLiteral(" OR channel IN (%1)").arg(channels.join(QLatin1Char(',')));
        m_condition += QStringLiteral(" AND (%1)").arg(term);
    }
    Result<QSqlQuery> q = m_store.exec(QStringLiteral("SELECT count(*) FROM tip WHERE ") + kOpenTips + m_condition, m_binds);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

Result<std::vector<PickerEntry>> OpenTipSource::page(const PickerEntry* after, int limit)
{
    QString sql = QStringLiteral("SELECT id, received_at, channel, place FROM tip WHERE ") + kOpenTips + m_condition;
    QVariantList binds = m_binds;
    if (after) {
        sql += QStringLiteral(" AND (received_at < ? OR (received_at = ? AND id > ?))");
        binds << after->sortValue << after->sortValue << after->id.toRfc4122();
    }
    sql += QStringLiteral(" ORDER BY received_at DESC, id LIMIT ?");
    binds << limit;
    Result<QSqlQuery> q = m_store.exec(sql, binds);
    if (!q)
        return q.error();
    const FieldDef& channel = field("tip", "channel");
    std::vector<PickerEntry> entries;
    while (q->next()) {
        const qint64 received = q->value(1).toLongLong();
        const QString place = q->value(3).toString();
        entries.push_back({QUuid::fromRfc4122(q->value(0).toByteArray()),
                           QStringLiteral("%1 — %2, %3")
                               .arg(localTimeText(QDateTime::fromSecsSinceEpoch(received, Qt::UTC)),
                                    channel.valueLabel(q->value(2).toString()),
                                    place.isEmpty() ? Texts::tr("no place given") : place),
                           received});
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

} // namespace tandem
