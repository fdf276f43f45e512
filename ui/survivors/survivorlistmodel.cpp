#include "survivors/survivorlistmodel.h"

#include "bidi.h"
#include "records/followstore.h"
#include "store/registry.h"
#include "store/store.h"
#include "timetext.h"
#include "widgets/textstyle.h"
#include "records/columnheader.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QPalette>

namespace tandem {

SurvivorListModel::SurvivorListModel(QObject* parent)
    : SortedPagedModel(kPageSize, Overdue, Qt::DescendingOrder, parent)
{
}

void SurvivorListModel::setStore(Store* store)
{
    followStore(m_store, store, this, &SurvivorListModel::storeChanged);
    reset(kPageSize);
}

void SurvivorListModel::setSearch(const QString& text)
{
    if (text.trimmed() == m_search)
        return;
    m_search = text.trimmed();
    reset(kPageSize);
}

Result<qint64> SurvivorListModel::readCount()
{
    return query().count();
}

Result<std::vector<SurvivorListRow>> SurvivorListModel::readPage(const SurvivorListRow* after, int limit) const
{
    return query().page(after, limit);
}

QString SurvivorListModel::readFailedText(const Error& error) const
{
    return tr("The survivors could not be read: %1").arg(error.message);
}

QVariant SurvivorListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item& row = m_rows[size_t(index.row())];
    const bool number = index.column() == Progress || index.column() == Overdue;
    switch (role) {
    case IdRole:
        return row.id;
    case Qt::TextAlignmentRole:
        return int((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (index.column() == Overdue && row.overdue > 0)
            return QBrush(Colours::overdue());
        return {};
    case Qt::FontRole:
        if (index.column() == Overdue && row.overdue > 0) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Progress)
            return tr("%1 of %2 steps settled (done, not applicable or declined by the survivor)")
                .arg(row.settled)
                .arg(row.total);
        if (index.column() == RescuedAt && row.rescuedAt.isValid())
            return longTimeText(row.rescuedAt);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Code:
            return shownIsolated(row.code);
        case Operation:
            return shownIsolated(row.operationName);
        case RescuedAt:
            return row.rescuedAt.isValid() ? localTimeText(row.rescuedAt)
                                           : tr("Not set");
        case AgeBand: {
            const FieldDef* f = Registry::instance().entity(QStringLiteral("survivor"))->field(QStringLiteral("age_band"));
            return f->valueLabel(row.ageBand);
        }
        case Progress:
            return row.total == 0 ? tr("No checklist") : tr("%1/%2").arg(row.settled).arg(row.total);
        case Overdue:
            return row.overdue;
        }
        return {};
    default:
        return {};
    }
}

QVariant SurvivorListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return columnHeader({tr("Code"), tr("Operation"), tr("Rescued (T0)"), tr("Age band"), tr("Steps"),
                        tr("Overdue")}, section, orientation, role, RowHeaders::Numbers, {Progress, Overdue});
}

void SurvivorListModel::setLive(bool live)
{
    m_live = live;
    if (m_live && std::exchange(m_stale, false))
        refresh();
}

void SurvivorListModel::refresh()
{
    if (!m_live) {
        m_stale = true;
        return;
    }
    if (!m_store || m_rows.empty()) {
        reset(kPageSize);
        return;
    }
    Result<std::vector<Item>> fresh = readPage(nullptr, int(m_rows.size()));
    Result<qint64> total = query().count();
    if (!fresh || !total) {
        Q_EMIT readFailed(readFailedText(fresh ? total.error() : fresh.error()));
        return;
    }
    bool same = fresh->size() == m_rows.size() && *total == totalCount();
    for (size_t i = 0; same && i < m_rows.size(); ++i)
        same = (*fresh)[i].id == m_rows[i].id;
    if (!same) {
        reset(std::max(int(m_rows.size()), kPageSize));
        return;
    }
    m_rows = std::move(*fresh);
    Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void SurvivorListModel::reset(int rows)
{
    m_stale = false;
    resetRows(rows);
}

void SurvivorListModel::storeChanged(const QString& entity)
{
    static const QStringList shown{QStringLiteral("survivor"), QStringLiteral("checklist_item"),
                                   QStringLiteral("operation")};
    if (shown.contains(entity))
        refresh();
}

SurvivorListQuery SurvivorListModel::query() const
{
    return SurvivorListQuery(*m_store, m_sortColumn, m_sortOrder, m_search);
}

} // namespace tandem
