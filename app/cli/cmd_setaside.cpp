// withdraw-consent and retire-protocol: setting something aside, always with the reason, as the
// window asks for it (the rule is the store's: the reason is recorded with the record).

#include "commands.h"
#include "output.h"

#include "domain/consent.h"
#include "domain/protocols.h"
#include "store/audit.h"
#include "store/value.h"

namespace tandem::cli {

int runWithdrawConsent(const QStringList& arguments)
{
    Args args(QStringLiteral("withdraw-consent"), {QStringLiteral("DB"), QStringLiteral("CONSENT_ID")},
              Cli::tr("Records that the survivor withdrew the consent CONSENT_ID, now or --at TIME, "
                      "with --reason (required): from then on, what it covered no longer leaves "
                      "this office. Refused: no reason, a consent already withdrawn, a time before "
                      "it was given or more than a day ahead. Prints nothing on success."));
    const QString reason = QStringLiteral("reason");
    const QString at = QStringLiteral("at");
    args.addOption(QCommandLineOption(reason, Cli::tr("Why the consent is withdrawn (required)."), Cli::tr("TEXT")));
    args.addOption(QCommandLineOption(at,
                                      Cli::tr("When it was withdrawn, for entries made late: ISO 8601 with an "
                                              "offset, e.g. 2026-05-01T14:30:00+02:00."),
                                      Cli::tr("TIME")));
    if (std::optional<int> stop = args.parse(arguments))
        return *stop;
    const std::optional<QUuid> id = idArgument(args, args.positional(1));
    if (!id)
        return ExitUsage;
    QDateTime when;
    if (args.isSet(at)) {
        when = value::parseIsoTime(args.value(at).trimmed());
        if (!when.isValid())
            return args.usageError(
                Cli::tr("--at \"%1\" is not a time in ISO 8601 with an offset, e.g. 2026-05-01T14:30:00+02:00")
                    .arg(args.value(at)));
    }
    std::unique_ptr<Store> store = openDatabase(args);
    if (!store)
        return ExitFailure;
    if (Result<void> r = withdrawConsent(*store, *id, args.value(reason), when); !r)
        return fail(r.error());
    (void)appendAudit(*store, QStringLiteral("consent"), value::idText(*id),
                      Cli::tr("withdrawn: %1").arg(args.value(reason).trimmed()));
    return ExitOk;
}

int runRetireProtocol(const QStringList& arguments)
{
    Args args(QStringLiteral("retire-protocol"), {QStringLiteral("DB"), QStringLiteral("PROTOCOL_ID")},
              Cli::tr("Retires the protocol version PROTOCOL_ID with --reason (required): no new "
                      "checklist follows it; survivors' checklists made from it keep their steps. "
                      "Prints nothing on success."));
    const QString reason = QStringLiteral("reason");
    args.addOption(QCommandLineOption(reason, Cli::tr("Why the version is retired (required)."), Cli::tr("TEXT")));
    if (std::optional<int> stop = args.parse(arguments))
        return *stop;
    const std::optional<QUuid> id = idArgument(args, args.positional(1));
    if (!id)
        return ExitUsage;
    std::unique_ptr<Store> store = openDatabase(args);
    if (!store)
        return ExitFailure;
    Result<Row> protocol = store->get(QStringLiteral("protocol"), *id);
    if (!protocol)
        return fail(protocol.error());
    if (Result<void> r = setProtocolStatus(*store, *id, QStringLiteral("retired"), args.value(reason)); !r)
        return fail(r.error());
    (void)appendAudit(*store, QStringLiteral("protocol"), protocol->text(QStringLiteral("name")),
                      Cli::tr("retired version %1: %2")
                          .arg(protocol->value(QStringLiteral("version")).toLongLong())
                          .arg(args.value(reason).trimmed()));
    return ExitOk;
}

} // namespace tandem::cli
