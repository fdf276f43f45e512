#include "directory/recordlistmodel.h"

#include "query/directorylist.h"
#include "query/names.h"
#include "records/followstore.h"
#include "store/store.h"
#include "store/value.h"

namespace tandem {

RecordListModel::RecordListModel(const QString& entity, const QStringList& columns, QObject* parent)
    : SortedPagedModel(kPageSize, 0, Qt::AscendingOrder, parent)
    , m_entity(Registry::instance().entity(entity))
    , m_columns(columns)
{
    Q_ASSERT(m_entity);
}

void RecordListModel::setStore(Store* store)
{
    resetRows(kPageSize, [&] {
        followStore(m_store, store, this, [this](const QString& entity) { storeChanged(entity); });
        m_search.clear();
        m_all = 0;
    });
}

void RecordListModel::setSearch(const QString& text)
{
    if (text == m_search)
        return;
    m_search = text;
    resetRows(kPageSize);
}

DirectoryQuery RecordListModel::query() const
{
    return DirectoryQuery(*m_store, *m_entity, m_columns[m_sortColumn], m_sortOrder, m_search);
}

Result<qint64> RecordListModel::readCount()
{
    m_all = 0;
    Result<qint64> count = query().count();
    if (!count)
        return count.error();
    Result<qint64> all = liveCount(*m_store, m_entity->name);
    if (!all)
        return all.error();
    m_all = *all;
    return *count;
}

Result<std::vector<Row>> RecordListModel::readPage(const Row* after, int limit) const
{
    return query().page(after, limit);
}

QString RecordListModel::readFailedText(const Error& error) const
{
    return tr("The %1 could not be read: %2").arg(m_entity->pluralLabelText().toLower(), error.message);
}

void RecordListModel::reload()
{
    resetRows(std::max(int(m_rows.size()), kPageSize));
}

void RecordListModel::storeChanged(const QString& entity)
{
    if (entity == m_entity->name)
        reload();
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

} // namespace tandem
