// attach, attachments, extract: files kept in the .tandem file, sealed, with the record they belong
// to (DESIGN.md §5, §10; issue 21).

#include "commands.h"
#include "output.h"
#include "passphrase.h"
#include "session.h"

#include "store/attachmentstore.h"
#include "store/audit.h"
#include "store/value.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tandem::cli {
namespace {

// TYPE as the command line names the kind of record (operation, target, warrant, survivor,
// meeting, tip), or nothing after a usage error listing them.
std::optional<QString> ownerKindArgument(const Args& args, const QString& text)
{
    if (attachments::entityFor(text).isEmpty()) {
        args.usageError(Cli::tr("files attach to one of: %1 (not \"%2\")").arg(attachments::ownerKinds().join(QStringLiteral(", ")), text));
        return std::nullopt;
    }
    return text;
}

QJsonObject attachmentJson(const attachments::Attachment& a)
{
    return QJsonObject{{QStringLiteral("id"), value::idText(a.id)},
                       {QStringLiteral("type"), a.ownerKind},
                       {QStringLiteral("owner"), value::idText(a.owner)},
                       {QStringLiteral("title"), a.locked ? QJsonValue() : QJsonValue(a.title)},
                       {QStringLiteral("file_name"), a.locked ? QJsonValue() : QJsonValue(a.fileName)},
                       {QStringLiteral("media_type"), a.mediaType},
                       {QStringLiteral("size"), a.size},
                       {QStringLiteral("attached_by"), a.attachedBy},
                       {QStringLiteral("attached_at"), value::isoTime(a.attachedAt)}};
}

// The owner as a live record of its kind, or an error naming it.
Result<void> requireOwner(const Store& store, const QString& kind, const QUuid& owner)
{
    Result<Row> row = store.get(kind, owner);
    if (!row || row->deleted)
        return makeError(Cli::tr("there is no %1 with this id").arg(kind), value::idText(owner));
    return {};
}

} // namespace

int runAttach(const QStringList& arguments)
{
    Args args(QStringLiteral("attach"), {QStringLiteral("DB"), QStringLiteral("TYPE"), QStringLiteral("ID"), QStringLiteral("FILE")},
              Cli::tr("Attaches FILE to the record ID of TYPE (operation, target, warrant, survivor, meeting, tip): its "
                      "bytes are kept in DB, sealed to the office's key (a survivor's to the identity key), and go "
                      "where the record goes. Above the office's limit (50 MB unless set otherwise) it is refused. "
                      "Prints the attachment's id."));
    const QString title = QStringLiteral("title");
    const QString json = QStringLiteral("json");
    args.addOption(QCommandLineOption(title, Cli::tr("The attachment's title (otherwise the file's name)."), Cli::tr("T")));
    args.addOption(QCommandLineOption(json, Cli::tr("Print the attachment as a JSON object.")));
    args.addOption(passphraseFileOption());
    if (std::optional<int> stop = args.parse(arguments))
        return *stop;
    const std::optional<QString> kind = ownerKindArgument(args, args.positional(1));
    if (!kind)
        return ExitUsage;
    const std::optional<QUuid> owner = idArgument(args, args.positional(2));
    if (!owner)
        return ExitUsage;
    std::unique_ptr<Store> store = openDatabase(args);
    if (!store)
        return ExitFailure;
    if (Result<void> r = requireOwner(*store, *kind, *owner); !r)
        return fail(r.error());
    Result<OfficeKeys> keys = unlockKeys(args, *store);
    if (!keys)
        return fail(keys.error());
    if (attachments::identifying(*kind))
        store->setIdentityKeys(&*keys);
    Result<QUuid> id = attachments::attach(*store, *keys, *kind, *owner, args.positional(3), args.value(title));
    if (!id)
        return fail(id.error());
    if (args.isSet(json)) {
        Result<attachments::Attachment> a = attachments::find(*store, *id);
        if (!a)
            return fail(a.error());
        out() << QString::fromUtf8(QJsonDocument(attachmentJson(*a)).toJson(QJsonDocument::Indented));
    } else {
        out() << value::idText(*id) << '\n';
    }
    return ExitOk;
}

int runAttachments(const QStringList& arguments)
{
    Args args(QStringLiteral("attachments"), {QStringLiteral("DB"), QStringLiteral("TYPE"), QStringLiteral("ID")},
              Cli::tr("Lists the files attached to the record ID of TYPE (operation, target, warrant, survivor, meeting, "
                      "tip): id, title, kind, size, who attached it and when. A survivor's titles and file names are "
                      "identifying details: shown with --identities (a lead's or liaison's passphrase; audited)."));
    const QString json = QStringLiteral("json");
    const QString identities = QStringLiteral("identities");
    args.addOption(QCommandLineOption(json, Cli::tr("Print a JSON array.")));
    args.addOption(QCommandLineOption(identities, Cli::tr("Show a survivor's titles and file names.")));
    args.addOption(passphraseFileOption());
    if (std::optional<int> stop = args.parse(arguments))
        return *stop;
    const std::optional<QString> kind = ownerKindArgument(args, args.positional(1));
    if (!kind)
        return ExitUsage;
    const std::optional<QUuid> owner = idArgument(args, args.positional(2));
    if (!owner)
        return ExitUsage;
    std::unique_ptr<Store> store = openDatabase(args, args.isSet(identities) ? Store::Access::ReadWrite : Store::Access::ReadOnly);
    if (!store)
        return ExitFailure;
    if (Result<void> r = requireOwner(*store, *kind, *owner); !r)
        return fail(r.error());
    std::optional<OfficeKeys> keys;
    if (args.isSet(identities)) {
        if (Result<void> r = unlockIdentityKeys(args, *store, keys,
                                                Cli::tr("attachments of %1 %2").arg(*kind, value::idText(*owner)),
                                                QStringLiteral("attachments"));
            !r)
            return fail(r.error());
    }
    Result<std::vector<attachments::Attachment>> all = attachments::list(*store, *kind, *owner);
    if (!all)
        return fail(all.error());
    if (args.isSet(json)) {
        QJsonArray array;
        for (const attachments::Attachment& a : *all)
            array.append(attachmentJson(a));
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    if (all->empty()) {
        out() << Cli::tr("No files are attached.") << '\n';
        return ExitOk;
    }
    for (const attachments::Attachment& a : *all) {
        out() << value::idText(a.id) << "  " << (a.locked ? Cli::tr("(locked: --identities shows it)") : a.title) << "  "
              << a.mediaType << "  " << attachments::sizeText(a.size) << "  " << a.attachedBy << "  "
              << value::isoTime(a.attachedAt) << '\n';
    }
    return ExitOk;
}

int runExtract(const QStringList& arguments)
{
    Args args(QStringLiteral("extract"), {QStringLiteral("DB"), QStringLiteral("ATTACHMENT")},
              Cli::tr("Writes the bytes of the attached file ATTACHMENT (its id) to --out FILE, whole or not at all; "
                      "each part is checked as it is opened. A survivor's attachments need a lead's or liaison's "
                      "passphrase; every extract is audited."));
    const QString outName = QStringLiteral("out");
    args.addOption(QCommandLineOption(outName, Cli::tr("The file to write (required)."), Cli::tr("FILE")));
    args.addOption(passphraseFileOption());
    if (std::optional<int> stop = args.parse(arguments))
        return *stop;
    if (!args.isSet(outName))
        return args.usageError(Cli::tr("--out FILE is required"));
    const std::optional<QUuid> id = idArgument(args, args.positional(1));
    if (!id)
        return ExitUsage;
    std::unique_ptr<Store> store = openDatabase(args);
    if (!store)
        return ExitFailure;
    Result<attachments::Attachment> found = attachments::find(*store, *id);
    if (!found)
        return fail(found.error());
    Result<OfficeKeys> keys = unlockKeys(args, *store);
    if (!keys)
        return fail(keys.error());
    if (attachments::identifying(found->ownerKind) && !keys->canOpenIdentities())
        return fail(makeError(Cli::tr("%1 may not read survivors' identities, and a survivor's attachments are among them")
                                  .arg(store->actor().name),
                              value::idText(*id)));
    if (Result<void> r = attachments::extract(*store, *keys, *id, args.value(outName)); !r)
        return fail(r.error());
    if (Result<void> r = appendAudit(*store, QStringLiteral("extract"),
                                     Cli::tr("%1 attachment %2").arg(found->ownerKind, value::idText(*id)), args.value(outName));
        !r)
        return fail(r.error());
    return ExitOk;
}

} // namespace tandem::cli
