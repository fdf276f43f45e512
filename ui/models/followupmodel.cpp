#include "followupmodel.h"

#include "bidi.h"
#include "commands/recordcommands.h"
#include "document.h"
#include "store/store.h"
#include "timetext.h"

#include <QBrush>
#include <QSqlQuery>

#include <algorithm>

namespace tandem {
namespace {

QDateTime fromSeconds(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QUuid uuidOf(const QVariant& v)
{
    return v.isNull() ? QUuid() : QUuid::fromRfc4122(v.toByteArray());
}

// Operations whose tasks are still owed: planned to completed (follow-up continues after the raid).
const char* const kActiveOperation = "o.status IN ('planned', 'approved', 'briefed', 'in_progress', 'completed')";

} // namespace

FollowUpModel::FollowUpModel(QObject* parent) : QAbstractTableModel(parent) {}

void FollowUpModel::setDocument(Document* document)
{
    if (m_document)
        disconnect(&m_document->store(), nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(&m_document->store(), &Store::changed, this, [this](const QString& entity, const QList<QUuid>&) {
            static const QStringList watched{QStringLiteral("action_item"), QStringLiteral("task"), QStringLiteral("protocol"),
                                             QStringLiteral("operation"), QStringLiteral("meeting"), QStringLiteral("agency")};
            if (watched.contains(entity))
                reload();
        });
    }
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
    Store& store = m_document->store();
    const qint64 now = m_now.toSecsSinceEpoch();
    std::vector<Item> items;
    const auto count = [&](const QString& sql, const QVariantList& binds) -> Result<qint64> {
        Result<QSqlQuery> q = store.exec(sql, binds);
        if (!q)
            return q.error();
        return q->next() ? q->value(0).toLongLong() : 0;
    };

    const QString actionWhere = QStringLiteral(
        " FROM action_item a WHERE a.deleted = 0 AND a.done_at IS NULL AND a.due_at IS NOT NULL AND a.due_at <= ?");
    const qint64 actionLimit = now + qint64(kActionDays) * 86400;
    Result<QSqlQuery> q = store.exec(
        QStringLiteral("SELECT a.id, a.title, a.due_at, a.meeting, a.operation,"
                       " (SELECT title FROM meeting WHERE id = a.meeting AND deleted = 0),"
                       " (SELECT code_name FROM operation WHERE id = a.operation AND deleted = 0),"
                       " (SELECT name FROM agency WHERE id = a.owner_agency AND deleted = 0)")
            + actionWhere + QStringLiteral(" ORDER BY a.due_at, a.id LIMIT ?"),
        {actionLimit, kLimit});
    if (!q)
        return q.error();
    while (q->next()) {
        const QUuid meeting = uuidOf(q->value(3));
        const QString from = !meeting.isNull() ? tr("Meeting: %1").arg(q->value(5).toString())
                                               : tr("Operation: %1").arg(q->value(6).toString());
        items.push_back({ActionItem, uuidOf(q->value(0)), meeting.isNull() ? uuidOf(q->value(4)) : meeting,
                         meeting.isNull() ? QStringLiteral("operation") : QStringLiteral("meeting"), q->value(1).toString(), from, q->value(7).toString(), fromSeconds(q->value(2))});
    }
    Result<qint64> n = count(QStringLiteral("SELECT count(*)") + actionWhere, {actionLimit});
    if (!n)
        return n.error();
    m_counts[ActionItem] = *n;

    const QString taskWhere = QStringLiteral(" FROM task t JOIN operation o ON o.id = t.operation AND o.deleted = 0 AND ")
                              + QLatin1String(kActiveOperation)
                              + QStringLiteral(" WHERE t.deleted = 0 AND t.done_at IS NULL AND t.due_at IS NOT NULL"
                                               " AND t.due_at <= ?");
    const qint64 taskLimit = now + qint64(kTaskHours) * 3600;
    q = store.exec(QStringLiteral("SELECT t.id, t.title, t.due_at, t.operation, o.code_name,"
                                  " (SELECT name FROM agency WHERE id = t.owner_agency AND deleted = 0)")
                       + taskWhere + QStringLiteral(" ORDER BY t.due_at, t.id LIMIT ?"),
                   {taskLimit, kLimit});
    if (!q)
        return q.error();
    while (q->next()) {
        items.push_back({Task, uuidOf(q->value(0)), uuidOf(q->value(3)), QStringLiteral("operation"), q->value(1).toString(),
                         tr("Operation: %1").arg(q->value(4).toString()), q->value(5).toString(), fromSeconds(q->value(2))});
    }
    n = count(QStringLiteral("SELECT count(*)") + taskWhere, {taskLimit});
    if (!n)
        return n.error();
    m_counts[Task] = *n;

    const QString reviewWhere = QStringLiteral(" FROM protocol WHERE deleted = 0 AND status = 'active'"
                                               " AND next_review_at IS NOT NULL AND next_review_at <= ?");
    const qint64 reviewLimit = now + qint64(kReviewDays) * 86400;
    q = store.exec(QStringLiteral("SELECT id, name, version, next_review_at, reviewed_by") + reviewWhere
                       + QStringLiteral(" ORDER BY next_review_at, id LIMIT ?"),
                   {reviewLimit, kLimit});
    if (!q)
        return q.error();
    while (q->next()) {
        const QUuid id = uuidOf(q->value(0));
        const QString by = q->value(4).toString();
        items.push_back({Review, id, id, QStringLiteral("protocol"), tr("Review “%1”").arg(q->value(1).toString()),
                         tr("Protocol, version %1").arg(q->value(2).toLongLong()),
                         by.isEmpty() ? QString() : tr("last: %1").arg(by), fromSeconds(q->value(3))});
    }
    n = count(QStringLiteral("SELECT count(*)") + reviewWhere, {reviewLimit});
    if (!n)
        return n.error();
    m_counts[Review] = *n;

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
    if (!m_document || row < 0 || row >= int(m_items.size()) || m_items[size_t(row)].kind == Review)
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
        if (index.column() == What && item.kind != Review)
            return Qt::Unchecked;
        return {};
    case Qt::ForegroundRole:
        if (overdue && index.column() == Timing)
            return QBrush(QColor(0xb0, 0x1e, 0x1e));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == What) {
            return item.kind == ActionItem ? tr("Action item: tick it when it is done")
                   : item.kind == Task     ? tr("Operation task: tick it when it is done")
                                           : tr("Protocol review: open the protocol (double-click) and save the review");
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
    if (index.isValid() && index.column() == What && m_items[size_t(index.row())].kind != Review)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant FollowUpModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case What:
        return tr("Action item, task or review");
    case From:
        return tr("From");
    case Due:
        return tr("Due");
    case Timing:
        return tr("How late / in");
    case Owner:
        return tr("Owner");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace tandem
