#include "errors.h"

#include "dialogs.h"
#include "util/result.h"

#include <QCoreApplication>

namespace tandem {

void showError(QWidget* parent, const QString& what, const Error& error)
{
    // The context comes first, on a line of its own: usually a path, which can be long.
    // Core messages are written to follow "context: " and start in lower case; as a sentence of
    // their own they start with a capital.
    QString message = error.message;
    if (!message.isEmpty())
        message[0] = message[0].toUpper();
    QString details = message;
    if (!error.context.isEmpty())
        details = error.context + QStringLiteral("\n\n") + message;
    Dialogs::message(parent, QMessageBox::Warning, QCoreApplication::translate("tandem::Errors", "Tandem"),
                     what, details);
}

} // namespace tandem
