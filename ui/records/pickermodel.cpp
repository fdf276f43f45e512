#include "records/pickermodel.h"

namespace tandem {

PickerModel::PickerModel(PickerSource& source, QObject* parent) : PagedTableModel(kPageSize, parent), m_source(source) {}

bool PickerModel::setSearch(const QString& text)
{
    return resetRows(kPageSize, [&] { m_search = text; });
}

Result<qint64> PickerModel::readCount()
{
    return m_source.search(m_search);
}

Result<std::vector<PickerEntry>> PickerModel::readPage(const PickerEntry* after, int limit) const
{
    return m_source.page(after, limit);
}

QString PickerModel::readFailedText(const Error& error) const
{
    return error.message;
}

int PickerModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 1;
}

QVariant PickerModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PickerEntry& entry = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return entry.text;
    case IdRole:
        return entry.id;
    default:
        return {};
    }
}

} // namespace tandem
