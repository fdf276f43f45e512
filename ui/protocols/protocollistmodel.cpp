#include "protocols/protocollistmodel.h"

#include "bidi.h"
#include "records/followstore.h"
#include "store/registry.h"
#include "store/store.h"
#include "widgets/textstyle.h"
#include "records/columnheader.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

namespace tandem {

ProtocolListModel::ProtocolListModel(QObject* parent) : QAbstractTableModel(parent) {}

void ProtocolListModel::setStore(Store* store)
{
    followStore(m_store, store, this, &ProtocolListModel::storeChanged);
    reload();
}

void ProtocolListModel::storeChanged(const QString& entity)
{
    if (entity == QLatin1String("protocol") || entity == QLatin1String("protocol_step")
        || entity == QLatin1String("checklist_item") || entity == QLatin1String("survivor"))
        reload();
}

void ProtocolListModel::setLive(bool live)
{
    m_live = live;
    if (m_live && m_stale)
        reload();
}

void ProtocolListModel::reload()
{
    if (!m_live && m_store) {
        m_stale = true;
        return;
    }
    m_stale = false;
    beginResetModel();
    m_items.clear();
    if (m_store) {
        Result<std::vector<ProtocolListRow>> rows = readProtocolList(*m_store);
        if (!rows)
            Q_EMIT readFailed(tr("The protocols could not be read: %1").arg(rows.error().message));
        else
            m_items = std::move(*rows);
    }
    endResetModel();
}

const ProtocolListModel::Item* ProtocolListModel::item(int row) const
{
    return row >= 0 && row < int(m_items.size()) ? &m_items[size_t(row)] : nullptr;
}

int ProtocolListModel::rowOf(const QUuid& id) const
{
    for (size_t i = 0; i < m_items.size(); ++i) {
        if (m_items[i].id == id)
            return int(i);
    }
    return -1;
}

int ProtocolListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ProtocolListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProtocolListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item& i = m_items[size_t(index.row())];
    const bool retired = i.status != QLatin1String("active");
    const bool number = index.column() == Version || index.column() == Steps || index.column() == Survivors;
    switch (role) {
    case IdRole:
        return i.id;
    case StatusRole:
        return i.status;
    case Qt::TextAlignmentRole:
        return int((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        return retired ? QVariant(QBrush(Colours::muted())) : QVariant();
    case Qt::FontRole:
        if (!retired && index.column() == Name) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Survivors)
            return i.survivors == 1 ? tr("1 survivor follows this version")
                                    : tr("%Ln survivors follow this version", nullptr, int(i.survivors));
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return shownIsolated(i.name);
        case Version:
            return i.version;
        case Status:
            return Registry::instance().entity(QStringLiteral("protocol"))->field(QStringLiteral("status"))->valueLabel(i.status);
        case Jurisdiction:
            return shownIsolated(i.jurisdiction);
        case Steps:
            return i.steps;
        case Survivors:
            return i.survivors;
        }
        return {};
    default:
        return {};
    }
}

QVariant ProtocolListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return columnHeader({tr("Protocol"), tr("Version"), tr("Status"), tr("Jurisdiction"), tr("Steps"),
                        tr("Followed by")},
                        section, orientation, role, RowHeaders::Numbers, {Version, Steps, Survivors});
}

} // namespace tandem
