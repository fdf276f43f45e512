#pragma once

#include "views/view.h"

#include <QKeySequence>
#include <QList>

#include <functional>
#include <initializer_list>

class QAbstractItemView;
class QAction;
class QHeaderView;
class QLabel;
class QModelIndex;
class QSplitter;

namespace tandem {

// The skeleton of a list screen (operations, survivors, protocols, meetings, tips, the
// directories, the audit trail): a list pane (a heading, a count, the screen's own rows of
// controls, the list) beside the selected record's pane in a splitter, the splitter and the
// columns kept in the settings, the keyboard given to the list, one row selected at a time. A
// screen builds its own widgets and hands the list and the splitter here once; what it shows and
// does with a record stays its own.
class ListDetailView : public View {
    Q_OBJECT

public:
    // The splitter (when there is one and it is kept) and the list's columns, under "splitter"
    // and "columns"; restoreLayout() notes what it found, for the first lay-out.
    void saveLayout(QSettings& settings) const override;
    void restoreLayout(const QSettings& settings) override;
    // The list.
    void takeFocus() override;

protected:
    using View::View;

    enum class Kept { SplitterAndColumns, Columns, Splitter };

    // The screen's list, the splitter its panes sit in (null for a screen that is one list) and
    // what of them the settings keep. Called once, from the screen's constructor.
    void setList(QAbstractItemView* list, QSplitter* splitter, Kept kept = Kept::SplitterAndColumns);
    QAbstractItemView* list() const { return m_list; }
    QSplitter* splitter() const { return m_splitter; }
    QHeaderView* columns() const;

    // The list pane, made in the splitter: `heading` (see TextStyle::heading()) and `count` (made
    // a caption) at the right of it on top, then each of `rows` (a QLayout or a QWidget) and the
    // list, which takes the height that is left. `spacing` between them (-1: the style's).
    QWidget* makeListPane(QLabel* heading, QLabel* count, std::initializer_list<QObject*> rows, int spacing = -1);
    // The list pane and the detail side by side in the splitter with the given stretch, neither
    // collapsible; `body` (the splitter, or what holds it) fills the view.
    void placePanes(QWidget* listPane, QWidget* detail, int listStretch, int detailStretch, QWidget* body = nullptr);

    // A shortcut on `on` that calls `slot`.
    QAction* addShortcut(QWidget* on, const QList<QKeySequence>& keys, Qt::ShortcutContext context,
                         std::function<void()> slot);

    // Makes `index` the list's current row, selected and (with `scroll`) scrolled to.
    void setCurrentRow(const QModelIndex& index, bool scroll = true);
    // The first row current, when there is one.
    void selectFirstRow();
    // No current row, nothing selected.
    void clearCurrentRow();

    // True the first time it is asked (when the view is first shown and has its size): the
    // moment to lay out what restoreLayout() did not restore.
    bool firstLayout();
    bool splitterRestored() const { return m_splitterRestored; }
    bool columnsRestored() const { return m_columnsRestored; }
    // When the settings gave no splitter: the list gets `percent` of the width.
    void splitAt(int percent);

private:
    QAbstractItemView* m_list = nullptr;
    QSplitter* m_splitter = nullptr;
    Kept m_kept = Kept::SplitterAndColumns;
    bool m_splitterRestored = false;
    bool m_columnsRestored = false;
    bool m_laidOut = false;
};

} // namespace tandem
