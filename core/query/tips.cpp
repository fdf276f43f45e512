#include "tips.h"

#include "store/registry.h"
#include "store/store.h"

#include <QSqlQuery>

namespace tandem {
namespace {

// The tips on offer to be linked: not deleted, new or assessed.
const QString kOpenTips = QStringLiteral("deleted = 0 AND status IN ('new', 'assessed')");

QString marks(qsizetype n)
{
    return QStringList(n, QStringLiteral("?")).join(QLatin1Char(','));
}

} // namespace

TipListQuery::TipListQuery(const Store& store, QStringList statuses) : m_store(store), m_statuses(std::move(statuses)) {}

QString TipListQuery::where() const
{
    if (m_statuses.isEmpty())
        return QStringLiteral("deleted = 0");
    return QStringLiteral("deleted = 0 AND status IN (%1)").arg(marks(m_statuses.size()));
}

Result<qint64> TipListQuery::count() const
{
    QVariantList binds;
    for (const QString& s : m_statuses)
        binds << s;
    Result<QSqlQuery> count = m_store.exec(QStringLiteral("SELECT count(*) FROM tip WHERE ") + where(), binds);
    if (!count)
        return count.error();
    return count->next() ? count->value(0).toLongLong() : qint64(0);
}

Result<std::vector<Row>> TipListQuery::page(const Row* after, int limit) const
{
    QString w = where();
    QVariantList binds;
    for (const QString& s : m_statuses)
        binds << s;
    if (after) {
        const qint64 at = after->value(QStringLiteral("received_at")).toDateTime().toSecsSinceEpoch();
        w += QStringLiteral(" AND (received_at < ? OR (received_at = ? AND id > ?))");
        binds << at << at << after->id.toRfc4122();
    }
    return m_store.select(QStringLiteral("tip"), w, binds, QStringLiteral("received_at DESC, id"), limit);
}

Result<std::vector<OpenTipMatch>> findOpenTips(const Store& store, const QStringList& words)
{
    QString condition;
    QVariantList binds;
    const FieldDef& channel = *Registry::instance().entity(QStringLiteral("tip"))->field(QStringLiteral("channel"));
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
    Result<QSqlQuery> q = store.exec(QStringLiteral("SELECT received_at, id FROM tip WHERE ") + kOpenTips + condition
                                         + QStringLiteral(" ORDER BY +received_at DESC, id"),
                                     binds);
    if (!q)
        return q.error();
    std::vector<OpenTipMatch> matches;
    while (q->next())
        matches.push_back({q->value(0).toLongLong(), q->value(1).toByteArray()});
    return matches;
}

Result<std::vector<TipLine>> tipLines(const Store& store, const QList<QByteArray>& ids)
{
    if (ids.isEmpty())
        return std::vector<TipLine>();
    QVariantList binds;
    for (const QByteArray& id : ids)
        binds << id;
    Result<QSqlQuery> q =
        store.exec(QStringLiteral("SELECT id, received_at, channel, place FROM tip WHERE id IN (%1)").arg(marks(ids.size())), binds);
    if (!q)
        return q.error();
    std::vector<TipLine> lines;
    while (q->next()) {
        lines.push_back({q->value(0).toByteArray(), QDateTime::fromSecsSinceEpoch(q->value(1).toLongLong(), Qt::UTC),
                         q->value(2).toString(), q->value(3).toString()});
    }
    return lines;
}

} // namespace tandem
