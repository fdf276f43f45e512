#include "referrals.h"

#include "domain/search.h"
#include "store/registry.h"
#include "store/store.h"
#include "store/value.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace tandem {
namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(tandem::Referrals)
};

const QString kItem = QStringLiteral("checklist_item");
const QString kService = QStringLiteral("service");

// An answer may be dated up to a day ahead (the person recording it may be in another time zone
// than this computer's clock); further is a typing mistake.
constexpr qint64 kFutureToleranceSecs = 24 * 3600;

QString itemContext(const QUuid& id)
{
    return kItem + QLatin1Char(' ') + value::idText(id);
}

// A live checklist step, or an error naming it.
Result<Row> liveItem(const Store& store, const QUuid& id)
{
    Result<Row> item = store.get(kItem, id);
    if (!item)
        return item.error();
    if (item->deleted)
        return makeError(Texts::tr("this checklist step was deleted"), itemContext(id));
    return item;
}

// The language `text` names: an ISO 639 code ("ro", "ron") or an English name ("Romanian");
// AnyLanguage when it is neither.
QLocale::Language languageOf(const QString& text)
{
    static const QHash<QString, QLocale::Language> names = [] {
        QHash<QString, QLocale::Language> h;
        for (int i = QLocale::C + 1; i <= QLocale::LastLanguage; ++i)
            h.insert(QLocale::languageToString(QLocale::Language(i)).toCaseFolded(), QLocale::Language(i));
        return h;
    }();
    const QString t = text.trimmed().toCaseFolded();
    if (t.isEmpty())
        return QLocale::AnyLanguage;
    if (t.size() <= 3) {
        const QLocale::Language code = QLocale::codeToLanguage(t);
        if (code != QLocale::AnyLanguage)
            return code;
    }
    return names.value(t, QLocale::AnyLanguage);
}

bool containsWord(const QStringList& texts, const QString& word)
{
    for (const QString& t : texts)
        if (t.contains(word, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace

bool sameLanguage(const QString& a, const QString& b)
{
    const QLocale::Language la = languageOf(a);
    const QLocale::Language lb = languageOf(b);
    if (la != QLocale::AnyLanguage || lb != QLocale::AnyLanguage)
        return la == lb;
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

Result<ServiceFilter> referralFilter(const Store& store, const QUuid& item)
{
    Result<Row> step = liveItem(store, item);
    if (!step)
        return step.error();
    ServiceFilter filter;
    Result<Row> survivor = store.get(QStringLiteral("survivor"), step->value(QStringLiteral("survivor")).toUuid());
    if (!survivor || survivor->deleted)
        return filter;
    filter.acceptsMinors = survivor->value(QStringLiteral("minor")).toBool();
    filter.languages = survivor->value(QStringLiteral("languages")).toStringList();
    return filter;
}

Result<std::vector<ServiceOption>> findServices(const Store& store, const ServiceFilter& filter)
{
    const FieldDef& kind = *Registry::instance().entity(kService)->field(QStringLiteral("kind"));
    if (!filter.kind.isEmpty() && !kind.hasValue(filter.kind))
        return makeError(Texts::tr("\"%1\" is not a kind of service").arg(filter.kind), QStringLiteral("kind"));
    // The directory is small (tens of services): read it whole and filter here, where languages
    // are compared as languages rather than as text.
    Result<std::vector<Row>> rows = store.select(kService, QStringLiteral("deleted = 0"), {},
                                                 QStringLiteral("name COLLATE NOCASE, id"));
    if (!rows)
        return rows.error();
    const QStringList words = search::searchWords(filter.text).words;
    std::vector<ServiceOption> out;
    for (const Row& r : *rows) {
        ServiceOption s;
        s.id = r.id;
        s.name = r.text(QStringLiteral("name"));
        s.kind = r.text(QStringLiteral("kind"));
        if (!r.isNull(QStringLiteral("capacity")))
            s.capacity = r.value(QStringLiteral("capacity")).toInt();
        s.languages = r.value(QStringLiteral("languages")).toStringList();
        s.acceptsMinors = r.value(QStringLiteral("accepts_minors")).toBool();
        for (const QString& wanted : filter.languages)
            for (const QString& spoken : s.languages)
                if (sameLanguage(wanted, spoken) && !s.languagesMatched.contains(wanted)) {
                    s.languagesMatched << wanted;
                    break;
                }
        if (!filter.kind.isEmpty() && s.kind != filter.kind)
            continue;
        if (filter.acceptsMinors && !s.acceptsMinors)
            continue;
        if (!filter.languages.isEmpty() && s.languagesMatched.isEmpty())
            continue;
        if (filter.withPlaces && s.capacity && *s.capacity <= 0)
            continue;
        const QStringList searched{s.name, kind.valueLabel(s.kind), r.text(QStringLiteral("notes"))};
        if (!std::all_of(words.begin(), words.end(), [&](const QString& w) { return containsWord(searched, w); }))
            continue;
        out.push_back(std::move(s));
    }
    return out;
}

Result<void> refer(Store& store, const QUuid& item, const QUuid& service)
{
    Result<Row> step = liveItem(store, item);
    if (!step)
        return step.error();
    if (step->value(kService).toUuid() == service)
        return {};
    if (!service.isNull()) {
        Result<Row> s = store.get(kService, service);
        if (!s)
            return makeError(Texts::tr("there is no service with this id in the directory"),
                             kService + QLatin1Char(' ') + value::idText(service));
        if (s->deleted)
            return makeError(Texts::tr("this service was deleted from the directory"),
                             kService + QLatin1Char(' ') + value::idText(service));
    }
    // The answer and the outcome were the previous service's.
    return store.update(kItem, item,
                        {{kService, service.isNull() ? QVariant() : QVariant(service)},
                         {QStringLiteral("referral_answer"), QVariant()},
                         {QStringLiteral("referral_reason"), QVariant()},
                         {QStringLiteral("referral_answered_at"), QVariant()},
                         {QStringLiteral("referral_outcome"), QVariant()}});
}

Result<void> answerReferral(Store& store, const QUuid& item, const ReferralAnswer& answer)
{
    Result<Row> step = liveItem(store, item);
    if (!step)
        return step.error();
    const QString context = itemContext(item);
    if (step->isNull(kService))
        return makeError(Texts::tr("this step has no referral to answer; refer the survivor to a service first"),
                         context);
    const QString reason = answer.reason.trimmed();
    QVariantMap values;
    if (answer.answer) {
        const QString a = *answer.answer;
        const FieldDef& field = *Registry::instance().entity(kItem)->field(QStringLiteral("referral_answer"));
        if (a.isEmpty()) {
            if (!reason.isEmpty() || answer.at.isValid())
                return makeError(Texts::tr("a reason and a time go with an answer"), context);
            values.insert(QStringLiteral("referral_answer"), QVariant());
            values.insert(QStringLiteral("referral_reason"), QVariant());
            values.insert(QStringLiteral("referral_answered_at"), QVariant());
        } else {
            if (!field.hasValue(a))
                return makeError(Texts::tr("\"%1\" is not an answer; the answers are accepted and refused").arg(a),
                                 context);
            if (a == QLatin1String("refused") && reason.isEmpty())
                return makeError(Texts::tr("a refused referral needs the reason the service gave"), context);
            if (a != QLatin1String("refused") && !reason.isEmpty())
                return makeError(Texts::tr("a reason is recorded only for a refused referral"), context);
            const QDateTime now = QDateTime::fromMSecsSinceEpoch(store.wallClock(), Qt::UTC);
            const QDateTime at = answer.at.isValid() ? answer.at.toUTC() : now;
            if (at.toSecsSinceEpoch() > now.toSecsSinceEpoch() + kFutureToleranceSecs)
                return makeError(Texts::tr("the time of the answer %1 is more than a day in the future (it is now %2)")
                                     .arg(value::isoTime(at), value::isoTime(now)),
                                 context);
            values.insert(QStringLiteral("referral_answer"), a);
            values.insert(QStringLiteral("referral_reason"), reason.isEmpty() ? QVariant() : QVariant(reason));
            values.insert(QStringLiteral("referral_answered_at"),
                          QDateTime::fromSecsSinceEpoch(at.toSecsSinceEpoch(), Qt::UTC));
        }
    } else if (!reason.isEmpty() || answer.at.isValid()) {
        return makeError(Texts::tr("a reason and a time go with an answer"), context);
    }
    if (answer.outcome)
        values.insert(QStringLiteral("referral_outcome"),
                      answer.outcome->trimmed().isEmpty() ? QVariant() : QVariant(answer.outcome->trimmed()));
    if (values.isEmpty())
        return {};
    return store.update(kItem, item, values);
}

} // namespace tandem
