// Survivors of the operations that reached execution: the pseudonymous record, the identity row
// apart from it, consents, and the checklist owed to each (made by createChecklist() from the
// default protocols, then brought to a plausible state for the time since the rescue).

#include "context.h"
#include "vocabulary.h"

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

// The survivor's details that later parts of the checklist refer to.
struct Person {
    QUuid id;
    qint64 t0 = 0;
    bool minor = false;
    QString gender;
    QString language;
    QString advocate;    // an advocate from one of the operation's victim-services agencies
    QString caseManager;
};

Result<void> writeChecklist(Context& c, Rng& r, const OperationRecord& op, const Person& person);

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
        Person person;
        person.t0 = std::min(p.startsAt + r.range(10, 150) * kMinute, c.anchor - 10 * kMinute);
        person.t0 -= person.t0 % kMinute;
        const QDateTime t0 = utc(person.t0);
        const int year = t0.date().year();
        const int number = ++c.survivorNumbers[year];
        const QString code = QStringLiteral("V-%1-%2").arg(year).arg(number, number > 9999 ? 5 : 4, 10, QLatin1Char('0'));

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

namespace {

// What may happen to a step besides being done.
const QSet<QString> kDeclinable{QStringLiteral("emergency_medical"), QStringLiteral("pep"),
                                QStringLiteral("counselling"),       QStringLiteral("health_followup"),
                                QStringLiteral("education_work"),    QStringLiteral("consular_consent"),
                                QStringLiteral("compensation"),      QStringLiteral("legal_aid")};
const QSet<QString> kMayNotApply{QStringLiteral("accommodation"),   QStringLiteral("material_needs"),
                                 QStringLiteral("documents"),       QStringLiteral("voluntary_return"),
                                 QStringLiteral("family_tracing"),  QStringLiteral("non_punishment"),
                                 QStringLiteral("longer_term_housing"), QStringLiteral("reflection_period")};

QString serviceKindFor(const QString& key)
{
    static const std::map<QString, QString> kinds{
        {QStringLiteral("accommodation"), QStringLiteral("shelter")},
        {QStringLiteral("longer_term_housing"), QStringLiteral("shelter")},
        {QStringLiteral("counselling"), QStringLiteral("counselling")},
        {QStringLiteral("legal_aid"), QStringLiteral("legal_aid")},
        {QStringLiteral("interpreter"), QStringLiteral("interpreter")},
        {QStringLiteral("independent_interpreter"), QStringLiteral("interpreter")},
        {QStringLiteral("child_placement"), QStringLiteral("child_services")},
        {QStringLiteral("guardian"), QStringLiteral("child_services")},
        {QStringLiteral("education_work"), QStringLiteral("employment")},
        {QStringLiteral("emergency_medical"), QStringLiteral("medical")},
        {QStringLiteral("pep"), QStringLiteral("medical")},
        {QStringLiteral("health_followup"), QStringLiteral("medical")},
    };
    auto it = kinds.find(key);
    return it == kinds.end() ? QString() : it->second;
}

QString serviceNote(const QString& kind)
{
    if (kind == QLatin1String("interpreter"))
        return QStringLiteral("Booked through %1.");
    if (kind == QLatin1String("shelter"))
        return QStringLiteral("Bed at %1.");
    if (kind == QLatin1String("medical"))
        return QStringLiteral("Seen at %1.");
    if (kind == QLatin1String("child_services"))
        return QStringLiteral("Arranged with %1.");
    return QStringLiteral("Referred to %1.");
}

QString doneBy(Context& c, Rng& r, const OperationRecord& op, const Person& person, const QString& role)
{
    if (role == QLatin1String("ngo_advocate"))
        return person.advocate;
    if (role == QLatin1String("case_manager"))
        return person.caseManager;
    if (role == QLatin1String("police") || role == QLatin1String("task_force_lead"))
        return r.pick(c.agencies[size_t(op.leadAgency)].staff);
    if (role == QLatin1String("medical"))
        return r.pick(c.agencyOfKind(r, "medical").staff);
    if (role == QLatin1String("shelter"))
        return r.pick(c.agencyOfKind(r, "shelter").staff);
    if (role == QLatin1String("child_protection"))
        return r.pick(c.agencyOfKind(r, "child_protection").staff);
    return vocabulary::personName(r); // the survivor's own lawyer
}

Result<void> writeChecklist(Context& c, Rng& r, const OperationRecord& op, const Person& person)
{
    Result<std::vector<ChecklistEntry>> items =
        createChecklist(c.store, person.id, c.checklist, [&] { return r.id(person.t0 * 1000 + 2); });
    if (!items)
        return items.error();
    c.count(QStringLiteral("checklist_item"), qint64(items->size()));

    const bool closed = op.status == QLatin1String("closed");
    const bool completed = op.status == QLatin1String("completed");
    for (const ChecklistEntry& item : *items) {
        const QString key = c.stepKeys.value(item.step.id);
        // Interviews happen the day after the rescue.
        const qint64 due = item.dueAt.isValid() ? item.dueAt.toSecsSinceEpoch() : person.t0 + 20 * kHour;
        const bool past = due <= c.anchor;
        const bool declinable = kDeclinable.contains(key);
        const bool mayNotApply = kMayNotApply.contains(key);
        enum { Open, InProgress, Done, Declined, NotApplicable } state = Open;
        int pick = 0;
        if (closed)
            pick = r.weighted({0, 0, 85, declinable ? 8 : 0, mayNotApply ? 7 : 0});
        else if (completed)
            pick = past ? r.weighted({7, 4, 80, declinable ? 5 : 0, mayNotApply ? 4 : 0}) : r.weighted({65, 25, 10, 0, 0});
        else
            pick = past ? r.weighted({28, 12, 60, 0, 0}) : r.weighted({80, 15, 5, 0, 0});
        state = decltype(state)(pick);
        if (state == Open)
            continue; // as createChecklist() made it: overdue when its time has passed

        static const QStringList stateTokens{QStringLiteral("open"), QStringLiteral("in_progress"), QStringLiteral("done"),
                                             QStringLiteral("declined"), QStringLiteral("not_applicable")};
        QVariantMap values{{QStringLiteral("state"), stateTokens[pick]},
                           {QStringLiteral("done_by"), doneBy(c, r, op, person, item.step.ownerRole)}};
        if (state != InProgress) {
            const qint64 lo = person.t0 + 10 * kMinute;
            const qint64 hi = std::max(lo, std::min(due + 2 * kHour, c.anchor - 5 * kMinute));
            const qint64 at = lo + (hi - lo) * r.range(20, 100) / 100;
            values.insert(QStringLiteral("done_at"), utc(at - at % kMinute));
        }
        const QString serviceKind = serviceKindFor(key);
        const Service* service = nullptr;
        if ((state == Done || state == InProgress) && !serviceKind.isEmpty()) {
            // Prophylaxis after sexual violence is given at the referral centre.
            service = key == QLatin1String("pep") ? c.serviceNamed(QStringLiteral("Eastfold Sexual Assault Referral Centre"))
                                                  : nullptr;
            if (!service)
                service = c.serviceOfKind(r, serviceKind, person.minor, person.gender);
            if (service)
                values.insert(QStringLiteral("service"), service->id);
        }
        QString note;
        if (state == Declined)
            note = QStringLiteral("Survivor declined; offer to be repeated at the 30-day review.");
        else if (state == NotApplicable)
            note = key == QLatin1String("accommodation") ? QStringLiteral("Staying with a relative; address checked and safe.")
                                                         : QStringLiteral("Not needed in this case, agreed with the survivor.");
        else if (state == Done && key == QLatin1String("advocate"))
            note = person.language == QLatin1String("en")
                       ? QStringLiteral("Met at the reception point.")
                       : QStringLiteral("Met at the reception point, with an interpreter (%1) by phone.").arg(person.language);
        else if (state == Done && service)
            note = serviceNote(service->kind).arg(service->name);
        // Declined and not applicable say why (the store's rule): the reason, not a note.
        if (!note.isEmpty())
            values.insert(state == Declined || state == NotApplicable ? QStringLiteral("reason") : QStringLiteral("note"), note);
        if (Result<void> res = c.update(QStringLiteral("checklist_item"), item.item, values); !res)
            return res;
    }
    return {};
}

} // namespace
} // namespace tandem::demo::detail
