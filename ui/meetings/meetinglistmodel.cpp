#include "meetings/meetinglistmodel.h"

#include "bidi.h"
#include "document.h"
#include "records/followstore.h"
#include "store/registry.h"
#include "store/store.h"
#include "timetext.h"
#include "widgets/textstyle.h"
#include "records/columnheader.h"

#include <QBrush>
#include <QFont>

namespace tandem {
namespace {

// Group rows carry internalId 0; a meeting row carries its band + 1.
constexpr quintptr kBandRow = 0;

QString bandTitle(MeetingListModel::Band band)
{
    switch (band) {
    case MeetingListModel::Overdue:
        return MeetingListModel::tr("Overdue follow-up");
    case MeetingListModel::Today:
        return MeetingListModel::tr("Today");
    case MeetingListModel::Week:
        return MeetingListModel::tr("Next 7 days");
    case MeetingListModel::Later:
        return MeetingListModel::tr("Later");
    case MeetingListModel::Past:
    case MeetingListModel::BandCount:
        break;
    }
    return MeetingListModel::tr("Past");
}

} // namespace

MeetingListModel::MeetingListModel(QObject* parent) : QAbstractItemModel(parent) {}

void MeetingListModel::setDocument(Document* document)
{
    followStore(m_document, document, this,
                [this](const QString& entity, const QList<QUuid>&) { storeChanged(entity); });
    reload();
}

void MeetingListModel::storeChanged(const QString& entity)
{
    if (entity == QLatin1String("meeting") || entity == QLatin1String("action_item") || entity == QLatin1String("agency"))
        reload();
}

Result<void> MeetingListModel::read(std::array<BandData, BandCount>& bands) const
{
    const QDateTime localNow = m_now.toLocalTime();
    const QDateTime todayStart = localNow.date().startOfDay();
    const qint64 tomorrow = localNow.date().addDays(1).startOfDay().toSecsSinceEpoch();
    const qint64 weekEnd = localNow.date().addDays(8).startOfDay().toSecsSinceEpoch();
    Result<MeetingCalendar> calendar = readMeetingCalendar(m_document->store(), m_now, todayStart, kPastLimit);
    if (!calendar)
        return calendar.error();
    for (MeetingEntry& entry : calendar->upcoming) {
        const qint64 at = entry.row.value(QStringLiteral("starts_at")).toDateTime().toSecsSinceEpoch();
        Band band = at < tomorrow ? Today : at < weekEnd ? Week : Later;
        bands[band].items.push_back(std::move(entry));
    }
    bands[Overdue].items = std::move(calendar->overdue);
    bands[Past].items = std::move(calendar->past);
    bands[Past].total = calendar->pastCount;
    for (Band b : {Overdue, Today, Week, Later})
        bands[b].total = qint64(bands[b].items.size());
    return {};
}

void MeetingListModel::reload()
{
    std::array<BandData, BandCount> bands;
    if (m_document) {
        m_now = QDateTime::fromMSecsSinceEpoch(m_document->store().wallClock(), Qt::UTC);
        Result<void> r = read(bands);
        if (!r) {
            Q_EMIT failed(tr("The meetings could not be read: %1").arg(r.error().message));
            bands = {};
        }
    }
    beginResetModel();
    m_bands = std::move(bands);
    endResetModel();
}

std::vector<MeetingListModel::Band> MeetingListModel::shownBands() const
{
    std::vector<Band> out;
    for (int b = 0; b < BandCount; ++b) {
        if (!m_bands[size_t(b)].items.empty())
            out.push_back(Band(b));
    }
    return out;
}

QModelIndex MeetingListModel::bandIndex(Band band) const
{
    const std::vector<Band> shown = shownBands();
    for (size_t i = 0; i < shown.size(); ++i) {
        if (shown[i] == band)
            return createIndex(int(i), 0, kBandRow);
    }
    return {};
}

QModelIndex MeetingListModel::indexOf(const QUuid& meeting) const
{
    for (int b = 0; b < BandCount; ++b) {
        const auto& items = m_bands[size_t(b)].items;
        for (size_t i = 0; i < items.size(); ++i) {
            if (items[i].row.id == meeting)
                return createIndex(int(i), 0, quintptr(b + 1));
        }
    }
    return {};
}

QUuid MeetingListModel::idAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == kBandRow)
        return {};
    return m_bands[size_t(index.internalId() - 1)].items[size_t(index.row())].row.id;
}

QModelIndex MeetingListModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid()) {
        return row < int(shownBands().size()) ? createIndex(row, column, kBandRow) : QModelIndex();
    }
    if (parent.internalId() != kBandRow)
        return {};
    const Band band = shownBands()[size_t(parent.row())];
    if (row >= int(m_bands[size_t(band)].items.size()))
        return {};
    return createIndex(row, column, quintptr(band + 1));
}

QModelIndex MeetingListModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kBandRow)
        return {};
    return bandIndex(Band(child.internalId() - 1));
}

int MeetingListModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(shownBands().size());
    if (parent.internalId() != kBandRow || parent.column() != 0)
        return 0;
    return int(m_bands[size_t(shownBands()[size_t(parent.row())])].items.size());
}

int MeetingListModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant MeetingListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kBandRow) {
        const Band band = shownBands()[size_t(index.row())];
        const BandData& data = m_bands[size_t(band)];
        if (role == BandRole)
            return int(band);
        if (index.column() != Title)
            return {};
        if (role == Qt::DisplayRole) {
            if (band == Past && data.total > qint64(data.items.size()))
                return tr("%1 (latest %L2 of %L3)").arg(bandTitle(band)).arg(data.items.size()).arg(data.total);
            return tr("%1 (%L2)").arg(bandTitle(band)).arg(data.total);
        }
        if (role == Qt::FontRole) {
            QFont f;
            f.setBold(true);
            return f;
        }
        if (role == Qt::ForegroundRole && band == Overdue)
            return QBrush(Colours::error());
        return {};
    }
    const Band band = Band(index.internalId() - 1);
    const Item& item = m_bands[size_t(band)].items[size_t(index.row())];
    if (role == IdRole)
        return item.row.id;
    if (role == BandRole)
        return int(band);
    static const EntityDef& e = *Registry::instance().entity(QStringLiteral("meeting"));
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Title:
            return shownIsolated(item.row.text(QStringLiteral("title")));
        case Kind:
            return e.field(QStringLiteral("kind"))->valueLabel(item.row.text(QStringLiteral("kind")));
        case When:
            return localTimeText(item.row.value(QStringLiteral("starts_at")).toDateTime());
        case Place: {
            const QString place = shownIsolated(item.row.text(QStringLiteral("place")));
            if (item.organiser.isEmpty())
                return place;
            return place.isEmpty() ? shownIsolated(item.organiser) : tr("%1 · %2").arg(place, shownIsolated(item.organiser));
        }
        case Actions:
            if (item.openActions == 0)
                return QString();
            if (item.overdueActions > 0)
                return tr("%L1 open, %L2 overdue").arg(item.openActions).arg(item.overdueActions);
            return tr("%L1 open").arg(item.openActions);
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Actions && item.overdueActions > 0)
        return QBrush(Colours::error());
    if (role == Qt::ToolTipRole && index.column() == Title)
        return item.row.text(QStringLiteral("topics"));
    return {};
}

QVariant MeetingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return columnHeader({tr("Meeting"), tr("Kind"), tr("When"), tr("Where · organiser"), tr("Action items")},
                        section, orientation, role);
}

} // namespace tandem
