#include "today/todayview.h"

#include "records/followstore.h"
#include "survivors/survivorcommands.h"
#include "document.h"
#include "survivors/duewatcher.h"
#include "errors.h"
#include "forms/fieldwidgets.h"
#include "today/followupmodel.h"
#include "today/todaymodel.h"
#include "query/operationdetail.h"
#include "store/registry.h"
#include "store/store.h"
#include "timetext.h"
#include "widgets/columnfit.h"
#include "widgets/named.h"
#include "widgets/textstyle.h"
#include "widgets/listsetup.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace tandem {

TodayView::TodayView(DueWatcher* watcher, QWidget* parent)
    : View(QT_TRANSLATE_NOOP("tandem::TodayView", "Today"), ":/icons/today.svg", parent)
    , m_model(new TodayModel(this))
    , m_summary(named<QLabel>(QStringLiteral("todaySummary"), this))
    , m_role(named<QComboBox>(QStringLiteral("todayRoleFilter"), this))
    , m_operation(named<QComboBox>(QStringLiteral("todayOperationFilter"), this))
    , m_done(named<QPushButton>(QStringLiteral("todayDone"), tr("Done"), this))
    , m_declined(named<QPushButton>(QStringLiteral("todayDeclined"), tr("Declined by Survivor"), this))
    , m_notApplicable(named<QPushButton>(QStringLiteral("todayNotApplicable"), tr("Not Applicable"), this))
    , m_open(named<QPushButton>(QStringLiteral("todayOpenSurvivor"), tr("Open Survivor"), this))
    , m_pages(new QStackedWidget(this))
    , m_empty(named<QLabel>(QStringLiteral("todayEmpty"), this))
    , m_tree(named<QTreeView>(QStringLiteral("todayTree"), this))
    , m_followUps(new FollowUpModel(this))
    , m_followUpTable(named<QTableView>(QStringLiteral("todayFollowUps"), this))
    , m_followUpSummary(named<QLabel>(QStringLiteral("todayFollowUpSummary"), this))
    , m_followUpDone(named<QPushButton>(QStringLiteral("todayFollowUpDone"), tr("Mark Done"), this))
    , m_followUpOpen(named<QPushButton>(QStringLiteral("todayFollowUpOpen"), tr("Open"), this))
    , m_splitter(named<QSplitter>(QStringLiteral("todaySplitter"), Qt::Vertical, this))
{
    setObjectName(QStringLiteral("todayView"));
    m_role->setAccessibleName(tr("Show the steps of"));
    m_operation->setAccessibleName(tr("Show the steps of the operation"));

    auto* heading = new QLabel(title(), this);
    TextStyle::setHeading(heading);
    TextStyle::setCaption(m_summary);
    fillChoices(m_role, *Registry::instance().entity(QStringLiteral("protocol_step"))->field(QStringLiteral("owner_role")),
                tr("All owners"));
    m_operation->setMinimumContentsLength(20);
    m_operation->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_done->setToolTip(tr("The selected step was done (or click its box, or press Space)"));
    m_declined->setToolTip(tr("The survivor chose not to have this: recorded as their choice"));
    m_notApplicable->setToolTip(tr("The step does not apply to this survivor"));
    m_open->setToolTip(tr("Show the selected survivor's whole checklist"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    TextStyle::setCaption(m_empty);
    m_empty->setMargin(24);

    m_tree->setModel(m_model);
    ListSetup::setUpTree(m_tree);
    m_tree->setExpandsOnDoubleClick(false);
    m_tree->installEventFilter(this);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(TodayModel::What, QHeaderView::Stretch);
    const int character = m_tree->fontMetrics().averageCharWidth();
    // A whole date and time, and a whole "45 d 13 h late", in the language and date style shown
    // (Spanish and Arabic words are longer than a count of characters allows).
    const int padding = 3 * character;
    const int due = m_tree->fontMetrics().horizontalAdvance(localTimeText(QDateTime(QDate(2026, 12, 28), QTime(23, 59)))) + padding;
    const int timing = m_tree->fontMetrics().horizontalAdvance(
                           TodayModel::lateText(88 * 86400 + 23 * 3600)) + padding;
    m_tree->setColumnWidth(TodayModel::Due, std::max(18 * character, due));
    m_tree->setColumnWidth(TodayModel::Timing, std::max(16 * character, timing));
    m_tree->setColumnWidth(TodayModel::Owner, 16 * character);
    m_tree->setColumnWidth(TodayModel::State, 13 * character);
    ColumnFitter::install(m_tree); // wider where the owner's role is longer (Arabic, Spanish)

    auto* top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch(1);
    top->addWidget(m_summary);
    auto* tools = new QHBoxLayout;
    tools->addWidget(new QLabel(tr("Owner:"), this));
    tools->addWidget(m_role);
    tools->addWidget(new QLabel(tr("Operation:"), this));
    tools->addWidget(m_operation);
    tools->addStretch(1);
    tools->addWidget(m_done);
    tools->addWidget(m_declined);
    tools->addWidget(m_notApplicable);
    tools->addWidget(m_open);
    m_pages->addWidget(m_tree);
    m_pages->addWidget(m_empty);

    // Between operations: action items, operation tasks, protocol reviews.
    auto* followUpHeading = new QLabel(tr("Between operations"), this);
    TextStyle::setBold(followUpHeading);
    TextStyle::setCaption(m_followUpSummary);
    m_followUpDone->setToolTip(tr("The selected action item or task is done (or click its box, or press Space)"));
    m_followUpOpen->setToolTip(tr("Open the meeting, operation, protocol or survivor it comes from (Return or double-click)"));
    m_followUpTable->setModel(m_followUps);
    m_followUpTable->setAccessibleName(tr("Action items, operation tasks, protocol reviews and identities due for erasure"));
    ListSetup::setUpTable(m_followUpTable);
    m_followUpTable->horizontalHeader()->setSectionResizeMode(FollowUpModel::What, QHeaderView::Stretch);
    ListSetup::setFixedRowHeight(m_followUpTable, 6);
    m_followUpTable->setColumnWidth(FollowUpModel::From, 40 * character);
    m_followUpTable->setColumnWidth(FollowUpModel::Due, 18 * character);
    m_followUpTable->setColumnWidth(FollowUpModel::Timing, 16 * character);
    m_followUpTable->setColumnWidth(FollowUpModel::Owner, 22 * character);
    auto* followUpPane = new QWidget(this);
    auto* followUpBar = new QHBoxLayout;
    followUpBar->addWidget(followUpHeading);
    followUpBar->addSpacing(8);
    followUpBar->addWidget(m_followUpSummary, 1);
    followUpBar->addWidget(m_followUpDone);
    followUpBar->addWidget(m_followUpOpen);
    auto* followUpLayout = new QVBoxLayout(followUpPane);
    followUpLayout->setContentsMargins(0, 6, 0, 0);
    followUpLayout->addLayout(followUpBar);
    followUpLayout->addWidget(m_followUpTable, 1);
    m_splitter->addWidget(m_pages);
    m_splitter->addWidget(followUpPane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    // The survivors' steps first: they are the most urgent; the follow-up band below.
    const int line = m_tree->fontMetrics().height() + 6;
    m_splitter->setSizes({line * 22, line * 12});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 12);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addLayout(tools);
    layout->addWidget(m_splitter, 1);

    auto* doneAction = new QAction(m_followUpTable);
    doneAction->setShortcut(QKeySequence(Qt::Key_Space));
    doneAction->setShortcutContext(Qt::WidgetShortcut);
    m_followUpTable->addAction(doneAction);
    connect(doneAction, &QAction::triggered, this, &TodayView::followUpDone);
    auto* openAction = new QAction(m_followUpTable);
    openAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    openAction->setShortcutContext(Qt::WidgetShortcut);
    m_followUpTable->addAction(openAction);
    connect(openAction, &QAction::triggered, this, &TodayView::openFollowUp);
    connect(m_followUpDone, &QPushButton::clicked, this, &TodayView::followUpDone);
    connect(m_followUpOpen, &QPushButton::clicked, this, &TodayView::openFollowUp);
    connect(m_followUpTable, &QTableView::doubleClicked, this, &TodayView::openFollowUp);
    connect(m_followUps, &FollowUpModel::countsChanged, this, &TodayView::followUpsChanged);
    connect(m_followUps, &FollowUpModel::failed, this, [this](const QString& message) {
        showError(this, tr("Between operations"), makeError(message));
    });
    connect(m_followUpTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TodayView::followUpsChanged);

    connect(m_role, &QComboBox::activated, this, &TodayView::applyFilter);
    connect(m_operation, &QComboBox::activated, this, &TodayView::applyFilter);
    connect(m_done, &QPushButton::clicked, this, [this] { tickCurrent(QStringLiteral("done")); });
    connect(m_declined, &QPushButton::clicked, this, [this] { tickCurrent(QStringLiteral("declined")); });
    connect(m_notApplicable, &QPushButton::clicked, this, [this] { tickCurrent(QStringLiteral("not_applicable")); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const QUuid s = currentSurvivor(); !s.isNull())
            Q_EMIT openSurvivor(s);
    });
    connect(m_tree, &QTreeView::doubleClicked, this, [this] {
        if (const QUuid s = currentSurvivor(); !s.isNull())
            Q_EMIT openSurvivor(s);
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &TodayView::currentChanged);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_keptStep = currentStep();
        m_keptSurvivor = currentSurvivor();
        const QModelIndex current = m_tree->currentIndex().siblingAtColumn(0);
        m_keptPlace = current.data(TodayModel::KindRole).toInt() == TodayModel::StepRow
                          ? QList<int>{current.data(TodayModel::BandRole).toInt(), current.parent().row(), current.row()}
                          : QList<int>();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &TodayView::reloaded);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex& parent, int first, int last) {
        for (int row = first; row <= last; ++row)
            m_tree->expand(m_model->index(row, 0, parent));
    });
    connect(m_model, &TodayModel::failed, this, [this](const QString& what, const Error& e) { showError(this, what, e); });
    if (watcher) {
        connect(watcher, &DueWatcher::dueStepsChanged, m_model, &TodayModel::reload);
        connect(watcher, &DueWatcher::dueStepsChanged, m_followUps, &FollowUpModel::reload);
    }
    reloaded();
    followUpsChanged();
}

void TodayView::setDocument(Document* document)
{
    followStore(m_document, document, this, [this](const QString& entity) {
        if (m_loaded && (entity == QLatin1String("operation") || entity == QLatin1String("survivor")))
            fillOperations();
    });
    selectData(m_role, QVariant());
    m_loaded = false;
    // Read when first shown (the overdue count in the status bar comes from the DueWatcher).
    if (isVisible()) {
        ensureLoaded();
    } else {
        m_model->setDocument(nullptr);
        m_followUps->setDocument(nullptr);
    }
}

void TodayView::ensureLoaded()
{
    if (std::exchange(m_loaded, true))
        return;
    fillOperations();
    m_model->setFilter({});
    m_model->setDocument(m_document);
    m_followUps->setDocument(m_document);
}

void TodayView::showEvent(QShowEvent* event)
{
    View::showEvent(event);
    ensureLoaded();
    m_model->setLive(true);
    m_followUps->setLive(true);
}

void TodayView::hideEvent(QHideEvent* event)
{
    View::hideEvent(event);
    m_model->setLive(false);
    m_followUps->setLive(false);
}

void TodayView::saveLayout(QSettings& settings) const
{
    settings.setValue(QStringLiteral("columns"), m_tree->header()->saveState());
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
}

void TodayView::restoreLayout(const QSettings& settings)
{
    const QByteArray columns = settings.value(QStringLiteral("columns")).toByteArray();
    if (!columns.isEmpty())
        m_tree->header()->restoreState(columns);
    const QByteArray splitter = settings.value(QStringLiteral("splitter")).toByteArray();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
}

void TodayView::takeFocus()
{
    m_tree->setFocus(Qt::OtherFocusReason);
}

void TodayView::fillOperations()
{
    // Operations that have survivors: those are the ones steps can be owed for.
    const QVariant selected = selectedData(m_operation);
    const QSignalBlocker blocker(m_operation);
    m_operation->clear();
    m_operation->addItem(tr("All operations"), QVariant());
    if (m_document) {
        if (Result<std::vector<query::ChoiceRow>> operations = query::operationChoices(m_document->store(), true)) {
            for (const query::ChoiceRow& o : *operations)
                m_operation->addItem(o.name, o.id);
        }
    }
    selectData(m_operation, selected);
    if (m_operation->currentIndex() < 0)
        m_operation->setCurrentIndex(0);
}

void TodayView::applyFilter()
{
    DueFilter filter;
    filter.ownerRole = selectedData(m_role).toString();
    filter.operation = selectedData(m_operation).toUuid();
    m_model->setFilter(filter);
}

QUuid TodayView::currentStep() const
{
    const QModelIndex current = m_tree->currentIndex();
    return current.data(TodayModel::KindRole).toInt() == TodayModel::StepRow ? current.data(TodayModel::IdRole).toUuid()
                                                                             : QUuid();
}

QUuid TodayView::currentSurvivor() const
{
    QModelIndex current = m_tree->currentIndex().siblingAtColumn(0);
    if (current.data(TodayModel::KindRole).toInt() == TodayModel::StepRow)
        current = current.parent();
    return current.data(TodayModel::KindRole).toInt() == TodayModel::SurvivorRow ? current.data(TodayModel::IdRole).toUuid()
                                                                                 : QUuid();
}

void TodayView::currentChanged()
{
    // Ticking writes: not in a file open read-only.
    const bool step = !currentStep().isNull() && m_document && !m_document->isReadOnly();
    m_done->setEnabled(step);
    m_declined->setEnabled(step);
    m_notApplicable->setEnabled(step);
    m_open->setEnabled(!currentSurvivor().isNull());
}

void TodayView::followUpsChanged()
{
    const qint64 actions = m_followUps->count(FollowUpModel::ActionItem);
    const qint64 tasks = m_followUps->count(FollowUpModel::Task);
    const qint64 reviews = m_followUps->count(FollowUpModel::Review);
    const qint64 erasures = m_followUps->count(FollowUpModel::Erasure);
    QString summary = m_document ? tr("%L1 overdue · %L2 action items (7 days) · %L3 operation tasks (24 hours) · %L4 protocol reviews")
                                       .arg(m_followUps->overdueCount())
                                       .arg(actions)
                                       .arg(tasks)
                                       .arg(reviews)
                                 : QString();
    if (erasures > 0)
        summary += erasures == 1 ? tr(" · 1 identity due for erasure") : tr(" · %n identities due for erasure", nullptr, int(erasures));
    const qint64 lapses = m_followUps->count(FollowUpModel::Warrant);
    if (lapses > 0)
        summary += lapses == 1 ? tr(" · 1 warrant lapses before its operation")
                               : tr(" · %n warrants lapse before their operations", nullptr, int(lapses));
    m_followUpSummary->setText(summary);
    const QModelIndex current = m_followUpTable->currentIndex();
    const int kind = current.data(FollowUpModel::KindRole).toInt();
    const bool checkable = current.isValid() && (kind == FollowUpModel::ActionItem || kind == FollowUpModel::Task);
    m_followUpDone->setEnabled(checkable);
    m_followUpOpen->setEnabled(current.isValid());
}

void TodayView::followUpDone()
{
    const QModelIndex current = m_followUpTable->currentIndex();
    if (!current.isValid())
        return;
    const int row = current.row();
    if (m_followUps->markDone(row) && m_followUps->rowCount() > 0) {
        // The next one takes its place, so that Space ticks the next.
        m_followUpTable->setCurrentIndex(m_followUps->index(std::min(row, m_followUps->rowCount() - 1), 0));
    }
}

void TodayView::openFollowUp()
{
    const QModelIndex current = m_followUpTable->currentIndex();
    if (!current.isValid())
        return;
    const QUuid parent = current.data(FollowUpModel::ParentRole).toUuid();
    if (parent.isNull())
        return;
    const QString entity = current.data(FollowUpModel::ParentEntityRole).toString();
    if (entity == QLatin1String("survivor"))
        Q_EMIT openSurvivor(parent);
    else if (entity == QLatin1String("protocol"))
        Q_EMIT openProtocol(parent);
    else if (entity == QLatin1String("meeting"))
        Q_EMIT openMeeting(parent);
    else
        Q_EMIT openOperation(parent);
}

} // namespace tandem
