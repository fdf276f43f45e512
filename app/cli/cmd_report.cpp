// report: an operation order or after-action report as PDF, HTML, ODT or CSV (DESIGN.md §5).

#include "commands.h"
#include "output.h"
#include "passphrase.h"
#include "session.h"

#include "domain/needtoknow.h"
#include "report/export.h"
#include "store/audit.h"
#include "store/keystore.h"
#include "store/value.h"

#include <QLocale>

#include <optional>

namespace tandem::cli {
namespace {

const QString kFormat = QStringLiteral("format");
const QString kOut = QStringLiteral("out");
const QString kKind = QStringLiteral("kind");
const QString kMarking = QStringLiteral("marking");
const QString kCopy = QStringLiteral("copy");
const QString kRecipient = QStringLiteral("recipient");
const QString kPageSize = QStringLiteral("page-size");
const QString kBom = QStringLiteral("bom");
const QString kIdentities = QStringLiteral("identities");

// --recipient names a record the way the CLI names records elsewhere (TYPE ID): "office:ID" or
// "agency:ID", where an agency may also be named by its name when no other agency has it. A bare
// ID is whichever office or agency holds it (looked up once the file is open).
struct RecipientArgument {
    std::optional<report::Recipient::Type> type;
    QUuid id;
    QString agencyName; // agency:NAME, looked up once the file is open
};

std::optional<RecipientArgument> recipientArgument(const Args& args, const QString& text)
{
    RecipientArgument r;
    QString id = text.trimmed();
    if (const qsizetype colon = id.indexOf(QLatin1Char(':')); colon >= 0) {
        const QString type = id.left(colon).trimmed();
        if (type.compare(QLatin1String("office"), Qt::CaseInsensitive) == 0)
            r.type = report::Recipient::Type::Office;
        else if (type.compare(QLatin1String("agency"), Qt::CaseInsensitive) == 0)
            r.type = report::Recipient::Type::Agency;
        else {
            args.usageError(Cli::tr("--recipient \"%1\": a recipient is an office or an agency; write office:ID "
                                    "or agency:ID")
                                .arg(text));
            return std::nullopt;
        }
        id = id.mid(colon + 1).trimmed();
        if (r.type == report::Recipient::Type::Agency && QUuid::fromString(id).isNull()) {
            if (id.isEmpty()) {
                args.usageError(Cli::tr("--recipient \"%1\": name the agency after agency: (its id or its name)").arg(text));
                return std::nullopt;
            }
            r.agencyName = id;
            return r;
        }
    }
    const std::optional<QUuid> uuid = idArgument(args, id);
    if (!uuid)
        return std::nullopt;
    r.id = *uuid;
    return r;
}

} // namespace

int runReport(const QStringList& arguments)
{
    Args args(QStringLiteral("report"), {QStringLiteral("DB"), QStringLiteral("OPERATION_ID")},
              Cli::tr("Writes a report on the operation OPERATION_ID: the operation order (briefing "
                      "pack) or the after-action report. Every page carries the protective "
                      "marking, the copy number and the recipient; the export is recorded in the "
                      "audit log. Survivors appear by their codes; with --identities, also by name "
                      "where they consented to share their identity with the recipient. The file "
                      "is written whole or not at all.\n\n"
                      "CSV: one file, each table of the report after a row with its title; cells "
                      "beginning with = + - @ (or a tab or carriage return) get a leading "
                      "apostrophe so that spreadsheets do not run them as formulas."));
    args.addOption(QCommandLineOption(kFormat, Cli::tr("pdf, html, odt or csv (required)."), Cli::tr("FORMAT")));
    args.addOption(QCommandLineOption(kOut, Cli::tr("The file to write (required)."), Cli::tr("FILE")));
    args.addOption(QCommandLineOption(
        kKind, Cli::tr("order (the default), after-action, or assignment-sheet (one agency's ICS-204 sheet; needs "
                       "--recipient agency:ID)."),
        Cli::tr("KIND")));
    args.addOption(QCommandLineOption(
        kMarking, Cli::tr("The protective marking on every page (default %1), at most %2 characters.")
                      .arg(report::defaultMarking())
                      .arg(report::kMaxMarkingLength),
        Cli::tr("TEXT")));
    args.addOption(QCommandLineOption(kCopy, Cli::tr("The copy number, 1 to %1.").arg(report::kMaxCopyNumber),
                                      Cli::tr("N")));
    args.addOption(QCommandLineOption(
        kRecipient, Cli::tr("Who receives this copy: a partner office (office:ID) or an agency of the directory "
                            "(agency:ID, or agency:NAME when no other agency has that name), named on every page. "
                            "A bare ID is the office or agency with that id. An agency's copy of the order holds its "
                            "own part, the parts all agencies share, and the need-to-know items only when one of its "
                            "roles is among the operation's need-to-know roles."),
        Cli::tr("RECIPIENT")));
    args.addOption(QCommandLineOption(kPageSize, Cli::tr("a4 (the default) or letter, for pdf and odt."),
                                      Cli::tr("SIZE")));
    args.addOption(QCommandLineOption(kBom, Cli::tr("Begin a CSV with a UTF-8 byte order mark (for spreadsheets "
                                                    "that need one).")));
    args.addOption(QCommandLineOption(
        kIdentities, Cli::tr("Include survivors' names and dates of birth where an identity consent in force "
                             "covers the recipient (needs --recipient and a lead's or liaison's passphrase; audited).")));
    args.addOption(passphraseFileOption());
    if (std::optional<int> stop = args.parse(arguments))
        return *stop;

    if (!args.isSet(kFormat))
        return args.usageError(Cli::tr("--format FORMAT is required (one of %1)")
                                   .arg(report::formatTokens().join(QStringLiteral(", "))));
    const std::optional<report::Format> format = report::formatFromToken(args.value(kFormat));
    if (!format)
        return args.usageError(Cli::tr("\"%1\" is not a report format; the formats are: %2")
                                   .arg(args.value(kFormat), report::formatTokens().join(QStringLiteral(", "))));
    if (!args.isSet(kOut) || args.value(kOut).isEmpty())
        return args.usageError(Cli::tr("--out FILE is required"));
    report::Options options;
    // The command line is not translated: its reports are English, and their dates and numbers
    // English too (in the system country's conventions where English has them). A system locale
    // of another language would otherwise give English words around, say, Arabic digits, laid
    // out right to left.
    options.locale = QLocale(QLocale::English, QLocale::system().territory());
    if (args.isSet(kKind)) {
        const std::optional<report::Kind> kind = report::kindFromToken(args.value(kKind));
        if (!kind)
            return args.usageError(Cli::tr("\"%1\" is not a kind of report; the kinds are: %2")
                                       .arg(args.value(kKind), report::kindTokens().join(QStringLiteral(", "))));
        options.kind = *kind;
    }
    report::WriteOptions writeOptions;
    if (args.isSet(kPageSize)) {
        const std::optional<report::PageSize> size = report::pageSizeFromToken(args.value(kPageSize));
        if (!size)
            return args.usageError(Cli::tr("\"%1\" is not a page size; the sizes are: a4, letter")
                                       .arg(args.value(kPageSize)));
        if (!report::formatInfo(*format).pageSize)
            return args.usageError(Cli::tr("--page-size goes with pdf and odt, not %1").arg(args.value(kFormat)));
        writeOptions.pageSize = *size;
    }
    if (args.isSet(kBom) && !report::formatInfo(*format).byteOrderMark)
        return args.usageError(Cli::tr("--bom goes with csv, not %1").arg(args.value(kFormat)));
    writeOptions.csvBom = args.isSet(kBom);
    if (args.isSet(kMarking)) {
        if (const QString problem = report::markingProblem(args.value(kMarking)); !problem.isEmpty())
            return args.usageError(Cli::tr("--marking: %1").arg(problem));
        options.marking = args.value(kMarking).trimmed();
    }
    if (args.isSet(kCopy)) {
        bool ok = false;
        options.copyNumber = args.value(kCopy).toInt(&ok);
        if (!ok || options.copyNumber < 1 || options.copyNumber > report::kMaxCopyNumber)
            return args.usageError(Cli::tr("--copy \"%1\" is not a whole number from 1 to %2")
                                       .arg(args.value(kCopy))
                                       .arg(report::kMaxCopyNumber));
    }
    std::optional<RecipientArgument> recipient;
    if (args.isSet(kRecipient)) {
        recipient = recipientArgument(args, args.value(kRecipient));
        if (!recipient)
            return ExitUsage;
    }
    if (report::needsAgency(options.kind)
        && (!recipient || recipient->type != report::Recipient::Type::Agency))
        return args.usageError(Cli::tr("--kind %1 is one agency's sheet: name the agency with --recipient agency:ID")
                                   .arg(report::kindToken(options.kind)));
    options.identities = args.isSet(kIdentities);
    if (options.identities && !recipient)
        return args.usageError(Cli::tr("--identities needs --recipient: identities go only to an office or agency "
                                       "that survivors agreed to share them with"));
    const std::optional<QUuid> operation = idArgument(args, args.positional(1));
    if (!operation)
        return ExitUsage;

    // Written to: the export goes in the audit log.
    std::unique_ptr<Store> store = openDatabase(args);
    if (!store)
        return ExitFailure;
    // An unknown or deleted recipient is refused before anything else, whatever else was asked.
    if (recipient) {
        if (!recipient->agencyName.isEmpty()) {
            Result<QUuid> agency = needtoknow::findAgency(*store, recipient->agencyName);
            if (!agency)
                return fail(agency.error());
            options.recipient = report::Recipient::agency(*agency);
        } else if (recipient->type) {
            options.recipient = report::Recipient{*recipient->type, recipient->id};
            if (Result<QString> name = report::recipientName(*store, options.recipient); !name)
                return fail(name.error());
        } else {
            Result<report::Recipient> found = report::findRecipient(*store, recipient->id);
            if (!found)
                return fail(found.error());
            options.recipient = *found;
        }
    }
    std::optional<OfficeKeys> keys;
    if (options.identities) {
        // Consent first: a refusal needs no passphrase.
        Result<report::IdentityPermission> permission =
            report::identityPermission(*store, *operation, options.recipient);
        if (!permission)
            return fail(permission.error());
        if (!permission->allowed)
            return fail(makeError(Cli::tr("survivors' identities cannot be included: %1").arg(permission->reason),
                                  value::idText(*operation)));
        if (Result<void> r = unlockIdentityKeys(args, *store, keys, Cli::tr("survivors' identities"), QStringLiteral("report"));
            !r)
            return fail(r.error());
        if (!permission->note.isEmpty())
            err() << "tandem-cli: " << permission->note << Qt::endl;
    }
    // The targets' floor plans (issue 21) are sealed in the file: an order with one to print
    // unlocks the keys (the passphrase as for every command that needs them).
    if (options.kind == report::Kind::OperationOrder) {
        Result<bool> plans = report::hasFloorPlans(*store, *operation);
        if (!plans)
            return fail(plans.error());
        if (*plans && !keys) {
            Result<OfficeKeys> unlocked = unlockKeys(args, *store);
            if (!unlocked)
                return fail(unlocked.error());
            keys.emplace(std::move(*unlocked));
        }
        if (keys)
            options.keys = &*keys;
    }
    Result<report::ExportSummary> written =
        report::exportReport(*store, *operation, options, *format, args.value(kOut), writeOptions);
    if (!written)
        return fail(written.error());
    out() << Cli::tr("%1 written (%2 bytes)").arg(written->path).arg(written->bytes) << '\n';
    return ExitOk;
}

} // namespace tandem::cli
