// Survivors of the operations that reached execution: the pseudonymous record, the identity row
// apart from it, consents, and the checklist owed to each (made by createChecklist() from the
// default protocols, then brought to a plausible state for the time since the rescue).

#include "context.h"
#include "vocabulary.h"

#include "domain/survivors.h"

#include <QSet>

namespace tandem::demo::detail {
namespace {

struct Nationality {
    const char* name;
    const char* languages;
    const char* fromLanguage; // the expected-language token that suggests this nationality
};

// Nationalities are drawn independently of the trafficking type: the demo must not teach that
// any nationality goes with any form of exploitation.
const Nationality kNationalities[] = {
    {"Romanian", "ro", "ro"},   {"Albanian", "sq", "sq"},    {"Vietnamese", "vi", "vi"},
    {"Polish", "pl", "pl"},     {"Eritrean", "ti,ar", "ti"}, {"Chinese", "zh", "zh"},
    {"Brazilian", "pt", "pt"},  {"Ukrainian", "uk,ru", "uk"}, {"Sudanese", "ar", "ar"},
    {"Bulgarian", "bg", "bg"},  {"Nigerian", "en,yo", ""},   {"Filipino", "tl,en", ""},
    {"Indian", "hi,en", ""},    {"Slovak", "sk", ""},
};

const QStringList kAgeBands{QStringLiteral("under_12"), QStringLiteral("12_15"), QStringLiteral("16_17"),
                            QStringLiteral("18_24"),    QStringLiteral("25_34"), QStringLiteral("35_49"),
                            QStringLiteral("50_plus"),  QStringLiteral("unknown")};
const int kAgeLow[] = {6, 12, 16, 18, 25, 35, 50};
const int kAgeHigh[] = {11, 15, 17, 24, 34, 49, 66};
const QStringList kGenders{QStringLiteral("female"), QStringLiteral("male"), QStringLiteral("non_binary"),
                           QStringLiteral("undisclosed")};

int ageBand(Rng& r, const QString& type)
{
    if (type == QLatin1String("sexual_exploitation"))
        return r.weighted({0, 5, 10, 45, 28, 8, 0, 4});
    if (type == QLatin1String("labour_exploitation"))
        return r.weighted({0, 0, 4, 25, 35, 24, 8, 4});
    if (type == QLatin1String("domestic_servitude"))
        return r.weighted({0, 4, 5, 20, 30, 28, 10, 3});
    if (type == QLatin1String("forced_criminality"))
        return r.weighted({0, 15, 30, 33, 15, 3, 0, 4});
    if (type == QLatin1String("forced_begging"))
        return r.weighted({12, 14, 10, 15, 15, 14, 14, 6});
    if (type == QLatin1String("forced_marriage"))
        return r.weighted({0, 14, 36, 40, 8, 0, 0, 2});
    if (type == QLatin1String("organ_removal"))
        return r.weighted({0, 0, 0, 20, 40, 34, 4, 2});
    return r.weighted({1, 4, 8, 30, 30, 18, 5, 4});
}

int gender(Rng& r, const QString& type)
{
    if (type == QLatin1String("sexual_exploitation"))
        return r.weighted({84, 11, 2, 3});
    if (type == QLatin1String("labour_exploitation"))
        return r.weighted({28, 70, 1, 1});
    if (type == QLatin1String("domestic_servitude"))
        return r.weighted({80, 18, 1, 1});
    if (type == QLatin1String("forced_criminality"))
        return r.weighted({20, 78, 1, 1});
    if (type == QLatin1String("forced_marriage"))
        return r.weighted({94, 5, 0, 1});
    if (type == QLatin1String("organ_removal"))
        return r.weighted({35, 63, 1, 1});
    return r.weighted({50, 46, 2, 2});
}

int sexualViolencePercent(const QString& type)
{
    if (type == QLatin1String("sexual_exploitation"))
        return 70;
    if (type == QLatin1String("forced_marriage"))
        return 50;
    if (type == QLatin1String("domestic_servitude"))
        return 25;
    return 8;
}

const QStringList kIdentityNotes{
    QStringLiteral("Prefers a woman interpreter."),
    QStringLiteral("Goes by a shortened first name; ask the advocate."),
    QStringLiteral("Has a child living with relatives abroad."),
    QStringLiteral("Needs reading glasses; documents in large print."),
    QStringLiteral("Does not want contact with anyone from the home town."),
};


} // namespace

Result<void> writeSurvivors(Context& c, OperationPlan& p, const OperationRecord& op)
{
    Rng& r = p.rng;
    // Victim services in the operation, for the advocates and consents.
    std::vector<int> ngos;
    std::vector<int> carers; // who a survivor shares most with
    std::vector<int> investigators;
    for (int a : op.agencies) {
        const QString& kind = c.agencies[size_t(a)].kind;
        if (kind == QLatin1String("ngo_victim_services"))
            ngos.push_back(a);
        if (kind == QLatin1String("ngo_victim_services") || kind == QLatin1String("shelter")
            || kind == QLatin1String("medical") || kind == QLatin1String("child_protection"))
            carers.push_back(a);
        else if (kind != QLatin1String("community_organisation") && kind != QLatin1String("immigration"))
            investigators.push_back(a);
    }
    if (ngos.empty())
        ngos.push_back(c.agencyIndexOfKind(r, "ngo_victim_services"));

    for (int n = 0; n < op.survivors; ++n) {
        SurvivorRecord person;
        // Found in the first hours; in an operation under way, only those found by the anchor.
        const qint64 latest = (c.anchor - 10 * kMinute - p.startsAt) / kMinute;
        if (latest < 10)
            break;
        person.t0 = p.startsAt + r.range(10, int(std::min<qint64>(150, latest))) * kMinute;
        const QDateTime t0 = utc(person.t0);
        const int year = t0.date().year();
        // Codes go on from the highest the file holds for the year, as the office numbers them
        // (a demo added to a file with one in it gives its survivors codes of their own).
        auto last = c.survivorNumbers.find(year);
        if (last == c.survivorNumbers.end()) {
            Result<qint64> held = lastSurvivorNumber(c.store, year);
            if (!held)
                return held.error();
            last = c.survivorNumbers.emplace(year, int(*held)).first;
        }
        const int number = ++last->second;
        const QString code = QStringLiteral("%1-%2-%3").arg(c.officeCode).arg(year).arg(number, number > 9999 ? 5 : 4, 10, QLatin1Char('0'));

        const int band = ageBand(r, op.type);
        person.minor = band <= 2;
        const QString type = op.type == QLatin1String("mixed")
                                 ? (r.percent(50) ? QStringLiteral("labour_exploitation") : QStringLiteral("sexual_exploitation"))
                                 : op.type;
        // Most people found share the languages the plan expected; some are nationals.
        const Nationality* nationality = nullptr;
        if (!op.languages.isEmpty() && r.percent(70)) {
            const QString language = r.pick(op.languages);
            for (const Nationality& nat : kNationalities) {
                if (language == QLatin1String(nat.fromLanguage))
                    nationality = &nat;
            }
        } else if (!r.percent(40)) {
            nationality = &kNationalities[r.below(sizeof kNationalities / sizeof kNationalities[0])];
        }
        QStringList languages = nationality ? QString::fromLatin1(nationality->languages).split(QLatin1Char(','))
                                            : QStringList{QStringLiteral("en")};
        if (nationality && !languages.contains(QStringLiteral("en")) && r.percent(30))
            languages << QStringLiteral("en");
        person.language = languages.front();

        const QString genderToken = kGenders[gender(r, type)];
        person.gender = genderToken;
        QVariantMap values{{QStringLiteral("code"), code},
                           {QStringLiteral("operation"), op.id},
                           {QStringLiteral("target"), op.targets[size_t(r.below(op.targets.size()))]},
                           {QStringLiteral("recovered_at"), t0},
                           {QStringLiteral("age_band"), kAgeBands[band]},
                           {QStringLiteral("minor"), person.minor},
                           {QStringLiteral("gender"), genderToken},
                           {QStringLiteral("nationality"), nationality ? QString::fromLatin1(nationality->name)
                                                                       : QStringLiteral("British")},
                           {QStringLiteral("foreign_national"), nationality != nullptr},
                           {QStringLiteral("languages"), languages},
                           {QStringLiteral("trafficking_type"), type},
                           {QStringLiteral("sexual_violence"), r.percent(sexualViolencePercent(type))}};
        person.id = r.id(person.t0 * 1000);
        if (Result<QUuid> res = c.insert(QStringLiteral("survivor"), values, person.id); !res)
            return res.error();

        // The identity, in its own row (sealed at rest, shared only under consent).
        QVariantMap identity{{QStringLiteral("survivor"), person.id},
                             {QStringLiteral("name"), vocabulary::personName(r, genderToken)}};
        if (band < 7) {
            const int age = r.range(kAgeLow[band], kAgeHigh[band]);
            identity.insert(QStringLiteral("date_of_birth"), t0.date().addYears(-age).addDays(-r.range(0, 364)));
        }
        const Agency& advocacy = c.agencies[size_t(ngos[size_t(r.below(ngos.size()))])];
        const int contact = r.weighted({55, 25, 20});
        if (contact == 0)
            identity.insert(QStringLiteral("contact"), vocabulary::mobilePhone(r.range(0, 999)));
        else if (contact == 1)
            identity.insert(QStringLiteral("contact"), QStringLiteral("Through %1 (key worker)").arg(advocacy.name));
        if (r.percent(30))
            identity.insert(QStringLiteral("notes"), r.pick(kIdentityNotes));
        if (Result<QUuid> res = c.insert(QStringLiteral("survivor_identity"), identity, r.id(person.t0 * 1000 + 1));
            !res)
            return res.error();

        person.advocate = r.pick(advocacy.staff);
        person.caseManager = r.pick(advocacy.staff);

        // Consents: about half the survivors agree to share something with someone.
        if (r.percent(55) && !(carers.empty() && investigators.empty())) {
            QSet<QString> given;
            const int count = r.range(1, 3);
            for (int k = 0; k < count; ++k) {
                const std::vector<int>& from = investigators.empty() || (!carers.empty() && r.percent(65)) ? carers
                                                                                                          : investigators;
                const Agency& to = c.agencies[size_t(from[size_t(r.below(from.size()))])];
                // What a survivor would agree to share with whom: medical details with carers,
                // identity with those who investigate or house them.
                const bool carer = to.kind == QLatin1String("ngo_victim_services") || to.kind == QLatin1String("shelter")
                                   || to.kind == QLatin1String("medical") || to.kind == QLatin1String("child_protection");
                QStringList scopes{QStringLiteral("case_details")};
                if (carer)
                    scopes << QStringLiteral("contact") << QStringLiteral("medical") << QStringLiteral("identity");
                else
                    scopes << QStringLiteral("identity");
                const QString scope = r.pick(scopes);
                if (given.contains(to.name + scope))
                    continue;
                given.insert(to.name + scope);
                const qint64 at = std::min(person.t0 + r.range(1, 48) * kHour, c.anchor - kMinute);
                QVariantMap consent{{QStringLiteral("survivor"), person.id},
                                    {QStringLiteral("recipient_agency"), to.id},
                                    {QStringLiteral("scope"), scope},
                                    {QStringLiteral("given_at"), utc(at)}};
                const qint64 withdrawn = at + r.range(5, 60) * kDay;
                if (r.percent(8) && withdrawn < c.anchor) {
                    consent.insert(QStringLiteral("withdrawn_at"), utc(withdrawn));
                    consent.insert(QStringLiteral("withdrawn_reason"),
                                   QStringLiteral("Asked by phone to stop sharing with this agency."));
                }
                if (r.percent(30))
                    consent.insert(QStringLiteral("expires_at"), utc(at + 365 * kDay));
                if (Result<QUuid> res = c.insert(QStringLiteral("consent"), consent, r.id(at * 1000)); !res)
                    return res.error();
            }
        }

        if (Result<void> res = writeChecklist(c, r, op, person); !res)
            return res;
    }
    return {};
}

} // namespace tandem::demo::detail
