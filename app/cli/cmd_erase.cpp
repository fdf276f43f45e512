// erase, retention: survivors' identities erased for real, by hand or after the retention period
// (DESIGN.md §8, issue 18).

#include "commands.h"
#include "output.h"

#include "domain/erasure.h"
#include "domain/retention.h"
#include "store/value.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tandem::cli {
namespace {

QJsonObject receiptJson(const erasure::Receipt& r)
{
    return QJsonObject{{QStringLiteral("survivor"), value::idText(r.survivor)},
                       {QStringLiteral("code"), r.code},
                       {QStringLiteral("recall"), value::idText(r.recall)},
                       {QStringLiteral("kind"), r.kind},
                       {QStringLiteral("reason"), r.reason},
                       {QStringLiteral("erased_at"), value::isoTime(r.at)},
                       {QStringLiteral("everywhere"), r.everywhere},
                       {QStringLiteral("backups_rewritten"), r.backupsRewritten},
                       {QStringLiteral("pending"), r.pending}};
}

void printReceipt(const erasure::Receipt& r)
{
    out() << Cli::tr("Erased the identity of survivor %1 (%2) at %3.").arg(r.code, value::idText(r.survivor), value::isoTime(r.at))
          << '\n'
          << Cli::tr("Reason: %1").arg(r.reason) << '\n'
          << (r.everywhere ? Cli::tr("Recall %1 goes to every partner office with its next bundle; each erases its copy "
                                     "when it merges it.")
                                 .arg(value::idText(r.recall))
                           : Cli::tr("This office's copy only (another office recorded it); recall %1 keeps it from "
                                     "coming back.")
                                 .arg(value::idText(r.recall)))
          << '\n';
    if (r.pending.isEmpty())
        out() << (r.backupsRewritten == 1 ? Cli::tr("The file, its journal and its backup were rewritten without it.")
                                          : Cli::tr("The file, its journal and %n backups were rewritten without it.", nullptr,
                                                    r.backupsRewritten))
              << '\n';
}

} // namespace

int runErase(const QStringList& arguments)
{
    Args args(QStringLiteral("erase"), {QStringLiteral("DB"), QStringLiteral("SURVIVOR")},
              Cli::tr("Erases the identity of SURVIVOR (an id or a code) with --reason (required): from the "
                      "file, its journal and its backups, so that not even the passphrase shows it again. "
                      "An identity this office recorded is recalled from every partner holding a copy; a "
                      "partner's identity is erased from this office only. The case (code, checklist, "
                      "consents) stays. Prints a receipt."));
    const QString reason = QStringLiteral("reason");
    const QString json = QStringLiteral("json");
    args.addOption(QCommandLineOption(reason, Cli::tr("Why the identity is erased (required)."), Cli::tr("TEXT")));
    args.addOption(QCommandLineOption(json, Cli::tr("Print the receipt as a JSON object.")));
    if (std::optional<int> stop = args.parse(arguments))
        return *stop;
    std::unique_ptr<Store> store = openDatabase(args);
    if (!store)
        return ExitFailure;
    Result<QUuid> survivor = erasure::findSurvivor(*store, args.positional(1));
    if (!survivor)
        return fail(survivor.error());
    Result<erasure::Receipt> receipt = erasure::eraseIdentity(*store, *survivor, args.value(reason));
    if (!receipt)
        return fail(receipt.error());
    if (args.isSet(json))
        out() << QString::fromUtf8(QJsonDocument(receiptJson(*receipt)).toJson(QJsonDocument::Indented));
    else
        printReceipt(*receipt);
    if (!receipt->pending.isEmpty()) {
        return fail(makeError(receipt->pending, store->path()));
    }
    return ExitOk;
}

int runRetention(const QStringList& arguments)
{
    Args args(QStringLiteral("retention"), {QStringLiteral("DB")},
              Cli::tr("Lists the identities due for erasure under this office's retention period: "
                      "survivors whose operation closed longer ago than the period, with no active "
                      "consent and no open checklist step. --apply erases them and prints a receipt for "
                      "each; --period sets the period (a lead's)."));
    const QString apply = QStringLiteral("apply");
    const QString period = QStringLiteral("period");
    const QString json = QStringLiteral("json");
    args.addOption(QCommandLineOption(apply, Cli::tr("Erase the identities that are due.")));
    args.addOption(QCommandLineOption(period, Cli::tr("Set the retention period: a number of months, or \"none\"."),
                                      Cli::tr("MONTHS")));
    args.addOption(QCommandLineOption(json, Cli::tr("Print JSON.")));
    if (std::optional<int> stop = args.parse(arguments))
        return *stop;
    std::optional<std::optional<int>> newPeriod;
    if (args.isSet(period)) {
        const QString text = args.value(period).trimmed();
        if (text == QLatin1String("none")) {
            newPeriod = std::optional<int>();
        } else {
            bool ok = false;
            const int months = text.toInt(&ok);
            if (!ok)
                return args.usageError(Cli::tr("--period \"%1\" is not a number of months or \"none\"").arg(text));
            // Refused with the file named, as any value the file would not take.
            if (const QString problem = retention::periodProblem(months); !problem.isEmpty())
                return fail(makeError(problem, args.positional(0)));
            newPeriod = months;
        }
    }
    std::unique_ptr<Store> store = openDatabase(args, args.isSet(apply) || newPeriod ? Store::Access::ReadWrite
                                                                                     : Store::Access::ReadOnly);
    if (!store)
        return ExitFailure;
    if (newPeriod) {
        if (Result<void> r = retention::setPeriod(*store, *newPeriod); !r)
            return fail(r.error());
    }
    Result<std::optional<int>> months = retention::period(*store);
    if (!months)
        return fail(months.error());
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(store->wallClock(), Qt::UTC);
    if (args.isSet(apply)) {
        Result<std::vector<erasure::Receipt>> done = retention::apply(*store, now);
        if (!done)
            return fail(done.error());
        if (args.isSet(json)) {
            QJsonArray array;
            for (const erasure::Receipt& r : *done)
                array.append(receiptJson(r));
            out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        } else {
            for (const erasure::Receipt& r : *done)
                printReceipt(r);
            out() << (done->size() == 1 ? Cli::tr("1 identity erased.") : Cli::tr("%n identities erased.", nullptr, int(done->size())))
                  << '\n';
        }
        for (const erasure::Receipt& r : *done) {
            if (!r.pending.isEmpty()) {
                return fail(makeError(r.pending, store->path()));
            }
        }
        return ExitOk;
    }
    Result<std::vector<retention::Due>> due = retention::due(*store, now);
    if (!due)
        return fail(due.error());
    if (args.isSet(json)) {
        QJsonArray array;
        for (const retention::Due& d : *due)
            array.append(QJsonObject{{QStringLiteral("survivor"), value::idText(d.survivor)},
                                     {QStringLiteral("code"), d.code},
                                     {QStringLiteral("operation"), d.operation},
                                     {QStringLiteral("closed_at"), value::isoTime(d.closedAt)}});
        out() << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("period_months"),
                                                              *months ? QJsonValue(**months) : QJsonValue()},
                                                             {QStringLiteral("due"), array}})
                                       .toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    if (!*months) {
        out() << Cli::tr("No retention period is set: identities are kept until someone erases them "
                         "(set one with --period MONTHS).")
              << '\n';
        return ExitOk;
    }
    out() << (**months == 1 ? Cli::tr("Retention period: 1 month after the operation closed.")
                            : Cli::tr("Retention period: %n months after the operation closed.", nullptr, **months))
          << '\n';
    for (const retention::Due& d : *due)
        out() << d.code << '\t' << d.operation << '\t' << Cli::tr("closed %1").arg(value::isoTime(d.closedAt)) << '\n';
    out() << (due->size() == 1 ? Cli::tr("1 identity due for erasure.")
                               : Cli::tr("%n identities due for erasure.", nullptr, int(due->size())))
          << '\n';
    return ExitOk;
}


} // namespace tandem::cli
