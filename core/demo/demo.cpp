#include "demo.h"

#include "context.h"

#include "crypto/sealahead.h"
#include "domain/officecode.h"
#include "domain/protocols.h"
#include "store/deferredindexes.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSqlQuery>

#include <optional>

namespace tandem::demo {
namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(tandem::demo)
};

// The anchor: the given instant, or the moment the demo is made, in whole minutes.
qint64 anchorSeconds(const Options& options)
{
    const qint64 at = (options.anchor.isValid() ? options.anchor : QDateTime::currentDateTimeUtc()).toSecsSinceEpoch();
    return at - at % 60;
}

} // namespace

Result<Stats> generate(Store& store, const Options& options, const Progress& progress)
{
    QElapsedTimer timer;
    timer.start();
    if (options.operations < 0 || options.operations > 1000000)
        return makeError(Texts::tr("the number of operations must be from 0 to 1,000,000, not %1").arg(options.operations),
                         store.path());

    Stats stats;
    detail::Context c(store, options, stats, anchorSeconds(options));
    // A history of a year and a half or more, busier towards the anchor: about two operations a
    // week on average for the window's demo of 200.
    c.spanDays = std::clamp<qint64>(qint64(options.operations) * 27 / 10, 540, 3650);
    auto failed = [&store](const Error& e) {
        return makeError(Texts::tr("making the demo failed, nothing was written: %1").arg(e.text()), store.path());
    };

    // The demo writes history: operations as they ended up (closed, approved), then what they own.
    // The rules on editing a plan (domain/plangate.h) are for people's edits, not for this.
    struct RulesPause {
        Store& store;
        bool before;
        explicit RulesPause(Store& s) : store(s), before(s.writeRulesPaused()) { s.setWriteRulesPaused(true); }
        ~RulesPause() { store.setWriteRulesPaused(before); }
        RulesPause(const RulesPause&) = delete;
        RulesPause& operator=(const RulesPause&) = delete;
    } pause(store);

    // The survivors' identities are sealed as they are written; the key agreements each seal
    // needs are made ahead on a second thread (crypto/sealahead.h).
    std::optional<SealAhead> ahead;
    if (store.canSeal())
        ahead.emplace(store.sealKeyForSql());
    store.setSealAhead(ahead ? &*ahead : nullptr);
    const auto sealing = qScopeGuard([&store] { store.setSealAhead(nullptr); });

    Result<Transaction> tx = store.begin();
    if (!tx)
        return tx.error();
    // Indexes the writing does not read are built once at the end (store/deferredindexes.h), when
    // the demo writes at least as much as the file holds: building them again reads every row,
    // the file's own too, so a few operations added to a large file keep them up to date instead.
    Result<QSqlQuery> held = store.exec(QStringLiteral("SELECT count(*) FROM operation"));
    if (!held || !held->next())
        return failed(held ? makeError(Texts::tr("cannot read the file"), store.path()) : held.error());
    const bool deferIndexes = options.operations >= held->value(0).toLongLong();
    held->finish();
    std::optional<DeferredIndexes> indexes;
    if (deferIndexes) {
        Result<DeferredIndexes> dropped = DeferredIndexes::drop(store);
        if (!dropped)
            return failed(dropped.error());
        indexes.emplace(std::move(*dropped));
    }

    // Survivor codes carry the office's short code, as the office mints them (domain/officecode.h).
    Result<QString> officeCode = mintingOfficeCode(store);
    if (!officeCode)
        return failed(officeCode.error());
    c.officeCode = *officeCode;

    Result<std::vector<ProtocolFile>> defaults = defaultProtocols();
    if (!defaults)
        return failed(defaults.error());
    Result<QStringList> installed = installDefaultProtocols(store);
    if (!installed)
        return failed(installed.error());
    for (const ProtocolFile& p : *defaults) {
        if (installed->contains(p.name)) {
            c.count(QStringLiteral("protocol"), 1);
            c.count(QStringLiteral("protocol_step"), qint64(p.steps.size()));
        }
        for (size_t i = 0; i < p.steps.size(); ++i)
            c.stepKeys.insert(protocolStepId(p.family, p.version, int(i)), p.steps[i].key);
    }
    Result<ChecklistTemplate> checklist = loadChecklistTemplate(store);
    if (!checklist)
        return failed(checklist.error());
    c.checklist = std::move(*checklist);

    if (Result<void> r = detail::writeDirectory(c); !r)
        return failed(r.error());
    if (Result<void> r = detail::writeProtocolReviews(c); !r)
        return failed(r.error());

    std::vector<detail::OperationPlan> plans = detail::planOperations(c);
    const int total = options.operations;
    const Error cancelled = makeError(Texts::tr("the demo was cancelled; nothing was written"), store.path());
    if (progress && !progress(0, total))
        return cancelled;
    int reported = 0;
    for (int i = 0; i < total; ++i) {
        if (Result<void> r = detail::writeOperation(c, plans[size_t(i)]); !r)
            return failed(r.error());
        // About every 1% of the operations (every one when there are fewer than 100).
        const int percent = int(qint64(i + 1) * 100 / total);
        if (progress && (percent > reported || i + 1 == total)) {
            reported = percent;
            if (!progress(i + 1, total))
                return cancelled;
        }
    }
    if (Result<void> r = detail::writeBacklog(c); !r)
        return failed(r.error());
    if (Result<void> r = detail::writeCommunity(c); !r)
        return failed(r.error());
    if (Result<void> r = indexes ? indexes->rebuild() : Result<void>(); !r)
        return failed(r.error());
    if (Result<void> r = tx->commit(); !r)
        return r.error();
    stats.milliseconds = timer.elapsed();
    return stats;
}

FixedOffice fixedOffice(const Options& options)
{
    Rng rng = Rng(options.seed).fork(6);
    const qint64 anchorMillis = anchorSeconds(options) * 1000;
    FixedOffice fixed;
    // Made, in the story, well before the first operation.
    fixed.origin.siteId = rng.id(anchorMillis - qint64(4000) * 86400 * 1000).toRfc4122();
    fixed.origin.wallClock = [anchorMillis] { return anchorMillis; };
    for (int i = 0; i < 4; ++i) {
        const std::uint64_t word = rng.next();
        for (int b = 0; b < 8; ++b)
            fixed.keySeed.append(char((word >> (8 * b)) & 0xff));
    }
    return fixed;
}

} // namespace tandem::demo
