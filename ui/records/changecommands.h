#pragma once

#include "util/result.h"

#include <QList>
#include <QString>
#include <QVariantList>

#include <functional>
#include <optional>
#include <utility>

namespace tandem {

class Document;

// Edits made by core's domain functions (tick, setRescueTime, saveProtocol, withdrawConsent, ...)
// as undoable steps. Those functions hold the rules and write through the Store themselves; this
// records what they wrote, so that the GUI's edits stay undoable without repeating the rules here.

// Rows a change may touch: `where` (SQL over the entity's columns, with `binds`) is evaluated
// before and after the change, tombstones included, so rows the change makes are found too.
struct ChangeScope {
    QString entity;
    QString where;
    QVariantList binds;
};

// Runs `change` in one transaction and pushes one undo step named `description` for the rows of
// `scopes` it wrote: undo writes back what each row was (a row made is deleted again, a row
// deleted is restored, an edited row gets its old values), redo writes what `change` left; both
// in one transaction, in the order the change wrote the rows (undo in reverse). When `change`
// fails, everything is rolled back and nothing is pushed. A change that wrote nothing pushes
// nothing.
Result<void> recordChanges(Document& document, const QString& description, const QList<ChangeScope>& scopes,
                           const std::function<Result<void>()>& change);

// recordChanges() for a change that gives back a value (the id it made, what it changed): that
// value, or the error, with nothing pushed.
template <typename T, typename Change>
Result<T> recordChangesFor(Document& document, const QString& description, const QList<ChangeScope>& scopes,
                           Change change)
{
    std::optional<T> value;
    Result<void> r = recordChanges(document, description, scopes, [&]() -> Result<void> {
        Result<T> made = change();
        if (!made)
            return made.error();
        value = std::move(*made);
        return {};
    });
    if (!r)
        return r.error();
    return std::move(*value);
}

} // namespace tandem
