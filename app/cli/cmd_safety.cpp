// copy, backups, restore (the file's safety) and import-protocol, export-protocol.

#include "commands.h"
#include "output.h"

#include "domain/protocolfile.h"
#include "domain/protocols.h"
#include "store/audit.h"
#include "store/backup.h"
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
    Result<std::unique_ptr<Store>> store = Store::open(args.positional(0), Store::Access::ReadOnly);
    if (!store)
        return fail(store.error());
    if (Result<void> r = copyDatabase(**store, args.positional(1)); !r)
        return fail(r.error());
    return ExitOk;
}

int runBackups(const QStringList& arguments)
{
    Args args(QStringLiteral("backups"), {QStringLiteral("DB")},
              Cli::tr("Lists the backups of DB, newest first: Tandem makes one before every merge "
                      "and before every restore, and keeps the last ten, in the folder DB.backups "
                      "beside DB. --now makes one."));
    const QString now = QStringLiteral("now");
    args.addOption(QCommandLineOption(now, Cli::tr("Make a backup now.")));
    args.addOption(QCommandLineOption(QStringLiteral("json"), Cli::tr("Print a JSON array.")));
    if (std::optional<int> stop = args.parse(arguments))
        return *stop;
    if (args.isSet(now)) {
        Result<std::unique_ptr<Store>> store = Store::open(args.positional(0), Store::Access::ReadOnly);
        if (!store)
            return fail(store.error());
        Result<QString> made = makeBackup(**store, Cli::tr("made by hand"));
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
                                     {QStringLiteral("bytes"), b.bytes}});
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    if (list->empty())
        out() << Cli::tr("No backups yet.") << '\n';
    for (const BackupInfo& b : *list)
        out() << value::isoTime(b.madeAt) << "  " << b.reason.leftJustified(36) << "  " << b.path << '\n';
    return ExitOk;
}

int runRestore(const QStringList& arguments)
{
    Args args(QStringLiteral("restore"), {QStringLiteral("DB"), QStringLiteral("BACKUP")},
              Cli::tr("Puts the backup file BACKUP in place of DB. DB as it was is kept as a backup "
                      "first, so a restore can be undone by restoring that one. Refused while DB is "
                      "open for writing elsewhere."));
    if (std::optional<int> stop = args.parse(arguments))
        return *stop;
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
                      "writes) with its steps, and prints its id. A malformed file is refused "
                      "with the step and the reason; a version already in DB is refused."));
    if (std::optional<int> stop = args.parse(arguments))
        return *stop;
    Result<ProtocolFile> protocol = readProtocolFile(args.positional(1));
    if (!protocol)
        return fail(protocol.error());
    Result<std::unique_ptr<Store>> store = Store::open(args.positional(0));
    if (!store)
        return fail(store.error());
    Result<QUuid> id = importProtocol(**store, *protocol);
    if (!id)
        return fail(id.error());
    (void)appendAudit(**store, QStringLiteral("protocol"), protocol->name,
                      Cli::tr("imported version %1 from %2").arg(protocol->version).arg(QFileInfo(args.positional(1)).fileName()));
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
    Result<std::unique_ptr<Store>> store = Store::open(args.positional(0), Store::Access::ReadOnly);
    if (!store)
        return fail(store.error());
    Result<ProtocolFile> protocol = protocolFromStore(**store, *id);
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
