// tick: the state of one step of a survivor's checklist.

#include "commands.h"
#include "output.h"

#include "domain/tick.h"
#include "store/registry.h"
#include "store/value.h"

namespace tandem::cli {
namespace {

QStringList itemStates()
{
    QStringList states;
    for (const EnumValue& v : Registry::instance()
                                  .entity(QStringLiteral("checklist_item"))
                                  ->field(QStringLiteral("state"))
                                  ->values)
        states << QString::fromLatin1(v.token);
    return states;
}

} // namespace

int runTick(const QStringList& arguments)
{
    const QStringList states = itemStates();
    Args args(
        QStringLiteral("tick"), {QStringLiteral("DB"), QStringLiteral("ITEM_ID")},
        Cli::tr("Sets the state of ITEM_ID, a step of a survivor's checklist (checklist_item). "
                "done, not_applicable and declined record when (now, or --at) and who (--by, "
                "or your login name); open and in_progress clear both. Ticking a step again "
                "into the state it is in keeps the recorded time and person unless --at or "
                "--by are given. not_applicable and declined need --reason: why the step does "
                "not apply, or why the survivor declined it (kept when the step is ticked again "
                "into the same state). Refused: a deleted step, a time before the survivor's "
                "rescue (T0), a time more than a day ahead, a decline without a reason. Prints "
                "nothing on success."));
    const QString state = QStringLiteral("state");
    const QString note = QStringLiteral("note");
    const QString at = QStringLiteral("at");
    const QString by = QStringLiteral("by");
    const QString reason = QStringLiteral("reason");
    args.addOption(QCommandLineOption(
        state,
        Cli::tr("The new state, one of %1 (default: done).").arg(states.join(QStringLiteral(", "))),
        Cli::tr("STATE")));
    args.addOption(QCommandLineOption(
        note, Cli::tr("Replace the step's note (an empty TEXT clears it)."), Cli::tr("TEXT")));
    args.addOption(QCommandLineOption(at,
                                      Cli::tr("When it was done, for entries made late: ISO 8601 "
                                              "with an offset, e.g. 2026-05-01T14:30:00+02:00."),
                                      Cli::tr("TIME")));
    args.addOption(QCommandLineOption(
        by, Cli::tr("Who did it (default: your login name, from $USER)."), Cli::tr("NAME")));
    args.addOption(QCommandLineOption(
        reason, Cli::tr("Why, for not_applicable and declined (required when the step moves into one of them)."),
        Cli::tr("TEXT")));
    if (std::optional<int> stop = args.parse(arguments))
        return *stop;
    const std::optional<QUuid> id = idArgument(args, args.positional(1));
    if (!id)
        return ExitUsage;

    TickOptions options;
    if (args.isSet(state)) {
        options.state = args.value(state);
        if (!states.contains(options.state))
            return args.usageError(Cli::tr("\"%1\" is not a state; the states are: %2")
                                       .arg(options.state, states.join(QStringLiteral(", "))));
    }
    if (args.isSet(note))
        options.note = args.value(note);
    if (args.isSet(at)) {
        options.at = value::parseIsoTime(args.value(at).trimmed());
        if (!options.at.isValid())
            return args.usageError(
                Cli::tr("--at \"%1\" is not a time in ISO 8601 with an offset, e.g. "
                        "2026-05-01T14:30:00+02:00")
                    .arg(args.value(at)));
    }
    if (args.isSet(by)) {
        options.by = args.value(by).trimmed();
        if (options.by.isEmpty())
            return args.usageError(Cli::tr("--by needs a name"));
    }
    if (!tickStateIsFinal(options.state) && (args.isSet(at) || args.isSet(by)))
        return args.usageError(Cli::tr("--at and --by go with the states done, not_applicable and "
                                       "declined, not with %1")
                                   .arg(options.state));
    if (args.isSet(reason)) {
        if (!tickStateNeedsReason(options.state))
            return args.usageError(Cli::tr("--reason goes with the states not_applicable and declined, not with %1")
                                       .arg(options.state));
        options.reason = args.value(reason).trimmed();
    }
    std::unique_ptr<Store> store = openDatabase(args);
    if (!store)
        return ExitFailure;
    options.defaultBy = store->actor().name;
    if (Result<void> r = tick(*store, *id, options); !r)
        return fail(r.error());
    return ExitOk;
}

} // namespace tandem::cli
