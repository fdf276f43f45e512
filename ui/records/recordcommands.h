#pragma once

#include "util/result.h"

#include <QString>
#include <QUuid>
#include <QVariantMap>

#include <memory>

class QUndoCommand;

namespace tandem {

class Document;
class Row;

// The GUI's edits of records, each an undoable command (Tiled's and Subsurface's pattern: the
// function makes the change through the Store's one write path, and only when that succeeded
// pushes a command whose undo and redo are again writes through the Store).
//
//   addRecord    undo deletes the new record (to a tombstone), redo restores it
//   editRecord   undo writes the old values back, redo the new ones
//   deleteRecord undo restores the record and the owned records the delete took with it
//
// With `group` (see EditGroup) the command becomes part of one undo step instead of its own.
Result<QUuid> addRecord(Document& document, const QString& entity, const QVariantMap& values,
                        const QString& description, QUndoCommand* group = nullptr);
Result<void> editRecord(Document& document, const QString& entity, const QUuid& id,
                        const QVariantMap& values, const QString& description,
                        QUndoCommand* group = nullptr);
Result<void> deleteRecord(Document& document, const QString& entity, const QUuid& id,
                          const QString& description, QUndoCommand* group = nullptr);

// Every field of `row` by name: what restoring the row writes back.
QVariantMap rowValues(const Row& row);

// Several edits as one undo step and one transaction: either all happen or none.
//
//   EditGroup group(document, tr("Duplicate operation"));
//   addRecord(document, ..., group.command());  ...
//   return group.commit();   // or let it go out of scope to roll everything back
class EditGroup {
public:
    EditGroup(Document& document, const QString& description);
    ~EditGroup();
    EditGroup(const EditGroup&) = delete;
    EditGroup& operator=(const EditGroup&) = delete;

    bool isValid() const;         // the transaction began
    Error error() const;          // why not
    QUndoCommand* command() const { return m_command.get(); }
    Result<void> commit();

private:
    struct Private;
    Document& m_document;
    std::unique_ptr<QUndoCommand> m_command;
    std::unique_ptr<Private> d;
};

} // namespace tandem
