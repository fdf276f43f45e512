#include "survivors/checklistmodel.h"

#include "bidi.h"
#include "records/followstore.h"
#include "survivors/survivorcommands.h"
#include "document.h"
#include "domain/duesteps.h"
#include "domain/tick.h"
#include "query/survivorchecklist.h"
#include "store/registry.h"
#include "store/store.h"
#include "timetext.h"
#include "widgets/textstyle.h"
#include "records/columnheader.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace tandem {
namespace {

const FieldDef& field(const char* entity, const char* name)
{
    return *Registry::instance().entity(QString::fromLatin1(entity))->field(QString::fromLatin1(name));
}


// "2 h 5 min", "3 d 4 h": how far an instant is from another, for people.

// Overdue first (most overdue first), then open by due time, then open before the first
// interview, then settled steps.
int rank(const ChecklistModel::Item& i)
{
    if (i.overdue)
        return 0;
    if (tickStateIsFinal(i.state))
        return 3;
    return i.dueAt.isValid() ? 1 : 2;
}

} // namespace

ChecklistModel::ChecklistModel(QObject* parent) : QAbstractTableModel(parent) {}

void ChecklistModel::setDocument(Document* document)
{
    followStore(m_document, document, this, &ChecklistModel::storeChanged);
    m_survivor = QUuid();
    reload();
}

void ChecklistModel::setSurvivor(const QUuid& survivor)
{
    m_survivor = survivor;
    reload();
}

void ChecklistModel::storeChanged(const QString& entity)
{
    static const QStringList shown{QStringLiteral("checklist_item"), QStringLiteral("survivor"),
                                   QStringLiteral("protocol_step"), QStringLiteral("protocol"),
                                   QStringLiteral("service")};
    if (!m_survivor.isNull() && shown.contains(entity))
        reload();
}

void ChecklistModel::reload()
{
    beginResetModel();
    m_items.clear();
    if (m_document && !m_survivor.isNull()) {
        const Store& store = m_document->store();
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(store.wallClock(), Qt::UTC);
        Result<std::vector<SurvivorChecklistRow>> rows = readSurvivorChecklist(store, m_survivor);
        if (!rows) {
            Q_EMIT failed(tr("The checklist could not be read."), rows.error());
        } else {
            for (SurvivorChecklistRow& r : *rows) {
                Item i;
                i.id = r.id;
                i.title = r.stepKnown ? std::move(r.title) : tr("(step not received from its office)");
                i.guidance = std::move(r.guidance);
                i.ownerRole = std::move(r.ownerRole);
                i.state = std::move(r.state);
                i.dueAt = r.dueAt;
                i.dueAnchor = std::move(r.dueAnchor);
                i.mandatory = r.mandatory;
                i.doneBy = std::move(r.doneBy);
                i.doneAt = r.doneAt;
                i.note = std::move(r.note);
                i.service = r.service;
                i.serviceName = std::move(r.serviceName);
                i.protocolName = std::move(r.protocolName);
                i.protocolVersion = r.protocolVersion;
                i.referralAnswer = std::move(r.referralAnswer);
                i.referralReason = std::move(r.referralReason);
                i.referralAnsweredAt = r.referralAnsweredAt;
                i.referralOutcome = std::move(r.referralOutcome);
                i.reason = std::move(r.reason);
                i.overdue = stepIsOverdue(i.state, i.dueAt, now);
                m_items.push_back(std::move(i));
            }
            std::stable_sort(m_items.begin(), m_items.end(),
                             [](const Item& a, const Item& b) { return rank(a) < rank(b); });
        }
    }
    endResetModel();
}

QString ChecklistModel::referralText(const Item& i)
{
    if (i.service.isNull())
        return {};
    const QString name = i.serviceName.isEmpty() ? tr("(deleted service)") : i.serviceName;
    if (i.referralAnswer == QLatin1String("accepted"))
        return tr("%1 — accepted").arg(name);
    if (i.referralAnswer == QLatin1String("refused"))
        return tr("%1 — refused").arg(name);
    return tr("%1 — awaiting answer").arg(name);
}

QString ChecklistModel::referralDetails(const Item& i)
{
    QStringList lines{referralText(i)};
    if (i.referralAnsweredAt.isValid())
        lines << tr("Answered %1").arg(localTimeText(i.referralAnsweredAt));
    if (!i.referralReason.isEmpty())
        lines << tr("Reason: %1").arg(i.referralReason);
    if (!i.referralOutcome.isEmpty())
        lines << tr("Outcome: %1").arg(i.referralOutcome);
    return lines.join(QLatin1Char('\n'));
}

const ChecklistModel::Item* ChecklistModel::item(int row) const
{
    return row >= 0 && row < int(m_items.size()) ? &m_items[size_t(row)] : nullptr;
}

int ChecklistModel::rowOf(const QUuid& id) const
{
    for (size_t i = 0; i < m_items.size(); ++i) {
        if (m_items[i].id == id)
            return int(i);
    }
    return -1;
}

int ChecklistModel::overdueCount() const
{
    return int(std::count_if(m_items.begin(), m_items.end(), [](const Item& i) { return i.overdue; }));
}

int ChecklistModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ChecklistModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChecklistModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item& i = m_items[size_t(index.row())];
    switch (role) {
    case IdRole:
        return i.id;
    case StateRole:
        return i.state;
    case OverdueRole:
        return i.overdue;
    case MandatoryRole:
        return i.mandatory;
    case Qt::CheckStateRole:
        if (index.column() != Step)
            return {};
        return i.state == QLatin1String("done") ? Qt::Checked
               : tickStateIsFinal(i.state)      ? Qt::PartiallyChecked
                                                : Qt::Unchecked;
    case Qt::ForegroundRole:
        if (i.overdue && (index.column() == Due || index.column() == Step))
            return QBrush(Colours::overdue());
        if (tickStateIsFinal(i.state) && index.column() != State)
            return QBrush(Colours::muted());
        return {};
    case Qt::FontRole:
        if (i.overdue && index.column() == Due) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Step)
            return i.guidance.isEmpty() ? i.title : i.title + QStringLiteral("\n\n") + i.guidance;
        if (index.column() == Due && i.dueAt.isValid())
            return longTimeText(i.dueAt);
        if (index.column() == State && !i.reason.isEmpty())
            return tr("%1: %2").arg(field("checklist_item", "state").valueLabel(i.state), i.reason);
        if (index.column() == Service && !i.service.isNull())
            return referralDetails(i);
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
        switch (index.column()) {
        case Step:
            return i.mandatory ? shownIsolated(i.title) : tr("%1 (optional)").arg(shownIsolated(i.title));
        case Due: {
            if (!i.dueAt.isValid())
                return i.dueAnchor == QLatin1String("first_interview") ? tr("Before first interview") : QString();
            if (!i.overdue)
                return localTimeText(i.dueAt);
            const Store& store = m_document->store();
            const qint64 late = i.dueAt.secsTo(QDateTime::fromMSecsSinceEpoch(store.wallClock(), Qt::UTC));
            return tr("%1 (%2 late)").arg(localTimeText(i.dueAt), durationText(late));
        }
        case State:
            return field("checklist_item", "state").valueLabel(i.state);
        case Owner:
            return field("protocol_step", "owner_role").valueLabel(i.ownerRole);
        case DoneBy:
            return shownIsolated(i.doneBy);
        case DoneAt:
            return localTimeText(i.doneAt);
        case Service:
            return referralText(i);
        case Protocol:
            return i.protocolName.isEmpty() ? QString() : tr("%1 v%2").arg(shownIsolated(i.protocolName)).arg(i.protocolVersion);
        }
        return {};
    default:
        return {};
    }
}

bool ChecklistModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != Step || !m_document
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Item& i = m_items[size_t(index.row())];
    TickOptions options;
    options.state = Qt::CheckState(value.toInt()) == Qt::Unchecked ? QStringLiteral("open") : QStringLiteral("done");
    if (options.state == i.state)
        return false;
    // The reload that the store's change triggers resets the rows; `i` is not used after this.
    const QUuid item = i.id;
    Result<void> r = tickStep(*m_document, item, options);
    if (!r) {
        Q_EMIT failed(tr("The step could not be ticked."), r.error());
        return false;
    }
    return true;
}

Qt::ItemFlags ChecklistModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Step)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return columnHeader({tr("Step"), tr("Due"), tr("State"), tr("Owner"), tr("By"), tr("When"),
                        tr("Referred to"), tr("Protocol")}, section, orientation, role, RowHeaders::Numbers);
}

} // namespace tandem
