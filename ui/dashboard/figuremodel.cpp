#include "dashboard/figuremodel.h"

namespace tandem {

FigureModel::FigureModel(QObject* parent) : QAbstractTableModel(parent) {}

void FigureModel::setFigure(const report::Figure& figure)
{
    beginResetModel();
    m_figure = figure;
    endResetModel();
}

int FigureModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_figure.rowCount();
}

int FigureModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_figure.columnCount();
}

QVariant FigureModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return m_figure.text(index.row(), index.column(), m_locale);
    case Qt::UserRole:
        return m_figure.value(index.row(), index.column());
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::AccessibleTextRole:
        return tr("%1, %2: %3")
            .arg(m_figure.rowLabels.value(index.row()), m_figure.columnLabels.value(index.column()),
                 m_figure.text(index.row(), index.column(), m_locale));
    default:
        return {};
    }
}

QVariant FigureModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QStringList& labels = orientation == Qt::Horizontal ? m_figure.columnLabels : m_figure.rowLabels;
    if (section < 0 || section >= labels.size())
        return {};
    return labels.at(section);
}

} // namespace tandem
