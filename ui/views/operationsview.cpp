#include "operationsview.h"

#include "document.h"

#include "models/operationlistmodel.h"
#include "operationdetail.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace tandem {

OperationsView::OperationsView(QWidget* parent)
    : View(parent)
    , m_model(new OperationListModel(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_detail(new OperationDetail(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("operationsView"));
    m_count->setObjectName(QStringLiteral("operationCount"));
    m_table->setObjectName(QStringLiteral("operationsTable"));
    m_splitter->setObjectName(QStringLiteral("operationsSplitter"));

    auto* heading = new QLabel(title(), this);
    heading->setObjectName(QStringLiteral("operationsHeading"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_count->setWordWrap(true);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures rows it does not show.
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
    auto* listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(12, 10, 6, 12);
    listLayout->setSpacing(8);
    listLayout->addLayout(top);
    listLayout->addWidget(m_table, 1);

    m_splitter->addWidget(listPane);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OperationsView::currentChanged);
    connect(m_table, &QTableView::activated, this, &OperationsView::currentChanged);
    connect(m_model, &OperationListModel::totalCountChanged, this, &OperationsView::updateCount);
    connect(m_model, &OperationListModel::readFailed, m_count, &QLabel::setText);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keptSelection = currentOperation(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // Sorting or an edit reloaded the rows: keep the operation the user was looking at. When
        // it is not among the rows loaded now, more are fetched once the reset is over.
        const QUuid kept = std::exchange(m_keptSelection, QUuid());
        if (kept.isNull())
            m_detail->showOperation({});
        else if (m_model->rowOf(kept) >= 0)
            selectOperation(kept);
        else
            QMetaObject::invokeMethod(this, [this, kept] {
                if (currentOperation().isNull() && !selectOperation(kept))
                    m_detail->showOperation({});
            }, Qt::QueuedConnection);
    });
    updateCount();
}

QString OperationsView::title() const
{
    return tr("Operations");
}

QIcon OperationsView::icon() const
{
    return QIcon(QStringLiteral(":/icons/operations.svg"));
}

void OperationsView::setDocument(Document* document)
{
    Store* store = document ? &document->store() : nullptr;
    // Nothing to keep across a change of file.
    m_table->selectionModel()->clear();
    m_detail->setStore(store);
    m_model->setStore(store);
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
}

void OperationsView::saveLayout(QSettings& settings) const
{
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("columns"), m_table->horizontalHeader()->saveState());
}

void OperationsView::restoreLayout(const QSettings& settings)
{
    const QByteArray splitter = settings.value(QStringLiteral("splitter")).toByteArray();
    m_splitterRestored = !splitter.isEmpty() && m_splitter->restoreState(splitter);
    const QByteArray columns = settings.value(QStringLiteral("columns")).toByteArray();
    m_columnsRestored = !columns.isEmpty() && m_table->horizontalHeader()->restoreState(columns);
}

void OperationsView::takeFocus()
{
    m_table->setFocus(Qt::OtherFocusReason);
}

QUuid OperationsView::currentOperation() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : QUuid();
}

bool OperationsView::selectOperation(const QUuid& id)
{
    const int row = m_model->fetchUntil(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void OperationsView::currentChanged()
{
    m_detail->showOperation(currentOperation());
}

void OperationsView::updateCount()
{
    const qint64 total = m_model->totalCount();
    if (!m_model->store())
        m_count->clear();
    else if (total == 0)
        m_count->setText(tr("No operations yet"));
    else if (total == 1)
        m_count->setText(tr("1 operation"));
    else
        m_count->setText(tr("%L1 operations").arg(total));
}

void OperationsView::showEvent(QShowEvent* event)
{
    View::showEvent(event);
    if (m_laidOut)
        return;
    // The first time the view has its size and nothing was restored: the list gets nearly two
    // thirds of the width, the columns share the list's width.
    m_laidOut = true;
    if (!m_splitterRestored) {
        const int width = m_splitter->width();
        m_splitter->setSizes({width * 64 / 100, width * 36 / 100});
        m_splitter->widget(0)->layout()->activate();
    }
    if (!m_columnsRestored)
        fitColumns();
}

void OperationsView::fitColumns()
{
    // Shares of the table's width, roughly the characters each column needs; the user's own widths
    // are kept in the settings after that.
    const int weights[OperationListModel::ColumnCount] = {21, 13, 15, 18, 14, 8, 9};
    int sum = 0;
    for (int w : weights)
        sum += w;
    const int available = m_table->viewport()->width();
    for (int column = 0; column < OperationListModel::ColumnCount; ++column)
        m_table->setColumnWidth(column, available * weights[column] / sum);
}

} // namespace tandem
