#include "survivors/survivorsview.h"

#include "survivors/survivorcommands.h"
#include "document.h"
#include "survivors/duewatcher.h"
#include "errors.h"
#include "survivors/survivorlistmodel.h"
#include "store/store.h"
#include "survivors/survivordetail.h"
#include "widgets/listsetup.h"
#include "widgets/named.h"
#include "widgets/textstyle.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace tandem {

SurvivorsView::SurvivorsView(DueWatcher* watcher, QWidget* parent)
    : ListDetailView(kTitle, kIcon, parent)
    , m_model(new SurvivorListModel(this))
    , m_count(named<QLabel>(QStringLiteral("survivorCount"), this))
    , m_search(named<QLineEdit>(QStringLiteral("survivorSearch"), this))
    , m_add(named<QPushButton>(QStringLiteral("addSurvivor"), tr("New Survivor"), this))
    , m_table(named<QTableView>(QStringLiteral("survivorsTable"), this))
    , m_detail(new SurvivorDetail(watcher, this))
    , m_splitter(named<QSplitter>(QStringLiteral("survivorsSplitter"), Qt::Horizontal, this))
{
    setObjectName(QLatin1String(kObjectName));
    setList(m_table, m_splitter);

    auto* heading = TextStyle::heading(title(), this);
    m_search->setPlaceholderText(tr("Find by code or operation"));
    m_search->setAccessibleName(tr("Find survivors"));
    m_search->setClearButtonEnabled(true);
    m_add->setToolTip(tr("Record a survivor under a new pseudonymous code (V-year-number)"));

    m_table->setModel(m_model);
    ListSetup::setUpTable(m_table, ListSetup::FixedRows | ListSetup::QuietHeader | ListSetup::StretchLast);
    ListSetup::setSortable(m_table, m_model->sortColumn(), m_model->sortOrder());

    auto* tools = new QHBoxLayout;
    tools->addWidget(m_search, 1);
    tools->addWidget(m_add);
    placePanes(makeListPane(heading, m_count, {tools}, 8), m_detail, 2, 3);

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
            setCurrentRow(m_model->index(row, 0), false);
        } else {
            QMetaObject::invokeMethod(this, [this, kept] {
                if (const int row = m_model->fetchUntil(kept); row >= 0)
                    setCurrentRow(m_model->index(row, 0), false);
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

void SurvivorsView::setDocument(Document* document)
{
    // The list is read when the view is first shown: opening a file costs nothing here.
    m_document = document;
    m_add->setEnabled(document && !document->isReadOnly());
    setDocumentWhenShown(document);
}

void SurvivorsView::loadDocument(Document* document)
{
    m_table->selectionModel()->clear();
    m_detail->setDocument(document);
    m_model->setStore(document ? &document->store() : nullptr);
    selectFirstRow();
}

void SurvivorsView::showEvent(QShowEvent* event)
{
    ListDetailView::showEvent(event); // loads the document
    m_model->setLive(true);
    if (!firstLayout())
        return;
    // The first time the view has its size and nothing was restored: the list gets two fifths of
    // the width, the columns share it by roughly the characters each needs.
    splitAt(40);
    if (!columnsRestored()) {
        const int weights[SurvivorListModel::ColumnCount] = {12, 20, 17, 9, 7, 7};
        int sum = 0;
        for (int w : weights)
            sum += w;
        const int available = m_table->viewport()->width();
        for (int column = 0; column < SurvivorListModel::ColumnCount; ++column)
            m_table->setColumnWidth(column, available * weights[column] / sum);
    }
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
    setCurrentRow(m_model->index(row, 0));
    return true;
}

void SurvivorsView::hideEvent(QHideEvent* event)
{
    ListDetailView::hideEvent(event);
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
