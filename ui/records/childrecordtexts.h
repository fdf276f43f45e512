#pragma once

#include <QString>

namespace tandem {

// What a page of child records (childrecordspage.h) says about its kind of record, written whole
// for each kind, so that articles, genders and plurals come out right in every language ("Select
// an assignment", "Nueva tarea", "1 action item", "3 action items"), never a label put into a
// sentence made for another word.
struct ChildRecordTexts {
    QString add;        // the button that starts a new one: "&Add target"
    QString addTip;     // "Add a target (Insert or Ctrl+Shift+N)"
    QString create;     // the button that makes it from the form: "Create target" (Return makes it)
    QString createTip;  // "Make the target from the form (Return, or Ctrl+Return)"
    QString removeTip;  // "Remove the selected target (Delete); Undo brings it back"
    QString select;     // the form's title with nothing selected: "Select a target to edit it, or add one."
    QString newTitle;   // the form's title for a new one: "New target"
    QString addUndo;    // the undo step: "Add target"
    QString removeUndo; // "Remove target"
};

// The texts for `entity` (target, assignment, task, attendance, action_item, feedback; another
// kind gets sentences without an article).
ChildRecordTexts childRecordTexts(const QString& entity);
// "No targets yet", "1 target", "3 targets".
QString childRecordCount(const QString& entity, int count);

} // namespace tandem
