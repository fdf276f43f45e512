#include "survivorlistmodel.h"

#include "bidi.h"
#include "store/registry.h"
#include "store/store.h"
#include "timetext.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QPalette>
#include <QSqlQuery>

namespace tandem {
namespace {

// Sets a flag for as long as it lives.
class Raise {
public:
    explicit Raise(bool& flag) : m_flag(flag), m_was(std::exchange(flag, true)) {}
    ~Raise() { m_flag = m_was; }
    Raise(const Raise&) = delete;
    Raise& operator=(const Raise&) = delete;

private:
    bool& m_flag;
    bool m_was;
};

const QString kOwed = QStringLiteral("i.state IN ('open', 'in_progress')");

// Per-survivor figures over s, for the rows of one page only. kOverdue binds now (Unix seconds).
// (QtSql rewrites placeholders: numbered ones like ?1 do not survive it, so every ? is bound in
// the order it appears.)
const QString kSettled = QStringLiteral(
    "(SELECT count(*) FROM checklist_item i WHERE i.survivor = s.id AND i.deleted = 0"
    " AND i.state IN ('done', 'not_applicable', 'declined'))");
const QString kTotal = QStringLiteral("(SELECT count(*) FROM checklist_item i WHERE i.survivor = s.id AND i.deleted = 0)");
const QString kOverdue = QStringLiteral("(SELECT count(*) FROM checklist_item i WHERE i.survivor = s.id"
                                        " AND i.deleted = 0 AND ") + kOwed + QStringLiteral(" AND i.due_at < ?)");

// The expression a column sorts by, empty values last in either direction. Overdue and Progress
// sort by per-survivor aggregates joined in once per query (see aggregateJoin()), never by a
// subquery per survivor: sorting 16,000 survivors that way took seconds a page.
QString sortExpression(int column, Qt::SortOrder order)
{
    const bool ascending = order == Qt::AscendingOrder;
    const QString lastText = ascending ? QStringLiteral("char(1114111)") : QStringLiteral("''");
    const QString lastNumber = ascending ? QStringLiteral("9223372036854775807") : QStringLiteral("-9223372036854775807");
    switch (column) {
    case SurvivorListModel::Operation:
        return QStringLiteral("ifnull(o.code_name, %1)").arg(lastText);
    case SurvivorListModel::RescuedAt:
        return QStringLiteral("ifnull(s.recovered_at, %1)").arg(lastNumber);
    case SurvivorListModel::AgeBand:
        return QStringLiteral("CASE s.age_band WHEN 'under_12' THEN 0 WHEN '12_15' THEN 1 WHEN '16_17' THEN 2"
                              " WHEN '18_24' THEN 3 WHEN '25_34' THEN 4 WHEN '35_49' THEN 5"
                              " WHEN '50_plus' THEN 6 ELSE %1 END")
            .arg(lastNumber);
    case SurvivorListModel::Progress:
        return QStringLiteral("ifnull(agg.n, 0.0)");
    case SurvivorListModel::Overdue:
        return QStringLiteral("ifnull(agg.n, 0)");
    default:
        return QStringLiteral("s.code");
    }
}

// The aggregate a column sorts by, as a join on s (alias agg, value n); empty for other columns.
// The overdue one binds now.
QString aggregateJoin(int column)
{
    if (column == SurvivorListModel::Overdue)
        return QStringLiteral(" LEFT JOIN (SELECT survivor, count(*) AS n FROM checklist_item WHERE deleted = 0"
                              " AND state IN ('open', 'in_progress') AND due_at < ? GROUP BY survivor) agg"
                              " ON agg.survivor = s.id");
    if (column == SurvivorListModel::Progress)
        return QStringLiteral(" LEFT JOIN (SELECT survivor, total(state IN ('done', 'not_applicable', 'declined'))"
                              " / count(*) AS n FROM checklist_item WHERE deleted = 0 GROUP BY survivor) agg"
                              " ON agg.survivor = s.id");
    return {};
}

QString escapedLike(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    text.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + text + QLatin1Char('%');
}

} // namespace

SurvivorListModel::SurvivorListModel(QObject* parent) : QAbstractTableModel(parent) {}

void SurvivorListModel::setStore(Store* store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store)
        connect(m_store, &Store::changed, this, &SurvivorListModel::storeChanged);
    reset(kPageSize);
}

void SurvivorListModel::setSearch(const QString& text)
{
    if (text.trimmed() == m_search)
        return;
    m_search = text.trimmed();
    reset(kPageSize);
}

// Both queries share this FROM and WHERE (with `join` before the WHERE); a search binds its
// pattern twice.
static QString fromClause(bool searching, const QString& join = {})
{
    QString sql = QStringLiteral(" FROM survivor s LEFT JOIN operation o ON o.id = s.operation AND o.deleted = 0")
                  + join + QStringLiteral(" WHERE s.deleted = 0");
    if (searching)
        sql += QStringLiteral(" AND (s.code LIKE ? ESCAPE '\\' OR o.code_name LIKE ? ESCAPE '\\')");
    return sql;
}

Result<qint64> SurvivorListModel::count() const
{
    QVariantList binds;
    if (!m_search.isEmpty())
        binds << escapedLike(m_search) << escapedLike(m_search);
    Result<QSqlQuery> q = m_store->exec(QStringLiteral("SELECT count(*)") + fromClause(!m_search.isEmpty()), binds);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<std::vector<SurvivorListModel::Item>> SurvivorListModel::page(const Item* after, int limit) const
{
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    const QString key = sortExpression(m_sortColumn, m_sortOrder);
    const qint64 now = m_store->wallClock() / 1000;
    QVariantList binds;
    QString sql = QStringLiteral("WITH page AS (SELECT s.id AS id, %1 AS k").arg(key)
                  + fromClause(!m_search.isEmpty(), aggregateJoin(m_sortColumn));
    if (m_sortColumn == Overdue)
        binds << now;
    if (!m_search.isEmpty())
        binds << escapedLike(m_search) << escapedLike(m_search);
    if (after) {
        sql += QStringLiteral(" AND (%1, s.id) %2 (?, ?)").arg(key, ascending ? QStringLiteral(">") : QStringLiteral("<"));
        binds << after->sortValue << after->id.toRfc4122();
    }
    const QString direction = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    sql += QStringLiteral(" ORDER BY k %1, s.id %1 LIMIT ?)").arg(direction);
    binds << limit;
    sql += QStringLiteral(" SELECT s.id, s.code, o.code_name, s.recovered_at, s.age_band, %1, %2, %3, page.k"
                          " FROM page JOIN survivor s ON s.id = page.id"
                          " LEFT JOIN operation o ON o.id = s.operation AND o.deleted = 0"
                          " ORDER BY page.k %4, page.id %4")
               .arg(kSettled, kTotal, kOverdue, direction);
    binds << now;
    Result<QSqlQuery> q = m_store->exec(sql, binds);
    if (!q)
        return q.error();
    std::vector<Item> out;
    while (q->next()) {
        Item item;
        item.id = QUuid::fromRfc4122(q->value(0).toByteArray());
        item.code = q->value(1).toString();
        item.operationName = q->value(2).toString();
        if (!q->value(3).isNull())
            item.rescuedAt = QDateTime::fromSecsSinceEpoch(q->value(3).toLongLong(), Qt::UTC);
        item.ageBand = q->value(4).toString();
        item.settled = q->value(5).toInt();
        item.total = q->value(6).toInt();
        item.overdue = q->value(7).toInt();
        item.sortValue = q->value(8);
        out.push_back(std::move(item));
    }
    return out;
}

int SurvivorListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SurvivorListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SurvivorListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item& row = m_rows[size_t(index.row())];
    const bool number = index.column() == Progress || index.column() == Overdue;
    switch (role) {
    case IdRole:
        return row.id;
    case Qt::TextAlignmentRole:
        return int((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (index.column() == Overdue && row.overdue > 0)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        return {};
    case Qt::FontRole:
        if (index.column() == Overdue && row.overdue > 0) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Progress)
            return tr("%1 of %2 steps settled (done, not applicable or declined by the survivor)")
                .arg(row.settled)
                .arg(row.total);
        if (index.column() == RescuedAt && row.rescuedAt.isValid())
            return longTimeText(row.rescuedAt);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Code:
            return shownIsolated(row.code);
        case Operation:
            return shownIsolated(row.operationName);
        case RescuedAt:
            return row.rescuedAt.isValid() ? localTimeText(row.rescuedAt)
                                           : tr("Not set");
        case AgeBand: {
            const FieldDef* f = Registry::instance().entity(QStringLiteral("survivor"))->field(QStringLiteral("age_band"));
            return f->valueLabel(row.ageBand);
        }
        case Progress:
            return row.total == 0 ? tr("No checklist") : tr("%1/%2").arg(row.settled).arg(row.total);
        case Overdue:
            return row.overdue;
        }
        return {};
    default:
        return {};
    }
}

QVariant SurvivorListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return int((section == Progress || section == Overdue ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code:
        return tr("Code");
    case Operation:
        return tr("Operation");
    case RescuedAt:
        return tr("Rescued (T0)");
    case AgeBand:
        return tr("Age band");
    case Progress:
        return tr("Steps");
    case Overdue:
        return tr("Overdue");
    }
    return {};
}

bool SurvivorListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_store && !m_changing && qint64(m_rows.size()) < m_total;
}

void SurvivorListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    Result<std::vector<Item>> more = page(m_rows.empty() ? nullptr : &m_rows.back(), kPageSize);
    if (!more) {
        Q_EMIT readFailed(tr("The survivors could not be read: %1").arg(more.error().message));
        return;
    }
    if (more->empty()) {
        m_total = qint64(m_rows.size());
        Q_EMIT totalCountChanged(m_total);
        return;
    }
    const Raise changing(m_changing);
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(more->size()) - 1);
    for (Item& item : *more) {
        m_rowOf.insert(item.id, int(m_rows.size()));
        m_rows.push_back(std::move(item));
    }
    endInsertRows();
}

void SurvivorListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reset(kPageSize);
}

QUuid SurvivorListModel::idAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].id : QUuid();
}

int SurvivorListModel::rowOf(const QUuid& id) const
{
    return m_rowOf.value(id, -1);
}

int SurvivorListModel::fetchUntil(const QUuid& id)
{
    int row = rowOf(id);
    while (row < 0 && canFetchMore({})) {
        const size_t before = m_rows.size();
        fetchMore({});
        if (m_rows.size() == before)
            break;
        row = rowOf(id);
    }
    return row;
}

void SurvivorListModel::setLive(bool live)
{
    m_live = live;
    if (m_live && std::exchange(m_stale, false))
        refresh();
}

void SurvivorListModel::refresh()
{
    if (!m_live) {
        m_stale = true;
        return;
    }
    if (!m_store || m_rows.empty()) {
        reset(kPageSize);
        return;
    }
    Result<std::vector<Item>> fresh = page(nullptr, int(m_rows.size()));
    Result<qint64> total = count();
    if (!fresh || !total) {
        Q_EMIT readFailed(tr("The survivors could not be read: %1").arg((fresh ? total.error() : fresh.error()).message));
        return;
    }
    bool same = fresh->size() == m_rows.size() && *total == m_total;
    for (size_t i = 0; same && i < m_rows.size(); ++i)
        same = (*fresh)[i].id == m_rows[i].id;
    if (!same) {
        reset(std::max(int(m_rows.size()), kPageSize));
        return;
    }
    m_rows = std::move(*fresh);
    Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void SurvivorListModel::reset(int rows)
{
    m_stale = false;
    const Raise changing(m_changing);
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    m_total = 0;
    if (m_store) {
        Result<qint64> total = count();
        Result<std::vector<Item>> first = total ? page(nullptr, rows) : Result<std::vector<Item>>(total.error());
        if (first) {
            m_total = *total;
            m_rows = std::move(*first);
        } else {
            Q_EMIT readFailed(tr("The survivors could not be read: %1").arg(first.error().message));
        }
    }
    for (size_t i = 0; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows[i].id, int(i));
    endResetModel();
    Q_EMIT totalCountChanged(m_total);
}

void SurvivorListModel::storeChanged(const QString& entity)
{
    static const QStringList shown{QStringLiteral("survivor"), QStringLiteral("checklist_item"),
                                   QStringLiteral("operation")};
    if (shown.contains(entity))
        refresh();
}

} // namespace tandem
