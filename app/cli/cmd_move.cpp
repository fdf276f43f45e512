// move: an operation's status workflow from the command line, with the rules the window keeps
// (domain/operations.h): one step at a time, and what the status reached requires.

#include "commands.h"
#include "output.h"

#include "domain/operations.h"
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
                      "done, not applicable or declined. A plan changed since its approval is "
                      "approved again (to approved) before it is briefed or started. A closed "
                      "operation is read only until a lead reopens it (to completed, with a "
                      "reason). Reopening, starting more than a day before the planned start and "
                      "completing with timeline tasks open need --reason. Each move goes into the "
                      "operation's log and the audit log. A refused move names every problem and "
                      "changes nothing. Prints nothing on success."));
    const QString reason = QStringLiteral("reason");
    args.addOption(QCommandLineOption(
        reason, Cli::tr("Why the operation moves: written with the move into the operation's log and the audit log."),
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
    const QString why = args.value(reason).trimmed();
    Result<QStringList> problems = operations::moveProblems(*store, *id, status);
    if (why.isEmpty() && problems && problems->isEmpty()) {
        // A move far from the plan: the core refuses it without a reason; say how to give one.
        Result<QStringList> needed = operations::reasonsNeeded(*store, *id, status);
        if (needed && !needed->isEmpty())
            return fail(makeError(Cli::tr("this move needs a reason, given with --reason TEXT: %1")
                                      .arg(needed->join(QLatin1Char(' '))),
                                  value::idText(*id)));
    }
    // The log note and the audit entry are the core's (operations::moveTo), as for every entry point.
    if (Result<void> r = operations::moveTo(*store, *id, status, why); !r)
        return fail(r.error());
    return ExitOk;
}

} // namespace tandem::cli
