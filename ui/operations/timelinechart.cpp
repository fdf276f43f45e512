// TimelineChart: its tasks and lanes, the scale, and what the mouse and the keyboard do to them.
// (Painting is in timelinechartpaint.cpp.)

#include "operations/timelinechart.h"

#include "operations/timelinechartgeometry.h"
#include "timetext.h"

#include "records/recordcommands.h"
#include "document.h"
#include "records/childtablemodel.h"
#include "store/registry.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <limits>

namespace tandem {
namespace {

using namespace timeline;

const FieldDef& taskField(const char* name)
{
    return *Registry::instance().entity(QStringLiteral("task"))->field(QString::fromLatin1(name));
}

QDateTime snapped(const QDateTime& t)
{
    const qint64 s = t.toSecsSinceEpoch();
    return QDateTime::fromSecsSinceEpoch((s + kSnapSecs / 2) / kSnapSecs * kSnapSecs, Qt::UTC);
}

QDateTime wholeHourBefore(const QDateTime& t)
{
    return QDateTime::fromSecsSinceEpoch(t.toSecsSinceEpoch() / 3600 * 3600, Qt::UTC);
}

} // namespace

TimelineChart::TimelineChart(ChildTableModel* tasks, QWidget* parent)
    : QWidget(parent)
    , m_tasks(tasks)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(QStringLiteral("timelineChart"));
    setAccessibleName(tr("Timeline"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    connect(m_tasks, &QAbstractItemModel::modelReset, this, &TimelineChart::rebuild);
    connect(m_tasks, &QAbstractItemModel::layoutChanged, this, &TimelineChart::rebuild);
    connect(m_tasks, &QAbstractItemModel::dataChanged, this, &TimelineChart::rebuild);
    rebuild();
}

void TimelineChart::setDocument(Document* document)
{
    m_document = document;
}

void TimelineChart::setOperationStart(const QDateTime& start)
{
    m_operationStart = start;
    rebuild();
}

void TimelineChart::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
    update();
}

void TimelineChart::setOperationActive(bool active)
{
    m_active = active;
    updateAccessibleText();
    update();
}

void TimelineChart::setScale(double pixelsPerHour)
{
    m_pixelsPerHour = std::clamp(pixelsPerHour, 0.5, 400.0);
    layoutItems();
    updateGeometry();
    resize(sizeHint().expandedTo(size().boundedTo(QSize(sizeHint().width(), 100000))));
    update();
}

void TimelineChart::fitTo(int width)
{
    const double hours = double(m_start.secsTo(m_end)) / 3600.0;
    // Room for a title after the last task.
    if (hours > 0)
        setScale(double(width - kLabelWidth - 24 - 200) / hours);
}

QSize TimelineChart::sizeHint() const
{
    const double hours = double(m_start.secsTo(m_end)) / 3600.0;
    // Wide enough for the titles of the last tasks too.
    int right = kLabelWidth + int(std::ceil(hours * m_pixelsPerHour)) + 24;
    for (const Item& i : m_items)
        right = std::max(right, taskRect(i.id).right() + 40); // bold when overdue
    return {right, laneTop(int(std::max<qsizetype>(m_lanes.size(), 1))) + 8};
}

QSize TimelineChart::minimumSizeHint() const
{
    return sizeHint();
}

void TimelineChart::rebuild()
{
    m_items.clear();
    m_lanes.clear();
    QDateTime first;
    QDateTime last;
    for (int row = 0; row < m_tasks->rowCount(); ++row) {
        const Row& r = m_tasks->rowAt(row);
        Item item;
        item.id = r.id;
        item.title = r.text(QStringLiteral("title"));
        item.phase = r.text(QStringLiteral("phase"));
        const QVariant owner = r.value(QStringLiteral("owner_agency"));
        item.owner = owner.isNull() ? QString() : m_tasks->agencyName(owner.toUuid());
        if (!owner.isNull() && item.owner.isEmpty())
            item.owner = tr("(deleted agency)");
        item.due = r.value(QStringLiteral("due_at")).toDateTime();
        item.done = !r.isNull(QStringLiteral("done_at"));
        if (!item.due.isValid())
            continue; // listed in the table; nothing to draw
        if (!m_lanes.contains(item.owner))
            m_lanes << item.owner;
        first = first.isValid() ? std::min(first, item.due) : item.due;
        last = last.isValid() ? std::max(last, item.due) : item.due;
        m_items.push_back(item);
    }
    // Agencies by name, tasks of no agency last.
    std::sort(m_lanes.begin(), m_lanes.end(), [](const QString& a, const QString& b) {
        if (a.isEmpty() != b.isEmpty())
            return b.isEmpty();
        return a.localeAwareCompare(b) < 0;
    });
    for (Item& item : m_items)
        item.lane = int(m_lanes.indexOf(item.owner));
    std::sort(m_items.begin(), m_items.end(), [](const Item& a, const Item& b) {
        return a.due != b.due ? a.due < b.due : a.lane < b.lane;
    });
    if (m_operationStart.isValid()) {
        first = first.isValid() ? std::min(first, m_operationStart) : m_operationStart;
        last = last.isValid() ? std::max(last, m_operationStart) : m_operationStart;
    }
    if (!first.isValid()) {
        first = m_now();
        last = first;
    }
    m_start = wholeHourBefore(first.addSecs(-2 * 3600));
    m_end = wholeHourBefore(last.addSecs(3 * 3600));
    layoutItems();
    if (!item(m_selected))
        m_selected = QUuid();
    updateGeometry();
    resize(sizeHint().width(), std::max(height(), sizeHint().height()));
    updateAccessibleText();
    update();
}

QStringList TimelineChart::lanes() const
{
    QStringList out;
    for (const QString& lane : m_lanes)
        out << (lane.isEmpty() ? tr("No agency") : lane);
    return out;
}

const TimelineChart::Item* TimelineChart::item(const QUuid& id) const
{
    if (id.isNull())
        return nullptr;
    for (const Item& i : m_items) {
        if (i.id == id)
            return &i;
    }
    return nullptr;
}

int TimelineChart::xOf(const QDateTime& t) const
{
    return kLabelWidth + int(std::lround(double(m_start.secsTo(t)) / 3600.0 * m_pixelsPerHour));
}

void TimelineChart::layoutItems()
{
    m_laneRows.assign(size_t(std::max<qsizetype>(m_lanes.size(), 1)), 1);
    // Per lane, the right edge of what each row holds so far; items come in time order.
    std::vector<std::vector<int>> ends(m_laneRows.size());
    for (Item& i : m_items) {
        const int left = xOf(i.due) - kMarker - 1;
        const int right = left + std::min(fontMetrics().horizontalAdvance(i.title), 220) + 2 * kMarker + 16;
        std::vector<int>& rows = ends[size_t(i.lane)];
        i.row = -1;
        for (size_t r = 0; r < rows.size() && i.row < 0; ++r) {
            if (rows[r] <= left)
                i.row = int(r);
        }
        if (i.row < 0 && int(rows.size()) < kMaxRows) {
            rows.push_back(left);
            i.row = int(rows.size()) - 1;
        }
        if (i.row < 0)
            i.row = kMaxRows - 1; // a crowded moment: the last row takes the rest
        rows[size_t(i.row)] = std::max(rows[size_t(i.row)], right);
        m_laneRows[size_t(i.lane)] = std::max(m_laneRows[size_t(i.lane)], i.row + 1);
    }
}

int TimelineChart::laneTop(int lane) const
{
    int top = kAxisHeight;
    for (int l = 0; l < lane && l < int(m_laneRows.size()); ++l)
        top += m_laneRows[size_t(l)] * kRowHeight + kLanePadding;
    return top;
}

int TimelineChart::visibleLeft() const
{
    const QRect visible = visibleRegion().boundingRect();
    return visible.isEmpty() ? 0 : visible.left();
}

QRect TimelineChart::taskRect(const QUuid& id) const
{
    const Item* i = item(id);
    if (!i)
        return {};
    const QDateTime due = id == m_dragging && m_dragMoved ? m_dragTime : i->due;
    const int x = xOf(due);
    QFont f = font();
    f.setBold(isOverdue(id)); // drawn bold
    const int width = std::min(QFontMetrics(f).horizontalAdvance(i->title), 220) + 2 * kMarker + 10;
    return {x - kMarker - 1, laneTop(i->lane) + kLanePadding / 2 + i->row * kRowHeight + 2, width, kRowHeight - 4};
}

bool TimelineChart::isOverdue(const QUuid& id) const
{
    const Item* i = item(id);
    return m_active && i && !i->done && i->due < m_now();
}

const TimelineChart::Item* TimelineChart::itemAt(const QPoint& pos) const
{
    if (pos.x() < visibleLeft() + kLabelWidth)
        return nullptr; // under the lanes' names
    // The latest drawn (the last) is on top.
    for (auto it = m_items.rbegin(); it != m_items.rend(); ++it) {
        if (taskRect(it->id).contains(pos))
            return &*it;
    }
    return nullptr;
}

void TimelineChart::select(const QUuid& id)
{
    if (id == m_selected)
        return;
    m_selected = item(id) ? id : QUuid();
    updateAccessibleText();
    update();
    Q_EMIT selectedChanged(m_selected);
}

void TimelineChart::moveTask(const QUuid& id, const QDateTime& due)
{
    const Item* i = item(id);
    if (!m_document || !i || due == i->due)
        return;
    const QString title = i->title;
    Result<void> r = editRecord(*m_document, QStringLiteral("task"), id, {{QStringLiteral("due_at"), due}},
                                tr("Move task “%1”").arg(title));
    if (!r)
        Q_EMIT moveFailed(r.error().message);
}

void TimelineChart::updateAccessibleText()
{
    const Item* i = item(m_selected);
    if (!i) {
        setAccessibleDescription(m_items.size() == 1 ? tr("1 task on the time scale. Left and Right select a task.")
                                                   : tr("%n tasks on the time scale. Left and Right select a task.", nullptr, int(m_items.size())));
        return;
    }
    setAccessibleDescription(tr("%1, %2, due %3%4. Alt+Left and Alt+Right move it by 15 minutes.")
                                 .arg(i->title, i->owner.isEmpty() ? tr("no agency") : i->owner,
                                      localTimeText(i->due),
                                      isOverdue(i->id) ? tr(", overdue") : QString()));
}

void TimelineChart::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const Item* i = itemAt(event->position().toPoint());
    select(i ? i->id : QUuid());
    if (i) {
        m_dragging = i->id;
        m_pressPos = event->position().toPoint();
        m_dragTime = i->due;
        m_dragMoved = false;
    }
    event->accept();
}

void TimelineChart::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    if (m_dragging.isNull()) {
        setCursor(itemAt(pos) ? Qt::OpenHandCursor : Qt::ArrowCursor);
        return;
    }
    const Item* i = item(m_dragging);
    if (!i)
        return;
    const int dx = pos.x() - m_pressPos.x();
    if (!m_dragMoved && std::abs(dx) < 4)
        return;
    m_dragMoved = true;
    setCursor(Qt::ClosedHandCursor);
    m_dragTime = snapped(i->due.addSecs(qint64(std::llround(double(dx) / m_pixelsPerHour * 3600.0))));
    QToolTip::showText(event->globalPosition().toPoint(),
                       tr("%1: due %2").arg(i->title, localTimeText(m_dragTime)), this);
    update();
}

void TimelineChart::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || m_dragging.isNull())
        return QWidget::mouseReleaseEvent(event);
    const QUuid id = std::exchange(m_dragging, QUuid());
    const bool moved = std::exchange(m_dragMoved, false);
    setCursor(Qt::ArrowCursor);
    QToolTip::hideText();
    if (moved)
        moveTask(id, m_dragTime);
    update();
}

void TimelineChart::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && !m_dragging.isNull()) {
        m_dragging = QUuid();
        m_dragMoved = false;
        update();
        return;
    }
    if (event->key() == Qt::Key_Plus || event->key() == Qt::Key_Equal) {
        setScale(m_pixelsPerHour * 1.25);
        return;
    }
    if (event->key() == Qt::Key_Minus) {
        setScale(m_pixelsPerHour / 1.25);
        return;
    }
    if (event->key() != Qt::Key_Left && event->key() != Qt::Key_Right)
        return QWidget::keyPressEvent(event);
    const int step = event->key() == Qt::Key_Left ? -1 : 1;
    if (event->modifiers() & Qt::AltModifier) {
        if (const Item* i = item(m_selected))
            moveTask(i->id, i->due.addSecs(step * ((event->modifiers() & Qt::ShiftModifier) ? 3600 : kSnapSecs)));
        return;
    }
    if (m_items.empty())
        return;
    int at = -1;
    for (size_t k = 0; k < m_items.size(); ++k) {
        if (m_items[k].id == m_selected)
            at = int(k);
    }
    at = at < 0 ? (step > 0 ? 0 : int(m_items.size()) - 1) : std::clamp(at + step, 0, int(m_items.size()) - 1);
    select(m_items[size_t(at)].id);
}

void TimelineChart::wheelEvent(QWheelEvent* event)
{
    if (!(event->modifiers() & Qt::ControlModifier))
        return QWidget::wheelEvent(event);
    setScale(event->angleDelta().y() > 0 ? m_pixelsPerHour * 1.25 : m_pixelsPerHour / 1.25);
    event->accept();
}

bool TimelineChart::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        if (const Item* i = itemAt(help->pos())) {
            QToolTip::showText(help->globalPos(),
                               tr("%1\n%2 · %3\nDue %4%5")
                                   .arg(i->title, taskField("phase").valueLabel(i->phase),
                                        i->owner.isEmpty() ? tr("No agency") : i->owner,
                                        localTimeText(i->due),
                                        i->done ? tr(" (done)") : isOverdue(i->id) ? tr(" (overdue)") : QString()),
                               this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace tandem
