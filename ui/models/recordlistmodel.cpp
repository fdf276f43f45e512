#include "recordlistmodel.h"

#include "domain/search.h"
#include "store/store.h"
#include "store/value.h"

#include <QSqlQuery>

namespace tandem {
namespace {

constexpr int kPage = RecordListModel::kPageSize;

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

} // namespace

RecordListModel::RecordListModel(const QString& entity, const QStringList& columns, QObject* parent)
    : QAbstractTableModel(parent)
    , m_entity(Registry::instance().entity(entity))
    , m_columns(columns)
{
    Q_ASSERT(m_entity);
}

void RecordListModel::setStore(Store* store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store) {
        connect(m_store, &Store::changed, this, [this](const QString& entity) { storeChanged(entity); });
    }
    m_search.clear();
    const Raise changing(m_changing);
    beginResetModel();
    load(kPage);
    endResetModel();
    Q_EMIT totalCountChanged();
}

void RecordListModel::setSearch(const QString& text)
{
    if (text == m_search)
        return;
    m_search = text;
    const Raise changing(m_changing);
    beginResetModel();
    load(kPage);
    endResetModel();
    Q_EMIT totalCountChanged();
}

RecordListModel::Query RecordListModel::query() const
{
    Query q;
    q.from = m_entity->name + QStringLiteral(" d");
    q.where = QStringLiteral("d.deleted = 0");
    const search::Condition c = search::directoryCondition(search::searchWords(m_search).words, QStringLiteral("d"));
    if (!c.isEmpty()) {
        q.from += c.join;
        q.where += QStringLiteral(" AND ") + c.condition;
        q.binds = c.binds;
    }
    return q;
}

QString RecordListModel::sortKey() const
{
    const FieldDef& f = *m_entity->field(m_columns[m_sortColumn]);
    const bool text = f.type == FieldType::Text || f.type == FieldType::LongText;
    return QStringLiteral("d.") + f.name + (text ? QStringLiteral(" COLLATE NOCASE") : QString());
}

Result<std::vector<Row>> RecordListModel::page(const Row* after, int limit) const
{
    Query q = query();
    const FieldDef& field = *m_entity->field(m_columns[m_sortColumn]);
    const QString key = sortKey();
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    if (after) {
        const QVariant v = value::toSql(field, after->value(field.name));
        if (v.isNull()) {
            q.where += QStringLiteral(" AND d.%1 IS NULL AND d.id > ?").arg(field.name);
            q.binds << after->id.toRfc4122();
        } else {
            q.where += QStringLiteral(" AND (%1 %2 ? OR (%1 = ? AND d.id > ?) OR d.%3 IS NULL)")
                           .arg(key, ascending ? QStringLiteral(">") : QStringLiteral("<"), field.name);
            q.binds << v << v << after->id.toRfc4122();
        }
    }
    QStringList columns;
    for (const QString& c : Store::selectColumns(*m_entity).split(QStringLiteral(", ")))
        columns << QStringLiteral("d.") + c;
    q.binds << limit;
    Result<QSqlQuery> rows = m_store->exec(QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %4 %5 NULLS LAST, d.id LIMIT ?")
                                               .arg(columns.join(QStringLiteral(", ")), q.from, q.where, key,
                                                    ascending ? QStringLiteral("ASC") : QStringLiteral("DESC")),
                                           q.binds);
    if (!rows)
        return rows.error();
    std::vector<Row> out;
    while (rows->next())
        out.push_back(Store::rowFromQuery(*m_entity, *rows));
    return out;
}

void RecordListModel::load(int rows)
{
    m_rows.clear();
    m_rowOf.clear();
    m_total = 0;
    m_all = 0;
    if (!m_store)
        return;
    const Query q = query();
    Result<QSqlQuery> count = m_store->exec(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(q.from, q.where), q.binds);
    Result<QSqlQuery> all = m_store->exec(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0").arg(m_entity->name));
    Result<std::vector<Row>> first = page(nullptr, rows);
    if (!count || !all || !first) {
        const Error e = !count ? count.error() : !all ? all.error() : first.error();
        Q_EMIT readFailed(tr("The %1 could not be read: %2").arg(m_entity->pluralLabelText().toLower(), e.message));
        return;
    }
    m_total = count->next() ? count->value(0).toLongLong() : 0;
    m_all = all->next() ? all->value(0).toLongLong() : 0;
    m_rows = std::move(*first);
    for (size_t i = 0; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows[i].id, int(i));
}

void RecordListModel::reload()
{
    const Raise changing(m_changing);
    beginResetModel();
    load(std::max(int(m_rows.size()), kPage));
    endResetModel();
    Q_EMIT totalCountChanged();
}

void RecordListModel::storeChanged(const QString& entity)
{
    if (entity == m_entity->name)
        reload();
}

int RecordListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant RecordListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[size_t(index.row())];
    const FieldDef& field = *m_entity->field(m_columns[index.column()]);
    switch (role) {
    case IdRole:
        return row.id;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return value::display(field, row.value(field.name));
    case Qt::TextAlignmentRole:
        return int((field.type == FieldType::Int ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant RecordListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_entity->field(m_columns[section])->labelText();
    return {};
}

bool RecordListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_store && !m_changing && qint64(m_rows.size()) < m_total;
}

void RecordListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    Result<std::vector<Row>> more = page(m_rows.empty() ? nullptr : &m_rows.back(), kPage);
    if (!more) {
        Q_EMIT readFailed(tr("The %1 could not be read: %2").arg(m_entity->pluralLabelText().toLower(), more.error().message));
        return;
    }
    if (more->empty()) {
        m_total = qint64(m_rows.size());
        Q_EMIT totalCountChanged();
        return;
    }
    const Raise changing(m_changing);
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(more->size()) - 1);
    for (Row& row : *more) {
        m_rowOf.insert(row.id, int(m_rows.size()));
        m_rows.push_back(std::move(row));
    }
    endInsertRows();
}

void RecordListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount() || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    const Raise changing(m_changing);
    beginResetModel();
    load(kPage);
    endResetModel();
    Q_EMIT totalCountChanged();
}

QUuid RecordListModel::idAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[size_t(row)].id : QUuid();
}

int RecordListModel::rowOf(const QUuid& id) const
{
    return m_rowOf.value(id, -1);
}

int RecordListModel::fetchUntil(const QUuid& id)
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

} // namespace tandem
