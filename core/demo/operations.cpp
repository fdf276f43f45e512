// Operations: the operation record, its targets and the agencies' assignments (ICS-204 style).
// Their plan (status, type, times) is made in plan.cpp.

#include "context.h"
#include "vocabulary.h"

#include <algorithm>
#include <cmath>

namespace tandem::demo::detail {
namespace {

// Each type's premises, objectives and hazards, in the words of a planning officer.
struct TypeText {
    QStringList premises;
    const char* objectives; // %1 number of premises, %2 town
};

const TypeText& textFor(const QString& type)
{
    static const std::map<QString, TypeText> texts = {
        {QStringLiteral("sexual_exploitation"),
         {{QStringLiteral("Residential flat"), QStringLiteral("Short-let apartment"), QStringLiteral("Massage parlour"),
           QStringLiteral("Terraced house")},
          "Enter and search %1 premises in %2 linked to sexual exploitation advertised online. Safeguard the women and "
          "any children found; arrest the suspected controllers; seize phones, cash and booking ledgers."}},
        {QStringLiteral("labour_exploitation"),
         {{QStringLiteral("Hand car wash"), QStringLiteral("Nail bar"), QStringLiteral("Packing warehouse"),
           QStringLiteral("Farm bunkhouse"), QStringLiteral("Restaurant kitchen"), QStringLiteral("Building-site cabins"),
           QStringLiteral("Shared house")},
          "Joint inspection and search of %1 premises in %2. Identify workers held in forced labour, secure wage and debt "
          "records, and arrest the gangmasters suspected of controlling them."}},
        {QStringLiteral("domestic_servitude"),
         {{QStringLiteral("Detached house"), QStringLiteral("Town house")},
          "Search %1 private premises in %2 where a domestic worker is believed to be held. Recover the worker "
          "safely and seize passports and any record of pay."}},
        {QStringLiteral("forced_criminality"),
         {{QStringLiteral("Cannabis grow house"), QStringLiteral("Lock-up garage"), QStringLiteral("Flat above a takeaway")},
          "Search %1 premises in %2 used for cannabis cultivation and storage. Treat the people found there as "
          "possible victims; arrest the organisers; seize plants, equipment and phones."}},
        {QStringLiteral("forced_begging"),
         {{QStringLiteral("Shared house"), QStringLiteral("Minibus yard")},
          "Search %1 premises in %2 housing people made to beg. Safeguard adults and children; arrest the suspected "
          "controllers."}},
        {QStringLiteral("forced_marriage"),
         {{QStringLiteral("Family home")},
          "Protect a young person at risk of forced marriage: search %1 premises in %2, serve the protection order and "
          "arrest the suspects named in the referral."}},
        {QStringLiteral("organ_removal"),
         {{QStringLiteral("Private clinic"), QStringLiteral("Guest house")},
          "Search %1 premises in %2 linked to an illegal organ-removal network. Safeguard the people recruited as "
          "donors; seize medical records and payment evidence."}},
        {QStringLiteral("mixed"),
         {{QStringLiteral("Shared house"), QStringLiteral("Hand car wash"), QStringLiteral("Residential flat"),
           QStringLiteral("Restaurant kitchen")},
          "Search %1 premises in %2 linked to a network exploiting people for labour and sex. Safeguard everyone found; "
          "arrest the organisers."}},
    };
    return texts.at(type);
}

const QStringList kHazards{
    QStringLiteral("Dog reported in the rear yard."),
    QStringLiteral("Occupants may try to leave by the fire escape."),
    QStringLiteral("Possible edged weapons; one suspect has a previous conviction for violence."),
    QStringLiteral("Steep stairs and poor lighting on the upper floors."),
    QStringLiteral("Electricity bypass: risk of fire and electric shock."),
    QStringLiteral("Lookouts reported on the corner; expect phones to be wiped."),
    QStringLiteral("Overcrowding: more occupants than the rooms suggest."),
    QStringLiteral("Busy road at the front; children may be present."),
};
const QStringList kMitigations{
    QStringLiteral("Dog handler with the entry team; animal warden on call."),
    QStringLiteral("Perimeter team covers the rear before the front door is knocked."),
    QStringLiteral("Protective vests for all entry staff; medics held back until the premises are secure."),
    QStringLiteral("Electricity isolated by the network operator before entry."),
    QStringLiteral("Simultaneous entry at all targets at the same time."),
    QStringLiteral("Advocates and interpreters wait at the reception point, not at the door."),
};
const QStringList kContingencies{
    QStringLiteral("If a target is empty on entry, hold and search it; move to other addresses only on the commander's decision."),
    QStringLiteral("If more survivors are found than expected, the second reception point at the community hall opens."),
    QStringLiteral("If a suspect flees, the perimeter team follows; entry teams stay with survivors."),
    QStringLiteral("Any injury: stop entry at that target, medics forward, command informed at once."),
};
const QStringList kSpecialNeeds{
    QStringLiteral("Female officers and advocates for women survivors."),
    QStringLiteral("Child-protection social worker on call."),
    QStringLiteral("Interpreters by phone for rarer languages."),
    QStringLiteral("Warm clothes and food at the reception point."),
    QStringLiteral("Quiet room at the reception point for anyone distressed."),
};
const QStringList kEntryPoints{
    QStringLiteral("Front door (single lock); rear door to a service alley."),
    QStringLiteral("Shop front with roller shutter; side door on the lane."),
    QStringLiteral("Main gate to the yard; door to the living quarters at the back."),
    QStringLiteral("Communal entrance with entry phone; flat door on the second floor."),
    QStringLiteral("Garage door and kitchen door; windows barred."),
};
const QStringList kHospitals{QStringLiteral("Marrow Quay General Hospital"), QStringLiteral("Gullhaven Community Hospital"),
                             QStringLiteral("Eastfold Royal Infirmary")};

QStringList pickSome(Rng& r, const QStringList& from, int lo, int hi)
{
    QStringList out;
    for (int i : r.sample(int(from.size()), r.range(lo, hi)))
        out << from[i];
    return out;
}

Result<void> writeTargets(Context& c, OperationPlan& p, OperationRecord& op, int count,
                          const QString& townName, const vocabulary::Town& town)
{
    Rng& r = p.rng;
    const TypeText& text = textFor(p.type);
    for (int t = 0; t < count; ++t) {
        const QString premises = r.pick(text.premises);
        const QString label = QStringLiteral("Target %1 - %2").arg(QChar(u'A' + t)).arg(premises);
        const int number = r.range(1, 180);
        const QString street = r.pick(vocabulary::streets());
        // Targets of one operation lie within a couple of kilometres of each other.
        const double latitude = std::round((town.latitude + (r.unit() - 0.5) * 0.03) * 1e5) / 1e5;
        const double longitude = std::round((town.longitude + (r.unit() - 0.5) * 0.05) * 1e5) / 1e5;
        QVariantMap values{{QStringLiteral("operation"), op.id},
                           {QStringLiteral("label"), label},
                           {QStringLiteral("address"), QStringLiteral("%1 %2, %3").arg(number).arg(street, townName)},
                           {QStringLiteral("latitude"), latitude},
                           {QStringLiteral("longitude"), longitude},
                           {QStringLiteral("entry_points"), r.pick(kEntryPoints)},
                           {QStringLiteral("hazards"), pickSome(r, kHazards, 0, 2).join(QLatin1Char(' '))},
                           {QStringLiteral("occupants_expected"), qint64(r.range(1, 12))},
                           {QStringLiteral("assigned_team"), QStringLiteral("Entry team %1").arg(t + 1)}};
        const QUuid id = r.id(p.createdAt * 1000 + 1000 + t);
        if (Result<QUuid> res = c.insert(QStringLiteral("target"), values, id); !res)
            return res.error();
        op.targets.push_back(id);
        op.targetLabels.push_back(label);
    }
    return {};
}

Result<void> writeAssignments(Context& c, OperationPlan& p, OperationRecord& op, const QString& briefingPlace,
                              const QString& townName)
{
    Rng& r = p.rng;
    struct Role {
        const char* role;
        const char* kind;
        int minHead, maxHead;
    };
    std::vector<Role> roles{{"lead", nullptr, 2, 4},
                            {"entry", "police", 6, 16},
                            {"perimeter", "police", 4, 10},
                            {"evidence", "police", 2, 6},
                            {"victim_services", "ngo_victim_services", 2, 6},
                            {"medical", "medical", 2, 4},
                            {"transport", "shelter", 1, 3}};
    if (p.type == QLatin1String("labour_exploitation"))
        roles.push_back({"entry", "labour_inspection", 2, 6});
    if (!op.languages.isEmpty())
        roles.push_back({"interpreter", "community_organisation", 1, 3});
    if (op.expectedMinors > 0)
        roles.push_back({"child_protection", "child_protection", 1, 3});
    if (r.percent(40))
        roles.push_back({"evidence", "federal", 1, 3});

    const bool briefed = reached(p.status, "briefed");
    // Teams going in report to the briefing; victim services, medics and interpreters to the
    // reception point, half an hour before the start.
    const QString receptionPoint = QStringLiteral("Reception point: %1 community hall").arg(townName);
    int channel = r.range(1, 3);
    for (const Role& role : roles) {
        const int agency = role.kind ? c.agencyIndexOfKind(r, role.kind) : op.leadAgency;
        const Agency& a = c.agencies[size_t(agency)];
        const QString roleName = QString::fromLatin1(role.role);
        const bool frontLine = roleName == QLatin1String("lead") || roleName == QLatin1String("entry")
                               || roleName == QLatin1String("perimeter") || roleName == QLatin1String("evidence");
        QVariantMap values{{QStringLiteral("operation"), op.id},
                           {QStringLiteral("agency"), a.id},
                           {QStringLiteral("role"), QString::fromLatin1(role.role)},
                           {QStringLiteral("team_lead"), r.pick(a.staff)},
                           {QStringLiteral("headcount"), qint64(r.range(role.minHead, role.maxHead))},
                           {QStringLiteral("reporting_location"), frontLine ? briefingPlace : receptionPoint},
                           {QStringLiteral("radio_channel"),
                            a.kind == QLatin1String("police") || a.kind == QLatin1String("federal")
                                ? QStringLiteral("EF-TAC %1").arg(channel++)
                                : QStringLiteral("Mobile group \"%1\"").arg(p.codeName.mid(10))},
                           {QStringLiteral("acknowledged"),
                            briefed || (reached(p.status, "approved") && r.percent(70))
                                || (p.status == QLatin1String("cancelled") && r.percent(50))}};
        if (p.startsAt)
            values.insert(QStringLiteral("reporting_at"), utc(frontLine ? p.briefingAt : p.startsAt - 30 * kMinute));
        if (Result<QUuid> res = c.insert(QStringLiteral("assignment"), values, r.id(p.createdAt * 1000 + 2000));
            !res)
            return res.error();
        if (std::find(op.agencies.begin(), op.agencies.end(), agency) == op.agencies.end())
            op.agencies.push_back(agency);
    }
    return {};
}

} // namespace

Result<void> writeOperation(Context& c, OperationPlan& p)
{
    Rng& r = p.rng;
    OperationRecord op;
    op.codeName = p.codeName;
    op.status = p.status;
    op.type = p.type;
    op.town = p.town;
    op.startsAt = p.startsAt;
    op.endsAt = p.endsAt;
    op.id = r.id(p.createdAt * 1000);

    const vocabulary::Town& town = vocabulary::towns()[size_t(p.town)];
    const QString townName = QString::fromLatin1(town.name);
    const char* leadKind = p.type == QLatin1String("labour_exploitation") && r.percent(45) ? "labour_inspection"
                           : p.type == QLatin1String("organ_removal") || r.percent(20) ? "federal"
                                                                                        : "police";
    op.leadAgency = c.agencyIndexOfKind(r, leadKind);
    const Agency& lead = c.agencies[size_t(op.leadAgency)];
    op.expectedSurvivors = 1 + r.weighted({30, 25, 15, 10, 8, 5, 4, 3});
    // The operation under way is a large one: the morning the demo opens on is a busy one.
    if (p.status == QLatin1String("in_progress"))
        op.expectedSurvivors = std::clamp(c.options.operations / 40, 3, 8) + r.range(0, 2);
    const int minorChance = p.type == QLatin1String("forced_begging") || p.type == QLatin1String("forced_criminality")
                                    || p.type == QLatin1String("forced_marriage")
                                ? 60
                                : 15;
    op.expectedMinors = r.percent(minorChance) ? r.range(1, std::max(1, op.expectedSurvivors / 2)) : 0;
    static const QStringList languagePool{QStringLiteral("ro"), QStringLiteral("sq"), QStringLiteral("vi"),
                                          QStringLiteral("pl"), QStringLiteral("ti"), QStringLiteral("zh"),
                                          QStringLiteral("pt"), QStringLiteral("uk"), QStringLiteral("ar"),
                                          QStringLiteral("bg")};
    if (r.percent(80)) {
        for (int i : r.sample(int(languagePool.size()), 1 + r.weighted({60, 30, 10})))
            op.languages << languagePool[i];
    }

    const bool planned = reached(p.status, "planned") || p.status == QLatin1String("cancelled");
    const QString briefingPlace = r.percent(60) ? QStringLiteral("%1, briefing room %2").arg(lead.name).arg(r.range(1, 4))
                                                : QStringLiteral("%1 fire station drill hall").arg(townName);

    QVariantMap values{{QStringLiteral("code_name"), p.codeName},
                       {QStringLiteral("status"), p.status},
                       {QStringLiteral("trafficking_type"), p.type},
                       {QStringLiteral("lead_agency"), lead.id},
                       {QStringLiteral("expected_survivors"), qint64(op.expectedSurvivors)},
                       {QStringLiteral("expected_minors"), qint64(op.expectedMinors)},
                       {QStringLiteral("prepared_by"), lead.staff.at(1)}};
    if (!op.languages.isEmpty())
        values.insert(QStringLiteral("expected_languages"), op.languages);
    if (p.startsAt) {
        values.insert(QStringLiteral("starts_at"), utc(p.startsAt));
        values.insert(QStringLiteral("ends_at"), utc(p.endsAt));
        values.insert(QStringLiteral("briefing_at"), utc(p.briefingAt));
        values.insert(QStringLiteral("briefing_place"), briefingPlace);
    }
    if (planned) {
        values.insert(QStringLiteral("risk_level"),
                      QStringList{QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high"),
                                  QStringLiteral("critical")}[r.weighted({15, 45, 30, 10})]);
        values.insert(QStringLiteral("risk_hazards"), pickSome(r, kHazards, 1, 3).join(QLatin1Char(' ')));
        values.insert(QStringLiteral("risk_mitigations"), pickSome(r, kMitigations, 1, 3).join(QLatin1Char(' ')));
        const int ops = r.range(1, 4);
        values.insert(QStringLiteral("comms_plan"),
                      QStringLiteral("Command on talkgroup EF-OPS %1; entry teams on EF-TAC 1-4; victim services on a "
                                     "mobile group set up at the briefing.")
                          .arg(ops));
        // Need to know (issue 18): apart from the comms plan every agency's copy carries.
        values.insert(QStringLiteral("code_words"), QStringLiteral("Stand-down code word: %1.")
                                                        .arg(r.pick(vocabulary::codeNameWords()).toUpper()));
        values.insert(QStringLiteral("contingency_plan"), pickSome(r, kContingencies, 1, 2).join(QLatin1Char(' ')));
        const QString hospital = r.pick(kHospitals);
        values.insert(QStringLiteral("nearest_hospital"), hospital);
        values.insert(QStringLiteral("medical_plan"),
                      QStringLiteral("Ambulance crew on standby at the reception point from the time of entry. Injured "
                                     "people to %1; survivors of sexual violence offered the Eastfold SARC.")
                          .arg(hospital));
        values.insert(QStringLiteral("special_needs"), pickSome(r, kSpecialNeeds, 1, 2).join(QLatin1Char(' ')));
    }
    if (reached(p.status, "approved") || (p.status == QLatin1String("cancelled") && r.percent(60)))
    {
        values.insert(QStringLiteral("approved_by"), QStringLiteral("Supt. ") + vocabulary::personName(r));
        if (p.startsAt)
            values.insert(QStringLiteral("approved_at"), utc(std::max(p.createdAt, p.startsAt - 2 * kDay)));
    }
    if (reached(p.status, "planned") && p.startsAt) {
        const int year = utc(p.startsAt).date().year();
        const int warrant = r.range(100, 2999);
        values.insert(QStringLiteral("legal_authority"),
                      p.type == QLatin1String("labour_exploitation")
                          ? QStringLiteral("Inspection powers of the Labour Standards Inspectorate for the workplaces; "
                                           "search warrant SW-%1-%2 (Eastfold District Court) for the living quarters.")
                                .arg(year)
                                .arg(warrant, 4, 10, QLatin1Char('0'))
                          : QStringLiteral("Search warrants SW-%1-%2 onwards, one per target (Eastfold District Court).")
                                .arg(year)
                                .arg(warrant, 4, 10, QLatin1Char('0')));
    }
    // Plans not yet approved stay in the office that drafts them.
    if ((p.status == QLatin1String("draft") || p.status == QLatin1String("planned")) && r.percent(30))
        values.insert(QStringLiteral("sharing"), QStringLiteral("office"));

    const int targetCount = 1 + r.weighted({35, 35, 20, 10});
    values.insert(QStringLiteral("objectives"),
                  QString::fromLatin1(textFor(p.type).objectives)
                      .arg(QStringList{QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three"),
                                       QStringLiteral("four")}[targetCount - 1], townName));
    if (Result<QUuid> res = c.insert(QStringLiteral("operation"), values, op.id); !res)
        return res.error();

    if (Result<void> res = writeTargets(c, p, op, targetCount, townName, town); !res)
        return res;
    if (Result<void> res = writeAssignments(c, p, op, briefingPlace, townName); !res)
        return res;
    if (p.status == QLatin1String("in_progress"))
        op.survivors = c.anchor - p.startsAt >= 30 * kMinute ? op.expectedSurvivors + r.range(-1, 1) : 0;
    else if (reached(p.status, "in_progress"))
        op.survivors = r.percent(8) ? 0 : std::max(1, op.expectedSurvivors + r.range(-2, 2));
    if (Result<void> res = writeTimeline(c, p, op); !res)
        return res;
    if (Result<void> res = writeSurvivors(c, p, op); !res)
        return res;
    c.operations.push_back(std::move(op));
    return {};
}

} // namespace tandem::demo::detail
