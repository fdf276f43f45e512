#include "protocols/protocolstepmodel.h"

#include "bidi.h"
#include "store/registry.h"

#include <QMimeData>

namespace tandem {
namespace {

const FieldDef& stepField(const char* name)
{
    return *Registry::instance().entity(QStringLiteral("protocol_step"))->field(QString::fromLatin1(name));
}

} // namespace

ProtocolStepModel::ProtocolStepModel(QObject* parent) : QAbstractTableModel(parent) {}

void ProtocolStepModel::setSteps(std::vector<ProtocolStepSpec> steps)
{
    beginResetModel();
    m_steps = std::move(steps);
    endResetModel();
}

const ProtocolStepSpec* ProtocolStepModel::step(int row) const
{
    return row >= 0 && row < int(m_steps.size()) ? &m_steps[size_t(row)] : nullptr;
}

void ProtocolStepModel::setStep(int row, const ProtocolStepSpec& step)
{
    if (row < 0 || row >= int(m_steps.size()) || m_steps[size_t(row)] == step)
        return;
    m_steps[size_t(row)] = step;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT modified();
}

int ProtocolStepModel::insertStep(int row, const ProtocolStepSpec& step)
{
    row = std::clamp(row, 0, int(m_steps.size()));
    beginInsertRows({}, row, row);
    m_steps.insert(m_steps.begin() + row, step);
    endInsertRows();
    Q_EMIT modified();
    return row;
}

void ProtocolStepModel::removeStep(int row)
{
    if (row < 0 || row >= int(m_steps.size()))
        return;
    beginRemoveRows({}, row, row);
    m_steps.erase(m_steps.begin() + row);
    endRemoveRows();
    Q_EMIT modified();
}

bool ProtocolStepModel::moveStep(int from, int to)
{
    const int n = int(m_steps.size());
    if (from < 0 || from >= n || to < 0 || to >= n || from == to)
        return false;
    // beginMoveRows takes the row it goes before, counted before the move.
    return moveRows({}, from, 1, {}, to > from ? to + 1 : to);
}

bool ProtocolStepModel::moveRows(const QModelIndex& sourceParent, int sourceRow, int count,
                                 const QModelIndex& destinationParent, int destinationChild)
{
    const int n = int(m_steps.size());
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1 || sourceRow < 0 || sourceRow >= n
        || destinationChild < 0 || destinationChild > n || destinationChild == sourceRow
        || destinationChild == sourceRow + 1)
        return false;
    if (!beginMoveRows({}, sourceRow, sourceRow, {}, destinationChild))
        return false;
    ProtocolStepSpec moved = std::move(m_steps[size_t(sourceRow)]);
    m_steps.erase(m_steps.begin() + sourceRow);
    const int to = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
    m_steps.insert(m_steps.begin() + to, std::move(moved));
    endMoveRows();
    Q_EMIT modified();
    return true;
}

QString ProtocolStepModel::dueText(const ProtocolStepSpec& s)
{
    if (s.dueAnchor == QLatin1String("first_interview"))
        return tr("Before the first interview");
    const int m = s.dueOffsetMinutes;
    if (m % 1440 == 0 && m >= 7 * 1440)
        return tr("%1 d after T0").arg(m / 1440);
    if (m % 60 == 0)
        return tr("%1 h after T0").arg(m / 60);
    return tr("%1 min after T0").arg(m);
}

int ProtocolStepModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

int ProtocolStepModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProtocolStepModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProtocolStepSpec& s = m_steps[size_t(index.row())];
    if (role == Qt::ToolTipRole && index.column() == Title)
        return s.guidance.isEmpty() ? s.title : s.title + QStringLiteral("\n\n") + s.guidance;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Title:
        return shownIsolated(s.title);
    case Owner:
        return stepField("owner_role").valueLabel(s.ownerRole);
    case Due:
        return dueText(s);
    case Mandatory:
        return s.mandatory ? tr("Mandatory") : tr("Optional");
    case AppliesTo:
        return stepField("applies_to").valueLabel(s.appliesTo);
    }
    return {};
}

QVariant ProtocolStepModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && role == Qt::DisplayRole && section >= 0 && section < int(m_steps.size()))
        return section + 1;
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return tr("Step");
    case Owner:
        return tr("Owner");
    case Due:
        return tr("Due");
    case Mandatory:
        return tr("Required");
    case AppliesTo:
        return tr("Applies to");
    }
    return {};
}

Qt::ItemFlags ProtocolStepModel::flags(const QModelIndex& index) const
{
    // Drops go between rows (to the root), never onto a step.
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return QAbstractTableModel::flags(index) | Qt::ItemIsDragEnabled;
}

Qt::DropActions ProtocolStepModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList ProtocolStepModel::mimeTypes() const
{
    return {QString::fromLatin1(kMimeType)};
}

QMimeData* ProtocolStepModel::mimeData(const QModelIndexList& indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto* data = new QMimeData;
    data->setData(QString::fromLatin1(kMimeType), QByteArray::number(indexes.constFirst().row()));
    return data;
}

bool ProtocolStepModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int, int,
                                        const QModelIndex& parent) const
{
    return data && action == Qt::MoveAction && !parent.isValid() && data->hasFormat(QString::fromLatin1(kMimeType));
}

bool ProtocolStepModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                     const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    bool ok = false;
    const int from = data->data(QString::fromLatin1(kMimeType)).toInt(&ok);
    if (!ok)
        return false;
    const int before = row < 0 ? int(m_steps.size()) : row;
    moveRows({}, from, 1, {}, before);
    // The move is done; returning false keeps the view from removing the dragged row itself.
    return false;
}

} // namespace tandem
