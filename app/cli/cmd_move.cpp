// move: an operation's status workflow from the command line, with the rules the window keeps
// (domain/operations.h): one step at a time, and what the status reached requires.

#include "commands.h"
#include "output.h"

#include "domain/operations.h"
#include "store/audit.h"
#include "store/value.h"

namespace tandem::cli {

int runMove(const QStringList& arguments)
{
    Args args(QStringLiteral("move"),
              {QStringLiteral("DB"), QStringLiteral("OPERATION_ID"), QStringLiteral("STATUS")},
              Cli::tr("Moves the operation OPERATION_ID to STATUS by the workflow: one step forward "
                      "(draft, planned, approved, briefed, in_progress, completed, closed), one of "
                      "the ways back, or cancelled. Approved, briefed and in progress need a lead "
                      "agency, a start time, a risk level, a target and an agency for victim "
                      "services; closed needs every mandatory checklist step of its survivors "
                      "done, not applicable or declined. A refused move names every problem and "
                      "changes nothing. Prints nothing on success."));
    const QString reason = QStringLiteral("reason");
    args.addOption(QCommandLineOption(
        reason, Cli::tr("Why the operation moves: written with the move into the operation's log."),
        Cli::tr("TEXT")));
    if (std::optional<int> stop = args.parse(arguments))
        return *stop;
    const std::optional<QUuid> id = idArgument(args, args.positional(1));
    if (!id)
        return ExitUsage;
    const QString status = args.positional(2).trimmed();
    if (!operations::statuses().contains(status))
        return args.usageError(Cli::tr("\"%1\" is not a status; the statuses are: %2")
                                   .arg(status, operations::statuses().join(QStringLiteral(", "))));

    std::unique_ptr<Store> store = openDatabase(args);
    if (!store)
        return ExitFailure;
    if (Result<void> r = operations::moveTo(*store, *id, status, args.value(reason), store->actor().name); !r)
        return fail(r.error());
    (void)appendAudit(*store, QStringLiteral("status"), value::idText(*id),
                      args.value(reason).trimmed().isEmpty()
                          ? Cli::tr("moved to %1").arg(status)
                          : Cli::tr("moved to %1: %2").arg(status, args.value(reason).trimmed()));
    return ExitOk;
}

} // namespace tandem::cli
