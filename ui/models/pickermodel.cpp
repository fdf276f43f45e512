#include "pickermodel.h"

#include <iterator>
#include <utility>

namespace tandem {

PickerModel::PickerModel(PickerSource& source, QObject* parent) : QAbstractListModel(parent), m_source(source) {}

bool PickerModel::setSearch(const QString& text)
{
    const bool wasChanging = std::exchange(m_changing, true);
    beginResetModel();
    m_search = text;
    m_entries.clear();
    m_matches = 0;
    m_failed = false;
    QString error;
    if (Result<qint64> matches = m_source.search(text); !matches) {
        error = matches.error().message;
    } else if (Result<std::vector<PickerEntry>> first = m_source.page(nullptr, kPageSize); !first) {
        error = first.error().message;
    } else {
        m_matches = *matches;
        m_entries = std::move(*first);
        // The count and the page are two statements: never promise more than there is.
        if (qint64(m_entries.size()) < kPageSize)
            m_matches = qint64(m_entries.size());
    }
    m_failed = !error.isEmpty();
    endResetModel();
    m_changing = wasChanging;
    if (m_failed)
        Q_EMIT readFailed(error);
    return !m_failed;
}

QUuid PickerModel::idAt(int row) const
{
    return row >= 0 && row < int(m_entries.size()) ? m_entries[size_t(row)].id : QUuid();
}

int PickerModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant PickerModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PickerEntry& entry = m_entries[size_t(index.row())];
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

bool PickerModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_changing && !m_failed && qint64(m_entries.size()) < m_matches;
}

void PickerModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    Result<std::vector<PickerEntry>> more = m_source.page(m_entries.empty() ? nullptr : &m_entries.back(), kPageSize);
    if (!more) {
        m_failed = true;
        Q_EMIT readFailed(more.error().message);
        return;
    }
    if (more->empty()) {
        // Fewer than counted (the records changed between the statements): the list ends here.
        m_matches = qint64(m_entries.size());
        return;
    }
    const int first = int(m_entries.size());
    const bool wasChanging = std::exchange(m_changing, true);
    beginInsertRows({}, first, first + int(more->size()) - 1);
    m_entries.insert(m_entries.end(), std::make_move_iterator(more->begin()), std::make_move_iterator(more->end()));
    endInsertRows();
    m_changing = wasChanging;
    if (qint64(more->size()) < kPageSize)
        m_matches = qint64(m_entries.size());
}

} // namespace tandem
