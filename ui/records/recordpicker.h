#pragma once

#include "records/pickermodel.h"

#include <QDialog>
#include <QUuid>

#include <memory>

class QLabel;
class QListView;
class QPushButton;

namespace tandem {

class LimitedLineEdit;

// Picks one record among many: a search field at the top that filters the list as it is typed
// (each keystroke queries the database through the source), the matches below, most recent first,
// read a page at a time as the list scrolls, and how many match of how many there are. The first
// match is selected after every keystroke, so typing and then Enter picks it; Up, Down, Page Up and
// Page Down move through the list from the search field; Enter or a double-click chooses, Esc
// cancels. Run it with Dialogs::exec() so that tests can drive it.
class RecordPicker : public QDialog {
    Q_OBJECT

public:
    struct Texts {
        QString title;       // the window title
        QString label;       // above the search field: what to pick
        QString placeholder; // in the empty search field: what a search looks through
        QString searchName;  // the search field's accessible name
        QString listName;    // the list's accessible name
        QString choose;      // the button that chooses, with its accelerator
    };

    // `all` is how many records the source has on offer (for the count under the list).
    RecordPicker(std::unique_ptr<PickerSource> source, qint64 all, const Texts& texts, QWidget* parent = nullptr);
    ~RecordPicker() override;

    // The record chosen; null until the dialog is accepted with one selected.
    QUuid chosen() const { return m_chosen; }
    PickerModel* model() const { return m_model; }
    // Controls under the search field that narrow the list further (the source reads them, e.g.
    // "accepts minors"); the picker takes `bar` over. Call refresh() when one of them changes.
    void setFilterBar(QWidget* bar);
    // Lists the matches again, from the first.
    void refresh();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void searchChanged();
    void updateState();
    void choose();
    void showProblem(const QString& message);

    std::unique_ptr<PickerSource> m_source;
    qint64 m_all;
    PickerModel* m_model;
    LimitedLineEdit* m_search;
    QListView* m_list;
    QLabel* m_count;
    QLabel* m_problem;
    QPushButton* m_choose;
    QUuid m_chosen;
};

} // namespace tandem
