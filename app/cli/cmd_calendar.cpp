// calendar: briefings, meetings and trainings, and open action items as an iCalendar file for a
// desktop or phone calendar (core/report/calendar.h; issue 20). Code names and times only.

#include "commands.h"
#include "output.h"

#include "report/calendar.h"
#include "util/safefile.h"

#include <cstdio>

namespace tandem::cli {

int runCalendar(const QStringList& arguments)
{
    Args args(QStringLiteral("calendar"), {QStringLiteral("DB")},
              Cli::tr("Writes an iCalendar (.ics) file of operation briefings, meetings and trainings, and the "
                      "action items still open by their due date, for a desktop or phone calendar. An operation "
                      "is named by its code name and time alone. By default from thirty days ago to a year ahead; "
                      "without --out the calendar is printed."));
    const QString outOption = QStringLiteral("out");
    args.addOption(QCommandLineOption(outOption, Cli::tr("Write the calendar to FILE (replaced whole or not at all)."), Cli::tr("FILE")));
    addPeriodOptions(args);
    if (std::optional<int> stop = args.parse(arguments))
        return *stop;
    const std::optional<PeriodDays> period = periodArgument(args);
    if (!period)
        return ExitUsage;
    std::unique_ptr<Store> store = openDatabase(args, Store::Access::ReadOnly);
    if (!store)
        return ExitFailure;
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(store->wallClock(), Qt::UTC);
    report::CalendarOptions options = report::CalendarOptions::around(now);
    if (period->from.isValid())
        options.from = QDateTime(period->from, QTime(0, 0), Qt::UTC);
    if (period->to.isValid())
        options.until = QDateTime(period->to.addDays(1), QTime(0, 0), Qt::UTC);
    Result<report::Calendar> calendar = report::buildCalendar(*store, options);
    if (!calendar)
        return fail(calendar.error());
    if (!args.isSet(outOption)) {
        std::fwrite(calendar->text.constData(), 1, size_t(calendar->text.size()), stdout);
        return ExitOk;
    }
    if (Result<void> written = writeFileWhole(args.value(outOption), calendar->text); !written)
        return fail(written.error());
    out() << (calendar->events == 1 ? Cli::tr("1 event written to %1").arg(args.value(outOption))
                                    : Cli::tr("%1 events written to %2").arg(calendar->events).arg(args.value(outOption)))
          << '\n';
    return ExitOk;
}

} // namespace tandem::cli
