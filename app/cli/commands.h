#pragma once

#include "args.h"

#include "store/store.h"

#include <QJsonArray>
#include <QStringList>
#include <QDate>
#include <QUuid>

#include <memory>
#include <optional>

// The subcommands of tandem-cli, each given the arguments after its name, and what they share.
namespace tandem::cli {

int runInit(const QStringList& arguments);
int runDemo(const QStringList& arguments);
int runList(const QStringList& arguments);
int runShow(const QStringList& arguments);
int runAdd(const QStringList& arguments);
int runSet(const QStringList& arguments);
int runDelete(const QStringList& arguments);
int runTick(const QStringList& arguments);
int runMove(const QStringList& arguments);
int runAudit(const QStringList& arguments);
int runDump(const QStringList& arguments);
int runCheck(const QStringList& arguments);
int runKey(const QStringList& arguments);
int runTrust(const QStringList& arguments);
int runUntrust(const QStringList& arguments);
int runRepairClock(const QStringList& arguments);
int runExport(const QStringList& arguments);
int runMerge(const QStringList& arguments);
int runConflicts(const QStringList& arguments);
int runCopy(const QStringList& arguments);
int runBackups(const QStringList& arguments);
int runRestore(const QStringList& arguments);
int runBackup(const QStringList& arguments);
int runWithdrawConsent(const QStringList& arguments);
int runErase(const QStringList& arguments);
int runRetention(const QStringList& arguments);
int runRetireProtocol(const QStringList& arguments);
int runImportProtocol(const QStringList& arguments);
int runExportProtocol(const QStringList& arguments);
// Two definitions, one per executable: tandem-cli's (report_exec.cpp) runs the helper
// tandem-report, whose own (cmd_report.cpp) writes the report.
int runReport(const QStringList& arguments);
int runDashboard(const QStringList& arguments);
int runCalendar(const QStringList& arguments);
int runSync(const QStringList& arguments);
int runSeat(const QStringList& arguments);
int runAttach(const QStringList& arguments);
int runAttachments(const QStringList& arguments);
int runExtract(const QStringList& arguments);
int runServices(const QStringList& arguments);
int runRefer(const QStringList& arguments);
int runPerson(const QStringList& arguments);
int runGroup(const QStringList& arguments);
int runOffice(const QStringList& arguments);
// The merge conflicts of `store` as a table or JSON (`conflicts`, and `list DB conflict`).
int listConflicts(const Store& store, bool json, bool all);
// The survivors sharing a code since a merge (sync/codeclashes.h), printed, or appended to `json`
// as objects of kind "code"; returns how many pairs.
Result<int> appendCodeClashes(const Store& store, QJsonArray* json);

// The one opening step of every command on an existing file: the database named by the first
// argument (DB), opened with `access`. On failure the reason is printed (see fail()) and nothing is
// returned; the command then returns ExitFailure.
std::unique_ptr<Store> openDatabase(const Args& args, Store::Access access = Store::Access::ReadWrite);

// The entity named `name`, or nullptr after a usage error listing the types.
const EntityDef* entityArgument(const Args& args, const QString& name);
// The id in `text` (canonical form, braces allowed), or nothing after a usage error.
std::optional<QUuid> idArgument(const Args& args, const QString& text);

// A period given by days: --from DATE and --to DATE (yyyy-mm-dd), each optional.
struct PeriodDays {
    QDate from; // invalid: not given
    QDate to;
};
// Adds --from and --to to `args` (before parse()).
void addPeriodOptions(Args& args);
// The days given (after parse()), or nothing after a usage error naming the option.
std::optional<PeriodDays> periodArgument(const Args& args);

} // namespace tandem::cli
