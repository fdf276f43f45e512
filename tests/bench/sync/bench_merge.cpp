// Benchmark (DESIGN.md §6, exchange issue): export and merge of a 100k-row bundle into a 100k-row
// database, against a plain single-transaction INSERT ... SELECT of the same rows measured in the
// same run. Prints figures and ratios; not a pass/fail test.
//
//   bench_merge [--rows N]      (default 100000 rows per office)

#include "store/backup.h"
#include "store/keystore.h"
#include "store/store.h"
#include "sync/bundle.h"
#include "sync/exchange.h"
#include "sync/partners.h"
#include "sync/payload.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

using namespace tandem;

namespace {

const QString kPassphrase = QStringLiteral("benchmark passphrase long enough");

[[noreturn]] void die(const Error& e)
{
    std::fprintf(stderr, "bench_merge: %s\n", qPrintable(e.text()));
    std::exit(1);
}

template <typename T>
T must(Result<T> r)
{
    if (!r)
        die(r.error());
    return std::move(*r);
}

void must(Result<void> r)
{
    if (!r)
        die(r.error());
}

// About `rows` rows: operations with three targets, three assignments and three tasks each.
void fill(Store& s, int rows, const QString& prefix)
{
    Transaction tx = must(s.begin());
    std::vector<QUuid> agencies;
    for (int i = 0; i < 20; ++i)
        agencies.push_back(must(s.insert(QStringLiteral("agency"), {{QStringLiteral("name"), QStringLiteral("%1 agency %2").arg(prefix).arg(i)},
                                                                    {QStringLiteral("kind"), QStringLiteral("police")}})));
    const int operations = rows / 10;
    for (int i = 0; i < operations; ++i) {
        const QUuid op = must(s.insert(QStringLiteral("operation"),
                                       {{QStringLiteral("code_name"), QStringLiteral("%1 operation %2").arg(prefix).arg(i)},
                                        {QStringLiteral("lead_agency"), agencies[size_t(i) % agencies.size()]},
                                        {QStringLiteral("objectives"), QStringLiteral("Recover the workers held at the sites.")}}));
        for (int k = 0; k < 3; ++k) {
            must(s.insert(QStringLiteral("target"), {{QStringLiteral("operation"), op},
                                                     {QStringLiteral("label"), QStringLiteral("Site %1").arg(k)},
                                                     {QStringLiteral("address"), QStringLiteral("%1 Harbour Road").arg(k + 1)}}));
            must(s.insert(QStringLiteral("assignment"), {{QStringLiteral("operation"), op},
                                                         {QStringLiteral("agency"), agencies[size_t(i + k) % agencies.size()]},
                                                         {QStringLiteral("role"), QStringLiteral("entry")},
                                                         {QStringLiteral("headcount"), 6}}));
            must(s.insert(QStringLiteral("task"), {{QStringLiteral("operation"), op},
                                                   {QStringLiteral("phase"), QStringLiteral("execution")},
                                                   {QStringLiteral("title"), QStringLiteral("Step %1").arg(k)}}));
        }
    }
    must(tx.commit());
}

qint64 rowCount(Store& s)
{
    qint64 n = 0;
    for (const EntityDef& e : Registry::instance().entities()) {
        QSqlQuery q = must(s.exec(QStringLiteral("SELECT count(*) FROM ") + e.name));
        q.next();
        n += q.value(0).toLongLong();
    }
    return n;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("rows"), QStringLiteral("Rows per office."), QStringLiteral("N"), QStringLiteral("100000")});
    parser.process(app);
    const int rows = parser.value(QStringLiteral("rows")).toInt();

    QTemporaryDir dir;
    auto a = must(Store::create(dir.filePath(QStringLiteral("a.tandem")), QStringLiteral("Office A")));
    auto b = must(Store::create(dir.filePath(QStringLiteral("b.tandem")), QStringLiteral("Office B")));
    must(createOfficeKeys(*a, kPassphrase));
    must(createOfficeKeys(*b, kPassphrase));
    const OfficeKeys keysA = must(unlockOfficeKeys(*a, kPassphrase));
    const OfficeKeys keysB = must(unlockOfficeKeys(*b, kPassphrase));
    must(trustPartner(*a, must(ownCard(*b))));
    must(trustPartner(*b, must(ownCard(*a))));

    QElapsedTimer t;
    t.start();
    fill(*a, rows, QStringLiteral("A"));
    fill(*b, rows, QStringLiteral("B"));
    std::printf("setup: two offices of %lld and %lld rows in %.1f s\n", rowCount(*a), rowCount(*b), double(t.elapsed()) / 1000);

    // Export.
    const QString bundlePath = dir.filePath(QStringLiteral("a-to-b.bundle"));
    ExportOptions options;
    options.recipients << b->siteId();
    options.full = true;
    t.restart();
    const ExportSummary exported = must(exportBundle(*a, keysA, options, bundlePath));
    const double exportSeconds = double(t.nsecsElapsed()) / 1e9;
    std::printf("export: %lld rows in %.3f s = %.0f rows/s; bundle %lld bytes = %.1f bytes/row\n", exported.rows,
                exportSeconds, double(exported.rows) / exportSeconds, exported.bytes,
                double(exported.bytes) / double(exported.rows));

    // Baseline: the same rows, already decrypted, copied with INSERT ... SELECT in one transaction
    // into a copy of B.
    const QString baselinePath = dir.filePath(QStringLiteral("baseline.tandem"));
    must(b->exec(QStringLiteral("VACUUM INTO ?"), {baselinePath}));
    const QString payloadPath = dir.filePath(QStringLiteral("payload.sqlite"));
    must(bundle::open(bundlePath, payloadPath, b->siteId(), keysB,
                      [&](const QString&, const QByteArray&) { return std::optional<PublicKeys>(keysA.publicKeys()); }));
    double baselineSeconds = 0;
    {
        auto base = must(Store::open(baselinePath));
        must(base->exec(QStringLiteral("ATTACH DATABASE ? AS b"), {payloadPath}));
        t.restart();
        {
            Transaction tx = must(base->begin());
            for (const EntityDef& e : Registry::instance().entities()) {
                const QString columns = payload::columns(e).join(QStringLiteral(", "));
                must(base->exec(QStringLiteral("INSERT INTO main.%1 (%2, local_seq) SELECT %2, 1 FROM b.%1 WHERE id NOT IN (SELECT id FROM main.%1)")
                                    .arg(e.name, columns)));
            }
            must(tx.commit());
        }
        baselineSeconds = double(t.nsecsElapsed()) / 1e9;
        must(base->exec(QStringLiteral("DETACH DATABASE b")));
    }
    std::printf("baseline INSERT ... SELECT of the same rows: %.3f s\n", baselineSeconds);

    // The merge: verify, decrypt, merge.
    t.restart();
    const MergeSummary merged = must(mergeBundle(*b, keysB, bundlePath, {}, MergeOptions{.backup = false}));
    const double mergeSeconds = double(t.nsecsElapsed()) / 1e9;
    std::printf("merge (verify + decrypt + merge) of %lld rows into %d: %.3f s, %lld new, %lld conflicts\n",
                merged.rowsInBundle, rows, mergeSeconds, merged.total().added, merged.conflicts);
    std::printf("ratio merge / baseline: %.2fx (target: at most 3x)\n", mergeSeconds / baselineSeconds);

    // A second round in which A has edited every operation: the merge updates existing rows.
    must(a->exec(QStringLiteral("SELECT 1")));
    {
        Transaction tx = must(a->begin());
        QSqlQuery ids = must(a->exec(QStringLiteral("SELECT id FROM operation")));
        std::vector<QUuid> ops;
        while (ids.next())
            ops.push_back(QUuid::fromRfc4122(ids.value(0).toByteArray()));
        ids.finish();
        for (const QUuid& id : ops)
            must(a->update(QStringLiteral("operation"), id, {{QStringLiteral("risk_level"), QStringLiteral("high")}}));
        must(tx.commit());
    }
    const QString second = dir.filePath(QStringLiteral("second.bundle"));
    must(exportBundle(*a, keysA, options, second));
    t.restart();
    const MergeSummary updated = must(mergeBundle(*b, keysB, second, {}, MergeOptions{.backup = false}));
    std::printf("merge of the same %lld rows again with %lld of them edited: %.3f s (%.2fx baseline)\n",
                updated.rowsInBundle, updated.total().updated, double(t.nsecsElapsed()) / 1e9,
                double(t.nsecsElapsed()) / 1e9 / baselineSeconds);
    std::printf("database file after merges: %lld bytes\n", QFileInfo(b->path()).size());
    // The backup every merge makes first, timed on its own.
    t.restart();
    must(makeBackup(*b, QStringLiteral("benchmark")));
    std::printf("backup before a merge (online backup of this file): %.3f s\n", double(t.nsecsElapsed()) / 1e9);
    return 0;
}
