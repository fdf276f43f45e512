#include "views/listdetailview.h"

#include "widgets/textstyle.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

#include <utility>

namespace tandem {

void ListDetailView::setList(QAbstractItemView* list, QSplitter* splitter, Kept kept)
{
    m_list = list;
    m_splitter = splitter;
    m_kept = kept;
}

QHeaderView* ListDetailView::columns() const
{
    if (auto* table = qobject_cast<QTableView*>(m_list))
        return table->horizontalHeader();
    if (auto* tree = qobject_cast<QTreeView*>(m_list))
        return tree->header();
    return nullptr;
}

void ListDetailView::saveLayout(QSettings& settings) const
{
    if (m_splitter && m_kept != Kept::Columns)
        settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    if (QHeaderView* header = columns(); header && m_kept != Kept::Splitter)
        settings.setValue(QStringLiteral("columns"), header->saveState());
}

void ListDetailView::restoreLayout(const QSettings& settings)
{
    if (m_splitter && m_kept != Kept::Columns) {
        const QByteArray splitter = settings.value(QStringLiteral("splitter")).toByteArray();
        m_splitterRestored = !splitter.isEmpty() && m_splitter->restoreState(splitter);
    }
    if (QHeaderView* header = columns(); header && m_kept != Kept::Splitter) {
        const QByteArray columns = settings.value(QStringLiteral("columns")).toByteArray();
        m_columnsRestored = !columns.isEmpty() && header->restoreState(columns);
    }
}

void ListDetailView::takeFocus()
{
    m_list->setFocus(Qt::OtherFocusReason);
}

QWidget* ListDetailView::makeListPane(QLabel* heading, QLabel* count, std::initializer_list<QObject*> rows, int spacing)
{
    auto* pane = new QWidget(m_splitter);
    auto* top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch(1);
    top->addWidget(count);
    TextStyle::setCaption(count);
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(12, 10, 6, 12);
    if (spacing >= 0)
        layout->setSpacing(spacing);
    layout->addLayout(top);
    for (QObject* row : rows) {
        if (auto* l = qobject_cast<QLayout*>(row))
            layout->addLayout(l);
        else if (auto* w = qobject_cast<QWidget*>(row))
            layout->addWidget(w);
    }
    layout->addWidget(m_list, 1);
    return pane;
}

void ListDetailView::placePanes(QWidget* listPane, QWidget* detail, int listStretch, int detailStretch, QWidget* body)
{
    m_splitter->addWidget(listPane);
    m_splitter->addWidget(detail);
    m_splitter->setStretchFactor(0, listStretch);
    m_splitter->setStretchFactor(1, detailStretch);
    m_splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(body ? body : m_splitter);
}

QAction* ListDetailView::addShortcut(QWidget* on, const QList<QKeySequence>& keys, Qt::ShortcutContext context,
                                     std::function<void()> slot)
{
    auto* action = new QAction(on);
    action->setShortcuts(keys);
    action->setShortcutContext(context);
    on->addAction(action);
    connect(action, &QAction::triggered, this, std::move(slot));
    return action;
}

void ListDetailView::setCurrentRow(const QModelIndex& index, bool scroll)
{
    m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (scroll)
        m_list->scrollTo(index);
}

void ListDetailView::selectFirstRow()
{
    if (m_list->model()->rowCount() > 0)
        m_list->setCurrentIndex(m_list->model()->index(0, 0));
}

void ListDetailView::clearCurrentRow()
{
    m_list->selectionModel()->clearCurrentIndex();
    m_list->clearSelection();
}

bool ListDetailView::firstLayout()
{
    return !std::exchange(m_laidOut, true);
}

void ListDetailView::splitAt(int percent)
{
    if (m_splitterRestored)
        return;
    const int width = m_splitter->width();
    m_splitter->setSizes({width * percent / 100, width * (100 - percent) / 100});
    m_splitter->widget(0)->layout()->activate();
}

} // namespace tandem
