// services and refer: the resource directory as a referral sees it, and a checklist step's
// referral with the service's answer (domain/referrals.h, the rules the window follows).

#include "commands.h"
#include "output.h"

#include "domain/referrals.h"
#include "store/registry.h"
#include "store/value.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace tandem::cli {
namespace {

QStringList tokensOf(const char* entity, const char* field)
{
    QStringList tokens;
    for (const EnumValue& v : Registry::instance().entity(QLatin1String(entity))->field(QLatin1String(field))->values)
        tokens << QString::fromLatin1(v.token);
    return tokens;
}

QJsonObject serviceJson(const ServiceOption& s)
{
    return QJsonObject{{QStringLiteral("id"), value::idText(s.id)},
                       {QStringLiteral("name"), s.name},
                       {QStringLiteral("kind"), s.kind},
                       {QStringLiteral("capacity"), s.capacity ? QJsonValue(*s.capacity) : QJsonValue()},
                       {QStringLiteral("languages"), QJsonArray::fromStringList(s.languages)},
                       {QStringLiteral("accepts_minors"), s.acceptsMinors}};
}

void printServices(const std::vector<ServiceOption>& services)
{
    const QStringList headers{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("kind"),
                              QStringLiteral("capacity"), QStringLiteral("languages"), QStringLiteral("accepts_minors")};
    std::vector<QStringList> rows;
    for (const ServiceOption& s : services)
        rows.push_back({value::idText(s.id), s.name, s.kind, s.capacity ? QString::number(*s.capacity) : QString(),
                        s.languages.join(QLatin1Char(',')), s.acceptsMinors ? Cli::tr("yes") : Cli::tr("no")});
    std::vector<qsizetype> widths;
    for (const QString& h : headers)
        widths.push_back(h.size());
    for (const QStringList& r : rows)
        for (int i = 0; i < r.size(); ++i)
            widths[size_t(i)] = std::max(widths[size_t(i)], r[i].size());
    auto print = [&widths](const QStringList& cells) {
        QString line;
        for (int i = 0; i < cells.size(); ++i) {
            if (i > 0)
                line += QStringLiteral("  ");
            line += i + 1 < cells.size() ? cells[i].leftJustified(widths[size_t(i)]) : cells[i];
        }
        out() << line << '\n';
    };
    print(headers);
    for (const QStringList& r : rows)
        print(r);
}

} // namespace

int runServices(const QStringList& arguments)
{
    Args args(QStringLiteral("services"), {QStringLiteral("DB")},
              Cli::tr("Lists the services of the resource directory a survivor can be referred to, by name, with "
                      "their capacity, languages and whether they accept minors. --for starts from what the "
                      "survivor of a checklist step needs, as the window's referral picker does: services that "
                      "accept minors when the survivor is a minor, and that speak one of the survivor's "
                      "languages. Languages match as languages: \"ro\", \"ron\" and \"Romanian\" are one."));
    const QString forItem = QStringLiteral("for");
    const QString minors = QStringLiteral("minors");
    const QString language = QStringLiteral("language");
    const QString places = QStringLiteral("with-capacity");
    const QString kind = QStringLiteral("kind");
    const QString search = QStringLiteral("search");
    const QString any = QStringLiteral("any");
    const QString json = QStringLiteral("json");
    args.addOption(QCommandLineOption(forItem, Cli::tr("Start from the needs of the survivor of this checklist step."),
                                      Cli::tr("ITEM_ID")));
    args.addOption(QCommandLineOption(minors, Cli::tr("Only services that accept minors.")));
    args.addOption(QCommandLineOption(language, Cli::tr("Only services that speak LANG (repeat for any of several)."),
                                      Cli::tr("LANG")));
    args.addOption(QCommandLineOption(places, Cli::tr("Leave out services whose capacity is recorded as 0.")));
    args.addOption(QCommandLineOption(kind, Cli::tr("Only services of this kind: %1.")
                                                .arg(tokensOf("service", "kind").join(QStringLiteral(", "))),
                                      Cli::tr("KIND")));
    args.addOption(QCommandLineOption(search, Cli::tr("Only services with every word of TEXT in their name, kind or "
                                                      "notes."),
                                      Cli::tr("TEXT")));
    args.addOption(QCommandLineOption(any, Cli::tr("With --for: list every service, not only those that suit.")));
    args.addOption(QCommandLineOption(json, Cli::tr("Print a JSON array.")));
    if (std::optional<int> stop = args.parse(arguments))
        return *stop;
    std::optional<QUuid> item;
    if (args.isSet(forItem)) {
        item = idArgument(args, args.value(forItem));
        if (!item)
            return ExitUsage;
    } else if (args.isSet(any)) {
        return args.usageError(Cli::tr("--any goes with --for"));
    }

    std::unique_ptr<Store> store = openDatabase(args, Store::Access::ReadOnly);
    if (!store)
        return ExitFailure;
    ServiceFilter filter;
    if (item) {
        Result<ServiceFilter> needs = referralFilter(*store, *item);
        if (!needs)
            return fail(needs.error());
        if (!args.isSet(any))
            filter = *needs;
    }
    filter.acceptsMinors = filter.acceptsMinors || args.isSet(minors);
    filter.languages += args.values(language);
    filter.withPlaces = args.isSet(places);
    filter.kind = args.value(kind);
    filter.text = args.value(search);
    Result<std::vector<ServiceOption>> found = findServices(*store, filter);
    if (!found)
        return fail(found.error());
    if (args.isSet(json)) {
        QJsonArray array;
        for (const ServiceOption& s : *found)
            array.append(serviceJson(s));
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else if (!found->empty()) {
        printServices(*found);
    }
    return ExitOk;
}

int runRefer(const QStringList& arguments)
{
    Args args(QStringLiteral("refer"), {QStringLiteral("DB"), QStringLiteral("ITEM_ID"), QStringLiteral("[SERVICE_ID]")},
              Cli::tr("Refers the survivor of ITEM_ID, a step of a survivor's checklist, to SERVICE_ID of the "
                      "directory (\"none\" removes the referral), and records the service's answer and the "
                      "outcome. A new service clears the previous one's answer and outcome, which `set` would "
                      "keep. A refusal needs --reason; a reason goes with a refusal only. Prints nothing on "
                      "success."));
    const QString answer = QStringLiteral("answer");
    const QString reason = QStringLiteral("reason");
    const QString outcome = QStringLiteral("outcome");
    const QString at = QStringLiteral("at");
    args.addOption(QCommandLineOption(answer, Cli::tr("The service's answer: accepted, refused, or none (awaited)."),
                                      Cli::tr("ANSWER")));
    args.addOption(QCommandLineOption(reason, Cli::tr("Why the service refused, as it said."), Cli::tr("TEXT")));
    args.addOption(QCommandLineOption(outcome, Cli::tr("What came of the referral (an empty TEXT clears it)."),
                                      Cli::tr("TEXT")));
    args.addOption(QCommandLineOption(at,
                                      Cli::tr("When the service answered (default: now): ISO 8601 with an offset, e.g. "
                                              "2026-05-01T14:30:00+02:00."),
                                      Cli::tr("TIME")));
    if (std::optional<int> stop = args.parse(arguments))
        return *stop;
    const std::optional<QUuid> item = idArgument(args, args.positional(1));
    if (!item)
        return ExitUsage;
    std::optional<QUuid> service;
    const QString serviceText = args.positional(2);
    if (!serviceText.isEmpty()) {
        if (serviceText == QLatin1String("none")) {
            service = QUuid();
        } else {
            service = idArgument(args, serviceText);
            if (!service)
                return ExitUsage;
        }
    }
    ReferralAnswer given;
    if (args.isSet(answer)) {
        const QString a = args.value(answer);
        if (a != QLatin1String("accepted") && a != QLatin1String("refused") && a != QLatin1String("none"))
            return args.usageError(Cli::tr("\"%1\" is not an answer; the answers are: accepted, refused, none").arg(a));
        given.answer = a == QLatin1String("none") ? QString() : a;
    }
    given.reason = args.value(reason);
    if (args.isSet(outcome))
        given.outcome = args.value(outcome);
    if (args.isSet(at)) {
        given.at = value::parseIsoTime(args.value(at).trimmed());
        if (!given.at.isValid())
            return args.usageError(Cli::tr("--at \"%1\" is not a time in ISO 8601 with an offset, e.g. "
                                           "2026-05-01T14:30:00+02:00")
                                       .arg(args.value(at)));
    }
    if ((args.isSet(reason) || args.isSet(at)) && !args.isSet(answer))
        return args.usageError(Cli::tr("--reason and --at go with --answer"));
    if (!service && !args.isSet(answer) && !args.isSet(outcome))
        return args.usageError(Cli::tr("nothing to do: give a SERVICE_ID, --answer or --outcome"));
    if (service && service->isNull() && (args.isSet(answer) || args.isSet(outcome)))
        return args.usageError(Cli::tr("a referral that is removed has no answer or outcome"));

    std::unique_ptr<Store> store = openDatabase(args);
    if (!store)
        return ExitFailure;
    // One transaction: the referral and its answer are written together or not at all.
    Result<Transaction> tx = store->begin();
    if (!tx)
        return fail(tx.error());
    if (service)
        if (Result<void> r = refer(*store, *item, *service); !r)
            return fail(r.error());
    if (args.isSet(answer) || args.isSet(outcome))
        if (Result<void> r = answerReferral(*store, *item, given); !r)
            return fail(r.error());
    if (Result<void> r = tx->commit(); !r)
        return fail(r.error());
    return ExitOk;
}

} // namespace tandem::cli
