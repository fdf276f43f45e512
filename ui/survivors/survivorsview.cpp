#include "survivors/survivorsview.h"

#include "survivors/survivorcommands.h"
#include "document.h"
#include "survivors/duewatcher.h"
#include "errors.h"
#include "survivors/survivorlistmodel.h"
#include "store/store.h"
#include "survivors/survivordetail.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace tandem {

SurvivorsView::SurvivorsView(DueWatcher* watcher, QWidget* parent)
    : View(parent)
    , m_model(new SurvivorListModel(this))
    , m_count(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_add(new QPushButton(tr("New Survivor"), this))
    , m_table(new QTableView(this))
    , m_detail(new SurvivorDetail(watcher, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("survivorsView"));
    m_count->setObjectName(QStringLiteral("survivorCount"));
    m_search->setObjectName(QStringLiteral("survivorSearch"));
    m_add->setObjectName(QStringLiteral("addSurvivor"));
    m_table->setObjectName(QStringLiteral("survivorsTable"));
    m_splitter->setObjectName(QStringLiteral("survivorsSplitter"));

    auto* heading = new QLabel(title(), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_search->setPlaceholderText(tr("Find by code or operation"));
    m_search->setAccessibleName(tr("Find survivors"));
    m_search->setClearButtonEnabled(true);
    m_add->setToolTip(tr("Record a survivor under a new pseudonymous code (V-year-number)"));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->setSortingEnabled(true);

    auto* listPane = new QWidget(m_splitter);
    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(heading);
    top->addStretch(1);
    top->addWidget(m_count);
    auto* tools = new QHBoxLayout;
    tools->setContentsMargins(0, 0, 0, 0);
    tools->addWidget(m_search, 1);
    tools->addWidget(m_add);
    auto* listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(12, 10, 6, 12);
    listLayout->setSpacing(8);
    listLayout->addLayout(top);
    listLayout->addLayout(tools);
    listLayout->addWidget(m_table, 1);

    m_splitter->addWidget(listPane);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SurvivorsView::currentChanged);
    connect(m_model, &SurvivorListModel::totalCountChanged, this, &SurvivorsView::updateCount);
    connect(m_model, &SurvivorListModel::readFailed, m_count, &QLabel::setText);
    connect(m_search, &QLineEdit::textChanged, m_model, &SurvivorListModel::setSearch);
    connect(m_add, &QPushButton::clicked, this, &SurvivorsView::addSurvivor);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_keptSelection = currentSurvivor(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // An edit, a search or a new order reloaded the rows: keep the survivor the user was on.
        // When it is not among the rows loaded now, more are fetched once the reset is over.
        const QUuid kept = std::exchange(m_keptSelection, QUuid());
        if (kept.isNull()) {
            m_detail->showSurvivor({});
        } else if (const int row = m_model->rowOf(kept); row >= 0) {
            m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::ClearAndSelect
                                                                                    | QItemSelectionModel::Rows);
        } else {
            QMetaObject::invokeMethod(this, [this, kept] {
                const int row = m_model->fetchUntil(kept);
                if (row >= 0)
                    m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                else
                    m_detail->showSurvivor({});
            }, Qt::QueuedConnection);
        }
    });
    // The overdue column counts against the clock.
    if (watcher)
        connect(watcher, &DueWatcher::dueStepsChanged, m_model, &SurvivorListModel::refresh);
    updateCount();
}

QString SurvivorsView::title() const
{
    return tr("Survivors");
}

QIcon SurvivorsView::icon() const
{
    return QIcon(QStringLiteral(":/icons/survivors.svg"));
}

void SurvivorsView::setDocument(Document* document)
{
    // The list is read when the view is first shown: opening a file costs nothing here.
    m_document = document;
    m_loaded = false;
    m_add->setEnabled(document && !document->isReadOnly());
    if (isVisible())
        ensureLoaded();
    else {
        m_table->selectionModel()->clear();
        m_detail->setDocument(nullptr);
        m_model->setStore(nullptr);
    }
}

void SurvivorsView::ensureLoaded()
{
    if (std::exchange(m_loaded, true))
        return;
    m_table->selectionModel()->clear();
    m_detail->setDocument(m_document);
    m_model->setStore(m_document ? &m_document->store() : nullptr);
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
}

void SurvivorsView::saveLayout(QSettings& settings) const
{
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("columns"), m_table->horizontalHeader()->saveState());
}

void SurvivorsView::restoreLayout(const QSettings& settings)
{
    const QByteArray splitter = settings.value(QStringLiteral("splitter")).toByteArray();
    m_splitterRestored = !splitter.isEmpty() && m_splitter->restoreState(splitter);
    const QByteArray columns = settings.value(QStringLiteral("columns")).toByteArray();
    m_columnsRestored = !columns.isEmpty() && m_table->horizontalHeader()->restoreState(columns);
}

void SurvivorsView::showEvent(QShowEvent* event)
{
    View::showEvent(event);
    ensureLoaded();
    m_model->setLive(true);
    if (std::exchange(m_laidOut, true))
        return;
    // The first time the view has its size and nothing was restored: the list gets two fifths of
    // the width, the columns share it by roughly the characters each needs.
    if (!m_splitterRestored) {
        const int width = m_splitter->width();
        m_splitter->setSizes({width * 40 / 100, width * 60 / 100});
        m_splitter->widget(0)->layout()->activate();
    }
    if (!m_columnsRestored) {
        const int weights[SurvivorListModel::ColumnCount] = {12, 20, 17, 9, 7, 7};
        int sum = 0;
        for (int w : weights)
            sum += w;
        const int available = m_table->viewport()->width();
        for (int column = 0; column < SurvivorListModel::ColumnCount; ++column)
            m_table->setColumnWidth(column, available * weights[column] / sum);
    }
}

void SurvivorsView::takeFocus()
{
    m_table->setFocus(Qt::OtherFocusReason);
}

QUuid SurvivorsView::currentSurvivor() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : QUuid();
}

bool SurvivorsView::selectSurvivor(const QUuid& id)
{
    ensureLoaded();
    int row = m_model->fetchUntil(id);
    if (row < 0 && !m_search->text().isEmpty()) {
        m_search->clear();
        row = m_model->fetchUntil(id);
    }
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void SurvivorsView::hideEvent(QHideEvent* event)
{
    View::hideEvent(event);
    m_model->setLive(false);
}

void SurvivorsView::currentChanged(const QModelIndex& current, const QModelIndex& previous)
{
    Q_UNUSED(current)
    if (m_reverting)
        return;
    // What was typed for the survivor shown is written before another is shown; when the store
    // refuses it (the error is shown), the list goes back to that survivor, as typed.
    const QUuid shown = m_detail->survivor();
    if (!shown.isNull() && shown != currentSurvivor() && !m_detail->commitPending()) {
        const QScopedValueRollback<bool> reverting(m_reverting, true);
        const int row = m_model->rowOf(shown);
        const QModelIndex back = row >= 0 ? m_model->index(row, 0) : previous;
        m_table->selectionModel()->setCurrentIndex(back, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        return;
    }
    m_detail->showSurvivor(currentSurvivor());
}

void SurvivorsView::updateCount()
{
    const qint64 total = m_model->totalCount();
    if (!m_model->store())
        m_count->clear();
    else if (total == 0)
        m_count->setText(m_model->search().isEmpty() ? tr("No survivors recorded") : tr("None found"));
    else
        m_count->setText(total == 1 ? tr("1 survivor") : tr("%Ln survivors", nullptr, int(total)));
}

void SurvivorsView::addSurvivor()
{
    if (!m_document)
        return;
    const int year = QDateTime::fromMSecsSinceEpoch(m_document->store().wallClock()).toLocalTime().date().year();
    Result<QUuid> id = tandem::addSurvivor(*m_document, year);
    if (!id) {
        showError(this, tr("The survivor could not be added."), id.error());
        return;
    }
    m_search->clear();
    selectSurvivor(*id);
    m_detail->focusRescueTime();
}

} // namespace tandem
