#pragma once

#include <Qt>

class QAbstractItemView;
class QTableView;
class QTreeView;

namespace tandem {

// How the window's lists look and behave, said once: a list of records selects one whole row at a
// time, shades every other row, edits nothing in place, and (a table) shows no grid, no row
// numbers, no wrapped text, and lets Tab go on to the next control instead of the next cell.
namespace ListSetup {

enum Option : unsigned {
    Plain = 0,
    // Every row as high as a line of text and a little room: the view never measures the rows it
    // does not show, which keeps a long list fast.
    FixedRows = 1u << 0,
    // The header does not bold the columns of the selected row (the row is selected whole).
    QuietHeader = 1u << 1,
    // The last column takes the room that is left.
    StretchLast = 1u << 2,
};
using Options = unsigned;

// One whole row selected at a time, rows shaded alternately, nothing edited in place.
void setUpRows(QAbstractItemView* view);
// setUpRows, and a table that reads as a list (see above), with the given options.
void setUpTable(QTableView* table, Options options = Plain);
// setUpRows, and every row of a tree as high as the first, the last column stretched.
void setUpTree(QTreeView* tree);
// Rows a fixed `padding` pixels higher than a line of text.
void setFixedRowHeight(QTableView* table, int padding);
// Sorting by clicking a column's header, sorted by `column` in `order` to begin with.
void setSortable(QTableView* table, int column, Qt::SortOrder order);

} // namespace ListSetup

} // namespace tandem
