#include "cli.h"

#include "commands.h"
#include "output.h"

#include "util/input.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstring>

namespace tandem::cli {
namespace {

struct Command {
    const char* name;
    const char* summary;
    int (*run)(const QStringList&);
    // Whether it needs a QCoreApplication: Qt's event loop, or where the program lies.
    bool application = false;
};

// Every command tandem-cli has, in the order --help lists them.
const Command kCommands[] = {
    {"init", QT_TRANSLATE_NOOP("tandem::Cli", "Create a database for an office"), runInit},
    {"demo", QT_TRANSLATE_NOOP("tandem::Cli", "Fill a database with invented demo data"), runDemo},
    {"list", QT_TRANSLATE_NOOP("tandem::Cli", "List the records of one type"), runList},
    {"show", QT_TRANSLATE_NOOP("tandem::Cli", "Show one record"), runShow},
    {"add", QT_TRANSLATE_NOOP("tandem::Cli", "Add a record"), runAdd},
    {"set", QT_TRANSLATE_NOOP("tandem::Cli", "Change fields of a record"), runSet},
    {"delete", QT_TRANSLATE_NOOP("tandem::Cli", "Delete a record (it stays as a tombstone)"),
     runDelete},
    {"move", QT_TRANSLATE_NOOP("tandem::Cli", "Move an operation along its status workflow"), runMove},
    {"tick", QT_TRANSLATE_NOOP("tandem::Cli", "Set the state of a survivor's checklist step"),
     runTick},
    {"services", QT_TRANSLATE_NOOP("tandem::Cli", "List the services a survivor can be referred to"), runServices},
    {"refer", QT_TRANSLATE_NOOP("tandem::Cli", "Refer a checklist step's survivor to a service, record its answer"),
     runRefer},
    {"withdraw-consent", QT_TRANSLATE_NOOP("tandem::Cli", "Record a survivor's withdrawal of a consent"),
     runWithdrawConsent},
    {"erase", QT_TRANSLATE_NOOP("tandem::Cli", "Erase a survivor's identity for real, recalling partners' copies"),
     runErase},
    {"retention", QT_TRANSLATE_NOOP("tandem::Cli", "List or erase identities kept past the retention period"),
     runRetention},
    {"dump", QT_TRANSLATE_NOOP("tandem::Cli", "Print the canonical JSON of the shared state"),
     runDump},
    {"check", QT_TRANSLATE_NOOP("tandem::Cli", "Check a database's integrity and invariants"),
     runCheck},
    {"audit", QT_TRANSLATE_NOOP("tandem::Cli", "List the audit log: who did what, when"), runAudit},
    {"key", QT_TRANSLATE_NOOP("tandem::Cli", "Print this office's public key card and fingerprint"), runKey},
    {"trust", QT_TRANSLATE_NOOP("tandem::Cli", "Trust a partner office from its key card"), runTrust},
    {"untrust", QT_TRANSLATE_NOOP("tandem::Cli", "Revoke the trust of a partner office"), runUntrust},
    {"group", QT_TRANSLATE_NOOP("tandem::Cli", "Add or list sharing groups of partner offices"), runGroup},
    {"export", QT_TRANSLATE_NOOP("tandem::Cli", "Write a signed, encrypted bundle for partners"), runExport},
    {"merge", QT_TRANSLATE_NOOP("tandem::Cli", "Check and merge a bundle from a partner"), runMerge},
    {"sync", QT_TRANSLATE_NOOP("tandem::Cli", "Exchange with partners through a shared folder"), runSync, true},
    {"seat", QT_TRANSLATE_NOOP("tandem::Cli", "Invite, list or remove the other machines of this office"), runSeat},
    {"attach", QT_TRANSLATE_NOOP("tandem::Cli", "Attach a file to an operation, target, warrant, survivor, meeting or tip"),
     runAttach},
    {"attachments", QT_TRANSLATE_NOOP("tandem::Cli", "List the files attached to a record"), runAttachments},
    {"extract", QT_TRANSLATE_NOOP("tandem::Cli", "Write an attached file out"), runExtract},
    {"conflicts", QT_TRANSLATE_NOOP("tandem::Cli", "List or resolve conflicting edits from merges"),
     runConflicts},
    {"copy", QT_TRANSLATE_NOOP("tandem::Cli", "Write a consistent copy of a database"), runCopy},
    {"backup", QT_TRANSLATE_NOOP("tandem::Cli", "Back up a database now"), runBackup},
    {"backups", QT_TRANSLATE_NOOP("tandem::Cli", "List the automatic backups, or make one"), runBackups},
    {"restore", QT_TRANSLATE_NOOP("tandem::Cli", "Put a backup in place of a database"), runRestore},
    {"repair-clock", QT_TRANSLATE_NOOP("tandem::Cli", "Renew changes dated ahead after the clock ran ahead"),
     runRepairClock},
    {"import-protocol", QT_TRANSLATE_NOOP("tandem::Cli", "Add a protocol from its JSON file"), runImportProtocol},
    {"export-protocol", QT_TRANSLATE_NOOP("tandem::Cli", "Write a protocol as JSON"), runExportProtocol},
    {"retire-protocol", QT_TRANSLATE_NOOP("tandem::Cli", "Retire a protocol version, with the reason"),
     runRetireProtocol},
    {"report", QT_TRANSLATE_NOOP("tandem::Cli", "Write an operation's order or after-action report"), runReport, true},
    {"dashboard", QT_TRANSLATE_NOOP("tandem::Cli", "Print the dashboard's figures over a period"), runDashboard},
    {"calendar", QT_TRANSLATE_NOOP("tandem::Cli", "Write briefings, meetings and due dates as an iCalendar file"), runCalendar},
    {"person", QT_TRANSLATE_NOOP("tandem::Cli", "Add, list or remove the people of this office"), runPerson},
    {"office", QT_TRANSLATE_NOOP("tandem::Cli", "Show or set this office's short code"), runOffice},
};

QString commandNames()
{
    QStringList names;
    for (const Command& c : kCommands)
        names << QString::fromLatin1(c.name);
    return names.join(QStringLiteral(", "));
}

QString helpText()
{
    QString text = Cli::tr("Usage: tandem-cli COMMAND ARGUMENTS... [options]\n\n"
                           "Works with a Tandem database (.tandem file) without the desktop "
                           "application.\n\nCommands:\n");
    for (const Command& c : kCommands)
        text += QStringLiteral("  ") + QString::fromLatin1(c.name).leftJustified(18) +
                Cli::tr(c.summary) + QLatin1Char('\n');
    text += Cli::tr("\nOptions:\n"
                    "  -h, --help  Show this help.\n"
                    "  --version   Show the version.\n\n"
                    "Run 'tandem-cli COMMAND --help' for a command's arguments and options.\n"
                    "Exit status: 0 on success, 1 on a failure (one line on standard error says\n"
                    "why), 2 on a usage error.\n");
    return text;
}

int usageError(const QString& message)
{
    err() << "tandem-cli: " << message << '\n'
          << Cli::tr("Run 'tandem-cli --help' for the commands.") << Qt::endl;
    return ExitUsage;
}

} // namespace

std::optional<int> refuseInvalidText(int argc, const char* const* argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView argument(argv[i]);
        const qsizetype bad = invalidUtf8At(argument);
        if (bad < 0)
            continue;
        err() << "tandem-cli: "
              << Cli::tr("argument %1 (\"%2\") is not valid UTF-8 text at byte %3; give every value as UTF-8")
                     .arg(i)
                     .arg(escapedUtf8(argument))
                     .arg(bad + 1)
              << '\n'
              << Cli::tr("Run 'tandem-cli --help' for the commands.") << Qt::endl;
        return ExitUsage;
    }
    return std::nullopt;
}

bool needsApplication(int argc, const char* const* argv)
{
    if (argc < 2)
        return false;
    for (const Command& c : kCommands) {
        if (std::strcmp(argv[1], c.name) == 0)
            return c.application;
    }
    return false;
}

int runMain(int argc, char** argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("tandem-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TANDEM_VERSION));
    if (const std::optional<int> refused = refuseInvalidText(argc, argv))
        return *refused;
    // As QCoreApplication::arguments() gives them on Unix, where Qt takes the system's text to be
    // UTF-8 (and refuseInvalidText made sure it is); there may be no application object.
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromUtf8(argv[i]);
    return run(arguments);
}

int run(const QStringList& arguments)
{
    const QString first = arguments.value(1);
    int code = ExitUsage;
    if (arguments.size() < 2) {
        code = usageError(Cli::tr("a command is needed; the commands are: %1").arg(commandNames()));
    } else if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
        out() << helpText();
        code = ExitOk;
    } else if (first == QLatin1String("--version")) {
        out() << "tandem-cli " << TANDEM_VERSION << '\n';
        code = ExitOk;
    } else {
        const Command* command = nullptr;
        for (const Command& c : kCommands) {
            if (first == QLatin1String(c.name))
                command = &c;
        }
        if (command)
            code = command->run(arguments.mid(2));
        else if (first.startsWith(QLatin1Char('-')))
            code = usageError(Cli::tr("unknown option \"%1\" before the command").arg(first));
        else
            code = usageError(
                Cli::tr("unknown command \"%1\"; the commands are: %2").arg(first, commandNames()));
    }
    // Output that never arrived is a failure, e.g. `list ... > /dev/full`.
    out().flush();
    if (out().status() != QTextStream::Ok && code == ExitOk)
        code = fail(makeError(Cli::tr("writing failed"), Cli::tr("standard output")));
    err().flush();
    return code;
}

} // namespace tandem::cli
