// copy, backups, restore (the file's safety) and import-protocol, export-protocol.

#include "commands.h"
#include "output.h"

#include "domain/protocolfile.h"
#include "domain/protocols.h"
#include "store/audit.h"
#include "store/backup.h"
#include "store/undofile.h"
#include "store/value.h"
#include "util/safefile.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace tandem::cli {

int runCopy(const QStringList& arguments)
{
    Args args(QStringLiteral("copy"), {QStringLiteral("DB"), QStringLiteral("COPY")},
              Cli::tr("Writes a consistent copy of DB to the new file COPY, even while DB is open "
                      "in Tandem (\"Save a Copy As\"). The copy holds everything, survivors' "
                      "identities sealed as in DB."));
    if (std::optional<int> stop = args.parse(arguments))
        return *stop;
    std::unique_ptr<Store> store = openDatabase(args, Store::Access::ReadOnly);
    if (!store)
        return ExitFailure;
    if (Result<void> r = copyDatabase(*store, args.positional(1)); !r)
        return fail(r.error());
    return ExitOk;
}

int runBackups(const QStringList& arguments)
{
    Args args(QStringLiteral("backups"), {QStringLiteral("DB")},
              Cli::tr("Lists the backups of DB, newest first: Tandem makes one before every restore, "
                      "the window when it opens the file (once a day) and closes it after changes, in "
                      "the folder DB.backups beside DB. Every merge leaves an undo file there instead "
                      "(kind 'undo': what the merge changed, as it was before; 'restore' undoes it). "
                      "The newest ten of both are kept. --now makes a backup (as 'backup' does)."));
    const QString now = QStringLiteral("now");
    args.addOption(QCommandLineOption(now, Cli::tr("Make a backup now.")));
    args.addOption(QCommandLineOption(QStringLiteral("json"), Cli::tr("Print a JSON array.")));
    if (std::optional<int> stop = args.parse(arguments))
        return *stop;
    if (args.isSet(now)) {
        std::unique_ptr<Store> store = openDatabase(args, Store::Access::ReadOnly);
        if (!store)
            return ExitFailure;
        Result<QString> made = makeBackup(*store, Cli::tr("made by hand"));
        if (!made)
            return fail(made.error());
    } else if (!QFileInfo::exists(args.positional(0))) {
        return fail(makeError(Cli::tr("no such file"), args.positional(0)));
    }
    Result<std::vector<BackupInfo>> list = listBackups(args.positional(0));
    if (!list)
        return fail(list.error());
    if (args.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const BackupInfo& b : *list)
            array.append(QJsonObject{{QStringLiteral("path"), b.path},
                                     {QStringLiteral("made_at"), value::isoTime(b.madeAt)},
                                     {QStringLiteral("reason"), b.reason},
                                     {QStringLiteral("kind"), b.undo ? QStringLiteral("undo") : QStringLiteral("copy")},
                                     {QStringLiteral("bytes"), b.bytes}});
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    if (list->empty())
        out() << Cli::tr("No backups yet.") << '\n';
    for (const BackupInfo& b : *list)
        out() << value::isoTime(b.madeAt) << "  " << (b.undo ? "undo" : "copy") << "  " << b.reason.leftJustified(36) << "  "
              << b.path << '\n';
    return ExitOk;
}

int runBackup(const QStringList& arguments)
{
    Args args(QStringLiteral("backup"), {QStringLiteral("DB")},
              Cli::tr("Backs DB up now, even while it is open in Tandem: into the folder DB.backups "
                      "beside it, keeping the newest --keep backups (default 10; Restore from Backup "
                      "lists them), or to the new file --out FILE. Prints the backup's path. The "
                      "backup is readable by its owner only, as DB is."));
    const QString outOption = QStringLiteral("out");
    const QString keepOption = QStringLiteral("keep");
    args.addOption(QCommandLineOption(outOption, Cli::tr("The file to write (it must not exist)."), Cli::tr("FILE")));
    args.addOption(QCommandLineOption(keepOption, Cli::tr("How many backups to keep in DB.backups (1 to 1000)."),
                                      Cli::tr("N")));
    if (std::optional<int> stop = args.parse(arguments))
        return *stop;
    int keep = 10;
    if (args.isSet(keepOption)) {
        bool ok = false;
        keep = args.value(keepOption).toInt(&ok);
        if (!ok || keep < 1 || keep > 1000)
            return args.usageError(Cli::tr("--keep \"%1\" is not a number from 1 to 1000").arg(args.value(keepOption)));
        if (args.isSet(outOption))
            return args.usageError(Cli::tr("--keep goes with backups into DB.backups, not with --out"));
    }
    std::unique_ptr<Store> store = openDatabase(args, Store::Access::ReadOnly);
    if (!store)
        return ExitFailure;
    if (args.isSet(outOption)) {
        const QString target = args.value(outOption);
        if (QFileInfo(target).absoluteFilePath() == QFileInfo(args.positional(0)).absoluteFilePath())
            return fail(makeError(Cli::tr("this is the database itself; choose another name"), target));
        if (Result<void> r = copyDatabase(*store, target); !r)
            return fail(r.error());
        out() << QFileInfo(target).absoluteFilePath() << '\n';
        return ExitOk;
    }
    Result<QString> made = makeBackup(*store, Cli::tr("made by hand"), keep);
    if (!made)
        return fail(made.error());
    out() << *made << '\n';
    return ExitOk;
}

int runRestore(const QStringList& arguments)
{
    Args args(QStringLiteral("restore"), {QStringLiteral("DB"), QStringLiteral("BACKUP")},
              Cli::tr("Puts the backup file BACKUP in place of DB. DB as it was is kept as a backup "
                      "first, so a restore can be undone by restoring that one. Refused while DB is "
                      "open for writing elsewhere. Only a backup of this office's own file is taken "
                      "(another office's file would make two files with one site). The restored file "
                      "continues the exchange: partners send again what the restore lost, and edits "
                      "made after it reach them. BACKUP may be an undo file ('backups' lists them): "
                      "then the merge it recorded is undone, and every later merge first; rows the "
                      "merges did not touch keep what was done to them since, and the undo leaves "
                      "its own undo file, which brings the merges back."));
    if (std::optional<int> stop = args.parse(arguments))
        return *stop;
    if (args.positional(1).endsWith(QLatin1String(".undo"))) {
        Result<UndoSummary> undone = undoRecorded(args.positional(0), args.positional(1));
        if (!undone)
            return fail(undone.error());
        for (const QString& reason : std::as_const(undone->undone))
            out() << Cli::tr("Undone: %1").arg(reason) << '\n';
        out() << Cli::tr("Rows put back as they were: %1. Rows the merges had added, removed: %2.")
                     .arg(undone->restored)
                     .arg(undone->removed)
              << '\n';
        if (undone->changedSince > 0)
            out() << Cli::tr("Of these rows, %1 had changed after the merge: those changes are undone too.").arg(undone->changedSince)
                  << '\n';
        out() << Cli::tr("To bring it back: tandem-cli restore %1 \"%2\"").arg(args.positional(0), undone->undoPath) << '\n';
        return ExitOk;
    }
    if (Result<void> r = restoreBackup(args.positional(0), args.positional(1)); !r)
        return fail(r.error());
    Result<std::unique_ptr<Store>> store = Store::open(args.positional(0));
    if (store)
        (void)appendAudit(**store, QStringLiteral("restore"), QFileInfo(args.positional(1)).fileName(),
                          Cli::tr("tandem-cli restore"));
    return ExitOk;
}

int runImportProtocol(const QStringList& arguments)
{
    Args args(QStringLiteral("import-protocol"), {QStringLiteral("DB"), QStringLiteral("FILE")},
              Cli::tr("Adds the protocol in the JSON file FILE (the format 'export-protocol' "
                      "writes) with its steps, and prints its id. One version of a protocol is in "
                      "force at a time: a higher version retires the earlier active ones, a lower "
                      "one is added retired. A malformed file is refused with the step and the "
                      "reason; a version already in DB is refused."));
    if (std::optional<int> stop = args.parse(arguments))
        return *stop;
    Result<ProtocolFile> protocol = readProtocolFile(args.positional(1));
    if (!protocol)
        return fail(protocol.error());
    std::unique_ptr<Store> store = openDatabase(args);
    if (!store)
        return ExitFailure;
    QList<int> retired;
    Result<QUuid> id = importProtocol(*store, *protocol, &retired);
    if (!id)
        return fail(id.error());
    QString details = Cli::tr("imported version %1 from %2").arg(protocol->version).arg(QFileInfo(args.positional(1)).fileName());
    for (int version : std::as_const(retired))
        details += QStringLiteral("; ") + Cli::tr("version %1 retired").arg(version);
    (void)appendAudit(*store, QStringLiteral("protocol"), protocol->name, details);
    out() << value::idText(*id) << '\n';
    return ExitOk;
}

int runExportProtocol(const QStringList& arguments)
{
    Args args(QStringLiteral("export-protocol"), {QStringLiteral("DB"), QStringLiteral("PROTOCOL_ID")},
              Cli::tr("Writes the protocol PROTOCOL_ID with its steps as JSON, to --out FILE or "
                      "standard output."));
    const QString outOption = QStringLiteral("out");
    args.addOption(QCommandLineOption(outOption, Cli::tr("The file to write."), Cli::tr("FILE")));
    if (std::optional<int> stop = args.parse(arguments))
        return *stop;
    const std::optional<QUuid> id = idArgument(args, args.positional(1));
    if (!id)
        return ExitUsage;
    std::unique_ptr<Store> store = openDatabase(args, Store::Access::ReadOnly);
    if (!store)
        return ExitFailure;
    Result<ProtocolFile> protocol = protocolFromStore(*store, *id);
    if (!protocol)
        return fail(protocol.error());
    const QByteArray json = writeProtocolFile(*protocol);
    if (!args.isSet(outOption)) {
        out() << QString::fromUtf8(json);
        return ExitOk;
    }
    if (Result<void> written = writeFileWhole(args.value(outOption), json); !written)
        return fail(written.error());
    return ExitOk;
}

} // namespace tandem::cli
