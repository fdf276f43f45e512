#include "today/todaymodel.h"

#include "bidi.h"
#include "records/followstore.h"
#include "survivors/survivorcommands.h"
#include "document.h"
#include "store/registry.h"
#include "store/store.h"
#include "timetext.h"
#include "widgets/textstyle.h"
#include "records/columnheader.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QScopedValueRollback>

namespace tandem {
namespace {

// Internal ids: 0 for a band row; 1 + band for a survivor row (its parent is that band);
// 1 + kDueBands + kDueBands × survivor + band for a step row (its parent is that survivor).
constexpr quintptr kBandRow = 0;
constexpr quintptr kLastSurvivorRow = kDueBands;
constexpr quintptr kFirstStepRow = kDueBands + 1;
quintptr survivorRowId(int band) { return quintptr(1 + band); }
quintptr stepRowId(int band, int survivor) { return kFirstStepRow + quintptr(kDueBands * survivor + band); }
int stepBand(quintptr id) { return int((id - kFirstStepRow) % kDueBands); }
int stepSurvivor(quintptr id) { return int((id - kFirstStepRow) / kDueBands); }

const FieldDef& field(const char* entity, const char* name)
{
    return *Registry::instance().entity(QString::fromLatin1(entity))->field(QString::fromLatin1(name));
}

} // namespace

QString TodayModel::lateText(qint64 seconds)
{
    return tr("%1 late").arg(durationText(seconds));
}

TodayModel::TodayModel(QObject* parent) : QAbstractItemModel(parent) {}

void TodayModel::setDocument(Document* document)
{
    followStore(m_document, document, this, &TodayModel::storeChanged);
    reload();
}

void TodayModel::setFilter(const DueFilter& filter)
{
    m_filter = filter;
    reload();
}

void TodayModel::storeChanged(const QString& entity)
{
    static const QStringList shown{QStringLiteral("checklist_item"), QStringLiteral("survivor"),
                                   QStringLiteral("protocol_step"), QStringLiteral("operation")};
    if (shown.contains(entity))
        reload();
}

Result<std::vector<TodayModel::SurvivorNode>> TodayModel::readPage(DueBand band, const DueSurvivor* after,
                                                                    int limit) const
{
    const Store& store = m_document->store();
    Result<std::vector<DueSurvivor>> survivors = dueSurvivors(store, band, m_now, m_filter, after, limit);
    if (!survivors)
        return survivors.error();
    QList<QUuid> ids;
    for (const DueSurvivor& s : *survivors)
        ids << s.survivor;
    Result<std::vector<DueStep>> steps = dueStepsOf(store, band, m_now, m_filter, ids);
    if (!steps)
        return steps.error();
    std::vector<SurvivorNode> out;
    size_t next = 0;
    for (DueSurvivor& s : *survivors) {
        SurvivorNode node{std::move(s), {}};
        while (next < steps->size() && (*steps)[next].survivor == node.survivor.survivor)
            node.steps.push_back(std::move((*steps)[next++]));
        out.push_back(std::move(node));
    }
    return out;
}

void TodayModel::setLive(bool live)
{
    m_live = live;
    if (m_live && m_stale)
        reload();
}

void TodayModel::reload()
{
    if (!m_live && m_document) {
        m_stale = true;
        return;
    }
    m_stale = false;
    const QScopedValueRollback<bool> changing(m_changing, true);
    beginResetModel();
    std::array<size_t, kDueBands> loaded{};
    for (int b = 0; b < kDueBands; ++b)
        loaded[size_t(b)] = m_bands[size_t(b)].survivors.size();
    m_bands = {};
    if (m_document) {
        const Store& store = m_document->store();
        m_now = QDateTime::fromMSecsSinceEpoch(store.wallClock(), Qt::UTC);
        for (int b = 0; b < kDueBands; ++b) {
            const auto band = DueBand(b);
            Result<qint64> total = dueStepCount(store, band, m_now, m_filter);
            const int limit = std::max(int(loaded[size_t(b)]), kPageSize);
            Result<std::vector<SurvivorNode>> page = total ? readPage(band, nullptr, limit)
                                                           : Result<std::vector<SurvivorNode>>(total.error());
            if (!page) {
                Q_EMIT failed(tr("The steps due could not be read."), page.error());
                continue;
            }
            m_bands[size_t(b)].total = *total;
            m_bands[size_t(b)].more = int(page->size()) == limit;
            m_bands[size_t(b)].survivors = std::move(*page);
        }
    }
    endResetModel();
    Q_EMIT countsChanged();
}

QModelIndex TodayModel::bandIndex(DueBand band) const
{
    return createIndex(int(band), 0, kBandRow);
}

QModelIndex TodayModel::indexOfStep(const QUuid& item) const
{
    for (int b = 0; b < kDueBands; ++b) {
        const auto& survivors = m_bands[size_t(b)].survivors;
        for (size_t s = 0; s < survivors.size(); ++s) {
            for (size_t k = 0; k < survivors[s].steps.size(); ++k) {
                if (survivors[s].steps[k].item == item)
                    return createIndex(int(k), 0, stepRowId(b, int(s)));
            }
        }
    }
    return {};
}

QModelIndex TodayModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || row >= rowCount(parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kBandRow);
    if (parent.internalId() == kBandRow)
        return createIndex(row, column, survivorRowId(parent.row()));
    if (parent.internalId() <= kLastSurvivorRow)
        return createIndex(row, column, stepRowId(int(parent.internalId()) - 1, parent.row()));
    return {};
}

QModelIndex TodayModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kBandRow)
        return {};
    const quintptr id = child.internalId();
    if (id <= kLastSurvivorRow)
        return createIndex(int(id) - 1, 0, kBandRow);
    return createIndex(stepSurvivor(id), 0, survivorRowId(stepBand(id)));
}

int TodayModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return kDueBands;
    if (parent.column() != 0)
        return 0;
    if (parent.internalId() == kBandRow)
        return int(m_bands[size_t(parent.row())].survivors.size());
    if (parent.internalId() <= kLastSurvivorRow)
        return int(m_bands[parent.internalId() - 1].survivors[size_t(parent.row())].steps.size());
    return 0;
}

int TodayModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

bool TodayModel::hasChildren(const QModelIndex& parent) const
{
    return rowCount(parent) > 0 || (parent.isValid() && parent.internalId() == kBandRow && parent.column() == 0
                                    && m_bands[size_t(parent.row())].more);
}

bool TodayModel::canFetchMore(const QModelIndex& parent) const
{
    return parent.isValid() && parent.internalId() == kBandRow && parent.column() == 0 && !m_changing
           && m_document && m_bands[size_t(parent.row())].more;
}

void TodayModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const auto band = DueBand(parent.row());
    Band& b = m_bands[size_t(parent.row())];
    Result<std::vector<SurvivorNode>> page = readPage(band, b.survivors.empty() ? nullptr : &b.survivors.back().survivor,
                                                      kPageSize);
    if (!page) {
        b.more = false;
        Q_EMIT failed(tr("The steps due could not be read."), page.error());
        return;
    }
    b.more = int(page->size()) == kPageSize;
    if (page->empty())
        return;
    const QScopedValueRollback<bool> changing(m_changing, true);
    const int first = int(b.survivors.size());
    beginInsertRows(parent, first, first + int(page->size()) - 1);
    for (SurvivorNode& node : *page)
        b.survivors.push_back(std::move(node));
    endInsertRows();
}

QVariant TodayModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const quintptr id = index.internalId();
    if (id == kBandRow) {
        const auto band = DueBand(index.row());
        const qint64 n = m_bands[size_t(index.row())].total;
        if (role == KindRole)
            return BandRow;
        if (role == BandRole)
            return index.row();
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (role == Qt::ForegroundRole && band == DueBand::Overdue && n > 0)
            return QBrush(Colours::overdue());
        if (role != Qt::DisplayRole || index.column() != What)
            return {};
        switch (band) {
        case DueBand::Overdue:
            return tr("Overdue (%L1)").arg(n);
        case DueBand::Soon:
            return tr("Due in the next 24 hours (%L1)").arg(n);
        case DueBand::BeforeInterview:
            return tr("Before the first interview, rescued in the last two weeks (%L1)").arg(n);
        }
        return {};
    }
    if (id <= kLastSurvivorRow) {
        const int band = int(id) - 1;
        const DueSurvivor& s = m_bands[size_t(band)].survivors[size_t(index.row())].survivor;
        switch (role) {
        case KindRole:
            return SurvivorRow;
        case BandRole:
            return band;
        case IdRole:
            return s.survivor;
        case Qt::DisplayRole:
            if (index.column() == What)
                return s.operationName.isEmpty() ? shownIsolated(s.code)
                                                 : tr("%1 · %2").arg(shownIsolated(s.code), shownIsolated(s.operationName));
            if (index.column() == Timing)
                return s.steps == 1 ? tr("1 step") : tr("%Ln steps", nullptr, int(s.steps));
            return {};
        default:
            return {};
        }
    }
    const int band = stepBand(id);
    const SurvivorNode& node = m_bands[size_t(band)].survivors[size_t(stepSurvivor(id))];
    const DueStep& step = node.steps[size_t(index.row())];
    switch (role) {
    case KindRole:
        return StepRow;
    case BandRole:
        return band;
    case IdRole:
        return step.item;
    case Qt::CheckStateRole:
        return index.column() == What ? QVariant(Qt::Unchecked) : QVariant();
    case Qt::ForegroundRole:
        if (band == int(DueBand::Overdue) && (index.column() == Timing || index.column() == Due))
            return QBrush(Colours::overdue());
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Due && step.dueAt.isValid())
            return longTimeText(step.dueAt);
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
        switch (index.column()) {
        case What:
            return step.mandatory ? shownIsolated(step.title) : tr("%1 (optional)").arg(shownIsolated(step.title));
        case Due:
            return step.dueAt.isValid() ? localTimeText(step.dueAt)
                                        : tr("Before first interview");
        case Timing:
            if (band == int(DueBand::Overdue))
                return lateText(step.dueAt.secsTo(m_now));
            if (band == int(DueBand::Soon))
                return tr("in %1").arg(durationText(m_now.secsTo(step.dueAt)));
            return tr("rescued %1 ago").arg(durationText(node.survivor.firstDue.secsTo(m_now)));
        case Owner:
            return field("protocol_step", "owner_role").valueLabel(step.ownerRole);
        case State:
            return field("checklist_item", "state").valueLabel(step.state);
        }
        return {};
    default:
        return {};
    }
}

bool TodayModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || !m_document || index.column() != What
        || data(index, KindRole).toInt() != StepRow || Qt::CheckState(value.toInt()) == Qt::Unchecked)
        return false;
    const QUuid item = data(index, IdRole).toUuid();
    Result<void> r = tickStep(*m_document, item, TickOptions{});
    if (!r) {
        Q_EMIT failed(tr("The step could not be ticked."), r.error());
        return false;
    }
    return true;
}

Qt::ItemFlags TodayModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractItemModel::flags(index);
    if (index.isValid() && index.column() == What && index.internalId() > kLastSurvivorRow)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant TodayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return columnHeader({tr("Survivor and step"), tr("Due"), tr("How late / in"), tr("Owner"), tr("State")},
                        section, orientation, role, RowHeaders::Numbers);
}

} // namespace tandem
