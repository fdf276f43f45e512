#include "errors.h"

#include "dialogs/prompts.h"
#include "store/registry.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tandem {
namespace {

// A record's context as the store writes it ("target 0192f0c4-…", for the command line) is an id
// nobody reads: the window says what kind of record it is instead ("Target").
QString contextForPeople(const QString& context)
{
    static const QRegularExpression record(
        QStringLiteral("^(\\w+) [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    const QRegularExpressionMatch m = record.match(context);
    if (!m.hasMatch())
        return context;
    const EntityDef* entity = Registry::instance().entity(m.captured(1));
    return entity ? entity->labelText() : QString();
}

} // namespace

void showError(QWidget* parent, const QString& what, const Error& error)
{
    // The context comes first, on a line of its own: usually a path, which can be long.
    // Core messages are written to follow "context: " and start in lower case; as a sentence of
    // their own they start with a capital.
    QString message = error.message;
    if (!message.isEmpty())
        message[0] = message[0].toUpper();
    QString details = message;
    if (const QString context = contextForPeople(error.context); !context.isEmpty())
        details = context + QStringLiteral("\n\n") + message;
    Dialogs::message(parent, QMessageBox::Warning, QCoreApplication::translate("tandem::Errors", "Tandem"),
                     what, details);
}

} // namespace tandem
