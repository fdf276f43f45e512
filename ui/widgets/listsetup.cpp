#include "widgets/listsetup.h"

#include <QHeaderView>
#include <QTableView>
#include <QTreeView>

namespace tandem {

void ListSetup::setUpRows(QAbstractItemView* view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
}

void ListSetup::setUpTable(QTableView* table, Options options)
{
    setUpRows(table);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    if (options & FixedRows)
        setFixedRowHeight(table, 10);
    if (options & QuietHeader)
        table->horizontalHeader()->setHighlightSections(false);
    if (options & StretchLast)
        table->horizontalHeader()->setStretchLastSection(true);
}

void ListSetup::setUpTree(QTreeView* tree)
{
    setUpRows(tree);
    tree->setUniformRowHeights(true);
    tree->header()->setStretchLastSection(true);
}

void ListSetup::setFixedRowHeight(QTableView* table, int padding)
{
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + padding);
}

void ListSetup::setSortable(QTableView* table, int column, Qt::SortOrder order)
{
    table->horizontalHeader()->setSortIndicator(column, order);
    table->horizontalHeader()->setSortIndicatorShown(true);
    table->setSortingEnabled(true);
}

} // namespace tandem
