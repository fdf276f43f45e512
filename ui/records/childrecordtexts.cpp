#include "records/childrecordtexts.h"

#include "store/registry.h"

#include <QCoreApplication>

namespace tandem {
namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(tandem::ChildRecordTexts)
};

} // namespace

ChildRecordTexts childRecordTexts(const QString& entity)
{
    if (entity == QLatin1String("target"))
        return {Texts::tr("&Add target"),
                Texts::tr("Add a target (Insert or Ctrl+Shift+N)"),
                Texts::tr("Create target"),
                Texts::tr("Make the target from the form (Return, or Ctrl+Return)"),
                Texts::tr("Remove the selected target (Delete); Undo brings it back"),
                Texts::tr("Select a target to edit it, or add one."),
                Texts::tr("New target"),
                Texts::tr("Add target"),
                Texts::tr("Remove target")};
    if (entity == QLatin1String("warrant"))
        return {Texts::tr("&Add warrant"),
                Texts::tr("Add a warrant (Insert or Ctrl+Shift+N)"),
                Texts::tr("Create warrant"),
                Texts::tr("Make the warrant from the form (Return, or Ctrl+Return)"),
                Texts::tr("Remove the selected warrant (Delete); Undo brings it back"),
                Texts::tr("Select a warrant to edit it, or add one."),
                Texts::tr("New warrant"),
                Texts::tr("Add warrant"),
                Texts::tr("Remove warrant")};
    if (entity == QLatin1String("assignment"))
        return {Texts::tr("&Add assignment"),
                Texts::tr("Add an assignment (Insert or Ctrl+Shift+N)"),
                Texts::tr("Create assignment"),
                Texts::tr("Make the assignment from the form (Return, or Ctrl+Return)"),
                Texts::tr("Remove the selected assignment (Delete); Undo brings it back"),
                Texts::tr("Select an assignment to edit it, or add one."),
                Texts::tr("New assignment"),
                Texts::tr("Add assignment"),
                Texts::tr("Remove assignment")};
    if (entity == QLatin1String("task"))
        return {Texts::tr("&Add task"),
                Texts::tr("Add a task (Insert or Ctrl+Shift+N)"),
                Texts::tr("Create task"),
                Texts::tr("Make the task from the form (Return, or Ctrl+Return)"),
                Texts::tr("Remove the selected task (Delete); Undo brings it back"),
                Texts::tr("Select a task to edit it, or add one."),
                Texts::tr("New task"),
                Texts::tr("Add task"),
                Texts::tr("Remove task")};
    if (entity == QLatin1String("attendance"))
        return {Texts::tr("&Add attendance"),
                Texts::tr("Record an agency's attendance (Insert or Ctrl+Shift+N)"),
                Texts::tr("Create attendance"),
                Texts::tr("Record the attendance from the form (Return, or Ctrl+Return)"),
                Texts::tr("Remove the selected attendance (Delete); Undo brings it back"),
                Texts::tr("Select an agency's attendance to edit it, or add one."),
                Texts::tr("New attendance"),
                Texts::tr("Add attendance"),
                Texts::tr("Remove attendance")};
    if (entity == QLatin1String("action_item"))
        return {Texts::tr("&Add action item"),
                Texts::tr("Add an action item (Insert or Ctrl+Shift+N)"),
                Texts::tr("Create action item"),
                Texts::tr("Make the action item from the form (Return, or Ctrl+Return)"),
                Texts::tr("Remove the selected action item (Delete); Undo brings it back"),
                Texts::tr("Select an action item to edit it, or add one."),
                Texts::tr("New action item"),
                Texts::tr("Add action item"),
                Texts::tr("Remove action item")};
    if (entity == QLatin1String("feedback"))
        return {Texts::tr("&Add feedback"),
                Texts::tr("Add an agency's feedback (Insert or Ctrl+Shift+N)"),
                Texts::tr("Create feedback"),
                Texts::tr("Record the feedback from the form (Return, or Ctrl+Return)"),
                Texts::tr("Remove the selected feedback (Delete); Undo brings it back"),
                Texts::tr("Select an agency's feedback to edit it, or add one."),
                Texts::tr("New feedback"),
                Texts::tr("Add feedback"),
                Texts::tr("Remove feedback")};
    // A kind without texts of its own: its label, in sentences that need no article.
    const EntityDef* e = Registry::instance().entity(entity);
    const QString label = e ? e->labelText() : entity;
    return {Texts::tr("&Add: %1").arg(label),
            Texts::tr("%1: add one (Insert or Ctrl+Shift+N)").arg(label),
            Texts::tr("Create: %1").arg(label),
            Texts::tr("%1: make it from the form (Return, or Ctrl+Return)").arg(label),
            Texts::tr("%1: remove the selected one (Delete); Undo brings it back").arg(label),
            Texts::tr("%1: select one to edit it, or add one.").arg(label),
            Texts::tr("%1 (new)").arg(label),
            Texts::tr("Add: %1").arg(label),
            Texts::tr("Remove: %1").arg(label)};
}

QString childRecordCount(const QString& entity, int count)
{
    // One is said on its own, so that English needs no plural rules of its own ("1 target",
    // "3 targets"); every other count takes the language's plural forms (%n).
    if (entity == QLatin1String("target"))
        return count == 0 ? Texts::tr("No targets yet")
                          : count == 1 ? Texts::tr("1 target") : Texts::tr("%n targets", nullptr, count);
    if (entity == QLatin1String("warrant"))
        return count == 0 ? Texts::tr("No warrants yet")
                          : count == 1 ? Texts::tr("1 warrant") : Texts::tr("%n warrants", nullptr, count);
    if (entity == QLatin1String("assignment"))
        return count == 0 ? Texts::tr("No assignments yet")
                          : count == 1 ? Texts::tr("1 assignment") : Texts::tr("%n assignments", nullptr, count);
    if (entity == QLatin1String("task"))
        return count == 0 ? Texts::tr("No tasks yet") : count == 1 ? Texts::tr("1 task") : Texts::tr("%n tasks", nullptr, count);
    if (entity == QLatin1String("attendance"))
        return count == 0 ? Texts::tr("No agency recorded yet")
                          : count == 1 ? Texts::tr("1 agency attended") : Texts::tr("%n agencies attended", nullptr, count);
    if (entity == QLatin1String("action_item"))
        return count == 0 ? Texts::tr("No action items yet")
                          : count == 1 ? Texts::tr("1 action item") : Texts::tr("%n action items", nullptr, count);
    if (entity == QLatin1String("feedback"))
        return count == 0 ? Texts::tr("No feedback yet")
                          : count == 1 ? Texts::tr("1 agency gave feedback") : Texts::tr("%n agencies gave feedback", nullptr, count);
    const EntityDef* e = Registry::instance().entity(entity);
    const QString label = e ? e->pluralLabelText() : entity;
    return count == 0 ? Texts::tr("%1: none yet").arg(label) : Texts::tr("%1: %L2").arg(label).arg(count);
}

} // namespace tandem
