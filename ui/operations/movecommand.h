#pragma once

#include "domain/operations.h"
#include "records/appliedcommand.h"

namespace tandem {

// A status move as an undo step. The move is the core's (operations::moveTo, with its rules, log
// note and audit entry); undo takes it back through operations::takeBack, which is logged and
// audited too, and redo moves again with the same reason. A refused undo or redo (the operation
// moved on, the person lacks the role) is reported and the step dropped.
class MoveCommand : public AppliedCommand {
public:
    MoveCommand(Document& document, const QString& text, operations::Move move);

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    operations::Move m_move;
};

} // namespace tandem
