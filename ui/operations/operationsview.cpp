#include "operations/operationsview.h"
#include "accessiblenames.h"
#include "widgets/columnfit.h"

#include "records/recordcommands.h"
#include "dialogs/prompts.h"
#include "document.h"
#include "domain/operations.h"
#include "operations/operationlistmodel.h"
#include "operations/operationdetail.h"
#include "operations/operationeditor.h"
#include "operations/operationfilterbar.h"
#include "report/columnfit.h"
#include "store/registry.h"
#include "store/store.h"
#include "timetext.h"
#include "widgets/limitedlineedit.h"
#include "widgets/listdelegate.h"
#include "widgets/listsetup.h"
#include "widgets/named.h"
#include "widgets/textstyle.h"

#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace tandem {

OperationsView::OperationsView(QWidget* parent)
    : ListDetailView(QT_TRANSLATE_NOOP("tandem::OperationsView", "Operations"), ":/icons/operations.svg", parent)
    , m_model(new OperationListModel(this))
    , m_filter(new OperationFilterBar(this))
    , m_count(named<QLabel>(QStringLiteral("operationCount"), this))
    , m_table(named<QTableView>(QStringLiteral("operationsTable"), this))
    , m_detail(new OperationDetail(this))
    , m_splitter(named<QSplitter>(QStringLiteral("operationsSplitter"), Qt::Horizontal, this))
    , m_pages(named<QStackedWidget>(QStringLiteral("operationsPages"), this))
    , m_new(named<QPushButton>(QStringLiteral("newOperation"), tr("&New"), this))
    , m_duplicate(named<QPushButton>(QStringLiteral("duplicateOperation"), tr("D&uplicate"), this))
    , m_delete(named<QPushButton>(QStringLiteral("deleteOperation"), tr("&Delete…"), this))
    , m_open(named<QPushButton>(QStringLiteral("openOperation"), tr("&Open the plan"), this))
    , m_detailTimer(new QTimer(this))
{
    m_detailTimer->setSingleShot(true);
    m_detailTimer->setInterval(150);
    connect(m_detailTimer, &QTimer::timeout, this, [this] { m_detail->showOperation(currentOperation()); });
    setObjectName(QStringLiteral("operationsView"));
    m_new->setToolTip(tr("A new operation, as a draft (Ctrl+Shift+N or Insert)"));
    m_duplicate->setToolTip(tr("A new draft with the plan, targets, assignments and timeline of the selected "
                               "operation, a week or more later (Ctrl+D)"));
    m_delete->setToolTip(tr("Delete the selected operation, with its targets, assignments, timeline and log (Delete)"));
    m_open->setToolTip(tr("Open the plan of the selected operation (Enter or double-click)"));
    m_table->setAccessibleName(tr("Operations"));

    setList(m_table, m_splitter);
    auto* heading = TextStyle::heading(title(), this);
    heading->setObjectName(QStringLiteral("operationsHeading"));
    m_count->setWordWrap(true);

    m_table->setModel(m_model);
    m_table->setItemDelegate(new ListDelegate(m_table));
    ListSetup::setUpTable(m_table, ListSetup::FixedRows | ListSetup::QuietHeader | ListSetup::StretchLast);
    ListSetup::setSortable(m_table, m_model->sortColumn(), m_model->sortOrder());

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_new);
    buttons->addWidget(m_duplicate);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    placePanes(makeListPane(heading, m_count, {m_filter, buttons}, 8), m_detail, 1, 0, m_pages);
    m_pages->addWidget(m_splitter);

    // Shortcuts of the list (not of the editor, which has its own).
    addShortcut(m_splitter, {QKeySequence::Find}, Qt::WidgetWithChildrenShortcut, [this] {
        m_filter->searchField()->setFocus(Qt::ShortcutFocusReason);
        m_filter->searchField()->selectAll();
    });
    addShortcut(m_splitter, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), QKeySequence(Qt::Key_Insert)},
                Qt::WidgetWithChildrenShortcut, [this] { newOperation(); });
    addShortcut(m_splitter, {QKeySequence(Qt::CTRL | Qt::Key_D)}, Qt::WidgetWithChildrenShortcut, [this] { duplicateCurrent(); });
    addShortcut(m_table, {QKeySequence::Delete}, Qt::WidgetShortcut, [this] { deleteCurrent(); });
    connect(m_new, &QPushButton::clicked, this, [this] { newOperation(); });
    connect(m_duplicate, &QPushButton::clicked, this, [this] { duplicateCurrent(); });
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteCurrent(); });
    connect(m_open, &QPushButton::clicked, this, [this] { openOperation(currentOperation()); });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) { openOperation(m_model->idAt(index.row())); });
    connect(m_filter, &OperationFilterBar::filterChanged, this, [this](const OperationFilter& filter) {
        m_model->setFilter(filter);
        // The operation shown stays when it still passes; otherwise the first that does is shown.
        if (currentOperation().isNull())
            selectFirstRow();
        updateActions();
    });
    // Enter or Down in the search field goes to the list.
    connect(m_filter->searchField(), &QLineEdit::returnPressed, this, [this] {
        m_table->setFocus(Qt::OtherFocusReason);
        if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
            m_table->setCurrentIndex(m_model->index(0, 0));
    });

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OperationsView::currentChanged);
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
                updateActions();
            }, Qt::QueuedConnection);
        // A reset moves no current row by a signal: with no match, nothing is selected, and
        // Duplicate and Delete have nothing to act on.
        updateActions();
    });
    updateCount();
}

void OperationsView::setDocument(Document* document)
{
    m_document = document;
    Store* store = document ? &document->store() : nullptr;
    // Nothing to keep across a change of file.
    m_pages->setCurrentWidget(m_splitter);
    if (m_editor)
        m_editor->setDocument(document);
    m_table->selectionModel()->clear();
    m_detail->setStore(store);
    {
        const QSignalBlocker block(m_filter);
        m_filter->clear();
    }
    m_model->setStore(store);
    selectFirstRow();
    updateActions();
}

void OperationsView::takeFocus()
{
    if (isEditing())
        m_editor->setFocus(Qt::OtherFocusReason);
    else
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
    setCurrentRow(m_model->index(row, 0));
    return true;
}

void OperationsView::currentChanged()
{
    updateActions();
    // While a search is typed, the detail follows when the typing pauses: the list must keep up
    // with every keystroke, the pane only with what the person stops at.
    if (m_filter->searchField()->hasFocus()) {
        m_detailTimer->start();
        return;
    }
    m_detailTimer->stop();
    m_detail->showOperation(currentOperation());
}

void OperationsView::updateActions()
{
    const bool open = m_document != nullptr;
    const bool writable = open && !m_document->isReadOnly();
    const bool selected = open && !currentOperation().isNull();
    m_new->setEnabled(writable);
    m_duplicate->setEnabled(selected && writable);
    m_delete->setEnabled(selected && writable);
    m_open->setEnabled(selected);
}

void OperationsView::updateCount()
{
    const qint64 total = m_model->totalCount();
    const qint64 all = m_model->allCount();
    if (!m_model->store())
        m_count->clear();
    else if (!m_model->filter().isEmpty())
        m_count->setText(total == 0 ? tr("None of %L1 operations match").arg(all)
                                    : tr("%L1 of %L2 operations").arg(total).arg(all));
    else if (total == 0)
        m_count->setText(tr("No operations yet"));
    else if (total == 1)
        m_count->setText(tr("1 operation"));
    else
        m_count->setText(tr("%L1 operations").arg(total));
}

bool OperationsView::isEditing() const
{
    return m_pages->currentWidget() == m_editor;
}

void OperationsView::openOperation(const QUuid& id)
{
    if (!m_document || id.isNull())
        return;
    // Selected in the list when it is loaded; never pages through the list to find it.
    if (const int row = m_model->rowOf(id); row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
    OperationEditor* plan = editor();
    plan->setOperation(id);
    m_pages->setCurrentWidget(plan);
    plan->tabs()->currentWidget()->setFocus(Qt::OtherFocusReason);
}

OperationEditor* OperationsView::editor()
{
    if (m_editor)
        return m_editor;
    m_editor = new OperationEditor(this);
    m_pages->addWidget(m_editor);
    connect(m_editor, &OperationEditor::closeRequested, this, &OperationsView::closeEditor);
    m_editor->setDocument(m_document);
    // What the main window does for every field when it is built (screen readers' names, tables
    // that show their columns whole), done here for the fields it did not see.
    nameFieldsByTheirLabels(m_editor);
    ColumnFitter::installAll(m_editor);
    return m_editor;
}

void OperationsView::closeEditor()
{
    if (!isEditing())
        return;
    const QUuid id = m_editor->operation();
    m_editor->commitPending();
    m_pages->setCurrentWidget(m_splitter);
    if (const int row = id.isNull() ? -1 : m_model->rowOf(id); row >= 0) {
        m_table->setCurrentIndex(m_model->index(row, 0));
        m_table->scrollTo(m_model->index(row, 0));
    }
    m_table->setFocus(Qt::OtherFocusReason);
}

void OperationsView::showEvent(QShowEvent* event)
{
    ListDetailView::showEvent(event);
    if (!firstLayout())
        return;
    // The first time the view has its size and nothing was restored: the list gets nearly two
    // thirds of the width, the columns share the list's width.
    splitAt(64);
    if (!columnsRestored())
        fitColumns();
}

void OperationsView::fitColumns()
{
    // Shares of the table's width, roughly the characters each column needs, but never narrower
    // than its heading or, for the start, a whole date and time; the user's own widths are kept
    // in the settings after that.
    const int weights[OperationListModel::ColumnCount] = {21, 13, 15, 18, 14, 8, 9};
    const QFontMetrics text(m_table->font());
    const QFontMetrics heading(m_table->horizontalHeader()->font());
    std::vector<qreal> share;
    std::vector<qreal> least;
    for (int column = 0; column < OperationListModel::ColumnCount; ++column) {
        share.push_back(weights[column]);
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        least.push_back(heading.horizontalAdvance(title) + 24); // and the sort arrow
    }
    const QString longTime = localTimeText(QDateTime(QDate(2026, 12, 30), QTime(23, 45)));
    least[OperationListModel::Starts] = std::max(least[OperationListModel::Starts], qreal(text.horizontalAdvance(longTime) + 16));
    // The status beside its coloured dot.
    const FieldDef* status = Registry::instance().entity(QStringLiteral("operation"))->field(QStringLiteral("status"));
    for (const EnumValue& v : status->values) {
        const QString label = status->valueLabel(QString::fromLatin1(v.token));
        least[OperationListModel::Status] = std::max(least[OperationListModel::Status], qreal(text.horizontalAdvance(label) + 36));
    }
    const std::vector<qreal> widths = report::fitColumns(share, least, m_table->viewport()->width());
    for (int column = 0; column < OperationListModel::ColumnCount; ++column)
        m_table->setColumnWidth(column, int(widths[size_t(column)]));
}

} // namespace tandem
