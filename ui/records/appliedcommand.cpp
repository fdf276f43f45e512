#include "records/appliedcommand.h"

#include "document.h"

#include <QCoreApplication>

#include <utility>

namespace tandem {
namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(tandem::RecordCommands)
};

} // namespace

AppliedCommand::AppliedCommand(Document& document, const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent), m_document(document)
{
}

void AppliedCommand::redo()
{
    if (std::exchange(m_first, false))
        return;
    report(Texts::tr("Redo"), apply());
}

void AppliedCommand::undo()
{
    report(Texts::tr("Undo"), revert());
}

Store& AppliedCommand::store() const
{
    return m_document.store();
}

void AppliedCommand::report(const QString& action, const Result<void>& r)
{
    if (r)
        return;
    setObsolete(true);
    m_document.reportFailure(action + QLatin1Char(' ') + text(), r.error());
}

} // namespace tandem
