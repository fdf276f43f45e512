#pragma once

#include "util/result.h"

#include <QUndoCommand>

namespace tandem {

class Document;
class Store;

// An undo step for a change already made when it is pushed (the record commands, the changes
// recorded around core's domain functions, a conflict's resolution): its first redo(), which
// QUndoStack::push calls, does nothing. A later undo or redo that the Store refuses is reported
// through the document and makes the command obsolete, so that the stack drops it.
class AppliedCommand : public QUndoCommand {
public:
    AppliedCommand(Document& document, const QString& text, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

protected:
    // Makes the change again (redo), or takes it back (undo).
    virtual Result<void> apply() = 0;
    virtual Result<void> revert() = 0;
    Document& document() const { return m_document; }
    Store& store() const;

private:
    void report(const QString& action, const Result<void>& r);

    Document& m_document;
    bool m_first = true;
};

} // namespace tandem
