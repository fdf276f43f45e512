// office code: this office's short code, the prefix of the survivor codes it mints (issue 18).

#include "commands.h"
#include "output.h"

#include "domain/officecode.h"
#include "store/attachmentstore.h"
#include "store/value.h"
#include "sync/codeclashes.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tandem::cli {
namespace {

QJsonObject sideJson(const CodeClashSide& s)
{
    return {{QStringLiteral("survivor"), value::idText(s.survivor)},
            {QStringLiteral("code"), s.code},
            {QStringLiteral("operation"), s.operation.isEmpty() ? QJsonValue() : QJsonValue(s.operation)},
            {QStringLiteral("office"), s.office},
            {QStringLiteral("created"), s.created.isValid() ? QJsonValue(value::isoTime(s.created)) : QJsonValue()}};
}

QString sideText(const CodeClashSide& s)
{
    return Cli::tr("%1, operation %2, from %3, recorded %4")
        .arg(value::idText(s.survivor), s.operation.isEmpty() ? Cli::tr("(none)") : s.operation, s.office,
             s.created.isValid() ? value::isoTime(s.created) : Cli::tr("(unknown)"));
}

int officeCode(const QStringList& arguments)
{
    Args args(QStringLiteral("office code"), {QStringLiteral("DB"), QStringLiteral("[CODE...]")},
              Cli::tr("Prints this office's short code, or sets it to CODE (a lead's): 2 to 5 capital "
                      "letters or digits, such as NB. New survivor codes are CODE-YYYY-NNNN; codes "
                      "already given are kept. A file without a code mints with the one derived from "
                      "the office's name, printed with \"(not set)\"."));
    if (std::optional<int> stop = args.parse(arguments))
        return *stop;
    const QStringList codes = args.positionalFrom(1);
    if (codes.size() > 1)
        return args.usageError(Cli::tr("one CODE at most, not %1").arg(codes.size()));
    std::unique_ptr<Store> store = openDatabase(args, codes.isEmpty() ? Store::Access::ReadOnly : Store::Access::ReadWrite);
    if (!store)
        return ExitFailure;
    if (codes.isEmpty()) {
        Result<QString> code = tandem::officeCode(*store);
        if (!code)
            return fail(code.error());
        if (!code->isEmpty()) {
            out() << *code << '\n';
            return ExitOk;
        }
        Result<QString> derived = mintingOfficeCode(*store);
        if (!derived)
            return fail(derived.error());
        out() << Cli::tr("%1 (not set: derived from the office's name; set it with 'tandem-cli office code %2 CODE')")
                     .arg(*derived, args.positional(0))
              << '\n';
        return ExitOk;
    }
    if (Result<void> r = setOfficeCode(*store, codes.front()); !r) {
        Error e = r.error();
        e.context = args.positional(0);
        return fail(e);
    }
    Result<QString> code = tandem::officeCode(*store);
    if (!code)
        return fail(code.error());
    out() << Cli::tr("Office code: %1. New survivor codes: %1-YYYY-NNNN.").arg(*code) << '\n';
    return ExitOk;
}

int officeAttachmentLimit(const QStringList& arguments)
{
    Args args(QStringLiteral("office attachment-limit"), {QStringLiteral("DB"), QStringLiteral("[MEGABYTES...]")},
              Cli::tr("Prints the largest file this office attaches, or sets it to MEGABYTES (a lead's): 1 to 2147. "
                      "A larger file is refused when it is attached; files already attached stay."));
    if (std::optional<int> stop = args.parse(arguments))
        return *stop;
    const QStringList given = args.positionalFrom(1);
    if (given.size() > 1)
        return args.usageError(Cli::tr("one MEGABYTES at most, not %1").arg(given.size()));
    std::unique_ptr<Store> store = openDatabase(args, given.isEmpty() ? Store::Access::ReadOnly : Store::Access::ReadWrite);
    if (!store)
        return ExitFailure;
    if (!given.isEmpty()) {
        bool ok = false;
        const qint64 megabytes = given.front().toLongLong(&ok);
        if (!ok)
            return args.usageError(Cli::tr("\"%1\" is not a number of megabytes").arg(given.front()));
        if (Result<void> r = attachments::setLimit(*store, megabytes * 1'000'000); !r)
            return fail(r.error());
    }
    out() << Cli::tr("Largest attached file: %1 MB").arg(attachments::limit(*store) / 1'000'000) << '\n';
    return ExitOk;
}

} // namespace

Result<int> appendCodeClashes(const Store& store, QJsonArray* json)
{
    Result<std::vector<CodeClash>> clashes = codeClashes(store);
    if (!clashes)
        return clashes.error();
    for (const CodeClash& c : *clashes) {
        if (json) {
            json->append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("code")},
                                     {QStringLiteral("code"), c.code},
                                     {QStringLiteral("survivors"), QJsonArray{sideJson(c.first), sideJson(c.second)}},
                                     {QStringLiteral("merged_from"), c.mergedFrom},
                                     {QStringLiteral("merged_at"), value::isoTime(c.mergedAt)}});
            continue;
        }
        printFields({{Cli::tr("code used twice"), c.code},
                     {Cli::tr("survivor"), sideText(c.first)},
                     {Cli::tr("survivor"), sideText(c.second)},
                     {Cli::tr("merged"), Cli::tr("from %1, %2").arg(c.mergedFrom, value::isoTime(c.mergedAt))},
                     {Cli::tr("to resolve"), Cli::tr("give one of them a new code: tandem-cli set DB survivor ID code=...")}});
        out() << '\n';
    }
    return int(clashes->size());
}

int runOffice(const QStringList& arguments)
{
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("code"))
        return officeCode(arguments.mid(1));
    if (sub == QLatin1String("attachment-limit"))
        return officeAttachmentLimit(arguments.mid(1));
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        out() << Cli::tr("Usage: tandem-cli office code DB [CODE] [options]\n"
                         "       tandem-cli office attachment-limit DB [MEGABYTES] [options]\n\n"
                         "This office's settings: its short code, the prefix of survivor codes;\n"
                         "the largest file it attaches.\n"
                         "Run 'tandem-cli office code --help' or 'tandem-cli office attachment-limit\n"
                         "--help' for their arguments and options.\n\n"
                         "Options:\n"
                         "  -h, --help  Show this help.\n");
        return ExitOk;
    }
    err() << "tandem-cli office: "
          << (sub.isEmpty() ? Cli::tr("an action is needed: code or attachment-limit")
                            : Cli::tr("unknown action \"%1\"; the actions are: code, attachment-limit").arg(sub))
          << '\n'
          << Cli::tr("Run 'tandem-cli office --help' for its arguments and options.") << Qt::endl;
    return ExitUsage;
}

} // namespace tandem::cli
