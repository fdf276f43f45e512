#include "protocollistmodel.h"

#include "bidi.h"
#include "store/registry.h"
#include "store/store.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QSqlQuery>

namespace tandem {

ProtocolListModel::ProtocolListModel(QObject* parent) : QAbstractTableModel(parent) {}

void ProtocolListModel::setStore(Store* store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store)
        connect(m_store, &Store::changed, this, &ProtocolListModel::storeChanged);
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
        Result<QSqlQuery> q = m_store->exec(QStringLiteral(
            "SELECT r.id, r.family, r.name, r.version, r.status, r.jurisdiction, r.next_review_at,"
            " (SELECT count(*) FROM protocol_step p WHERE p.protocol = r.id AND p.deleted = 0),"
            " (SELECT count(DISTINCT i.survivor) FROM checklist_item i JOIN protocol_step p ON p.id = i.step"
            "  JOIN survivor s ON s.id = i.survivor AND s.deleted = 0 WHERE p.protocol = r.id AND i.deleted = 0)"
            " FROM protocol r WHERE r.deleted = 0 ORDER BY r.name COLLATE NOCASE, r.family, r.version DESC"));
        if (!q) {
            Q_EMIT readFailed(tr("The protocols could not be read: %1").arg(q.error().message));
        } else {
            while (q->next()) {
                Item i;
                i.id = QUuid::fromRfc4122(q->value(0).toByteArray());
                i.family = QUuid::fromRfc4122(q->value(1).toByteArray());
                i.name = q->value(2).toString();
                i.version = q->value(3).toInt();
                i.status = q->value(4).toString();
                i.jurisdiction = q->value(5).toString();
                if (!q->value(6).isNull())
                    i.nextReview = QDateTime::fromSecsSinceEpoch(q->value(6).toLongLong(), Qt::UTC);
                i.steps = q->value(7).toInt();
                i.survivors = q->value(8).toInt();
                m_items.push_back(std::move(i));
            }
        }
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
        return retired ? QVariant(QBrush(QColor(0x6b, 0x72, 0x78))) : QVariant();
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
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return int((section == Version || section == Steps || section == Survivors ? Qt::AlignRight : Qt::AlignLeft)
                   | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Protocol");
    case Version:
        return tr("Version");
    case Status:
        return tr("Status");
    case Jurisdiction:
        return tr("Jurisdiction");
    case Steps:
        return tr("Steps");
    case Survivors:
        return tr("Followed by");
    }
    return {};
}

} // namespace tandem
