// Benchmark (DESIGN.md §6, issue "Fast at any size"): merging bundles made from the demo (10,000
// operations unless told), each figure beside its anchors measured in the same run, alternating,
// the median of --repeat runs (5):
//
//   full         every row of office A's demo into office B, which has none of them
//   incremental  1% of A's rows changed since B last merged, into B holding all the others
//   repeated     the full bundle merged again into B, which already holds every row
//
// The anchors work on a copy of B's file with its triggers and search index dropped, from the
// bundle's payload already decrypted: "raw" copies the rows with one INSERT OR REPLACE ... SELECT
// per table in one transaction; "upsert" is a pure-SQL per-field last-writer-wins upsert of the
// same rows (ON CONFLICT DO UPDATE, a CASE per field), what a merge does before its checks,
// conflicts, counts and bookkeeping. The merge is timed as the window runs it, keys already
// unlocked (once per session), recording its undo file (its safety net); the undo file's size is
// printed beside the file's.
// Prints figures; not a pass/fail test.
//
//   bench_merge [--operations N] [--repeat R] [--keep DIR]

#include "../benchoffice.h"
#include "demo/demo.h"
#include "store/backup.h"
#include "store/keystore.h"
#include "store/schema.h"
#include "store/store.h"
#include "sync/bundle.h"
#include "sync/exchange.h"
#include "sync/partners.h"
#include "sync/payload.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace tandem;
using namespace tandem::bench;

namespace {


double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

// A standalone copy of `store` (no journal beside it) at `path`, replacing what is there.
void snapshot(const Store& store, const QString& path)
{
    QFile::remove(path);
    must(store.exec(QStringLiteral("VACUUM INTO ?"), {path}));
}

void replaceFile(const QString& from, const QString& to)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(to + suffix);
    QDir(backupFolder(to)).removeRecursively();
    if (!QFile::copy(from, to))
        die(makeError(QStringLiteral("cannot copy %1 to %2").arg(from, to)));
}

qint64 rowCount(const Store& s)
{
    qint64 n = 0;
    for (const EntityDef& e : Registry::instance().entities()) {
        QSqlQuery q = must(s.exec(QStringLiteral("SELECT count(*) FROM ") + e.name));
        q.next();
        n += q.value(0).toLongLong();
    }
    return n;
}

// The payload of `bundle`, decrypted into an SQLite file at `payloadPath`.
void decrypt(const QString& bundle, const QString& payloadPath, const Store& b, const OfficeKeys& keysB, const PublicKeys& a)
{
    QFile::remove(payloadPath);
    must(bundle::open(bundle, payloadPath, b.siteId(), keysB,
                      [&](const QString&, const QByteArray&) { return std::optional<PublicKeys>(a); }));
}

// The anchors' database: a copy of B's file at `base` without triggers or search index, with the
// payload attached as "b".
std::unique_ptr<Store> anchorDatabase(const QString& base, const QString& work, const QString& payloadPath)
{
    replaceFile(base, work);
    std::unique_ptr<Store> db = must(Store::open(work));
    QStringList drops;
    {
        QSqlQuery q = must(db->exec(QStringLiteral("SELECT type, name FROM sqlite_schema WHERE type = 'trigger' "
                                                   "OR name IN ('operation_search', 'directory_search')")));
        while (q.next())
            drops << QStringLiteral("DROP %1 %2").arg(q.value(0).toString() == QLatin1String("trigger") ? QStringLiteral("TRIGGER") : QStringLiteral("TABLE"),
                                                      q.value(1).toString());
    }
    for (const QString& sql : drops)
        must(db->exec(sql));
    must(db->exec(QStringLiteral("ATTACH DATABASE ? AS b"), {payloadPath}));
    return db;
}

QStringList payloadEntities(const Store& db)
{
    QStringList out;
    QSqlQuery q = must(db.exec(QStringLiteral("SELECT name FROM b.sqlite_schema WHERE type = 'table'")));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QStringList payloadColumns(const Store& db, const QString& table)
{
    QStringList out;
    QSqlQuery q = must(db.exec(QStringLiteral("SELECT name FROM pragma_table_info(?, 'b')"), {table}));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

// One statement per payload table that carries rows, made by `statement` from the entity and the
// payload's columns, all in one transaction; the seconds it took.
double perTable(Store& db, const std::function<QString(const EntityDef&, const QStringList& columns)>& statement)
{
    const QStringList tables = payloadEntities(db);
    QElapsedTimer t;
    t.start();
    must(db.exec(QStringLiteral("BEGIN IMMEDIATE")));
    for (const EntityDef& e : Registry::instance().entities()) {
        if (tables.contains(e.name))
            must(db.exec(statement(e, payloadColumns(db, e.name))));
    }
    must(db.exec(QStringLiteral("COMMIT")));
    return double(t.nsecsElapsed()) / 1e9;
}

// One INSERT OR REPLACE ... SELECT per table.
double rawCopy(Store& db)
{
    return perTable(db, [](const EntityDef& e, const QStringList& columns) {
        return QStringLiteral("INSERT OR REPLACE INTO main.%1 (%2, local_seq) SELECT %2, 1 FROM b.%1")
            .arg(e.name, columns.join(QStringLiteral(", ")));
    });
}

// Per-field last writer wins in plain SQL.
double lwwUpsert(Store& db)
{
    return perTable(db, [](const EntityDef& e, const QStringList& columns) {
        QStringList set;
        QStringList groups;
        for (const FieldDef& f : e.fields) {
            if (!columns.contains(f.name))
                continue;
            set << QStringLiteral("%1 = CASE WHEN excluded.%2 > %2 THEN excluded.%1 ELSE %1 END").arg(f.name, f.versionColumn());
            if (!groups.contains(f.versionColumn()))
                groups << f.versionColumn();
        }
        for (const QString& g : groups)
            set << QStringLiteral("%1 = max(excluded.%1, %1)").arg(g);
        set << QStringLiteral("deleted = CASE WHEN excluded.deleted_v > deleted_v THEN excluded.deleted ELSE deleted END")
            << QStringLiteral("deleted_v = max(excluded.deleted_v, deleted_v)") << QStringLiteral("local_seq = excluded.local_seq");
        return QStringLiteral("INSERT INTO main.%1 (%2, local_seq) SELECT %2, 1 FROM b.%1 WHERE true "
                              "ON CONFLICT (id) DO UPDATE SET %3")
            .arg(e.name, columns.join(QStringLiteral(", ")), set.join(QStringLiteral(", ")));
    });
}

struct Figures {
    std::vector<double> merge, raw, upsert;
    double undoMiB = 0;
    qint64 rows = 0;
};

// Merges `bundle` into a fresh copy of `base` (B's state before it), then the anchors on fresh
// copies too, `repeat` times, alternating.
Figures measure(const QString& bundle, const QString& base, const QString& dir, int repeat, const PublicKeys& a)
{
    Figures f;
    const QString work = dir + QStringLiteral("/b-work.tandem");
    const QString anchorWork = dir + QStringLiteral("/anchor-work.tandem");
    const QString payloadPath = dir + QStringLiteral("/payload.sqlite");
    for (int r = 0; r < repeat; ++r) {
        {
            replaceFile(base, work);
            std::unique_ptr<Store> b = must(Store::open(work));
            const OfficeKeys keys = must(unlockOfficeKeys(*b, kPassphrase));
            QElapsedTimer t;
            t.start();
            const MergeSummary merged = must(mergeBundle(*b, keys, bundle));
            f.merge.push_back(double(t.nsecsElapsed()) / 1e9);
            f.rows = merged.rowsInBundle;
            f.undoMiB = double(QFileInfo(merged.backupPath).size()) / 1048576.0;
            if (r == 0)
                decrypt(bundle, payloadPath, *b, keys, a);
        }
        f.raw.push_back(rawCopy(*anchorDatabase(base, anchorWork, payloadPath)));
        f.upsert.push_back(lwwUpsert(*anchorDatabase(base, anchorWork, payloadPath)));
    }
    return f;
}

void print(const char* name, const Figures& f)
{
    const double merge = median(f.merge);
    const double raw = median(f.raw);
    const double upsert = median(f.upsert);
    std::printf("%-12s %9lld %9.3f %9.3f %9.3f %9.3f %8.2fx %8.2fx\n", name, static_cast<long long>(f.rows), merge,
                f.undoMiB, raw, upsert, raw > 0 ? merge / raw : 0.0, upsert > 0 ? merge / upsert : 0.0);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption operations(QStringLiteral("operations"), QStringLiteral("Operations in office A's demo."),
                                        QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption repeat(QStringLiteral("repeat"), QStringLiteral("Runs of each figure (the median is printed)."),
                                    QStringLiteral("R"), QStringLiteral("5"));
    const QCommandLineOption keep(QStringLiteral("keep"), QStringLiteral("Work in DIR and leave the files there."),
                                  QStringLiteral("DIR"));
    parser.addOptions({operations, repeat, keep});
    parser.process(app);
    const int runs = std::max(1, parser.value(repeat).toInt());

    QTemporaryDir temp;
    const QString dir = parser.isSet(keep) ? parser.value(keep) : temp.path();
    QDir().mkpath(dir);
    const QString pathA = dir + QStringLiteral("/a.tandem");
    const QString pathB = dir + QStringLiteral("/b.tandem");
    for (const QString& p : {pathA, pathB}) {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(p + suffix);
    }

    auto a = must(bench::createOffice(pathA, QStringLiteral("Eastfold Police Service")));
    auto b = must(bench::createOffice(pathB, QStringLiteral("Harbourside Shelter")));
    const OfficeKeys keysA = must(unlockOfficeKeys(*a, kPassphrase));
    const OfficeKeys keysB = must(unlockOfficeKeys(*b, kPassphrase));
    must(trustPartner(*a, must(ownCard(*b))));
    must(trustPartner(*b, must(ownCard(*a))));

    QElapsedTimer t;
    t.start();
    demo::Options options;
    options.operations = parser.value(operations).toInt();
    options.anchor = QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC);
    const demo::Stats stats = must(demo::generate(*a, options));
    std::printf("office A: demo of %d operations, %lld rows in %.1f s; file %.1f MiB = %.1f KiB per operation\n",
                options.operations, static_cast<long long>(rowCount(*a)), double(t.elapsed()) / 1000,
                double(QFileInfo(pathA).size()) / 1048576.0, double(QFileInfo(pathA).size()) / 1024.0 / options.operations);
    (void)stats;

    ExportOptions toB;
    toB.recipients << b->siteId();
    toB.full = true;
    const QString fullBundle = dir + QStringLiteral("/full.bundle");
    t.restart();
    const ExportSummary full = must(exportBundle(*a, keysA, toB, fullBundle));
    std::printf("export of the full bundle: %lld rows, %.1f MiB, %.2f s\n", static_cast<long long>(full.rows),
                double(full.bytes) / 1048576.0, double(t.elapsed()) / 1000);

    std::printf("\nmedian of %d runs, seconds          merge     undo     raw       LWW      merge/    merge/\n", runs);
    std::printf("%-12s %9s %9s %9s %9s %9s %9s %9s\n", "bundle", "rows", "", "MiB", "copy", "upsert", "raw", "upsert");

    // Full: into B before it has any of A's rows.
    const QString before = dir + QStringLiteral("/b-before.tandem");
    snapshot(*b, before);
    const Figures fullFigures = measure(fullBundle, before, dir, runs, keysA.publicKeys());
    print("full", fullFigures);
    std::fflush(stdout);

    // B merges the full bundle for good and answers, so that A knows what B holds.
    must(mergeBundle(*b, keysB, fullBundle, {}, MergeOptions{.backup = false}));
    ExportOptions toA;
    toA.recipients << a->siteId();
    const QString answer = dir + QStringLiteral("/answer.bundle");
    must(exportBundle(*b, keysB, toA, answer));
    must(mergeBundle(*a, keysA, answer, {}, MergeOptions{.backup = false}));

    // Repeated: the same full bundle again, every row already there.
    const QString holding = dir + QStringLiteral("/b-holding.tandem");
    snapshot(*b, holding);
    print("repeated", measure(fullBundle, holding, dir, runs, keysA.publicKeys()));
    std::fflush(stdout);

    // Incremental: A changes 1% of its rows (spread over the tables that hold most), then
    // exports what B has not acknowledged.
    const qint64 all = rowCount(*a);
    {
        // As the demo writes history: the rules on editing a closed operation's plan are for people.
        a->setWriteRulesPaused(true);
        Transaction tx = must(a->begin());
        qint64 changed = 0;
        const struct {
            const char* entity;
            const char* field;
            const char* value;
        } edits[] = {{"checklist_item", "note", "Checked again at the weekly review."},
                     {"task", "notes", "Moved after the partners' call."},
                     {"note", "text", "Corrected after the debrief."},
                     {"target", "notes", "Entry checked again."}};
        for (const auto& edit : edits) {
            QSqlQuery ids = must(a->exec(QStringLiteral("SELECT id FROM %1 WHERE deleted = 0 ORDER BY id LIMIT ?").arg(QLatin1String(edit.entity)),
                                         {all / 100 / 4}));
            std::vector<QUuid> rows;
            while (ids.next())
                rows.push_back(QUuid::fromRfc4122(ids.value(0).toByteArray()));
            ids.finish();
            for (const QUuid& id : rows) {
                must(a->update(QString::fromLatin1(edit.entity), id, {{QString::fromLatin1(edit.field), QString::fromUtf8(edit.value)}}));
                ++changed;
            }
        }
        must(tx.commit());
        a->setWriteRulesPaused(false);
        std::printf("(A changed %lld rows of %lld)\n", static_cast<long long>(changed), static_cast<long long>(all));
    }
    ExportOptions incremental;
    incremental.recipients << b->siteId();
    const QString incrementalBundle = dir + QStringLiteral("/incremental.bundle");
    const ExportSummary inc = must(exportBundle(*a, keysA, incremental, incrementalBundle));
    std::printf("(incremental bundle: %lld rows, %.1f KiB)\n", static_cast<long long>(inc.rows), double(inc.bytes) / 1024.0);
    print("incremental", measure(incrementalBundle, holding, dir, runs, keysA.publicKeys()));

    std::printf("\nB's file after the full merge: %.1f MiB\n", double(QFileInfo(holding).size()) / 1048576.0);
    return 0;
}
