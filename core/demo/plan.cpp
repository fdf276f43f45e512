// The plan of the demo's operations, before anything is written: their statuses, types, code
// names and times, laid out around the anchor.

#include "context.h"
#include "vocabulary.h"

#include <algorithm>
#include <cmath>

namespace tandem::demo::detail {
namespace {

const QStringList kTypes{QStringLiteral("sexual_exploitation"), QStringLiteral("labour_exploitation"),
                         QStringLiteral("domestic_servitude"),  QStringLiteral("forced_criminality"),
                         QStringLiteral("forced_begging"),      QStringLiteral("forced_marriage"),
                         QStringLiteral("organ_removal"),       QStringLiteral("mixed")};

// The statuses of a demo of `n` operations, by index: one in progress today, a few briefed for
// this week, the plans of the coming weeks, some cancelled, and the rest carried out ("done":
// completed or closed, by their age). The first eight take every status, so that any demo of
// eight or more shows them all; index 1 is the latest operation carried out, index 3 the oldest.
std::vector<QString> statusesFor(int n)
{
    std::vector<QString> out;
    int left = n;
    auto add = [&](const char* status, int want) {
        for (int k = 0; k < want && left > 0; ++k, --left)
            out.push_back(QString::fromLatin1(status));
    };
    add("in_progress", 1);
    add("done", 1);
    add("briefed", 1);
    add("done", 1);
    add("approved", 1);
    add("planned", 1);
    add("draft", 1);
    add("cancelled", 1);
    add("briefed", std::clamp(n / 60, 0, 2));
    add("approved", std::clamp(n / 40 - 1, 0, 5));
    add("planned", std::clamp(n / 30 - 1, 0, 7));
    add("draft", std::clamp(n / 30 - 1, 0, 9));
    add("cancelled", n * 4 / 100 - 1);
    add("done", left);
    return out;
}

// Days back from `today` of the operation carried out `rank` of `ranks`: the history as
// historyDaysBack() draws it (busier towards the anchor), but evenly filled, so that every demo has
// about as much recent work as any other. (std::sqrt is exact to the last bit everywhere.)
qint64 stratifiedDaysBack(const Context& c, Rng& r, int rank, int ranks)
{
    const double u = (double(rank) + r.unit()) / double(std::max(1, ranks));
    const qint64 span = std::max<qint64>(0, c.spanDays - 2);
    return 2 + std::clamp<qint64>(qint64(double(span) * (1.0 - std::sqrt(u))), 0, span);
}

// Dates and times of an operation, consistent with its status as seen from the anchor: the one
// in progress started a few hours before it; the others start on days before or after `today`
// (never on it), so that which are past and which to come does not hang on the hour of the anchor.
void schedule(Context& c, OperationPlan& p)
{
    Rng& r = p.rng;
    auto startOn = [&](qint64 dayOffset) {
        // Raids start early in the morning, or late in the evening where the premises work at night.
        const bool evening = p.type == QLatin1String("sexual_exploitation") && r.percent(40);
        const int hour = evening ? r.range(20, 22) : r.range(4, 6);
        return dayAt(c, dayOffset, hour * 60 + r.range(0, 3) * 15);
    };
    QString& s = p.status;
    if (s == QLatin1String("in_progress")) {
        const qint64 started = c.anchor - r.range(100, 200) * kMinute;
        p.startsAt = std::max(c.today, started - started % (15 * kMinute));
    } else if (s == QLatin1String("briefed")) {
        p.startsAt = startOn(r.range(1, 6));
    } else if (s == QLatin1String("approved")) {
        p.startsAt = startOn(r.range(3, 21));
    } else if (s == QLatin1String("planned")) {
        p.startsAt = startOn(r.range(7, 42));
    } else if (s == QLatin1String("draft")) {
        p.startsAt = r.percent(25) ? 0 : startOn(r.range(14, 75));
    } else if (s == QLatin1String("cancelled")) {
        p.startsAt = r.percent(25) ? startOn(r.range(3, 30)) : startOn(-historyDaysBack(c, r, 3));
    } else {
        // Carried out: completed, then closed after its after-action review, three to ten weeks on.
        const qint64 daysBack = p.index == 1 ? r.range(2, 3)
                                : p.index == 3 ? c.spanDays - r.range(0, 20)
                                               : stratifiedDaysBack(c, r, p.rank, p.ranks);
        p.startsAt = startOn(-daysBack);
        s = daysBack <= 21 || (daysBack <= 75 && r.range(21, 75) >= daysBack) ? QStringLiteral("completed")
                                                                             : QStringLiteral("closed");
    }

    if (p.startsAt) {
        p.endsAt = p.startsAt + (s == QLatin1String("in_progress") ? r.range(6, 10) : r.range(3, 10)) * kHour;
        // A briefed operation had its briefing in the last day or two; the others have it hours before.
        p.briefingAt = s == QLatin1String("briefed") ? c.anchor - r.range(3, 40) * kHour
                                                     : p.startsAt - r.range(2, 14) * kHour;
        p.briefingAt -= p.briefingAt % (15 * kMinute);
        p.createdAt = std::min(p.startsAt - r.range(7, 45) * kDay, c.anchor - r.range(1, 10) * kDay);
    } else {
        p.createdAt = c.anchor - r.range(1, 20) * kDay;
    }
}

} // namespace

std::vector<OperationPlan> planOperations(Context& c)
{
    const int n = c.options.operations;
    Rng planRng = c.root.fork(2);
    // The first eight operations take every type once, so that any demo of eight or more
    // operations shows them all; the rest follow a plausible mix.
    const std::vector<int> typeOrder = planRng.sample(8, 8);
    const std::vector<QString> statuses = statusesFor(n);

    // Code names: single words, then adjective + word pairs, in a shuffled order; past the end
    // of the list they repeat with a numeral.
    QStringList names = vocabulary::codeNameWords();
    for (const QString& adjective : vocabulary::codeNameAdjectives()) {
        for (const QString& word : vocabulary::codeNameWords())
            names << adjective + QLatin1Char(' ') + word;
    }
    std::vector<int> nameOrder = planRng.sample(int(names.size()), int(names.size()));

    // The operations carried out (besides the latest and the oldest) take their places in the
    // history in a shuffled order.
    std::vector<int> doneIndices;
    for (int i = 0; i < n; ++i) {
        if (statuses[size_t(i)] == QLatin1String("done") && i != 1 && i != 3)
            doneIndices.push_back(i);
    }
    const std::vector<int> ranks = planRng.sample(int(doneIndices.size()), int(doneIndices.size()));
    std::map<int, int> rankOf;
    for (size_t k = 0; k < doneIndices.size(); ++k)
        rankOf[doneIndices[k]] = ranks[k];

    std::vector<OperationPlan> plans;
    plans.reserve(size_t(n));
    for (int i = 0; i < n; ++i) {
        OperationPlan p;
        p.index = i;
        p.rng = c.root.fork(1000 + std::uint64_t(i));
        p.status = statuses[size_t(i)];
        if (auto it = rankOf.find(i); it != rankOf.end()) {
            p.rank = it->second;
            p.ranks = int(doneIndices.size());
        }
        p.type = i < 8 ? kTypes[typeOrder[size_t(i)]] : kTypes[p.rng.weighted({28, 30, 8, 12, 6, 4, 2, 10})];
        p.town = int(p.rng.below(vocabulary::towns().size()));
        const int round = i / int(names.size());
        static const char* const numerals[] = {"", " II", " III", " IV", " V", " VI", " VII", " VIII", " IX", " X"};
        p.codeName = QStringLiteral("Operation ") + names[nameOrder[size_t(i) % names.size()]]
                     + (round < 10 ? QString::fromLatin1(numerals[round]) : QStringLiteral(" %1").arg(round + 1));
        schedule(c, p);
        plans.push_back(std::move(p));
    }
    std::stable_sort(plans.begin(), plans.end(), [](const OperationPlan& a, const OperationPlan& b) {
        const qint64 ta = a.startsAt ? a.startsAt : a.createdAt;
        const qint64 tb = b.startsAt ? b.startsAt : b.createdAt;
        return ta < tb;
    });
    return plans;
}

} // namespace tandem::demo::detail
