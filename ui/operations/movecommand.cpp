#include "operations/movecommand.h"

#include <utility>

namespace tandem {

MoveCommand::MoveCommand(Document& document, const QString& text, operations::Move move)
    : AppliedCommand(document, text), m_move(std::move(move))
{
}

Result<void> MoveCommand::apply()
{
    return operations::moveTo(store(), m_move.operation, m_move.to, m_move.reason);
}

Result<void> MoveCommand::revert()
{
    return operations::takeBack(store(), m_move);
}

} // namespace tandem
