#include "sampledata.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QScopeGuard>

namespace tandem::test {
namespace {

// Invented words; no real place, agency or person.
const char* const kAdjectives[] = {"Amber", "Silent", "Northern", "Copper", "Hollow", "Bright",
                                   "Quiet", "Iron", "Velvet", "Distant", "Swift", "Pale"};
const char* const kNouns[] = {"Lantern", "Harbour", "Meadow", "Falcon", "Bridge", "Orchard",
                              "Compass", "Willow", "Beacon", "Thistle", "Anchor", "Kestrel"};
const char* const kStreets[] = {"Mill Lane", "Quarry Road", "Canal Street", "Foundry Yard",
                                "Orchard Row", "Station Approach", "Tannery Walk", "Weir Close"};
const char* const kTowns[] = {"Eastbrook", "Linford Vale", "Harrowgate Cross", "Millbury", "Southmere"};
const char* const kTargetKinds[] = {"Warehouse", "Farm dormitory", "Nail bar", "Flat", "Car wash",
                                    "Restaurant kitchen", "Garment workshop"};
const char* const kStatuses[] = {"draft", "planned", "approved", "briefed", "in_progress",
                                 "completed", "closed", "cancelled"};
const char* const kTypes[] = {"sexual_exploitation", "labour_exploitation", "domestic_servitude",
                              "forced_criminality", "forced_begging", "mixed"};
const char* const kRoles[] = {"entry", "perimeter", "evidence", "victim_services", "medical",
                              "interpreter", "transport"};
const char* const kRisks[] = {"low", "medium", "high", "critical"};

struct AgencyDef {
    const char* name;
    const char* kind;
};
const AgencyDef kAgencies[] = {
    {"Eastbrook Police Service", "police"},
    {"Regional Crime Directorate", "federal"},
    {"Millbury Public Prosecutor", "prosecutor"},
    {"Southmere Labour Inspectorate", "labour_inspection"},
    {"Border and Immigration Office", "immigration"},
    {"Safe Passage Victim Services", "ngo_victim_services"},
    {"Harbour House Shelter", "shelter"},
    {"Linford Vale Health Trust", "medical"},
    {"Children First Unit", "child_protection"},
    {"Neighbours Together", "community_organisation"},
};

template <typename T, size_t N>
const T& pick(QRandomGenerator& random, const T (&items)[N])
{
    return items[random.bounded(int(N))];
}

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

} // namespace

Result<Sample> fillSample(Store& store, int operations, quint64 seed)
{
    QRandomGenerator random{quint32(seed)};
    Sample sample;
    // Operations written as they ended up (closed, approved), then what they own: history, as the
    // demo writes it, not people's edits (Store::setWriteRulesPaused).
    const bool paused = store.writeRulesPaused();
    store.setWriteRulesPaused(true);
    const auto resume = qScopeGuard([&store, paused] { store.setWriteRulesPaused(paused); });
    Result<Transaction> tx = store.begin();
    if (!tx)
        return tx.error();

    for (const AgencyDef& a : kAgencies) {
        Result<QUuid> id = store.insert(QStringLiteral("agency"),
                                        {{QStringLiteral("name"), s(a.name)}, {QStringLiteral("kind"), s(a.kind)}});
        if (!id)
            return id.error();
        sample.agencies << *id;
    }

    const QDateTime base(QDate(2025, 3, 1), QTime(5, 30), Qt::UTC);
    int survivorNumber = 0;
    for (int i = 0; i < operations; ++i) {
        const bool rich = i == 0;
        const QString codeName = QStringLiteral("%1 %2 %3")
                                     .arg(s(pick(random, kAdjectives)), s(pick(random, kNouns)))
                                     .arg(i + 1);
        QVariantMap values{{QStringLiteral("code_name"), codeName},
                           {QStringLiteral("status"), s(pick(random, kStatuses))},
                           {QStringLiteral("trafficking_type"), s(pick(random, kTypes))},
                           {QStringLiteral("risk_level"), s(pick(random, kRisks))}};
        // Most operations have a lead and a date; some are still drafts without either.
        if (rich || random.bounded(10) < 8)
            values.insert(QStringLiteral("lead_agency"), sample.agencies[random.bounded(int(sample.agencies.size()))]);
        if (rich || random.bounded(10) < 9) {
            const QDateTime starts = base.addDays(random.bounded(600)).addSecs(60 * 15 * random.bounded(40));
            values.insert(QStringLiteral("starts_at"), starts);
            values.insert(QStringLiteral("ends_at"), starts.addSecs(3600 * (2 + random.bounded(10))));
        }
        Result<QUuid> op = store.insert(QStringLiteral("operation"), values);
        if (!op)
            return op.error();
        sample.operations << *op;
        if (rich)
            sample.richOperation = *op;

        const int targets = rich ? 2 : random.bounded(4);
        for (int t = 0; t < targets; ++t) {
            const QString label = QStringLiteral("%1 %2").arg(s(pick(random, kTargetKinds))).arg(t + 1);
            Result<QUuid> target = store.insert(
                QStringLiteral("target"),
                {{QStringLiteral("operation"), *op},
                 {QStringLiteral("label"), label},
                 {QStringLiteral("address"), QStringLiteral("%1 %2, %3")
                                                 .arg(1 + random.bounded(180))
                                                 .arg(s(pick(random, kStreets)), s(pick(random, kTowns)))}});
            if (!target)
                return target.error();
            if (rich)
                sample.richTargetLabels << label;
        }

        const int assignments = rich ? 3 : 1 + random.bounded(4);
        for (int a = 0; a < assignments; ++a) {
            Result<QUuid> assignment = store.insert(
                QStringLiteral("assignment"),
                {{QStringLiteral("operation"), *op},
                 {QStringLiteral("agency"), sample.agencies[random.bounded(int(sample.agencies.size()))]},
                 {QStringLiteral("role"), a == 0 ? QStringLiteral("lead") : s(pick(random, kRoles))},
                 {QStringLiteral("team_lead"), QStringLiteral("Team %1").arg(QChar(u'A' + a))},
                 {QStringLiteral("headcount"), 2 + random.bounded(20)}});
            if (!assignment)
                return assignment.error();
        }

        const int survivors = rich ? 2 : (random.bounded(3) == 0 ? random.bounded(4) : 0);
        for (int v = 0; v < survivors; ++v) {
            const QString code = QStringLiteral("V-2025-%1").arg(++survivorNumber, 4, 10, QLatin1Char('0'));
            Result<QUuid> survivor = store.insert(QStringLiteral("survivor"),
                                                  {{QStringLiteral("code"), code},
                                                   {QStringLiteral("operation"), *op},
                                                   {QStringLiteral("age_band"), QStringLiteral("25_34")}});
            if (!survivor)
                return survivor.error();
            if (!rich)
                continue;
            // A made-up marker, not a name: tests look for it in every widget's text.
            const QString name = QStringLiteral("Identity Marker Zq%1x").arg(v + 1);
            Result<QUuid> identity = store.insert(QStringLiteral("survivor_identity"),
                                                  {{QStringLiteral("survivor"), *survivor},
                                                   {QStringLiteral("name"), name},
                                                   {QStringLiteral("contact"), QStringLiteral("+00 0000 %1").arg(v)}});
            if (!identity)
                return identity.error();
            sample.richSurvivorCodes << code;
            sample.identityNames << name;
        }
    }
    if (Result<void> committed = tx->commit(); !committed)
        return committed.error();
    return sample;
}

} // namespace tandem::test
