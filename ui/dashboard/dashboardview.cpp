#include "dashboard/dashboardview.h"

#include "datestyle.h"
#include "document.h"
#include "dashboard/figurepanel.h"
#include "dashboard/figuremodel.h"
#include "query/directory.h"
#include "store/registry.h"
#include "store/store.h"
#include "timetext.h"
#include "widgets/named.h"
#include "widgets/textstyle.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QScrollArea>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>

namespace tandem {
namespace {

constexpr int kDefaultMonths = 12;
constexpr int kDelayMs = 200; // typing a date: compute once it settles

QDate storeToday(const Store& store)
{
    return QDateTime::fromMSecsSinceEpoch(store.wallClock(), Qt::UTC).date();
}

} // namespace

DashboardView::DashboardView(QWidget* parent)
    : View(kTitle, kIcon, parent)
    , m_from(named<QDateEdit>(QStringLiteral("dashboardFrom"), this))
    , m_to(named<QDateEdit>(QStringLiteral("dashboardTo"), this))
    , m_type(named<QComboBox>(QStringLiteral("dashboardType"), this))
    , m_agency(named<QComboBox>(QStringLiteral("dashboardAgency"), this))
    , m_status(named<QLabel>(QStringLiteral("dashboardStatus"), this))
    , m_progress(named<QProgressBar>(QStringLiteral("dashboardProgress"), this))
    , m_delay(new QTimer(this))
{
    setObjectName(QLatin1String(kObjectName));
    for (QDateEdit* e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        datestyle::followDateStyle(e, datestyle::Edit::Date);
    }
    m_type->addItem(tr("All trafficking types"), QString());
    const FieldDef* type = Registry::instance().entity(QStringLiteral("operation"))->field(QStringLiteral("trafficking_type"));
    for (const EnumValue& v : type->values)
        m_type->addItem(type->valueLabel(QString::fromLatin1(v.token)), QString::fromLatin1(v.token));
    m_agency->addItem(tr("All agencies"), QUuid());
    m_type->setAccessibleName(tr("Trafficking type"));
    m_agency->setAccessibleName(tr("Agency"));
    m_agency->setMinimumContentsLength(24);
    m_agency->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    auto* bar = new QHBoxLayout;
    auto label = [this](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    bar->addWidget(label(tr("Fro&m"), m_from));
    bar->addWidget(m_from);
    bar->addWidget(label(tr("&To"), m_to));
    bar->addWidget(m_to);
    bar->addSpacing(12);
    bar->addWidget(label(tr("T&ype"), m_type));
    bar->addWidget(m_type);
    bar->addWidget(label(tr("A&gency"), m_agency));
    bar->addWidget(m_agency);
    bar->addStretch(1);

    using Chart = FigurePanel::Chart;
    m_panels = {
        new FigurePanel(QStringLiteral("operationsByStatus"), Chart::StackedByMonth, {}),
        new FigurePanel(QStringLiteral("operationsByType"), Chart::StackedByMonth, {}),
        new FigurePanel(QStringLiteral("survivorsPerMonth"), Chart::StackedByMonth, {}),
        // Hours only in the chart (target, median, 90th percentile); counts and shares in the table.
        new FigurePanel(QStringLiteral("stepTimes"), Chart::Bars, {0, 2, 3}),
        new FigurePanel(QStringLiteral("overdueByRole"), Chart::Bars, {}),
        new FigurePanel(QStringLiteral("overdueByAgency"), Chart::Bars, {}),
        new FigurePanel(QStringLiteral("participation"), Chart::Bars, {0, 1, 2}),
        // The average rating per aspect in the chart; how many rated, and how low or high, in the table.
        new FigurePanel(QStringLiteral("feedback"), Chart::Bars, {1}),
        new FigurePanel(QStringLiteral("tipsByIndicator"), Chart::StackedByMonth, {}),
        new FigurePanel(QStringLiteral("tipsByPlace"), Chart::Bars, {0, 1, 2}),
    };
    auto* content = new QWidget;
    auto* figures = new QVBoxLayout(content);
    for (FigurePanel* p : m_panels)
        figures->addWidget(p);
    figures->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto* note = new QLabel(tr("Operations count by the month they start, survivors by their rescue (T0), steps "
                               "by their survivor's T0. Tips are counted by period only."),
                            this);
    note->setWordWrap(true);
    TextStyle::setCaption(note);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(note);
    auto* statusLine = new QHBoxLayout;
    statusLine->addWidget(m_status, 1);
    statusLine->addWidget(m_progress);
    layout->addLayout(statusLine);
    layout->addWidget(scroll, 1);
    m_progress->setAccessibleName(tr("Figures computed"));
    m_progress->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 16);
    m_progress->setFormat(tr("%v of %m figures"));
    m_progress->hide();

    m_delay->setSingleShot(true);
    m_delay->setInterval(kDelayMs);
    connect(m_delay, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &DashboardView::scheduleRefresh);
    connect(m_to, &QDateEdit::dateChanged, this, &DashboardView::scheduleRefresh);
    connect(m_type, &QComboBox::currentIndexChanged, this, &DashboardView::scheduleRefresh);
    connect(m_agency, &QComboBox::currentIndexChanged, this, &DashboardView::scheduleRefresh);
}

void DashboardView::setDocument(Document* document)
{
    if (m_document)
        disconnect(&m_document->store(), nullptr, this, nullptr);
    // The file may be closed, replaced (Restore from Backup) or another opened: no worker may
    // still read the old one. It stops at its next figure.
    cancel();
    m_workers.waitForDone();
    m_document = document;
    m_dashboard = {};
    for (FigurePanel* p : m_panels)
        p->setFigure({});
    m_status->clear();
    if (!m_document)
        return;
    const QSignalBlocker a(m_from), b(m_to);
    const report::DashboardFilter last = report::DashboardFilter::lastMonths(kDefaultMonths, storeToday(m_document->store()));
    m_from->setDate(last.from);
    m_to->setDate(last.to);
    loadAgencies();
    connect(&m_document->store(), &Store::changed, this, [this](const QString& entity) {
        if (entity == QLatin1String("agency"))
            loadAgencies();
        scheduleRefresh();
    });
    m_stale = true;
    if (isVisible())
        refresh();
}

void DashboardView::loadAgencies()
{
    const QUuid current = m_agency->currentData().toUuid();
    const QSignalBlocker block(m_agency);
    while (m_agency->count() > 1)
        m_agency->removeItem(1);
    if (Result<std::vector<query::NamedRow>> agencies = query::agencies(m_document->store(), query::NameOrder::Stored))
        for (const query::NamedRow& agency : *agencies)
            m_agency->addItem(agency.name, agency.id);
    const int index = m_agency->findData(current);
    m_agency->setCurrentIndex(index < 0 ? 0 : index);
}

void DashboardView::scheduleRefresh()
{
    m_stale = true;
    if (isVisible())
        m_delay->start();
}

void DashboardView::setFilter(const report::DashboardFilter& filter)
{
    {
        const QSignalBlocker a(m_from), b(m_to), c(m_type), d(m_agency);
        m_from->setDate(filter.from);
        m_to->setDate(filter.to);
        m_type->setCurrentIndex(std::max(0, m_type->findData(filter.traffickingType)));
        m_agency->setCurrentIndex(std::max(0, m_agency->findData(filter.agency)));
    }
    m_stale = true;
    if (isVisible())
        refresh();
}

report::DashboardFilter DashboardView::filter() const
{
    report::DashboardFilter f;
    f.from = m_from->date();
    f.to = m_to->date();
    f.traffickingType = m_type->currentData().toString();
    f.agency = m_agency->currentData().toUuid();
    return f;
}

DashboardView::~DashboardView()
{
    // A computation under way stops at its next figure; nothing outlives the window (its read
    // connection is closed before the application's database registry goes).
    cancel();
    m_workers.waitForDone();
}

void DashboardView::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancel.reset();
    ++m_generation; // a late result of the cancelled one is dropped
    m_progress->hide();
}

void DashboardView::refresh()
{
    m_delay->stop();
    cancel();
    if (!m_document)
        return;
    m_stale = false;
    report::DashboardFilter f = filter();
    f.at = QDateTime::fromMSecsSinceEpoch(m_document->store().wallClock(), Qt::UTC); // "overdue" as the window sees it
    const QString path = m_document->store().path();
    const QLocale locale = this->locale();
    const quint64 generation = m_generation;
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancelled;
    m_caption = tr("%1 to %2 · %3 · %4")
                    .arg(locale.toString(f.from, QStringLiteral("d MMM yyyy")),
                         locale.toString(f.to, QStringLiteral("d MMM yyyy")), m_type->currentText(),
                         m_agency->currentText());
    m_status->setText(tr("Computing the figures…"));
    m_progress->setRange(0, int(m_dashboard.figures().size()));
    m_progress->setValue(0);
    m_progress->show();
    QPointer<DashboardView> self(this);
    // The worker reads through its own read-only connection (a Store lives on the thread that
    // opened it); the results come back as queued calls, dropped when the view is gone or a newer
    // computation started.
    m_workers.start([self, path, f, locale, generation, cancelled] {
        QElapsedTimer timer;
        timer.start();
        const auto compute = [&]() -> Result<report::Dashboard> {
            Result<std::unique_ptr<Store>> store = Store::open(path, Store::Access::ReadOnly);
            if (!store)
                return store.error();
            return report::computeDashboard(**store, f, locale, [&](int done, int total, const QString&) {
                QMetaObject::invokeMethod(QCoreApplication::instance(), [self, generation, done, total] {
                    if (self)
                        self->showProgress(generation, done, total);
                }, Qt::QueuedConnection);
                return !cancelled->load();
            });
        };
        auto result = std::make_shared<Result<report::Dashboard>>(compute()); // the connection closed here
        const qint64 ms = timer.elapsed();
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, generation, result, ms] {
            if (self)
                self->finish(generation, result, ms);
        }, Qt::QueuedConnection);
    });
}

void DashboardView::showProgress(quint64 generation, int done, int total)
{
    if (generation != m_generation)
        return;
    m_progress->setRange(0, total);
    m_progress->setValue(done);
}

void DashboardView::finish(quint64 generation, const std::shared_ptr<Result<report::Dashboard>>& result,
                           qint64 milliseconds)
{
    if (generation != m_generation)
        return;
    m_cancel.reset();
    m_progress->hide();
    m_lastMs = milliseconds;
    Result<report::Dashboard>& d = *result;
    if (!d) {
        m_status->setText(QStringLiteral("<span style=\"color:%1\">%2</span>")
                              .arg(Colours::overdue().name(), tr("No figures: %1.").arg(d.error().message.toHtmlEscaped())));
        Q_EMIT computed(false);
        return;
    }
    m_dashboard = std::move(*d);
    const std::vector<const report::Figure*> figures = m_dashboard.figures();
    for (int i = 0; i < int(m_panels.size()) && i < int(figures.size()); ++i) {
        m_panels[i]->setFigure(*figures[size_t(i)]);
        m_panels[i]->setCaption(m_caption);
    }
    m_status->setText(tr("%1 to %2 · computed in %3 ms")
                          .arg(localDateText(m_from->date()), localDateText(m_to->date()))
                          .arg(m_lastMs));
    Q_EMIT computed(true);
}

void DashboardView::showEvent(QShowEvent* event)
{
    View::showEvent(event);
    if (m_stale && m_document)
        refresh();
}

void DashboardView::saveLayout(QSettings& settings) const
{
    settings.setValue(QStringLiteral("type"), m_type->currentData());
}

void DashboardView::restoreLayout(const QSettings& settings)
{
    m_type->setCurrentIndex(std::max(0, m_type->findData(settings.value(QStringLiteral("type")).toString())));
}

void DashboardView::takeFocus()
{
    m_from->setFocus();
}

} // namespace tandem
