// init, dump, check: whole database files.

#include "commands.h"
#include "output.h"

#include "passphrase.h"

#include "domain/invariants.h"
#include "domain/office.h"
#include "domain/officecode.h"
#include "store/check.h"
#include "store/dump.h"
#include "store/keystore.h"
#include "store/value.h"
#include "sync/seats.h"

#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace tandem::cli {
namespace {

QString countText(qint64 n, const char* one, const char* many)
{
    return n == 1 ? Cli::tr(one) : Cli::tr(many).arg(n);
}

} // namespace

int runInit(const QStringList& arguments)
{
    Args args(QStringLiteral("init"), {QStringLiteral("DB")},
              Cli::tr("Creates the database DB for the office NAME, with the office's signing and "
                      "encryption keys (wrapped with the first lead's passphrase) and the default "
                      "survivor-assistance protocols, and prints the office's id and short code. "
                      "An existing file is never overwritten."));
    const QString office = QStringLiteral("office");
    args.addOption(QCommandLineOption(office, Cli::tr("The name of this office (required)."),
                                      Cli::tr("NAME")));
    const QString name = QStringLiteral("name");
    args.addOption(QCommandLineOption(name, Cli::tr("The name of the first person, a lead, whose passphrase "
                                                    "this is (otherwise --as, TANDEM_USER or the login name)."),
                                      Cli::tr("PERSON")));
    const QString code = QStringLiteral("code");
    args.addOption(QCommandLineOption(code, Cli::tr("The office's short code, the prefix of its survivor codes: "
                                                    "2 to 5 capital letters or digits (otherwise the initials "
                                                    "of NAME)."),
                                      Cli::tr("CODE")));
    const QString fromSeat = QStringLiteral("from-seat");
    args.addOption(QCommandLineOption(fromSeat, Cli::tr("Make DB another machine of an office, from the invitation FILE a "
                                                        "lead of it wrote ('tandem-cli seat DB --out FILE'). Its one-time "
                                                        "passphrase is read from --invitation-passphrase-file, "
                                                        "TANDEM_INVITATION_PASSPHRASE or a prompt; the passphrase given as "
                                                        "usual becomes the invited person's own on this machine."),
                                      Cli::tr("FILE")));
    const QString invitationPassphrase = QStringLiteral("invitation-passphrase-file");
    args.addOption(QCommandLineOption(invitationPassphrase,
                                      Cli::tr("Read the invitation's one-time passphrase from the first line of FILE."),
                                      Cli::tr("FILE")));
    args.addOption(passphraseFileOption());
    if (std::optional<int> stop = args.parse(arguments))
        return *stop;
    if (args.isSet(fromSeat)) {
        if (args.isSet(office) || args.isSet(code) || args.isSet(name))
            return args.usageError(Cli::tr("--office, --code and --name come from the invitation with --from-seat"));
        if (QFileInfo::exists(args.positional(0)))
            return fail(makeError(Cli::tr("the file already exists; choose another name or open it"), args.positional(0)));
        Result<QString> oneTime = readPassphraseFrom(args, invitationPassphrase, "TANDEM_INVITATION_PASSPHRASE",
                                                     Cli::tr("The invitation's one-time passphrase: "), args.value(fromSeat),
                                                     false);
        if (!oneTime)
            return fail(oneTime.error());
        Result<SeatInvitation> invitation =
            readInvitation(args.value(fromSeat), *oneTime, QDateTime::currentMSecsSinceEpoch());
        if (!invitation)
            return fail(invitation.error());
        out() << Cli::tr("Joining %1 as %2, for %3.").arg(invitation->officeName, invitation->machineName, invitation->person.name)
              << '\n';
        Result<QString> passphrase = readPassphrase(args, args.positional(0), true);
        if (!passphrase)
            return fail(passphrase.error());
        Result<std::unique_ptr<Store>> store = joinAsSeat(args.positional(0), *invitation, *passphrase);
        if (!store)
            return fail(store.error());
        out() << value::idText((*store)->officeId()) << '\n'
              << Cli::tr("This machine: %1 (%2). Exchange with another machine of the office (a bundle or the "
                         "exchange folder) to bring the office's records.")
                     .arg(invitation->machineName, value::idText(QUuid::fromRfc4122((*store)->siteId())))
              << '\n';
        return ExitOk;
    }
    if (!args.isSet(office))
        return args.usageError(Cli::tr("--office NAME is required"));
    // A bad code is refused before the passphrase is asked for and before any file is made.
    QString typedCode;
    if (args.isSet(code)) {
        Result<QString> parsed = parseOfficeCode(args.value(code));
        if (!parsed)
            return fail(makeError(parsed.error().message, args.positional(0)));
        typedCode = *parsed;
    }
    if (QFileInfo::exists(args.positional(0)))
        return fail(makeError(Cli::tr("the file already exists; choose another name or open it"),
                              args.positional(0)));

    Result<QString> passphrase = readPassphrase(args, args.positional(0), true);
    if (!passphrase)
        return fail(passphrase.error());
    QString lead = args.value(name).trimmed();
    if (lead.isEmpty())
        lead = args.isSet(QStringLiteral("as")) ? args.value(QStringLiteral("as")) : qEnvironmentVariable("TANDEM_USER");
    Result<std::unique_ptr<Store>> store =
        createOffice(args.positional(0), args.value(office), *passphrase, lead.trimmed(), {}, typedCode);
    if (!store)
        return fail(store.error());
    out() << value::idText((*store)->officeId()) << '\n';
    Result<QString> given = officeCode(**store);
    if (!given)
        return fail(given.error());
    out() << Cli::tr("Office code: %1%2")
                 .arg(*given, args.isSet(code) ? QString()
                                               : Cli::tr(" (from the office's name; change it with 'tandem-cli office code %1 CODE')")
                                                     .arg(args.positional(0)))
          << '\n';
    return ExitOk;
}

int runDump(const QStringList& arguments)
{
    Args args(
        QStringLiteral("dump"), {QStringLiteral("DB")},
        Cli::tr("Prints the canonical JSON of DB: entities by name, rows by id, keys sorted, "
                "one row per line, with versions and tombstones and no local metadata. Without "
                "--all it is what every partner office holds alike (no office-only rows, no "
                "survivor identities): offices that have exchanged everything print "
                "byte-identical dumps."));
    const QString all = QStringLiteral("all");
    args.addOption(
        QCommandLineOption(all, Cli::tr("Everything this office holds, office-only rows and "
                                        "survivor identities included.")));
    if (std::optional<int> stop = args.parse(arguments))
        return *stop;

    std::unique_ptr<Store> store = openDatabase(args, Store::Access::ReadOnly);
    if (!store)
        return ExitFailure;
    out().flush();
    QFile stdoutFile;
    if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
        return fail(makeError(stdoutFile.errorString(), Cli::tr("standard output")));
    Result<void> written =
        writeDump(*store, stdoutFile, args.isSet(all) ? DumpScope::All : DumpScope::Shared);
    if (!written) {
        Error e = written.error();
        if (e.context.isEmpty())
            e.context = Cli::tr("standard output");
        return fail(e);
    }
    if (!stdoutFile.flush())
        return fail(makeError(stdoutFile.errorString(), Cli::tr("standard output")));
    return ExitOk;
}

int runCheck(const QStringList& arguments)
{
    Args args(
        QStringLiteral("check"), {QStringLiteral("DB")},
        Cli::tr("Checks DB without changing it: SQLite's integrity and foreign keys, then the "
                "invariants of every table (ids, versions, tombstones, required fields, values "
                "and their types, references, the sequence and the clock) and of the domain (closed "
                "operations with open mandatory steps, two active versions of a protocol, a rescue time "
                "without a checklist; survivor codes used twice are warnings). Prints each problem "
                "on a line of its own naming the table, the record and the field, and exits "
                "with 1 when there is an error. References to records this file does not hold "
                "are warnings: partners may not have sent them. The audit log's chain is "
                "checked too; given the passphrase (--passphrase-file or TANDEM_PASSPHRASE, "
                "never a prompt), also its keyed marks, which show a rewritten entry or a cut "
                "end even when every hash was recomputed."));
    args.addOption(passphraseFileOption());
    if (std::optional<int> stop = args.parse(arguments))
        return *stop;

    std::unique_ptr<Store> store = openDatabase(args, Store::Access::ReadOnly);
    if (!store)
        return ExitFailure;
    // The keys only when the passphrase was given without asking: check runs unattended.
    std::optional<OfficeKeys> keys;
    if (hasOfficeKeys(*store)
        && (args.isSet(QStringLiteral("passphrase-file")) || qEnvironmentVariableIsSet("TANDEM_PASSPHRASE"))) {
        Result<QString> passphrase = readPassphrase(args, store->path());
        if (!passphrase)
            return fail(passphrase.error());
        Result<OfficeKeys> unlocked = unlockOfficeKeys(*store, *passphrase);
        if (!unlocked)
            return fail(unlocked.error());
        keys = std::move(*unlocked);
    }
    Result<CheckReport> report = check(*store, keys ? &*keys : nullptr);
    if (!report)
        return fail(report.error());
    if (Result<void> r = checkDomain(*store, *report); !r)
        return fail(r.error());

    for (const CheckProblem& p : report->problems) {
        out() << (p.severity == CheckProblem::Severity::Error ? Cli::tr("error: ")
                                                              : Cli::tr("warning: "))
              << p.text() << '\n';
    }
    const qint64 unlisted = report->errors + report->warnings - qint64(report->problems.size());
    if (unlisted > 0)
        out() << Cli::tr("... and %1 more not listed").arg(unlisted) << '\n';

    const QString warnings =
        countText(report->warnings, QT_TRANSLATE_NOOP("tandem::Cli", "1 warning"),
                  QT_TRANSLATE_NOOP("tandem::Cli", "%1 warnings"));
    if (!report->clean()) {
        QString summary =
            countText(report->errors, QT_TRANSLATE_NOOP("tandem::Cli", "1 error found"),
                      QT_TRANSLATE_NOOP("tandem::Cli", "%1 errors found"));
        if (report->warnings > 0)
            summary += Cli::tr(" and %1").arg(warnings);
        return fail(makeError(summary, args.positional(0)));
    }
    out() << Cli::tr("ok: %1 in %2 checked")
                 .arg(countText(report->rows, QT_TRANSLATE_NOOP("tandem::Cli", "1 row"),
                                QT_TRANSLATE_NOOP("tandem::Cli", "%1 rows")),
                      countText(report->tables, QT_TRANSLATE_NOOP("tandem::Cli", "1 table"),
                                QT_TRANSLATE_NOOP("tandem::Cli", "%1 tables")));
    if (report->warnings > 0)
        out() << Cli::tr(", %1").arg(warnings);
    out() << '\n';
    return ExitOk;
}

} // namespace tandem::cli
