#include "operations/operationlistmodel.h"

#include "bidi.h"
#include "domain/search.h"
#include "domain/searchhits.h"
#include "store/registry.h"
#include "timetext.h"
#include "records/columnheader.h"

#include <QHash>
#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QSet>

#include <algorithm>

namespace tandem {
namespace {

// Above this many changed operations at once (a merge, the demo generator), reading the loaded
// rows again is cheaper than looking each one up.
constexpr int kMaxInPlaceUpdates = 64;

const FieldDef& operationField(const char* name)
{
    return *Registry::instance().entity(QStringLiteral("operation"))->field(QString::fromLatin1(name));
}

// A dot in the colour of an operation's status, so that the list can be scanned by eye.
QIcon statusIcon(const QString& status)
{
    static QHash<QString, QIcon> icons;
    auto it = icons.find(status);
    if (it != icons.end())
        return *it;
    static const QHash<QString, QColor> colours{
        {QStringLiteral("draft"), QColor(0x9a, 0xa0, 0xa6)},
        {QStringLiteral("planned"), QColor(0x3b, 0x7d, 0xd8)},
        {QStringLiteral("approved"), QColor(0x2a, 0xa1, 0x98)},
        {QStringLiteral("briefed"), QColor(0x7e, 0x57, 0xc2)},
        {QStringLiteral("in_progress"), QColor(0xef, 0x8a, 0x17)},
        {QStringLiteral("completed"), QColor(0x3c, 0x9a, 0x4a)},
        {QStringLiteral("closed"), QColor(0x5f, 0x63, 0x68)},
        {QStringLiteral("cancelled"), QColor(0xc6, 0x28, 0x28)},
    };
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colours.value(status, Qt::gray));
    painter.drawEllipse(QRectF(3.5, 3.5, 9, 9));
    painter.end();
    return *icons.insert(status, QIcon(pixmap));
}

} // namespace

OperationListModel::OperationListModel(QObject* parent)
    : SortedPagedModel(kPageSize, Starts, Qt::DescendingOrder, parent)
{
}

OperationListModel::~OperationListModel() = default;

void OperationListModel::setStore(Store* store)
{
    resetRows(kPageSize, [&] {
        if (m_store)
            disconnect(m_store, nullptr, this, nullptr);
        m_hits.reset(); // before the store it belongs to goes
        m_store = store;
        if (m_store)
            connect(m_store, &Store::changed, this, &OperationListModel::storeChanged);
        m_filter = {};
        countAll();
    });
}

void OperationListModel::setFilter(const OperationFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    resetRows(kPageSize);
}

void OperationListModel::countAll()
{
    m_all = 0;
    if (!m_store)
        return;
    Result<qint64> all = OperationListQuery(*m_store, m_sortColumn, m_sortOrder).count();
    if (all)
        m_all = *all;
    else
        fail(all.error());
}

QVariant OperationListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OperationListRow& row = m_rows[size_t(index.row())];
    const bool number = index.column() == Targets || index.column() == Survivors;
    switch (role) {
    case IdRole:
        return row.id;
    case Qt::DecorationRole:
        return index.column() == Status ? QVariant(statusIcon(row.status)) : QVariant();
    case Qt::TextAlignmentRole:
        return int((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        // The whole text, for columns narrow enough to cut it short.
        if (index.column() == Starts)
            return row.starts.isValid() ? QVariant(longTimeText(row.starts)) : QVariant();
        return number ? QVariant() : data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
        switch (index.column()) {
        case CodeName:
            return shownIsolated(row.codeName);
        case Status:
            return operationField("status").valueLabel(row.status);
        case TraffickingType:
            return row.traffickingType.isEmpty()
                       ? QString()
                       : operationField("trafficking_type").valueLabel(row.traffickingType);
        case LeadAgency:
            return shownIsolated(row.leadAgency);
        case Starts:
            return localTimeText(row.starts);
        case Targets:
            return row.targets;
        case Survivors:
            return row.survivors;
        }
        return {};
    default:
        return {};
    }
}

QVariant OperationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return columnHeader({tr("Code name"), tr("Status"), tr("Trafficking type"), tr("Lead agency"), tr("Starts"),
                        tr("Targets"), tr("Survivors")},
                        section, orientation, role, RowHeaders::Numbers, {Targets, Survivors});
}

int OperationListModel::fetchUntil(const QUuid& id)
{
    int row = rowOf(id);
    if (row >= 0 || !m_store)
        return row;
    // Only page through for an operation that is there to be found.
    Result<std::vector<OperationListRow>> there = query().rows({id});
    if (!there) {
        fail(there.error());
        return -1;
    }
    return there->empty() ? -1 : PagedTableModel::fetchUntil(id);
}

void OperationListModel::reload()
{
    resetRows(std::max(int(m_rows.size()), kPageSize));
}

void OperationListModel::findHits()
{
    const QStringList words = search::searchWords(m_filter.text).words;
    if (!m_store || words.isEmpty()) {
        m_hits.reset();
        return;
    }
    if (!m_hits)
        m_hits = std::make_unique<search::OperationHits>(*m_store);
    if (Result<void> found = m_hits->find(words); !found) {
        // The statements search by themselves instead: slower, but right.
        m_hits.reset();
        fail(found.error());
    }
}

Result<qint64> OperationListModel::readCount()
{
    findHits();
    return query().count();
}

Result<std::vector<OperationListRow>> OperationListModel::readPage(const OperationListRow* after, int limit) const
{
    return query().page(after, limit);
}

void OperationListModel::storeChanged(const QString& entity, const QList<QUuid>& ids)
{
    const bool searching = !search::searchWords(m_filter.text).words.isEmpty();
    if (m_hits)
        m_hits->forget(); // the index follows every write
    if (entity == QLatin1String("operation")) {
        countAll();
        // While searching, an edit may change what matches: the search runs again.
        if (searching)
            reload();
        else
            operationsChanged(ids);
    } else if (entity == QLatin1String("target") || entity == QLatin1String("survivor")
               || entity == QLatin1String("agency")) {
        reload();
    } else if (searching && (entity == QLatin1String("note") || entity == QLatin1String("assignment"))) {
        // Their text is searched: an operation may come into the list or leave it.
        reload();
    }
}

void OperationListModel::operationsChanged(const QList<QUuid>& ids)
{
    // An empty list is the Store's "too many rows to name" (a large merge): read them all again.
    if (ids.isEmpty() || ids.size() > kMaxInPlaceUpdates) {
        reload();
        return;
    }
    Result<std::vector<OperationListRow>> fresh = query().rows(ids);
    if (!fresh) {
        fail(fresh.error());
        return;
    }
    // Every changed operation must be loaded, still there, and keep its place in the order;
    // otherwise rows appear, disappear or move, and reading them again is simpler than moving them.
    bool inPlace = fresh->size() == size_t(QSet<QUuid>(ids.begin(), ids.end()).size());
    for (const OperationListRow& row : *fresh) {
        const int at = rowOf(row.id);
        inPlace = inPlace && at >= 0 && row.sortValue == m_rows[size_t(at)].sortValue;
    }
    if (!inPlace) {
        reload();
        return;
    }
    for (OperationListRow& row : *fresh) {
        const int at = rowOf(row.id);
        m_rows[size_t(at)] = std::move(row);
        Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1));
    }
}

QString OperationListModel::readFailedText(const Error& error) const
{
    return tr("The operations could not be read: %1").arg(error.message);
}

void OperationListModel::fail(const Error& error)
{
    Q_EMIT readFailed(readFailedText(error));
}

} // namespace tandem
