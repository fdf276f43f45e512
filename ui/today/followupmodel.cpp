#include "today/followupmodel.h"

#include "bidi.h"
#include "records/followstore.h"
#include "records/recordcommands.h"
#include "document.h"
#include "domain/retention.h"
#include "domain/warrants.h"
#include "query/followups.h"
#include "store/store.h"
#include "timetext.h"
#include "widgets/textstyle.h"
#include "records/columnheader.h"

#include <QBrush>

#include <algorithm>

namespace tandem {

namespace {

// What is ticked done here; a review is saved on its protocol, an erasure made on its survivor.
bool checkable(FollowUpModel::Kind kind)
{
    return kind == FollowUpModel::ActionItem || kind == FollowUpModel::Task;
}

} // namespace

FollowUpModel::FollowUpModel(QObject* parent) : QAbstractTableModel(parent) {}

void FollowUpModel::setDocument(Document* document)
{
    followStore(m_document, document, this, [this](const QString& entity, const QList<QUuid>&) {
        static const QStringList watched{QStringLiteral("action_item"), QStringLiteral("task"), QStringLiteral("protocol"),
                                         QStringLiteral("operation"), QStringLiteral("meeting"), QStringLiteral("agency"),
                                         QStringLiteral("survivor_identity"), QStringLiteral("consent"),
                                         QStringLiteral("checklist_item")};
        if (watched.contains(entity))
            reload();
    });
    m_stale = false;
    reload();
}

void FollowUpModel::setLive(bool live)
{
    m_live = live;
    if (m_live && m_stale)
        reload();
}

Result<std::vector<FollowUpModel::Item>> FollowUpModel::read()
{
    FollowUpWindow window;
    window.actionsUntil = m_now.addSecs(qint64(kActionDays) * 86400);
    window.tasksUntil = m_now.addSecs(qint64(kTaskHours) * 3600);
    window.reviewsUntil = m_now.addSecs(qint64(kReviewDays) * 86400);
    window.limit = kLimit;
    Result<FollowUps> read = readFollowUps(m_document->store(), window);
    if (!read)
        return read.error();
    std::vector<Item> items;
    for (const FollowUpActionItem& a : read->actionItems) {
        const bool atMeeting = !a.meeting.isNull();
        items.push_back({ActionItem, a.id, atMeeting ? a.meeting : a.operation,
                         atMeeting ? QStringLiteral("meeting") : QStringLiteral("operation"), a.title,
                         atMeeting ? tr("Meeting: %1").arg(a.meetingTitle) : tr("Operation: %1").arg(a.operationCodeName),
                         a.ownerAgency, a.due});
    }
    m_counts[ActionItem] = read->actionItemCount;
    for (const FollowUpTask& t : read->tasks) {
        items.push_back({Task, t.id, t.operation, QStringLiteral("operation"), t.title,
                         tr("Operation: %1").arg(t.operationCodeName), t.ownerAgency, t.due});
    }
    m_counts[Task] = read->taskCount;
    for (const FollowUpReview& r : read->reviews) {
        items.push_back({Review, r.protocol, r.protocol, QStringLiteral("protocol"), tr("Review “%1”").arg(r.name),
                         tr("Protocol, version %1").arg(r.version),
                         r.reviewedBy.isEmpty() ? QString() : tr("last: %1").arg(r.reviewedBy), r.due});
    }
    m_counts[Review] = read->reviewCount;
    Result<std::vector<retention::Due>> erasures = retention::due(m_document->store(), m_now);
    if (!erasures)
        return erasures.error();
    for (const retention::Due& d : *erasures) {
        items.push_back({Erasure, d.survivor, d.survivor, QStringLiteral("survivor"), tr("Erase the identity of %1").arg(d.code),
                         tr("%1, closed %2").arg(d.operation, localDateText(d.closedAt.toLocalTime().date())), QString(), d.dueAt});
    }
    m_counts[Erasure] = qint64(erasures->size());
    Result<std::vector<warrants::Lapse>> lapses = warrants::lapsing(m_document->store(), kLimit);
    if (!lapses)
        return lapses.error();
    for (const warrants::Lapse& l : *lapses) {
        const bool late = l.issuedAt.isValid() && l.issuedAt > l.startsAt;
        items.push_back({Warrant, l.warrant, l.operation, QStringLiteral("operation"),
                         late ? tr("Warrant %1 is issued after the operation starts").arg(l.number)
                              : tr("Warrant %1 expires before the operation starts").arg(l.number),
                         tr("Operation: %1").arg(l.operationName), QString(), l.startsAt});
    }
    m_counts[Warrant] = qint64(lapses->size());

    std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) { return a.due < b.due; });
    return items;
}

void FollowUpModel::reload()
{
    if (!m_live && m_document) {
        m_stale = true;
        return;
    }
    m_stale = false;
    std::vector<Item> items;
    std::fill(std::begin(m_counts), std::end(m_counts), 0);
    m_overdue = 0;
    if (m_document) {
        m_now = QDateTime::fromMSecsSinceEpoch(m_document->store().wallClock(), Qt::UTC);
        Result<std::vector<Item>> r = read();
        if (r)
            items = std::move(*r);
        else
            Q_EMIT failed(tr("What is owed between operations could not be read: %1").arg(r.error().message));
    }
    beginResetModel();
    m_items = std::move(items);
    for (const Item& item : m_items)
        m_overdue += item.due < m_now ? 1 : 0;
    endResetModel();
    Q_EMIT countsChanged();
}

int FollowUpModel::rowOf(const QUuid& id) const
{
    for (size_t i = 0; i < m_items.size(); ++i) {
        if (m_items[i].id == id)
            return int(i);
    }
    return -1;
}

bool FollowUpModel::markDone(int row)
{
    if (!m_document || row < 0 || row >= int(m_items.size()) || !checkable(m_items[size_t(row)].kind))
        return false;
    const Item item = m_items[size_t(row)];
    const QString entity = item.kind == ActionItem ? QStringLiteral("action_item") : QStringLiteral("task");
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_document->store().wallClock(), Qt::UTC);
    Result<void> r = editRecord(*m_document, entity, item.id, {{QStringLiteral("done_at"), now}},
                                tr("Done: %1").arg(item.title));
    if (!r) {
        Q_EMIT failed(tr("“%1” could not be marked done: %2").arg(item.title, r.error().message));
        return false;
    }
    return true;
}

int FollowUpModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int FollowUpModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FollowUpModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_items.size()))
        return {};
    const Item& item = m_items[size_t(index.row())];
    const bool overdue = item.due < m_now;
    switch (role) {
    case IdRole:
        return item.id;
    case KindRole:
        return int(item.kind);
    case ParentRole:
        return item.parent;
    case ParentEntityRole:
        return item.parentEntity;
    case Qt::CheckStateRole:
        if (index.column() == What && checkable(item.kind))
            return Qt::Unchecked;
        return {};
    case Qt::ForegroundRole:
        if (overdue && index.column() == Timing)
            return QBrush(Colours::error());
        return {};
    case Qt::ToolTipRole:
        if (index.column() == What) {
            switch (item.kind) {
            case ActionItem:
                return tr("Action item: tick it when it is done");
            case Task:
                return tr("Operation task: tick it when it is done");
            case Review:
                return tr("Protocol review: open the protocol (double-click) and save the review");
            case Warrant:
                return tr("Due when the operation starts: open the operation (double-click) and add a warrant valid then");
            default:
                return tr("Kept past the retention period: open the survivor (double-click) and erase the identity");
            }
        }
        return {};
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case What:
            return shownIsolated(item.title);
        case From:
            return item.from;
        case Due:
            return localTimeText(item.due);
        case Timing:
            return overdue ? tr("%1 late").arg(durationText(item.due.secsTo(m_now)))
                           : tr("in %1").arg(durationText(m_now.secsTo(item.due)));
        case Owner:
            return shownIsolated(item.owner);
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

bool FollowUpModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.column() != What || role != Qt::CheckStateRole
        || value.toInt() != Qt::Checked)
        return false;
    return markDone(index.row());
}

Qt::ItemFlags FollowUpModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == What && checkable(m_items[size_t(index.row())].kind))
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant FollowUpModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return columnHeader({tr("Action item, task, review or erasure"), tr("From"), tr("Due"), tr("How late / in"),
                        tr("Owner")}, section, orientation, role);
}

} // namespace tandem
