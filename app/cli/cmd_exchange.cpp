// key, trust, export, merge, conflicts: exchange between offices (DESIGN.md §3 and §5).

#include "commands.h"
#include "output.h"
#include "passphrase.h"
#include "session.h"

#include "crypto/card.h"
#include "store/audit.h"
#include "store/keystore.h"
#include "store/value.h"
#include "sync/conflicts.h"
#include "sync/exchange.h"
#include "sync/partners.h"
#include "util/safefile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace tandem::cli {
namespace {

const QString kJson = QStringLiteral("json");

Result<OfficeKeys> unlock(const Args& args, Store& store)
{
    return unlockKeys(args, store);
}

// The entity whose fields a value of the conflict holds: for a row added under a deleted owner,
// the kept value is the owner as it was.
const EntityDef* valueEntity(const Conflict& c, bool kept)
{
    const EntityDef* e = Registry::instance().entity(c.entity);
    if (e && c.isOrphan() && kept) {
        if (const FieldDef* f = e->field(c.field))
            return Registry::instance().entity(f->ref);
    }
    return e;
}

QJsonValue conflictValue(const Conflict& c, bool kept)
{
    const QVariant& v = kept ? c.kept : c.other;
    const EntityDef* e = valueEntity(c, kept);
    if (!e)
        return QJsonValue();
    if (c.kind == QLatin1String("delete")) {
        if (v.isNull())
            return QJsonValue(QStringLiteral("(deleted)"));
        QJsonObject row;
        const QVariantMap fields = v.toMap();
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            if (const FieldDef* f = e->field(it.key()))
                row.insert(it.key(), value::toJson(*f, it.value()));
        }
        return row;
    }
    const FieldDef* f = e->field(c.field);
    return f ? value::toJson(*f, v) : QJsonValue();
}

QString conflictText(const Conflict& c, bool kept)
{
    const QVariant& v = kept ? c.kept : c.other;
    const EntityDef* e = Registry::instance().entity(c.entity);
    if (c.isOrphan() && kept)
        return v.isNull() ? Cli::tr("(its %1, deleted)").arg(valueEntity(c, true)->name)
                          : Cli::tr("(its %1 as it was, deleted)").arg(valueEntity(c, true)->name);
    if (c.kind == QLatin1String("delete"))
        return v.isNull() ? Cli::tr("(deleted)") : Cli::tr("(the record as it was)");
    const FieldDef* f = e ? e->field(c.field) : nullptr;
    QString text = f ? value::toText(*f, v) : v.toString();
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.isEmpty() ? Cli::tr("(empty)") : text;
}

QJsonObject conflictJson(const Conflict& c)
{
    QJsonObject o{{QStringLiteral("id"), value::idText(c.id)},
                  {QStringLiteral("entity"), c.entity},
                  {QStringLiteral("row_id"), value::idText(c.rowId)},
                  {QStringLiteral("field"), c.field},
                  {QStringLiteral("kind"), c.kind},
                  {QStringLiteral("kept"), conflictValue(c, true)},
                  {QStringLiteral("kept_by"), c.keptBy},
                  {QStringLiteral("kept_at"), value::isoTime(c.keptAt)},
                  {QStringLiteral("other"), conflictValue(c, false)},
                  {QStringLiteral("other_by"), c.otherBy},
                  {QStringLiteral("other_at"), value::isoTime(c.otherAt)},
                  {QStringLiteral("merged_at"), value::isoTime(c.mergedAt)}};
    o.insert(QStringLiteral("resolved_at"),
             c.resolvedAt.isValid() ? QJsonValue(value::isoTime(c.resolvedAt)) : QJsonValue());
    o.insert(QStringLiteral("resolution"), c.resolution.isEmpty() ? QJsonValue() : QJsonValue(c.resolution));
    return o;
}

} // namespace

int runKey(const QStringList& arguments)
{
    Args args(QStringLiteral("key"), {QStringLiteral("DB")},
              Cli::tr("Prints this office's public key card, to give to partner offices, and its "
                      "fingerprint, to read out to them over the phone. A database made without "
                      "keys (a demo) gets its keys now, wrapped with your passphrase: you become its first lead."));
    const QString outOption = QStringLiteral("out");
    args.addOption(QCommandLineOption(outOption, Cli::tr("Write the card to CARD instead of printing it."),
                                      Cli::tr("CARD")));
    args.addOption(passphraseFileOption());
    if (std::optional<int> stop = args.parse(arguments))
        return *stop;
    std::unique_ptr<Store> store = openDatabase(args);
    if (!store)
        return ExitFailure;
    if (!hasOfficeKeys(*store)) {
        Result<QString> passphrase = readPassphrase(args, store->path(), true);
        if (!passphrase)
            return fail(passphrase.error());
        if (Result<PublicKeys> made = createOfficeKeys(*store, *passphrase); !made)
            return fail(made.error());
        err() << Cli::tr("Made this office's keys.") << Qt::endl;
    }
    Result<KeyCard> card = ownCard(*store);
    if (!card)
        return fail(card.error());
    if (args.isSet(outOption)) {
        if (Result<void> written = writeFileWhole(args.value(outOption), card->toText().toUtf8()); !written)
            return fail(written.error());
        out() << Cli::tr("fingerprint: %1").arg(card->fingerprint()) << '\n';
    } else {
        out() << card->toText();
    }
    return ExitOk;
}

int runTrust(const QStringList& arguments)
{
    Args args(QStringLiteral("trust"), {QStringLiteral("DB"), QStringLiteral("CARD")},
              Cli::tr("Trusts the partner office whose key card is the file CARD: bundles from it "
                      "are accepted, and bundles can be made for it. Compare the fingerprint this "
                      "prints with the partner over the phone. A card for a site already trusted "
                      "with other keys is refused, unless --replace gives the new card's "
                      "fingerprint as the partner read it out: then the new key replaces the old "
                      "one, and bundles signed with the old key are refused from then on."));
    const QString nameOption = QStringLiteral("name");
    const QString replaceOption = QStringLiteral("replace");
    args.addOption(QCommandLineOption(nameOption, Cli::tr("The name this office knows the partner by "
                                                          "(default: the name on the card)."),
                                      Cli::tr("NAME")));
    args.addOption(QCommandLineOption(replaceOption, Cli::tr("The partner has made new keys: the fingerprint of "
                                                             "its new card, as it read it out over the phone."),
                                      Cli::tr("FINGERPRINT")));
    if (std::optional<int> stop = args.parse(arguments))
        return *stop;
    QFile file(args.positional(1));
    if (!file.open(QIODevice::ReadOnly))
        return fail(makeError(Cli::tr("cannot read the card: %1").arg(file.errorString()), args.positional(1)));
    Result<KeyCard> card = KeyCard::parse(file.read(8192), args.positional(1));
    if (!card)
        return fail(card.error());
    std::unique_ptr<Store> store = openDatabase(args);
    if (!store)
        return ExitFailure;
    if (args.isSet(replaceOption) && args.value(replaceOption).trimmed().isEmpty())
        return args.usageError(Cli::tr("--replace needs the new card's fingerprint"));
    Result<TrustResult> trusted = trustPartner(*store, *card, args.value(nameOption), args.value(replaceOption));
    if (!trusted)
        return fail(trusted.error());
    const Partner& p = trusted->partner;
    if (!trusted->replacedFingerprint.isEmpty()) {
        out() << Cli::tr("New key trusted: %1 (%2)").arg(p.name, value::idText(p.officeId())) << '\n'
              << Cli::tr("Fingerprint: %1 (replaces %2; bundles signed with the old key are refused from now on)")
                     .arg(p.fingerprint, trusted->replacedFingerprint)
              << '\n';
        return ExitOk;
    }
    out() << (trusted->alreadyTrusted ? Cli::tr("Already trusted: %1 (%2)") : Cli::tr("Trusted: %1 (%2)"))
                 .arg(p.name, value::idText(p.officeId()))
          << '\n'
          << Cli::tr("Fingerprint: %1").arg(p.fingerprint) << '\n';
    if (!trusted->alreadyTrusted)
        out() << Cli::tr("Compare the fingerprint with the office over the phone before you exchange bundles.") << '\n';
    return ExitOk;
}

int runExport(const QStringList& arguments)
{
    Args args(QStringLiteral("export"), {QStringLiteral("DB")},
              Cli::tr("Writes a signed, encrypted bundle for partner offices: the records changed "
                      "since what every recipient has acknowledged (or everything with --full), "
                      "only what all recipients may see. Without --to, for every trusted partner."));
    const QString outOption = QStringLiteral("out");
    const QString toOption = QStringLiteral("to");
    const QString fullOption = QStringLiteral("full");
    args.addOption(QCommandLineOption(outOption, Cli::tr("The bundle file to write (required)."), Cli::tr("BUNDLE")));
    args.addOption(QCommandLineOption(toOption, Cli::tr("A recipient office's id, or the id of another machine of this "
                                                        "office ('tandem-cli seat' lists them); repeat for several."),
                                      Cli::tr("OFFICE_ID")));
    args.addOption(QCommandLineOption(fullOption, Cli::tr("Everything shared, not only what is new to them.")));
    args.addOption(QCommandLineOption(kJson, Cli::tr("Print the summary as JSON.")));
    args.addOption(passphraseFileOption());
    if (std::optional<int> stop = args.parse(arguments))
        return *stop;
    if (!args.isSet(outOption))
        return args.usageError(Cli::tr("--out BUNDLE is required"));
    ExportOptions options;
    options.full = args.isSet(fullOption);
    for (const QString& to : args.values(toOption)) {
        const std::optional<QUuid> id = idArgument(args, to);
        if (!id)
            return ExitUsage;
        options.recipients << id->toRfc4122();
    }
    std::unique_ptr<Store> store = openDatabase(args);
    if (!store)
        return ExitFailure;
    if (options.recipients.isEmpty()) {
        Result<std::vector<Partner>> all = partners(*store);
        if (!all)
            return fail(all.error());
        for (const Partner& p : *all)
            options.recipients << p.site;
        if (options.recipients.isEmpty())
            return fail(makeError(Cli::tr("this office trusts no partner office yet: import a partner's card "
                                          "with 'tandem-cli trust'"),
                                  store->path()));
    }
    Result<OfficeKeys> keys = unlock(args, *store);
    if (!keys)
        return fail(keys.error());
    Result<ExportSummary> summary = exportBundle(*store, *keys, options, args.value(outOption));
    if (!summary)
        return fail(summary.error());
    if (args.isSet(kJson)) {
        QJsonObject entities;
        for (auto it = summary->perEntity.begin(); it != summary->perEntity.end(); ++it)
            entities.insert(it.key(), it.value());
        printJson({{QStringLiteral("rows"), summary->rows},
                   {QStringLiteral("bytes"), summary->bytes},
                   {QStringLiteral("since"), summary->since},
                   {QStringLiteral("recipients"), QJsonArray::fromStringList(summary->recipientNames)},
                   {QStringLiteral("entities"), entities}});
        return ExitOk;
    }
    out() << Cli::tr("%1 records for %2 written to %3 (%4 bytes)")
                 .arg(summary->rows)
                 .arg(summary->recipientNames.join(QStringLiteral(", ")), args.value(outOption))
                 .arg(summary->bytes)
          << '\n';
    for (auto it = summary->perEntity.begin(); it != summary->perEntity.end(); ++it)
        out() << QStringLiteral("  %1 %2").arg(it.key().leftJustified(20)).arg(it.value()) << '\n';
    return ExitOk;
}

int runMerge(const QStringList& arguments)
{
    Args args(QStringLiteral("merge"), {QStringLiteral("DB"), QStringLiteral("BUNDLE")},
              Cli::tr("Checks the bundle (its sender is trusted, its signature holds, it is for "
                      "this office, it decrypts whole, its contents and clocks are sound) and "
                      "merges it: every field keeps its latest version, and concurrent edits are "
                      "listed by 'tandem-cli conflicts'. A bundle that fails a check changes "
                      "nothing."));
    args.addOption(QCommandLineOption(kJson, Cli::tr("Print the summary as JSON.")));
    args.addOption(passphraseFileOption());
    if (std::optional<int> stop = args.parse(arguments))
        return *stop;
    if (!QFile::exists(args.positional(1)))
        return fail(makeError(Cli::tr("no such file"), args.positional(1)));
    std::unique_ptr<Store> store = openDatabase(args);
    if (!store)
        return ExitFailure;
    Result<OfficeKeys> keys = unlock(args, *store);
    if (!keys)
        return fail(keys.error());
    Result<MergeSummary> summary = mergeBundle(*store, *keys, args.positional(1));
    if (!summary)
        return fail(summary.error());
    const MergeCounts total = summary->total();
    if (args.isSet(kJson)) {
        QJsonObject entities;
        for (auto it = summary->perEntity.begin(); it != summary->perEntity.end(); ++it)
            entities.insert(it.key(), QJsonObject{{QStringLiteral("new"), it->added},
                                                  {QStringLiteral("updated"), it->updated},
                                                  {QStringLiteral("deleted"), it->deleted}});
        printJson({{QStringLiteral("sender"), summary->senderName},
                   {QStringLiteral("sender_id"), value::idText(QUuid::fromRfc4122(summary->senderSite))},
                   {QStringLiteral("new"), total.added},
                   {QStringLiteral("updated"), total.updated},
                   {QStringLiteral("deleted"), total.deleted},
                   {QStringLiteral("conflicts"), summary->conflicts},
                   {QStringLiteral("code_clashes"), summary->codeClashes},
                   {QStringLiteral("identities_erased"), summary->erased},
                   {QStringLiteral("erasure_problem"), summary->erasureProblem},
                   {QStringLiteral("entities"), entities},
                   {QStringLiteral("audit_problem"), summary->auditProblem}});
        return ExitOk;
    }
    out() << Cli::tr("Merged from %1: %2 new, %3 updated, %4 deleted")
                 .arg(summary->senderName)
                 .arg(total.added)
                 .arg(total.updated)
                 .arg(total.deleted)
          << '\n';
    for (auto it = summary->perEntity.begin(); it != summary->perEntity.end(); ++it)
        out() << QStringLiteral("  %1 ").arg(it.key().leftJustified(20))
              << Cli::tr("%1 new, %2 updated, %3 deleted").arg(it->added).arg(it->updated).arg(it->deleted) << '\n';
    if (summary->conflicts > 0)
        out() << Cli::tr("%1 conflicting edits to review: tandem-cli conflicts %2").arg(summary->conflicts).arg(args.positional(0))
              << '\n';
    if (summary->codeClashes > 0)
        out() << Cli::tr("%1 pairs of survivors share a code, both kept: tandem-cli conflicts %2")
                     .arg(summary->codeClashes)
                     .arg(args.positional(0))
              << '\n';
    if (summary->erased > 0)
        out() << (summary->erased == 1 ? Cli::tr("1 survivor's identity erased here on a recall (see tandem-cli audit)")
                                       : Cli::tr("%1 survivors' identities erased here on recalls (see tandem-cli audit)")
                                             .arg(summary->erased))
              << '\n';
    if (!summary->erasureProblem.isEmpty())
        out() << Cli::tr("warning: %1").arg(summary->erasureProblem) << '\n';
    if (!summary->auditProblem.isEmpty())
        out() << Cli::tr("warning: %1").arg(summary->auditProblem) << '\n';
    return ExitOk;
}

int listConflicts(const Store& store, bool json, bool all)
{
    Result<std::vector<Conflict>> list = conflicts(store, all);
    if (!list)
        return fail(list.error());
    if (json) {
        QJsonArray array;
        for (const Conflict& c : *list)
            array.append(conflictJson(c));
        if (Result<int> clashes = appendCodeClashes(store, &array); !clashes)
            return fail(clashes.error());
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    // Survivors sharing a code first: both rows stand until one gets a new code.
    Result<int> clashes = appendCodeClashes(store, nullptr);
    if (!clashes)
        return fail(clashes.error());
    if (list->empty() && *clashes == 0) {
        out() << Cli::tr("No conflicts to review.") << '\n';
        return ExitOk;
    }
    for (const Conflict& c : *list) {
        printFields({{Cli::tr("conflict"), value::idText(c.id)},
                     {Cli::tr("record"), c.entity + QLatin1Char(' ') + value::idText(c.rowId)},
                     {Cli::tr("field"), c.isOrphan()                      ? Cli::tr("(added under a deleted %1)").arg(c.field)
                                        : c.kind == QLatin1String("delete") ? Cli::tr("(deleted against an edit)")
                                                                            : c.field},
                     {Cli::tr("kept"), Cli::tr("%1 (by %2, %3)").arg(conflictText(c, true), c.keptBy, value::isoTime(c.keptAt))},
                     {Cli::tr("other"), Cli::tr("%1 (by %2, %3)").arg(conflictText(c, false), c.otherBy, value::isoTime(c.otherAt))},
                     {Cli::tr("resolved"), c.resolvedAt.isValid() ? c.resolution : Cli::tr("no")}});
        out() << '\n';
    }
    return ExitOk;
}

int runConflicts(const QStringList& arguments)
{
    Args args(QStringLiteral("conflicts"), {QStringLiteral("DB")},
              Cli::tr("Lists the edits that lost to a concurrent edit in a merge: for each, the "
                      "record and field, the value kept and the other one, who made each and "
                      "when. --resolve ID with --keep marks one as seen; with --take-other it "
                      "writes the other value (or restores the deleted record) as a new edit "
                      "that travels with the next export. For a record added under one another "
                      "office deleted, --keep deletes it too and --take-other restores its "
                      "owner."));
    const QString allOption = QStringLiteral("all");
    const QString resolveOption = QStringLiteral("resolve");
    const QString keepOption = QStringLiteral("keep");
    const QString takeOption = QStringLiteral("take-other");
    args.addOption(QCommandLineOption(kJson, Cli::tr("Print a JSON array.")));
    args.addOption(QCommandLineOption(allOption, Cli::tr("Include resolved conflicts.")));
    args.addOption(QCommandLineOption(resolveOption, Cli::tr("Resolve the conflict ID."), Cli::tr("ID")));
    args.addOption(QCommandLineOption(keepOption, Cli::tr("With --resolve: keep the value the merge kept.")));
    args.addOption(QCommandLineOption(takeOption, Cli::tr("With --resolve: take the other value.")));
    if (std::optional<int> stop = args.parse(arguments))
        return *stop;
    const bool resolving = args.isSet(resolveOption);
    if (resolving && args.isSet(keepOption) == args.isSet(takeOption))
        return args.usageError(Cli::tr("--resolve needs one of --keep and --take-other"));
    if (!resolving && (args.isSet(keepOption) || args.isSet(takeOption)))
        return args.usageError(Cli::tr("--keep and --take-other go with --resolve ID"));
    std::optional<QUuid> id;
    if (resolving && !(id = idArgument(args, args.value(resolveOption))))
        return ExitUsage;
    std::unique_ptr<Store> store = openDatabase(args, resolving ? Store::Access::ReadWrite : Store::Access::ReadOnly);
    if (!store)
        return ExitFailure;
    if (resolving) {
        Result<void> r = resolveConflict(*store, *id, args.isSet(takeOption) ? Resolution::TakeOther : Resolution::KeepWinner);
        if (!r)
            return fail(r.error());
        return ExitOk;
    }
    return listConflicts(*store, args.isSet(kJson), args.isSet(allOption));
}

} // namespace tandem::cli
