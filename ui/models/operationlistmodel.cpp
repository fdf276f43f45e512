#include "operationlistmodel.h"

#include "store/registry.h"
#include "store/store.h"

#include <QCollator>
#include <QLocale>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace tandem {
namespace {

// Above this many changed operations at once (a merge, the demo generator), reading the loaded
// rows again is cheaper than looking each one up.
constexpr int kMaxInPlaceUpdates = 64;

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

const FieldDef& operationField(const char* name)
{
    return *Registry::instance().entity(QStringLiteral("operation"))->field(QString::fromLatin1(name));
}

// "CASE o.<field> WHEN 'token' THEN rank ... END", ranking an enum's tokens in `order`. The
// tokens come from the registry (identifiers, never user data).
QString rankCase(const QString& column, const QStringList& order)
{
    QString sql = QStringLiteral("CASE ") + column;
    for (int i = 0; i < order.size(); ++i)
        sql += QStringLiteral(" WHEN '%1' THEN %2").arg(order[i]).arg(i);
    return sql + QStringLiteral(" END");
}

// Statuses sort in the order an operation goes through them, not alphabetically.
QString statusRank()
{
    QStringList tokens;
    for (const EnumValue& v : operationField("status").values)
        tokens << QString::fromLatin1(v.token);
    return rankCase(QStringLiteral("o.status"), tokens);
}

// Trafficking types sort by their label in the user's language.
QString traffickingTypeRank()
{
    const FieldDef& field = operationField("trafficking_type");
    QStringList tokens;
    for (const EnumValue& v : field.values)
        tokens << QString::fromLatin1(v.token);
    QCollator collator;
    std::sort(tokens.begin(), tokens.end(), [&](const QString& a, const QString& b) {
        return collator.compare(field.valueLabel(a), field.valueLabel(b)) < 0;
    });
    return rankCase(QStringLiteral("o.trafficking_type"), tokens);
}

const QString kTargetCount = QStringLiteral(
    "(SELECT count(*) FROM target t WHERE t.operation = o.id AND t.deleted = 0)");
const QString kSurvivorCount = QStringLiteral(
    "(SELECT count(*) FROM survivor s WHERE s.operation = o.id AND s.deleted = 0)");
// The columns of a row, from `o` (operation) and `a` (its lead agency).
const QString kColumns = QStringLiteral(
    "SELECT o.id, o.code_name, o.status, o.trafficking_type, a.name, o.starts_at, %1, %2")
                             .arg(kTargetCount, kSurvivorCount);
const QString kLeadJoin = QStringLiteral(" LEFT JOIN agency a ON a.id = o.lead_agency AND a.deleted = 0");

} // namespace

OperationListModel::OperationListModel(QObject* parent) : QAbstractTableModel(parent) {}

OperationListModel::~OperationListModel() = default;

void OperationListModel::setStore(Store* store)
{
    const Raise changing(m_changing);
    beginResetModel();
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_items.clear();
    m_total = 0;
    if (m_store) {
        connect(m_store, &Store::changed, this, &OperationListModel::storeChanged);
        if (readCount())
            readPage(nullptr, kPageSize, m_items);
    }
    rebuildIndex();
    endResetModel();
    Q_EMIT totalCountChanged(m_total);
}

int OperationListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int OperationListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OperationListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item& item = m_items[size_t(index.row())];
    switch (role) {
    case IdRole:
        return item.id;
    case Qt::TextAlignmentRole:
        if (index.column() == Targets || index.column() == Survivors)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        // The whole text, for columns narrow enough to cut it short.
        if (index.column() == Starts)
            return item.starts.isValid() ? QLocale().toString(item.starts.toLocalTime(), QLocale::LongFormat)
                                         : QVariant();
        if (index.column() == Targets || index.column() == Survivors)
            return {};
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
        switch (index.column()) {
        case CodeName:
            return item.codeName;
        case Status:
            return operationField("status").valueLabel(item.status);
        case TraffickingType:
            return item.traffickingType.isEmpty()
                       ? QString()
                       : operationField("trafficking_type").valueLabel(item.traffickingType);
        case LeadAgency:
            return item.leadAgency;
        case Starts:
            return item.starts.isValid() ? QLocale().toString(item.starts.toLocalTime(), QLocale::ShortFormat)
                                         : QString();
        case Targets:
            return item.targets;
        case Survivors:
            return item.survivors;
        }
        return {};
    default:
        return {};
    }
}

QVariant OperationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return int((section == Targets || section == Survivors ? Qt::AlignRight : Qt::AlignLeft)
                   | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeName:
        return tr("Code name");
    case Status:
        return tr("Status");
    case TraffickingType:
        return tr("Trafficking type");
    case LeadAgency:
        return tr("Lead agency");
    case Starts:
        return tr("Starts");
    case Targets:
        return tr("Targets");
    case Survivors:
        return tr("Survivors");
    }
    return {};
}

bool OperationListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_store && !m_changing && qint64(m_items.size()) < m_total;
}

void OperationListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    std::vector<Item> page;
    if (!readPage(m_items.empty() ? nullptr : &m_items.back(), kPageSize, page))
        return;
    if (page.empty()) {
        // Fewer rows than counted: someone deleted operations behind our back. Stop fetching.
        m_total = qint64(m_items.size());
        Q_EMIT totalCountChanged(m_total);
        return;
    }
    const Raise changing(m_changing);
    const int first = int(m_items.size());
    beginInsertRows({}, first, first + int(page.size()) - 1);
    for (Item& item : page) {
        m_rowOf.insert(item.id, int(m_items.size()));
        m_items.push_back(std::move(item));
    }
    endInsertRows();
}

void OperationListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    // Back to the first page in the new order: the rows loaded so far are no longer the first ones.
    const Raise changing(m_changing);
    beginResetModel();
    m_items.clear();
    if (m_store && readCount())
        readPage(nullptr, kPageSize, m_items);
    rebuildIndex();
    endResetModel();
}

QUuid OperationListModel::idAt(int row) const
{
    return row >= 0 && row < int(m_items.size()) ? m_items[size_t(row)].id : QUuid();
}

int OperationListModel::rowOf(const QUuid& id) const
{
    return m_rowOf.value(id, -1);
}

int OperationListModel::fetchUntil(const QUuid& id)
{
    int row = rowOf(id);
    if (row >= 0 || !m_store)
        return row;
    // Only page through for an operation that is there to be found.
    Result<QSqlQuery> exists = m_store->exec(
        QStringLiteral("SELECT 1 FROM operation WHERE id = ? AND deleted = 0"), {id.toRfc4122()});
    if (!exists) {
        fail(exists.error());
        return -1;
    }
    if (!exists->next())
        return -1;
    while (row < 0 && canFetchMore({})) {
        const size_t before = m_items.size();
        fetchMore({});
        if (m_items.size() == before)
            break;
        row = rowOf(id);
    }
    return row;
}

void OperationListModel::reload()
{
    const Raise changing(m_changing);
    beginResetModel();
    const int loaded = std::max(int(m_items.size()), kPageSize);
    std::vector<Item> items;
    if (m_store && readCount() && readPage(nullptr, loaded, items))
        m_items = std::move(items);
    else if (!m_store)
        m_items.clear();
    rebuildIndex();
    endResetModel();
    Q_EMIT totalCountChanged(m_total);
}

QString OperationListModel::sortExpression(QString* collate) const
{
    switch (m_sortColumn) {
    case CodeName:
        *collate = QStringLiteral(" COLLATE NOCASE");
        return QStringLiteral("o.code_name");
    case Status:
        return statusRank();
    case TraffickingType:
        return traffickingTypeRank();
    case LeadAgency:
        *collate = QStringLiteral(" COLLATE NOCASE");
        return QStringLiteral("a.name");
    case Starts:
        return QStringLiteral("o.starts_at");
    case Targets:
        return kTargetCount;
    case Survivors:
        return kSurvivorCount;
    }
    return QStringLiteral("NULL");
}

namespace {

void readRows(QSqlQuery& q, auto& out)
{
    while (q.next()) {
        auto& item = out.emplace_back();
        item.id = QUuid::fromRfc4122(q.value(0).toByteArray());
        item.codeName = q.value(1).toString();
        item.status = q.value(2).toString();
        item.traffickingType = q.value(3).toString();
        item.leadAgency = q.value(4).toString();
        if (!q.value(5).isNull())
            item.starts = QDateTime::fromSecsSinceEpoch(q.value(5).toLongLong(), Qt::UTC);
        item.targets = q.value(6).toLongLong();
        item.survivors = q.value(7).toLongLong();
        item.sortValue = q.value(8);
    }
}

} // namespace

bool OperationListModel::readPage(const Item* after, int limit, std::vector<Item>& out)
{
    // Keyset pagination: the next page starts after the last row loaded, by (sort value, id), so
    // no page costs more than the first and rows written meanwhile never shift a page. Empty
    // values come last either way; the id makes the order total.
    QString collate;
    const QString key = sortExpression(&collate);
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    QString where = QStringLiteral("o.deleted = 0");
    QVariantList binds;
    if (after && after->sortValue.isNull()) {
        where += QStringLiteral(" AND %1 IS NULL AND o.id > ?").arg(key);
        binds << after->id.toRfc4122();
    } else if (after) {
        where += QStringLiteral(" AND (%1%2 %3 ? OR (%1%2 = ? AND o.id > ?) OR %1 IS NULL)")
                     .arg(key, collate, ascending ? QStringLiteral(">") : QStringLiteral("<"));
        binds << after->sortValue << after->sortValue << after->id.toRfc4122();
    }
    binds << limit;
    const QString direction = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    // The page is chosen from (id, sort value) alone; the other columns, the counts above all,
    // are read for the rows of the page only.
    const QString page = QStringLiteral("SELECT o.id AS id, %1 AS k FROM operation o%2 WHERE %3"
                                        " ORDER BY k%4 %5 NULLS LAST, o.id LIMIT ?")
                             .arg(key, m_sortColumn == LeadAgency ? kLeadJoin : QString(), where,
                                  collate, direction);
    const QString sql = kColumns
                        + QStringLiteral(", p.k FROM (%1) p JOIN operation o ON o.id = p.id").arg(page)
                        + kLeadJoin
                        + QStringLiteral(" ORDER BY p.k%1 %2 NULLS LAST, p.id").arg(collate, direction);
    Result<QSqlQuery> q = m_store->exec(sql, binds);
    if (!q) {
        fail(q.error());
        return false;
    }
    readRows(*q, out);
    return true;
}

bool OperationListModel::readItems(const QList<QUuid>& ids, std::vector<Item>& out)
{
    QVariantList binds;
    for (const QUuid& id : ids)
        binds << id.toRfc4122();
    QString collate;
    const QString sql = kColumns + QStringLiteral(", %1 FROM operation o").arg(sortExpression(&collate))
                        + kLeadJoin
                        + QStringLiteral(" WHERE o.deleted = 0 AND o.id IN (%1)")
                              .arg(QStringList(ids.size(), QStringLiteral("?")).join(QLatin1Char(',')));
    Result<QSqlQuery> q = m_store->exec(sql, binds);
    if (!q) {
        fail(q.error());
        return false;
    }
    readRows(*q, out);
    return true;
}

bool OperationListModel::readCount()
{
    Result<QSqlQuery> q = m_store->exec(QStringLiteral("SELECT count(*) FROM operation WHERE deleted = 0"));
    if (!q) {
        fail(q.error());
        return false;
    }
    m_total = q->next() ? q->value(0).toLongLong() : 0;
    return true;
}

void OperationListModel::rebuildIndex()
{
    m_rowOf.clear();
    m_rowOf.reserve(qsizetype(m_items.size()));
    for (size_t i = 0; i < m_items.size(); ++i)
        m_rowOf.insert(m_items[i].id, int(i));
}

void OperationListModel::storeChanged(const QString& entity, const QList<QUuid>& ids)
{
    if (entity == QLatin1String("operation"))
        operationsChanged(ids);
    else if (entity == QLatin1String("target") || entity == QLatin1String("survivor")
             || entity == QLatin1String("agency"))
        reload();
}

void OperationListModel::operationsChanged(const QList<QUuid>& ids)
{
    if (ids.size() > kMaxInPlaceUpdates) {
        reload();
        return;
    }
    std::vector<Item> fresh;
    if (!readItems(ids, fresh))
        return;
    // Every changed operation must be loaded, still there, and keep its place in the order;
    // otherwise rows appear, disappear or move, and a reload is simpler than moving them.
    bool inPlace = fresh.size() == size_t(QSet<QUuid>(ids.begin(), ids.end()).size());
    for (const Item& item : fresh) {
        const int row = rowOf(item.id);
        if (!inPlace || row < 0 || item.sortValue != m_items[size_t(row)].sortValue) {
            inPlace = false;
            break;
        }
    }
    if (!inPlace) {
        reload();
        return;
    }
    for (Item& item : fresh) {
        const int row = rowOf(item.id);
        m_items[size_t(row)] = std::move(item);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void OperationListModel::fail(const Error& error)
{
    Q_EMIT readFailed(tr("The operations could not be read: %1").arg(error.message));
}

} // namespace tandem
