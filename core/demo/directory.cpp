// The demo's task force (agencies of every kind) and its service directory. All names are
// invented for Tandem; none is the name of a real organisation.

#include "context.h"
#include "vocabulary.h"

#include <QSqlQuery>

namespace tandem::demo::detail {
namespace {

struct AgencySpec {
    const char* kind;
    const char* name;
    const char* shortName;
    const char* jurisdiction;
    const char* notes;
};

// The first agency of each kind is always part of the task force; the others are drawn.
const AgencySpec kAgencies[] = {
    {"police", "Eastfold Police Service", "EPS", "Eastfold",
     "Force control room answers around the clock; ask for the Modern Slavery Unit duty officer."},
    {"federal", "National Serious Crime Directorate", "NSCD", "National",
     "Leads when a network crosses county lines or borders. Liaison officer based in Eastfold."},
    {"prosecutor", "Eastfold District Prosecutor's Office", "District Prosecutor", "Eastfold",
     "Duty prosecutor for charging advice 08:00-20:00; urgent warrants through the court's on-call judge."},
    {"labour_inspection", "Eastfold Labour Standards Inspectorate", "Labour Inspectorate", "Eastfold",
     "Inspectors may enter workplaces without a warrant; living quarters need one."},
    {"immigration", "Eastfold Border and Residence Office", "Border and Residence", "Eastfold",
     "Decides on reflection periods and residence permits for victims; never present at entry."},
    {"ngo_victim_services", "Harbourside Survivor Advocacy", "Harbourside Advocacy", "Eastfold",
     "Advocates on call 24/7 for operations; meets survivors at the reception point."},
    {"shelter", "Harbourside Women's Shelter", "Harbourside Shelter", "Marrow Quay",
     "Women and women with children. Address given only by phone."},
    {"medical", "Marrow Quay General Hospital", "MQGH", "Marrow Quay",
     "Emergency department; safeguarding nurse on call through the switchboard."},
    {"child_protection", "Eastfold Children's Services", "Children's Services", "Eastfold",
     "Out-of-hours social worker through the emergency duty team."},
    {"community_organisation", "Eastfold Migrant Community Forum", "Community Forum", "Eastfold",
     "Volunteer interpreters and cultural mediators; trusted by several language communities."},

    {"police", "Eastfold Police Service - Modern Slavery Unit", "EPS MSU", "Eastfold",
     "Investigators and a victim liaison officer; plans most joint operations."},
    {"police", "Marrow Quay Neighbourhood Policing Team", "MQ Neighbourhood", "Marrow Quay",
     "Knows the harbour district; provides perimeter and local knowledge."},
    {"police", "Eastfold Port and Harbour Police", "Port Police", "Marrow Quay harbour",
     "Covers the docks, the ferry terminal and vessels in harbour."},
    {"police", "Copperlea Response Unit", "Copperlea Response", "Copperlea",
     "Method-of-entry team and dog handlers."},
    {"police", "Wrenmouth Police Station", "Wrenmouth Police", "Wrenmouth",
     "Small station; custody suite of its own."},
    {"federal", "Central Anti-Trafficking Coordination Office", "CATCO", "National",
     "Financial investigators; tracing of payments and online advertising."},
    {"federal", "Border Crime Directorate", "Border Crime", "National",
     "Vehicle and freight checks at the ports."},
    {"prosecutor", "Regional Prosecutor for Organised Crime, Eastfold", "Regional Prosecutor", "Eastfold",
     "Takes cases with more than five suspects or assets to confiscate."},
    {"prosecutor", "Marrow Quay Prosecution Unit", "MQ Prosecution", "Marrow Quay", ""},
    {"labour_inspection", "Fair Work Inspection Office, Marrow Quay", "Fair Work Office", "Marrow Quay",
     "Wage and hours investigations; can recover unpaid wages."},
    {"labour_inspection", "Agricultural Employment Inspectorate", "Farm Inspectorate", "Eastfold",
     "Farms, packhouses and seasonal labour camps."},
    {"immigration", "Marrow Quay Port Immigration Desk", "Port Immigration", "Marrow Quay", ""},
    {"immigration", "Residence Permits Unit, Eastfold", "Residence Permits", "Eastfold",
     "Fast-track decisions for victims of trafficking."},
    {"ngo_victim_services", "Kestrel Trust for Survivors", "Kestrel Trust", "Eastfold",
     "Long-term case management and move-on support."},
    {"ngo_victim_services", "Waymark Survivor Support", "Waymark", "Copperlea",
     "Specialist support for men and for survivors of labour exploitation."},
    {"ngo_victim_services", "Linnet Reach Advocacy Project", "Linnet Advocacy", "Linnet Reach",
     "Advocates speaking Romanian, Albanian and Vietnamese."},
    {"shelter", "Tallowbridge Men's Refuge", "Tallowbridge Refuge", "Tallowbridge", "Twelve beds for men."},
    {"shelter", "Copperlea Safe Houses", "Copperlea Safe Houses", "Copperlea",
     "Dispersed flats for survivors who need to be away from the harbour district."},
    {"shelter", "Gullhaven Family Shelter", "Gullhaven Shelter", "Gullhaven", "Family rooms; accepts children."},
    {"medical", "Eastfold Sexual Assault Referral Centre", "Eastfold SARC", "Eastfold",
     "Forensic examination with consent, emergency contraception, PEP; open around the clock."},
    {"medical", "Gullhaven Community Health Clinic", "Gullhaven Clinic", "Gullhaven",
     "Walk-in clinic; registers survivors without documents."},
    {"medical", "Eastfold Ambulance Service", "Ambulance Service", "Eastfold", ""},
    {"child_protection", "Marrow Quay Child Protection Team", "MQ Child Protection", "Marrow Quay", ""},
    {"child_protection", "Eastfold Independent Child Guardians", "Child Guardians", "Eastfold",
     "Independent guardians for separated and trafficked children."},
    {"community_organisation", "Linnet Reach Faith Network", "Faith Network", "Linnet Reach",
     "Places of worship that host outreach sessions."},
    {"community_organisation", "Tallowbridge Residents' Association", "Residents' Association", "Tallowbridge", ""},
    {"community_organisation", "Quayside Workers' Centre", "Workers' Centre", "Marrow Quay",
     "Drop-in advice for agency and seasonal workers."},
    {"community_organisation", "Copperlea Language Volunteers", "Language Volunteers", "Copperlea",
     "Telephone interpreting by volunteers, 19 languages."},
    {"police", "Gullhaven Rural Policing Team", "Gullhaven Rural", "Gullhaven",
     "Farms and remote sites in the north of the county."},
    {"ngo_victim_services", "Brindlemoor Survivor Outreach", "Brindlemoor Outreach", "Brindlemoor",
     "Outreach in car washes, nail bars and farms; first contact for many referrals."},
};
constexpr int kAgencyCount = int(sizeof kAgencies / sizeof kAgencies[0]);
constexpr int kAgencyKinds = 10;

struct ServiceSpec {
    const char* kind;
    const char* name;
    int minCapacity; // 0: no capacity (a hotline, a clinic)
    int maxCapacity;
    const char* languages;
    bool minors;
    const char* notes;
    const char* onlyFor = ""; // "female" or "male" for single-sex services
};

const ServiceSpec kServices[] = {
    {"shelter", "Harbourside Women's Shelter", 14, 20, "en,ro,sq,pl", false, "Women, and women with children under 12. Referral by phone, day or night.", "female"},
    {"shelter", "Tallowbridge Men's Refuge", 8, 12, "en,pl,ro,vi", false, "Men over 18.", "male"},
    {"shelter", "Copperlea Safe Houses", 18, 30, "en,ro,sq,vi,zh", false, "Dispersed flats; staff visit daily."},
    {"shelter", "Gullhaven Family Shelter", 6, 10, "en,pt,ar", true, "Family rooms."},
    {"shelter", "Wrenmouth Move-On Flats", 6, 9, "en", false, "Move-on housing for up to 12 months."},
    {"legal_aid", "Eastfold Law Centre - Migrant and Workers' Rights", 40, 80, "en,ro,pl,pt", false, "Immigration, employment and compensation claims; free for survivors."},
    {"legal_aid", "Marrow Quay Legal Advice Clinic", 20, 40, "en,sq", true, "Weekly drop-in on Thursdays."},
    {"legal_aid", "Survivor Legal Aid Panel (Eastfold)", 60, 120, "en", true, "Panel of lawyers experienced in trafficking cases; legal aid without means test."},
    {"legal_aid", "Kestrel Trust Immigration Advice", 15, 30, "en,ti,ar,uk", true, "Regulated immigration advisers."},
    {"counselling", "Waymark Trauma Counselling", 20, 35, "en,ro,uk", false, "Up to 20 sessions; waiting list under two weeks for survivors."},
    {"counselling", "Harbourside Counselling Service", 10, 25, "en,sq,pl", false, "Women counsellors, for women.", "female"},
    {"counselling", "Linnet Reach Wellbeing Hub", 30, 50, "en,vi,zh,tl", false, "Group and one-to-one support."},
    {"counselling", "Eastfold Child and Adolescent Wellbeing Team", 12, 20, "en", true, "Under 18s; play and art therapy."},
    {"hotline", "Eastfold Trafficking Helpline", 0, 0, "en,ro,sq,pl,vi,pt,ar", true, "24 hours, every day. Interpreters on the line within minutes."},
    {"hotline", "Workers' Rights Advice Line", 0, 0, "en,pl,ro,bg", false, "Weekdays 08:00-20:00."},
    {"hotline", "Harbourside Night Line", 0, 0, "en", false, "Evenings and nights for women in the harbour district."},
    {"hotline", "Children's Safety Line Eastfold", 0, 0, "en", true, "For children and young people, and for adults worried about one."},
    {"medical", "Marrow Quay General Hospital - Emergency Department", 0, 0, "en", true, "Safeguarding nurse through the switchboard."},
    {"medical", "Eastfold Sexual Assault Referral Centre", 0, 0, "en", true, "Forensic examination with consent, PEP, emergency contraception."},
    {"medical", "Gullhaven Community Health Clinic", 0, 0, "en,pt", true, "Registers patients without documents or an address."},
    {"medical", "Copperlea Sexual Health Clinic", 0, 0, "en", false, "Walk-in sessions Monday to Saturday."},
    {"interpreter", "Quayside Interpreting Cooperative", 0, 0, "ro,sq,pl,vi,zh,pt,ar,ti,uk,bg", true, "Face to face within two hours in Marrow Quay; by phone at once."},
    {"interpreter", "Eastfold Community Interpreters", 0, 0, "ro,bg,pl,sk,uk,hi,tl", true, "Qualified community interpreters; book a day ahead when you can."},
    {"interpreter", "Copperlea Language Volunteers (telephone)", 0, 0, "vi,zh,tl,ti,ar,so", false, "Volunteers by telephone, for first contact and appointments."},
    {"child_services", "Eastfold Children's Emergency Placements", 4, 8, "en", true, "Emergency foster placements the same night."},
    {"child_services", "Marrow Quay Foster Network", 10, 18, "en,ro,sq", true, "Foster carers trained for separated children."},
    {"child_services", "Independent Child Guardians Service", 20, 40, "en,vi,sq", true, "A guardian within 72 hours of referral."},
    {"employment", "Eastfold Fresh Start Training", 20, 40, "en,ro,pl", false, "Vocational courses with a training allowance."},
    {"employment", "Quayside Workers' Centre - Job Club", 15, 30, "en,pl,ro,bg,pt", false, "Help with CVs, bank accounts and safe employers."},
    {"employment", "Brindlemoor Adult Learning (language classes)", 40, 90, "en", false, "English classes at four levels, with childcare."},
};

QStringList staffFor(Rng& rng, const QString& kind)
{
    QStringList staff;
    for (int i = 0; i < 6; ++i) {
        QString name = vocabulary::personName(rng);
        if (kind == QLatin1String("police") || kind == QLatin1String("federal")) {
            static const QStringList ranks{QStringLiteral("DC"), QStringLiteral("DS"), QStringLiteral("DI"),
                                           QStringLiteral("PC"), QStringLiteral("Sgt"), QStringLiteral("Insp.")};
            name = rng.pick(ranks) + QLatin1Char(' ') + name;
        } else if (kind == QLatin1String("medical") && rng.percent(50)) {
            name = QStringLiteral("Dr ") + name;
        }
        staff << name;
    }
    return staff;
}

} // namespace

Result<void> writeDirectory(Context& c)
{
    Rng rng = c.root.fork(1);
    const qint64 madeAt = (c.anchor - (c.spanDays + 60) * kDay) * 1000;

    // Every kind once (the first ten), then a draw of the rest: 20 to 40 agencies in all.
    const int wanted = rng.range(20, kAgencyCount);
    std::vector<int> chosen;
    for (int i = 0; i < kAgencyKinds; ++i)
        chosen.push_back(i);
    for (int i : rng.sample(kAgencyCount - kAgencyKinds, wanted - kAgencyKinds))
        chosen.push_back(kAgencyKinds + i);
    std::sort(chosen.begin(), chosen.end());

    for (int i : chosen) {
        const AgencySpec& spec = kAgencies[i];
        Agency a;
        a.name = QString::fromUtf8(spec.name);
        a.shortName = QString::fromUtf8(spec.shortName);
        a.kind = QString::fromLatin1(spec.kind);
        a.staff = staffFor(rng, a.kind);
        a.id = rng.id(madeAt + i * 1000);
        QVariantMap values{{QStringLiteral("name"), a.name},
                           {QStringLiteral("kind"), a.kind},
                           {QStringLiteral("jurisdiction"), QString::fromUtf8(spec.jurisdiction)},
                           {QStringLiteral("contact_person"), a.staff.front()},
                           {QStringLiteral("phone"), vocabulary::landlinePhone(100 + i * 11)},
                           {QStringLiteral("email"), vocabulary::email(QStringLiteral("duty"), a.name)}};
        if (*spec.notes)
            values.insert(QStringLiteral("notes"), QString::fromUtf8(spec.notes));
        if (Result<QUuid> r = c.insert(QStringLiteral("agency"), values, a.id); !r)
            return r.error();
        c.agenciesByKind[a.kind].push_back(int(c.agencies.size()));
        c.agencies.push_back(std::move(a));
    }

    int n = 0;
    for (const ServiceSpec& spec : kServices) {
        Service s;
        s.name = QString::fromUtf8(spec.name);
        s.kind = QString::fromLatin1(spec.kind);
        s.acceptsMinors = spec.minors;
        s.onlyFor = QString::fromLatin1(spec.onlyFor);
        s.id = rng.id(madeAt + 100000 + n * 1000);
        const vocabulary::Town& town = vocabulary::towns()[size_t(rng.below(vocabulary::towns().size()))];
        const int houseNumber = rng.range(1, 140);
        const QString street = rng.pick(vocabulary::streets());
        const QString contact = vocabulary::personName(rng);
        QVariantMap values{{QStringLiteral("name"), s.name},
                           {QStringLiteral("kind"), s.kind},
                           {QStringLiteral("languages"), QString::fromLatin1(spec.languages)},
                           {QStringLiteral("accepts_minors"), spec.minors},
                           {QStringLiteral("contact"), contact},
                           {QStringLiteral("phone"), vocabulary::landlinePhone(600 + n * 9)},
                           {QStringLiteral("email"), vocabulary::email(QStringLiteral("referrals"), s.name)},
                           {QStringLiteral("notes"), QString::fromUtf8(spec.notes)}};
        if (spec.maxCapacity > 0)
            values.insert(QStringLiteral("capacity"), qint64(rng.range(spec.minCapacity, spec.maxCapacity)));
        // Shelters keep their address off the directory: it is given by phone.
        if (s.kind != QLatin1String("shelter"))
            values.insert(QStringLiteral("address"),
                          QStringLiteral("%1 %2, %3").arg(houseNumber).arg(street, QString::fromLatin1(town.name)));
        if (Result<QUuid> r = c.insert(QStringLiteral("service"), values, s.id); !r)
            return r.error();
        c.servicesByKind[s.kind].push_back(int(c.services.size()));
        c.services.push_back(std::move(s));
        ++n;
    }
    return {};
}

} // namespace tandem::demo::detail

namespace tandem::demo::detail {

// The protocols are reviewed in turn through the year: one is due for review next month, the
// others later. Only protocols no checklist uses yet are touched (a fresh file's defaults): the
// demo never changes the dates of protocols an office already works with.
Result<void> writeProtocolReviews(Context& c)
{
    Rng r = c.root.fork(5);
    Result<QSqlQuery> q = c.store.exec(QStringLiteral(
        "SELECT p.id FROM protocol p WHERE p.deleted = 0 AND p.status = 'active' AND NOT EXISTS "
        "(SELECT 1 FROM checklist_item i JOIN protocol_step s ON s.id = i.step WHERE s.protocol = p.id) "
        "ORDER BY p.name DESC, p.id"));
    if (!q)
        return q.error();
    std::vector<QUuid> protocols;
    while (q->next())
        protocols.push_back(QUuid::fromRfc4122(q->value(0).toByteArray()));
    const QDate today = utc(c.today).date();
    for (size_t i = 0; i < protocols.size(); ++i) {
        const int months = i == 0 ? 1 : i == 1 ? r.range(4, 6) : r.range(8, 11);
        const QDate month = today.addMonths(months);
        const QDate review(month.year(), month.month(), r.range(5, 25));
        const Agency& lead = c.agencyOfKind(r, "ngo_victim_services");
        if (Result<void> res = c.update(QStringLiteral("protocol"), protocols[i],
                                        {{QStringLiteral("next_review_at"), QDateTime(review, QTime(0, 0), Qt::UTC)},
                                         {QStringLiteral("reviewed_by"), r.pick(lead.staff)}});
            !res)
            return res;
    }
    return {};
}

} // namespace tandem::demo::detail
