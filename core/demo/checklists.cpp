// Survivors' checklists (made by createChecklist() from the default protocols) brought to the state
// they would be in at the anchor: most steps settled on time or a little late by people of the
// right roles, recent ones still owed, and a backlog of steps that wait on others.

#include "context.h"
#include "vocabulary.h"

#include <QSet>

namespace tandem::demo::detail {
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

QString doneBy(Context& c, Rng& r, const OperationRecord& op, const SurvivorRecord& person, const QString& role)
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

// When a step is settled, relative to its due time: mostly ahead of it, some minutes or hours
// late, a few a day or more late. Steps due days or weeks after T0 are settled further ahead, or
// later.
qint64 settleDelay(Rng& r, qint64 offset)
{
    const int pick = r.weighted({72, 21, 6, 1});
    if (offset <= kDay) {
        switch (pick) {
        case 0:
            return -(offset * r.range(0, 70) / 100);
        case 1:
            return r.range(10, 240) * kMinute;
        case 2:
            return r.range(4, 30) * kHour;
        default:
            return r.range(30, 72) * kHour;
        }
    }
    switch (pick) {
    case 0:
        return -(offset * r.range(0, 60) / 100);
    case 1:
        return r.range(1, 24) * kHour;
    case 2:
        return r.range(24, 72) * kHour;
    default:
        return r.range(3, 6) * kDay;
    }
}

// Steps that wait on others (a counselling place, a lawyer, a flat, an embassy): what a task
// force's backlog is made of, and what it says while it waits.
QString waitingNote(const QString& key)
{
    static const std::map<QString, const char*> notes{
        {QStringLiteral("counselling"), "On the waiting list; first session expected within two weeks."},
        {QStringLiteral("legal_aid"), "Waiting for a lawyer on the panel to take the case."},
        {QStringLiteral("non_punishment"), "Raised with the prosecutor; waiting for a reply."},
        {QStringLiteral("support_plan"), "First meeting held; plan to be agreed at the next one."},
        {QStringLiteral("documents"), "Waiting for an appointment at the consulate."},
        {QStringLiteral("longer_term_housing"), "On the list for move-on housing; nothing free yet."},
        {QStringLiteral("compensation"), "Claim being prepared with the lawyer."},
        {QStringLiteral("education_work"), "Waiting for the next course intake."},
        {QStringLiteral("health_followup"), "Appointment requested; waiting for a date."},
        {QStringLiteral("residence_permit"), "Application being prepared; waiting for documents."},
        {QStringLiteral("family_tracing"), "Tracing request sent; waiting for an answer."},
        {QStringLiteral("schooling"), "School place requested; waiting for the admissions panel."},
        {QStringLiteral("voluntary_return"), "Return discussed; waiting for the survivor's decision."},
        {QStringLiteral("review"), "Review booked for next week."},
    };
    auto it = notes.find(key);
    return it == notes.end() ? QString() : QString::fromLatin1(it->second);
}

// How a recent step done by the anchor weighs as a candidate for the backlog: steps that wait on
// others most, and the more recently due the likelier (nothing more than kBacklogDays late);
// steps due in the first day only while they are hours late, never days.
constexpr qint64 kBacklogDays = 14;

int backlogWeight(const QString& key, qint64 offset, qint64 late)
{
    if (late < 0 || late >= kBacklogDays * kDay)
        return 0;
    const int recency = int((kBacklogDays + 1 - late / kDay) * (kBacklogDays + 1 - late / kDay));
    if (!waitingNote(key).isEmpty())
        return 6 * recency;
    if (offset >= 3 * kDay)
        return 2 * recency;
    return late <= 36 * kHour ? recency : 0;
}

} // namespace

Result<void> writeChecklist(Context& c, Rng& r, const OperationRecord& op, const SurvivorRecord& person)
{
    const bool closed = op.status == QLatin1String("closed");
    static const QStringList stateTokens{QStringLiteral("open"), QStringLiteral("in_progress"), QStringLiteral("done"),
                                         QStringLiteral("declined"), QStringLiteral("not_applicable")};
    // Each step is written once, as it stands at the anchor (createChecklist asks once every id is
    // drawn); those that may yet join the backlog stay open until writeBacklog decides.
    const auto settle = [&](const ChecklistEntry& item) -> QVariantMap {
        const QString key = c.stepKeys.value(item.step.id);
        // Interviews happen the day after the rescue.
        const bool timed = item.dueAt.isValid();
        const qint64 due = timed ? item.dueAt.toSecsSinceEpoch() : person.t0 + 20 * kHour;
        const qint64 offset = due - person.t0;
        // What must be ready for the first interview is, unless the interview is still to come.
        const qint64 delay = settleDelay(r, offset);
        qint64 settled = std::max(due + (timed ? delay : -std::abs(delay) % offset), person.t0 + 10 * kMinute);
        // An operation is closed only once every mandatory step of its survivors is settled.
        if (closed && item.step.mandatory)
            settled = std::min(settled, c.anchor - r.range(1, 72) * kHour);
        settled -= settled % kMinute;
        enum { Open, InProgress, Done, Declined, NotApplicable } state = Done;
        if (settled > c.anchor - kMinute) {
            state = due < c.anchor ? (r.percent(40) ? InProgress : Open) : (r.percent(10) ? InProgress : Open);
            if (timed && due < c.anchor)
                ++c.overdueSteps;
        } else {
            state = decltype(state)(
                2 + r.weighted({85, kDeclinable.contains(key) ? 8 : 0, kMayNotApply.contains(key) ? 7 : 0}));
        }
        if (state == Open)
            return {}; // as createChecklist() makes it

        QVariantMap values{{QStringLiteral("state"), stateTokens[state]},
                           {QStringLiteral("done_by"), doneBy(c, r, op, person, item.step.ownerRole)}};
        if (state != InProgress)
            values.insert(QStringLiteral("done_at"), utc(settled));
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
        else if (state == InProgress)
            note = waitingNote(key);
        else if (key == QLatin1String("advocate"))
            note = person.language == QLatin1String("en")
                       ? QStringLiteral("Met at the reception point.")
                       : QStringLiteral("Met at the reception point, with an interpreter (%1) by phone.").arg(person.language);
        else if (service)
            note = serviceNote(service->kind).arg(service->name);
        // Declined and not applicable say why (the store's rule): the reason, not a note.
        if (!note.isEmpty())
            values.insert(state == Declined || state == NotApplicable ? QStringLiteral("reason") : QStringLiteral("note"), note);

        // A recent step done by the anchor may yet turn out to be still waiting (writeBacklog).
        const int weight = state == Done && timed && !(closed && item.step.mandatory)
                               ? backlogWeight(key, offset, c.anchor - due)
                               : 0;
        if (weight > 0) {
            QVariantMap waiting{{QStringLiteral("state"), stateTokens[waitingNote(key).isEmpty() ? Open : InProgress]},
                                {QStringLiteral("done_by"), values.value(QStringLiteral("done_by"))}};
            if (!waitingNote(key).isEmpty())
                waiting.insert(QStringLiteral("note"), waitingNote(key));
            if (service)
                waiting.insert(QStringLiteral("service"), service->id);
            c.pending.push_back({item.item, person.id, weight, values, waiting});
            return {};
        }
        return values;
    };
    Result<std::vector<ChecklistEntry>> items =
        createChecklist(c.store, person.id, c.checklist, [&] { return r.id(person.t0 * 1000 + 2); }, settle);
    if (!items)
        return items.error();
    c.count(QStringLiteral("checklist_item"), qint64(items->size()));
    return {};
}

// A busy task force is always waiting on someone: a counselling place, a lawyer, a flat. Of the
// steps due in the last kBacklogDays that were done by the anchor (the pending ones), enough stay
// owed that about kBacklogPerMille of all steps are overdue, those that wait on others and the
// most recent likeliest; all others are written as done.
constexpr qint64 kBacklogPerMille = 13;
constexpr int kBacklogPerSurvivor = 4;

Result<void> writeBacklog(Context& c)
{
    Rng r = c.root.fork(4);
    const qint64 steps = c.stats.perEntity.value(QStringLiteral("checklist_item"));
    const qint64 wanted = std::max<qint64>(0, steps * kBacklogPerMille / 1000 - c.overdueSteps);
    // A weighted draw without replacement, in whole numbers: each pending step gets a random key
    // shrunk by its weight, and the smallest keys are drawn.
    std::vector<std::pair<std::uint64_t, size_t>> keys;
    keys.reserve(c.pending.size());
    for (size_t i = 0; i < c.pending.size(); ++i)
        keys.emplace_back(r.below(std::uint64_t(1) << 40) / std::uint64_t(c.pending[i].weight), i);
    std::sort(keys.begin(), keys.end());
    // No survivor waits on more than a few things at once: the backlog is spread over many.
    std::vector<bool> waiting(c.pending.size(), false);
    QHash<QUuid, int> perSurvivor;
    qint64 drawn = 0;
    for (size_t k = 0; k < keys.size() && drawn < wanted; ++k) {
        int& already = perSurvivor[c.pending[keys[k].second].survivor];
        if (already >= kBacklogPerSurvivor)
            continue;
        ++already;
        ++drawn;
        waiting[keys[k].second] = true;
    }
    for (size_t i = 0; i < c.pending.size(); ++i) {
        const PendingStep& step = c.pending[i];
        if (waiting[i] && step.waiting.value(QStringLiteral("state")) == QLatin1String("open")) {
            ++c.overdueSteps; // as createChecklist() made it
            continue;
        }
        if (Result<void> res = c.update(QStringLiteral("checklist_item"), step.item, waiting[i] ? step.waiting : step.done);
            !res)
            return res;
        if (waiting[i])
            ++c.overdueSteps;
    }
    c.pending.clear();
    return {};
}

} // namespace tandem::demo::detail
