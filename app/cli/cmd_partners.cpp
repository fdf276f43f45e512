// untrust, repair-clock: revoking a partner, and the way back for a clock that ran ahead.

#include "commands.h"
#include "output.h"

#include "store/value.h"
#include "sync/clockrepair.h"
#include "sync/partners.h"

namespace tandem::cli {

int runUntrust(const QStringList& arguments)
{
    Args args(QStringLiteral("untrust"), {QStringLiteral("DB"), QStringLiteral("OFFICE_ID")},
              Cli::tr("Revokes the trust of the partner office OFFICE_ID: its bundles are refused "
                      "and no bundle is made for it from now on. Its records stay. Trusting its "
                      "card again resumes the exchange where it stood."));
    if (std::optional<int> stop = args.parse(arguments))
        return *stop;
    const std::optional<QUuid> id = idArgument(args, args.positional(1));
    if (!id)
        return ExitUsage;
    std::unique_ptr<Store> store = openDatabase(args);
    if (!store)
        return ExitFailure;
    Result<Partner> revoked = untrustPartner(*store, id->toRfc4122());
    if (!revoked)
        return fail(revoked.error());
    out() << Cli::tr("No longer trusted: %1 (%2)").arg(revoked->name, value::idText(revoked->officeId())) << '\n';
    return ExitOk;
}

int runRepairClock(const QStringList& arguments)
{
    Args args(QStringLiteral("repair-clock"), {QStringLiteral("DB")},
              Cli::tr("For an office whose computer clock once ran more than a day ahead: partners "
                      "refuse changes dated more than a day ahead of their clocks, even after the "
                      "clock is set right. Once this computer's clock is right, this renews every "
                      "change dated further ahead than partners accept, keeping their order, so "
                      "that partners take them with the next export. Check the computer's clock "
                      "first."));
    if (std::optional<int> stop = args.parse(arguments))
        return *stop;
    std::unique_ptr<Store> store = openDatabase(args);
    if (!store)
        return ExitFailure;
    Result<ClockRepair> repair = repairClock(*store);
    if (!repair)
        return fail(repair.error());
    if (!repair->aheadUntil.isValid()) {
        out() << Cli::tr("No change of this office is dated further ahead than partners accept; nothing to repair.")
              << '\n';
        return ExitOk;
    }
    out() << Cli::tr("The clock had run ahead to %1; %2 records renewed so that partners accept them. Export for "
                     "your partners to send them.")
                 .arg(value::isoTime(repair->aheadUntil))
                 .arg(repair->rows)
          << '\n';
    return ExitOk;
}

} // namespace tandem::cli
