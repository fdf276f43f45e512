#pragma once

#include <QObject>

class QAbstractItemView;
class QHeaderView;
class QTableView;
class QTreeView;
class QWidget;

namespace tandem {

// Keeps the columns of a table (or a tree) as wide as what they show: each at least as wide as its heading
// and as the rows in sight (up to about `maxChars` characters, so that one long note does not push
// the others out of the window), widened whenever rows come or the table is shown or resized; a
// column is never made narrower, so widths a person chose stay. The last column takes what is
// left, as before; a column meant to stretch that is left too little gets what it shows, and the
// last column stretches instead. Codes, names and dates are then read whole ("NB-2026-0142", not
// "NB-2026-01…").
class ColumnFitter : public QObject {
    Q_OBJECT

public:
    // Owned by `table`.
    static ColumnFitter* install(QTableView* table, int maxChars = 40);
    static ColumnFitter* install(QTreeView* tree, int maxChars = 40);
    // Installs one on every table under `root` that has none.
    static void installAll(QWidget* root);

    // Widens the columns now (otherwise done from the event loop, after the rows came).
    void fit();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    ColumnFitter(QAbstractItemView* view, QHeaderView* header, int maxChars);
    static ColumnFitter* install(QAbstractItemView* view, QHeaderView* header, int maxChars);
    void schedule();
    void follow();

    QAbstractItemView* m_view;
    QHeaderView* m_header;
    int m_maxChars;
    bool m_scheduled = false;
};

} // namespace tandem
