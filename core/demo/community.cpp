// The task force's life between operations: coordination meetings, joint trainings, outreach
// events and after-action reviews (with attendance and action items), tips from the community,
// and agencies' feedback on operations and trainings.

#include "context.h"
#include "vocabulary.h"

#include "store/registry.h"

namespace tandem::demo::detail {
namespace {

const QStringList kTrainings{
    QStringLiteral("Joint training: trauma-informed first contact"),
    QStringLiteral("Joint training: indicators of labour exploitation"),
    QStringLiteral("Joint training: working with interpreters"),
    QStringLiteral("Joint training: children in operations"),
    QStringLiteral("Joint training: consent and sharing survivors' data"),
};
const QStringList kVenues{QStringLiteral("market"), QStringLiteral("community centre"), QStringLiteral("library"),
                          QStringLiteral("car-wash forecourt"), QStringLiteral("harbour workers' canteen")};
const QStringList kActions{
    QStringLiteral("Circulate the updated contact sheet to all agencies"),
    QStringLiteral("Agree a second reception point for large operations"),
    QStringLiteral("Book interpreters for the next quarter's operations"),
    QStringLiteral("Review shelter capacity for men"),
    QStringLiteral("Draft a leaflet on workers' rights in five languages"),
    QStringLiteral("Share the after-action lessons with the county's other task forces"),
    QStringLiteral("Check radio coverage in the harbour district"),
    QStringLiteral("Set up a rota of advocates for night-time operations"),
};
const QStringList kWorked{
    QStringLiteral("Clear briefing and assignment sheets; everyone knew their place."),
    QStringLiteral("Advocates were at the reception point before the first survivor arrived."),
    QStringLiteral("Interpreters were booked in advance and on time."),
    QStringLiteral("Good handover from the entry teams to victim services."),
};
const QStringList kChange{
    QStringLiteral("Share the target list with victim services earlier."),
    QStringLiteral("The reception point needs heating and a private room."),
    QStringLiteral("Radio discipline slipped after entry; keep the channel for command."),
    QStringLiteral("Transport to the shelter took too long; book it with the beds."),
};
// What a caller describes, for each form of exploitation, and the indicators it shows.
struct TipText {
    const char* type;
    const char* description;
    std::initializer_list<const char*> indicators;
};
const TipText kTipTexts[] = {
    {"labour_exploitation", "Car-wash staff say they work fourteen hours a day and are paid nothing.",
     {"excessive_hours", "no_or_low_pay", "lives_at_workplace"}},
    {"labour_exploitation", "Workers seen being driven to and from the premises in a minibus late at night.",
     {"movement_restricted", "many_people_one_address", "third_party_controls"}},
    {"sexual_exploitation", "Several young women living above the shop; never seen leaving alone.",
     {"movement_restricted", "many_people_one_address", "isolation"}},
    {"sexual_exploitation", "Adverts for 'new girls' linked to the same phone number every week.",
     {"third_party_controls", "deceptive_recruitment"}},
    {"domestic_servitude", "A neighbour reports a woman who cleans the house all day and never goes out.",
     {"isolation", "movement_restricted", "excessive_hours"}},
    {"forced_begging", "Children begging at the crossing every morning, collected by a car at noon.",
     {"third_party_controls", "movement_restricted"}},
    {"forced_criminality", "Windows blacked out and a strong smell of cannabis; a young man is seen only when food is delivered.",
     {"isolation", "lives_at_workplace", "movement_restricted"}},
    {"forced_marriage", "A school reports a pupil who says she is being taken abroad to be married.",
     {"threats_to_family", "third_party_controls"}},
    {"organ_removal", "A man says he was offered money and a job abroad in return for a kidney.",
     {"deceptive_recruitment", "debt_bondage"}},
};
const QStringList kTipSources{
    QStringLiteral("Anonymous caller"),
    QStringLiteral("Outreach worker"),
    QStringLiteral("Neighbour, asked not to be named"),
    QStringLiteral("Delivery driver"),
    QStringLiteral("Staff member of a partner agency"),
};

Result<void> writeMeetings(Context& c, Rng& r)
{
    // The task force's calendar: a coordination meeting every four weeks (the next one in the
    // coming week), a joint training every eight (the next in the coming weeks), outreach events
    // now and then, and an after-action review for some of the operations carried out.
    struct Slot {
        int kind; // 0 coordination, 1 training, 2 outreach, 3 review
        qint64 day; // days from today
        const OperationRecord* op;
    };
    std::vector<Slot> slots;
    for (qint64 day = r.range(1, 6); day > -c.spanDays; day -= 28)
        slots.push_back({0, day, nullptr});
    slots.push_back({0, slots.front().day + 28, nullptr});
    for (qint64 day = r.range(8, 20); day > -c.spanDays; day -= 56 + r.range(-7, 7))
        slots.push_back({1, day, nullptr});
    for (qint64 k = 0, events = std::max<qint64>(3, c.spanDays / 30); k < events; ++k)
        slots.push_back({2, k == 0 ? r.range(2, 21) : -historyDaysBack(c, r, 1), nullptr});
    for (const OperationRecord& op : c.operations) {
        if ((op.status == QLatin1String("completed") || op.status == QLatin1String("closed")) && r.percent(35))
            slots.push_back({3, (op.endsAt - c.today) / kDay + r.range(7, 21), &op});
    }
    for (const Slot& slot : slots) {
        const int kind = slot.kind;
        const OperationRecord* op = slot.op;
        const QString town = QString::fromLatin1(vocabulary::towns()[size_t(r.below(vocabulary::towns().size()))].name);
        const qint64 day = dayAt(c, slot.day, 0);
        const qint64 startsAt = day + r.range(18, 30) * 30 * kMinute;
        const qint64 endsAt = startsAt + (kind == 1 ? r.range(5, 7) * kHour : r.range(3, 6) * 30 * kMinute);
        const Agency& police = c.agencyOfKind(r, "police");
        QString title;
        QString place;
        const Agency* organiser = &police;
        switch (kind) {
        case 0:
            title = QStringLiteral("Task force coordination meeting, %1").arg(utc(startsAt).toString(QStringLiteral("d MMMM yyyy")));
            place = QStringLiteral("%1, conference room").arg(police.name);
            break;
        case 1:
            title = r.pick(kTrainings);
            organiser = &c.agencies[size_t(r.below(c.agencies.size()))];
            place = QStringLiteral("%1 community centre").arg(town);
            break;
        case 2:
            title = QStringLiteral("Community outreach at the %1 %2").arg(town, r.pick(kVenues));
            organiser = &c.agencyOfKind(r, r.percent(50) ? "ngo_victim_services" : "community_organisation");
            place = town;
            break;
        default:
            title = QStringLiteral("After-action review: %1").arg(op->codeName);
            organiser = &c.agencies[size_t(op->leadAgency)];
            place = QStringLiteral("%1, briefing room 1").arg(organiser->name);
            break;
        }
        static const char* const kinds[] = {"coordination", "training", "outreach", "review"};
        QVariantMap values{{QStringLiteral("kind"), QString::fromLatin1(kinds[kind])},
                           {QStringLiteral("title"), title},
                           {QStringLiteral("starts_at"), utc(startsAt)},
                           {QStringLiteral("ends_at"), utc(endsAt)},
                           {QStringLiteral("place"), place},
                           {QStringLiteral("organiser"), organiser->id},
                           {QStringLiteral("topics"), kind == 3 ? QStringLiteral("What went well; what to change; survivors' follow-up.")
                                                                : QStringLiteral("Operations ahead; survivors' support; open actions.")}};
        const bool past = endsAt < c.anchor;
        if (past) {
            const QString lead = r.pick(organiser->staff);
            static const char* const minutes[] = {
                "Chaired by %1. Operations of the month and open actions reviewed; new actions below.",
                "Led by %1, with %2 participants from the partner agencies. Case exercise in mixed teams.",
                "Stall staffed by %1 and a volunteer interpreter; %2 leaflets handed out, a few people asked to be called back.",
                "Chaired by %1. Timeline walked through with every agency; lessons and actions agreed below.",
            };
            QString text = QString::fromLatin1(minutes[kind]).arg(lead);
            if (kind == 1 || kind == 2)
                text = text.arg(r.range(12, 45));
            values.insert(QStringLiteral("minutes"), text);
        }
        const QUuid meeting = r.id((startsAt - 14 * kDay) * 1000);
        if (Result<QUuid> res = c.insert(QStringLiteral("meeting"), values, meeting); !res)
            return res.error();

        std::vector<int> attendees = r.sample(int(c.agencies.size()), kind == 2 ? r.range(2, 4) : r.range(3, 8));
        for (int a : attendees) {
            if (Result<QUuid> res = c.insert(QStringLiteral("attendance"),
                                             {{QStringLiteral("meeting"), meeting},
                                              {QStringLiteral("agency"), c.agencies[size_t(a)].id},
                                              {QStringLiteral("headcount"), qint64(r.range(1, 6))}},
                                             r.id(startsAt * 1000));
                !res)
                return res.error();
        }
        if (!past)
            continue;
        const int actions = r.range(1, 3);
        for (int k = 0; k < actions; ++k) {
            const qint64 due = startsAt + r.range(7, 30) * kDay;
            QVariantMap action{{QStringLiteral("meeting"), meeting},
                               {QStringLiteral("title"), r.pick(kActions)},
                               {QStringLiteral("owner_agency"), c.agencies[size_t(attendees[size_t(r.below(attendees.size()))])].id},
                               {QStringLiteral("due_at"), utc(due)}};
            if (op)
                action.insert(QStringLiteral("operation"), op->id);
            // Mostly done by their date, a few a day or two late; some of the last week's still
            // open, and some of those to come done early.
            qint64 done = 0;
            if (due < c.anchor - 7 * kDay)
                done = r.percent(92) ? due - r.range(0, 6) * kDay : due + r.range(1, 4) * kDay;
            else if (due < c.anchor ? r.percent(70) : r.percent(25))
                done = due - r.range(0, 6) * kDay;
            if (done)
                action.insert(QStringLiteral("done_at"), utc(std::clamp(done, endsAt, c.anchor - kHour)));
            if (Result<QUuid> res = c.insert(QStringLiteral("action_item"), action, r.id(endsAt * 1000)); !res)
                return res.error();
        }
        if (kind == 1) {
            for (int a : r.sample(int(attendees.size()), r.range(1, 2))) {
                QVariantMap fb{{QStringLiteral("meeting"), meeting},
                               {QStringLiteral("agency"), c.agencies[size_t(attendees[size_t(a)])].id},
                               {QStringLiteral("rating_planning"), qint64(r.range(3, 5))},
                               {QStringLiteral("rating_communication"), qint64(r.range(3, 5))},
                               {QStringLiteral("what_worked"), QStringLiteral("Practical exercises with partners from other agencies.")},
                               {QStringLiteral("what_to_change"), QStringLiteral("More time for questions.")}};
                if (Result<QUuid> res = c.insert(QStringLiteral("feedback"), fb, r.id(endsAt * 1000)); !res)
                    return res.error();
            }
        }
    }
    return {};
}

// Where tips come from: most name a place of their own; some come again and again from a few
// places people keep worrying about (a car wash, a house on a busy street), which the dashboard's
// places figure shows.
struct TipPlaces {
    QStringList hotspots;
};

Result<void> writeTip(Context& c, Rng& r, qint64 receivedAt, const OperationRecord* op, const TipPlaces& places)
{
    // A tip behind an operation describes what the operation was about.
    std::vector<const TipText*> fitting;
    for (const TipText& t : kTipTexts) {
        if (!op || op->type == QLatin1String(t.type) || op->type == QLatin1String("mixed"))
            fitting.push_back(&t);
    }
    const TipText& tip = *fitting[size_t(r.below(fitting.size()))];
    QStringList observed;
    for (const char* indicator : tip.indicators)
        observed << QString::fromLatin1(indicator);
    // Sometimes the caller noticed one more thing.
    const FieldDef* indicators = Registry::instance().entity(QStringLiteral("tip"))->field(QStringLiteral("indicators"));
    if (r.percent(40))
        observed << QString::fromLatin1(indicators->values[size_t(r.below(indicators->values.size()))].token);
    observed.removeDuplicates();
    const vocabulary::Town& town = vocabulary::towns()[size_t(op ? op->town : int(r.below(vocabulary::towns().size())))];
    const QString place = !op && r.percent(45) ? r.pick(places.hotspots)
                                               : QStringLiteral("%1, %2").arg(r.pick(vocabulary::streets()),
                                                                              QString::fromLatin1(town.name));
    static const QStringList channels{QStringLiteral("hotline"), QStringLiteral("walk_in"), QStringLiteral("online"),
                                      QStringLiteral("partner_referral")};
    static const QStringList credibility{QStringLiteral("unknown"), QStringLiteral("low"), QStringLiteral("medium"),
                                         QStringLiteral("high")};
    const bool recent = c.anchor - receivedAt < 7 * kDay;
    QString status = op ? QStringLiteral("linked")
                        : recent && (c.anchor - receivedAt < 3 * kDay || r.percent(60)) ? QStringLiteral("new")
                                                  : r.percent(40) ? QStringLiteral("assessed") : QStringLiteral("closed");
    QVariantMap values{{QStringLiteral("received_at"), utc(receivedAt)},
                       {QStringLiteral("channel"), channels[r.weighted({40, 15, 25, 20})]},
                       {QStringLiteral("place"), place},
                       {QStringLiteral("indicators"), observed},
                       {QStringLiteral("description"), QString::fromLatin1(tip.description)},
                       {QStringLiteral("source"), r.pick(kTipSources)},
                       {QStringLiteral("credibility"),
                        status == QLatin1String("new") ? QStringLiteral("unknown") : credibility[1 + r.weighted({20, 45, 35})]},
                       {QStringLiteral("status"), status}};
    if (op)
        values.insert(QStringLiteral("operation"), op->id);
    if (Result<QUuid> res = c.insert(QStringLiteral("tip"), values, r.id(receivedAt * 1000)); !res)
        return res.error();
    return {};
}

Result<void> writeFeedback(Context& c, Rng& r, const OperationRecord& op)
{
    const int count = std::min<int>(int(op.agencies.size()), r.range(0, 3));
    for (int i : r.sample(int(op.agencies.size()), count)) {
        QVariantMap values{{QStringLiteral("operation"), op.id},
                           {QStringLiteral("agency"), c.agencies[size_t(op.agencies[size_t(i)])].id},
                           {QStringLiteral("rating_planning"), qint64(2 + r.weighted({10, 35, 40, 15}))},
                           {QStringLiteral("rating_communication"), qint64(2 + r.weighted({15, 35, 35, 15}))},
                           {QStringLiteral("rating_victim_care"), qint64(2 + r.weighted({5, 25, 45, 25}))},
                           {QStringLiteral("rating_safety"), qint64(2 + r.weighted({5, 25, 45, 25}))},
                           {QStringLiteral("what_worked"), r.pick(kWorked)},
                           {QStringLiteral("what_to_change"), r.pick(kChange)}};
        if (Result<QUuid> res = c.insert(QStringLiteral("feedback"), values, r.id((op.endsAt + 3 * kDay) * 1000)); !res)
            return res.error();
    }
    return {};
}

} // namespace

Result<void> writeCommunity(Context& c)
{
    Rng r = c.root.fork(3);
    if (Result<void> res = writeMeetings(c, r); !res)
        return res;
    TipPlaces places;
    for (int i = 0; i < 12; ++i) {
        const vocabulary::Town& town = vocabulary::towns()[size_t(r.below(vocabulary::towns().size()))];
        places.hotspots << QStringLiteral("%1, %2").arg(r.pick(vocabulary::streets()), QString::fromLatin1(town.name));
    }
    places.hotspots.removeDuplicates();
    // Tips behind some operations, received weeks before them; and tips that led nowhere yet,
    // the latest of them in the last few days (new: not yet assessed).
    for (const OperationRecord& op : c.operations) {
        if (!op.startsAt || !r.percent(35))
            continue;
        qint64 at = op.startsAt - r.range(20, 90) * kDay;
        at = at - at % kDay + r.range(8 * 60, 21 * 60) * kMinute; // in the day, when people call
        if (at >= c.anchor)
            continue;
        if (Result<void> res = writeTip(c, r, at, &op, places); !res)
            return res;
    }
    const int loose = std::max(10, c.options.operations / 3);
    for (int i = 0; i < loose; ++i) {
        const qint64 daysBack = i < 3 ? r.range(0, 4) : historyDaysBack(c, r, 1);
        const qint64 at = std::min(dayAt(c, -daysBack, r.range(8 * 60, 21 * 60)), c.anchor - r.range(20, 90) * kMinute);
        if (Result<void> res = writeTip(c, r, at, nullptr, places); !res)
            return res;
    }
    for (const OperationRecord& op : c.operations) {
        if (op.status != QLatin1String("completed") && op.status != QLatin1String("closed"))
            continue;
        if (Result<void> res = writeFeedback(c, r, op); !res)
            return res;
    }
    return {};
}

} // namespace tandem::demo::detail
