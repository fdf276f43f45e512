#include "operations/timelinepage.h"

#include "records/childrecordspage.h"
#include "forms/fieldeditor.h"
#include "forms/recordform.h"
#include "records/childtablemodel.h"
#include "store/registry.h"
#include "operations/timelinechart.h"
#include "widgets/named.h"
#include "widgets/timefield.h"
#include "widgets/textstyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace tandem {

TimelinePage::TimelinePage(QWidget* parent)
    : QWidget(parent)
    , m_tasks(new ChildRecordsPage(QStringLiteral("planTasks"), QStringLiteral("task"),
                                   {QStringLiteral("due_at"), QStringLiteral("phase"), QStringLiteral("title"),
                                    QStringLiteral("owner_agency"), QStringLiteral("done_at")},
                                   {QStringLiteral("title"), QStringLiteral("phase"), QStringLiteral("owner_agency"),
                                    QStringLiteral("due_at"), QStringLiteral("done_at"), QStringLiteral("notes")},
                                   QStringLiteral("due_at IS NULL, due_at"), this, Qt::Horizontal))
    , m_chart(new TimelineChart(m_tasks->model(), this))
    , m_scroll(named<QScrollArea>(QStringLiteral("timelineScroll"), this))
    , m_message(named<QLabel>(QStringLiteral("timelineMessage"), this))
{
    setObjectName(QStringLiteral("timelinePage"));
    m_scroll->setWidget(m_chart);
    m_scroll->setWidgetResizable(false);
    m_scroll->setFrameShape(QFrame::StyledPanel);
    m_scroll->setMinimumHeight(220);
    // The lanes' names stay at the left edge as the time scrolls.
    connect(m_scroll->horizontalScrollBar(), &QScrollBar::valueChanged, m_chart, qOverload<>(&QWidget::update));
    m_message->setWordWrap(true);
    TextStyle::setTextColour(m_message, Colours::error());
    m_message->hide();

    auto* zoomIn = new QToolButton(this);
    zoomIn->setText(QStringLiteral("+"));
    zoomIn->setToolTip(tr("Zoom in (+ or Ctrl+wheel)"));
    zoomIn->setAccessibleName(tr("Zoom in"));
    auto* zoomOut = new QToolButton(this);
    zoomOut->setText(QStringLiteral("−"));
    zoomOut->setToolTip(tr("Zoom out (- or Ctrl+wheel)"));
    zoomOut->setAccessibleName(tr("Zoom out"));
    auto* fitButton = new QToolButton(this);
    fitButton->setText(tr("Fit"));
    fitButton->setToolTip(tr("Show the whole timeline"));
    auto* hint = new QLabel(tr("Drag a task to give it a new time, or select it and press Alt+Left or Alt+Right. "
                               "Red: past due and not done."),
                            this);
    TextStyle::setCaption(hint);
    hint->setWordWrap(true);
    auto* bar = new QHBoxLayout;
    bar->addWidget(hint, 1);
    bar->addWidget(zoomOut);
    bar->addWidget(zoomIn);
    bar->addWidget(fitButton);

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(12, 8, 12, 4);
    topLayout->addLayout(bar);
    topLayout->addWidget(m_scroll, 1);
    topLayout->addWidget(m_message);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("timelineSplitter"));
    splitter->addWidget(top);
    splitter->addWidget(m_tasks);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(zoomIn, &QToolButton::clicked, this, [this] { m_chart->setScale(m_chart->scale() * 1.25); });
    connect(zoomOut, &QToolButton::clicked, this, [this] { m_chart->setScale(m_chart->scale() / 1.25); });
    connect(fitButton, &QToolButton::clicked, this, &TimelinePage::fit);
    connect(m_chart, &TimelineChart::selectedChanged, this, [this](const QUuid& id) {
        if (!id.isNull() && id != m_tasks->current())
            m_tasks->select(id);
    });
    connect(m_tasks, &ChildRecordsPage::currentChanged, this, [this](const QUuid& id) {
        m_chart->select(id);
        const QRect r = m_chart->taskRect(id);
        if (r.isValid())
            m_scroll->ensureVisible(r.center().x(), r.center().y(), r.width() / 2 + 240, 20); // clear of the lanes' names
    });
    connect(m_chart, &TimelineChart::moveFailed, this, [this](const QString& message) {
        m_message->setText(message);
        m_message->show();
    });
    connect(m_tasks->model(), &QAbstractItemModel::dataChanged, m_message, &QLabel::hide);

    // A new task is in the first phase; Set on its due time starts from the operation's start.
    m_tasks->setNewDefaults([] {
        return QVariantMap{{QStringLiteral("phase"), QStringLiteral("preparation")}};
    });
    for (const char* field : {"due_at", "done_at"}) {
        if (auto* time = qobject_cast<TimeField*>(m_tasks->form()->editor(QString::fromLatin1(field))->widget())) {
            time->setSuggestion([this] {
                if (m_start.isValid())
                    return m_start;
                const QDateTime now = QDateTime::currentDateTimeUtc();
                return QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch() / 3600 * 3600 + 3600, Qt::UTC);
            });
        }
    }
    // Overdue tasks stand out in the list too.
    m_tasks->model()->setRowStyle([this](const Row& row, int role) -> QVariant {
        const QDateTime due = row.value(QStringLiteral("due_at")).toDateTime();
        const bool overdue = due.isValid() && row.isNull(QStringLiteral("done_at")) && m_chart->isOverdue(row.id);
        if (!overdue)
            return {};
        if (role == Qt::ForegroundRole)
            return Colours::error();
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (role == Qt::ToolTipRole)
            return tr("Overdue: past due and not done");
        return {};
    });
}

void TimelinePage::setDocument(Document* document)
{
    m_chart->setDocument(document);
    m_tasks->setDocument(document);
}

void TimelinePage::setOperation(const QUuid& operation, const QDateTime& start)
{
    m_message->hide();
    m_tasks->setOperation(operation);
    setOperationStart(start);
}

void TimelinePage::setOperationStart(const QDateTime& start)
{
    m_start = start;
    m_chart->setOperationStart(start);
}

void TimelinePage::fit()
{
    m_chart->fitTo(m_scroll->viewport()->width());
}

} // namespace tandem
