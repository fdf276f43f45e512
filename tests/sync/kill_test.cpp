// Writing commands killed with SIGKILL at random moments: afterwards the file passes SQLite's
// integrity check, and holds either everything from before or everything from after, never a
// mix (DESIGN.md: one transaction per merge; the exchange and protect-data issues). A killed
// merge or export leaves no decrypted payload anywhere, and a killed init or demo no half-made
// file (issue 15).

#include "officefixture.h"

#include "store/dump.h"
#include "store/keystore.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QThread>

#include <algorithm>
#include <random>

using namespace tandem;
using namespace tandem::test;

namespace {

// Opens `path` (recovering its write-ahead log as any later open would), checks its integrity and
// returns its full dump.
QString recoveredState(const QString& path)
{
    Result<std::unique_ptr<Store>> s = Store::open(path);
    INFO((s ? QString() : s.error().text()).toStdString());
    REQUIRE(s);
    Result<QSqlQuery> q = (*s)->exec(QStringLiteral("PRAGMA integrity_check"));
    REQUIRE(q);
    REQUIRE(q->next());
    CHECK(q->value(0).toString() == QStringLiteral("ok"));
    q->finish();
    // Identifying details are sealed with a fresh nonce on every write: compare them opened.
    Result<OfficeKeys> keys = unlockOfficeKeys(**s, kPassphrase);
    REQUIRE(keys);
    (*s)->setIdentityKeys(&*keys);
    // Versions carry the clock of the run that wrote them: two complete runs of the same command
    // write the same records with other versions. The records are what must be whole.
    static const QRegularExpression versions(QStringLiteral(",\"versions\":\\{[^}]*\\}"));
    return dumpText(**s, true).remove(versions);
}

void copyFile(const QString& from, const QString& to)
{
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(to + QString::fromLatin1(suffix));
    REQUIRE(QFile::copy(from, to));
}

struct Run {
    qint64 milliseconds = 0;
    bool finished = false;
};

// Runs tandem-cli with `arguments`; kills it after `killAfterMs` unless negative. `tmp` becomes
// its TMPDIR when given.
Run runCli(const QStringList& arguments, int killAfterMs, const QString& tmp = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TANDEM_PASSPHRASE"), kPassphrase);
    if (!tmp.isEmpty())
        env.insert(QStringLiteral("TMPDIR"), tmp);
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(TANDEM_CLI_PATH), arguments);
    // A loaded machine (a sanitizer build beside it) once took more than ten seconds here.
    const bool started = process.waitForStarted(60'000);
    INFO("start: " << process.errorString().toStdString());
    REQUIRE(started);
    Run run;
    const bool finishedInTime = process.waitForFinished(killAfterMs >= 0 ? killAfterMs : 300'000);
    if (!finishedInTime && killAfterMs >= 0) {
        process.kill(); // SIGKILL
        REQUIRE(process.waitForFinished(10'000));
        return run;
    }
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(finishedInTime);
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
    run.finished = true;
    run.milliseconds = timer.elapsed();
    return run;
}

// The harness: a pristine file, the state a complete run leaves, then runs killed at random
// moments over the command's whole duration, each on a fresh copy of the pristine file.
void killAtRandom(const QString& pristine, const QString& work, const std::function<QStringList(const QString&)>& command,
                  int attempts)
{
    const QString before = recoveredState(pristine);
    copyFile(pristine, work);
    const Run complete = runCli(command(work), -1);
    const QString after = recoveredState(work);
    REQUIRE(after != before);
    // The shorter of two complete runs, so that a run slowed by a busy machine does not spread
    // the moments past the end of the runs that follow (then hardly any would be killed).
    copyFile(pristine, work);
    const qint64 shortest = std::min(complete.milliseconds, runCli(command(work), -1).milliseconds);

    std::mt19937 rng(20261127);
    std::uniform_int_distribution<int> moment(0, int(shortest * 9 / 10) + 1);
    int killed = 0;
    for (int i = 0; i < attempts; ++i) {
        copyFile(pristine, work);
        const int at = moment(rng);
        INFO("attempt " << i << ": kill after " << at << " ms of about " << shortest);
        const Run r = runCli(command(work), at);
        killed += r.finished ? 0 : 1;
        const QString state = recoveredState(work);
        const bool whole = state == before || state == after;
        CHECK(whole);
    }
    // The moments must really have fallen inside the runs, most of the time.
    CHECK(killed >= attempts / 2);
}

} // namespace

TEST_CASE("a merge killed at any moment leaves the file as before or as after")
{
    QTemporaryDir dir;
    Office a(QStringLiteral("Eastfold Police Service"), dir);
    Office b(QStringLiteral("Harbourside Women's Shelter"), dir);
    trustEachOther({&a, &b});
    {
        Result<Transaction> tx = a.store->begin();
        REQUIRE(tx);
        for (int i = 0; i < 3000; ++i) {
            Result<QUuid> op = a.store->insert(QStringLiteral("operation"),
                                               {{QStringLiteral("code_name"), QStringLiteral("Operation %1").arg(i)},
                                                {QStringLiteral("objectives"), QStringLiteral("Find and free the workers of site %1.").arg(i)}});
            REQUIRE(op);
            for (int k = 0; k < 3; ++k)
                REQUIRE(a.store->insert(QStringLiteral("target"), {{QStringLiteral("operation"), *op},
                                                                   {QStringLiteral("label"), QStringLiteral("Site %1").arg(k)},
                                                                   {QStringLiteral("address"), QStringLiteral("%1 Quay Road").arg(k)}}));
        }
        REQUIRE(tx->commit());
    }
    const QString bundle = a.exportFor({&b}, true);
    const QString pristine = dir.filePath(QStringLiteral("pristine.tandem"));
    REQUIRE(b.store->exec(QStringLiteral("VACUUM INTO ?"), {pristine}));
    b.store.reset();

    killAtRandom(pristine, dir.filePath(QStringLiteral("work.tandem")),
                 [&](const QString& db) { return QStringList{QStringLiteral("merge"), db, bundle}; }, 8);
}

TEST_CASE("demo generation killed at any moment leaves the file as before or as after")
{
    QTemporaryDir dir;
    Office a(QStringLiteral("Eastfold Police Service"), dir);
    const QString pristine = dir.filePath(QStringLiteral("pristine.tandem"));
    REQUIRE(a.store->exec(QStringLiteral("VACUUM INTO ?"), {pristine}));
    a.store.reset();
    killAtRandom(pristine, dir.filePath(QStringLiteral("work.tandem")),
                 [](const QString& db) {
                     // A fixed moment: a demo made for now differs between runs a minute apart.
                     return QStringList{QStringLiteral("demo"), db, QStringLiteral("--operations"), QStringLiteral("60"),
                                        QStringLiteral("--now"), QStringLiteral("2026-06-01T09:30:00Z")};
                 },
                 6);
}

TEST_CASE("restoring a backup killed at any moment leaves the file as before or as the backup")
{
    QTemporaryDir dir;
    Office a(QStringLiteral("Eastfold Police Service"), dir);
    {
        Result<Transaction> tx = a.store->begin();
        REQUIRE(tx);
        for (int i = 0; i < 3000; ++i)
            REQUIRE(a.store->insert(QStringLiteral("agency"), {{QStringLiteral("name"), QStringLiteral("Agency %1").arg(i)},
                                                               {QStringLiteral("kind"), QStringLiteral("shelter")}}));
        REQUIRE(tx->commit());
    }
    const QString backup = dir.filePath(QStringLiteral("backup.tandem"));
    REQUIRE(a.store->exec(QStringLiteral("VACUUM INTO ?"), {backup}));
    REQUIRE(a.store->insert(QStringLiteral("agency"), {{QStringLiteral("name"), QStringLiteral("Only after the backup")},
                                                       {QStringLiteral("kind"), QStringLiteral("shelter")}}));
    const QString pristine = dir.filePath(QStringLiteral("pristine.tandem"));
    REQUIRE(a.store->exec(QStringLiteral("VACUUM INTO ?"), {pristine}));
    a.store.reset();
    killAtRandom(pristine, dir.filePath(QStringLiteral("work.tandem")),
                 [&](const QString& db) { return QStringList{QStringLiteral("restore"), db, backup}; }, 6);
}

TEST_CASE("importing a protocol killed at any moment leaves the file as before or as after")
{
    QTemporaryDir dir;
    Office a(QStringLiteral("Eastfold Police Service"), dir);
    const QString file = dir.filePath(QStringLiteral("protocol.json"));
    QFile resource(QStringLiteral(":/protocols/general.json"));
    REQUIRE(resource.open(QIODevice::ReadOnly));
    QFile out(file);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(resource.readAll());
    out.close();
    const QString pristine = dir.filePath(QStringLiteral("pristine.tandem"));
    REQUIRE(a.store->exec(QStringLiteral("VACUUM INTO ?"), {pristine}));
    a.store.reset();
    killAtRandom(pristine, dir.filePath(QStringLiteral("work.tandem")),
                 [&](const QString& db) { return QStringList{QStringLiteral("import-protocol"), db, file}; }, 6);
}

namespace {

// Survivors' names for the payload tests: what must never be found in plaintext on the disk.
const QStringList kNames{QStringLiteral("Oriana Velsk"), QStringLiteral("Mireille Osk")};

// Every file under `dir` (hidden ones too) that holds one of kNames as plain UTF-8.
QStringList filesWithNames(const QString& dir)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        for (const QString& name : kNames) {
            if (bytes.contains(name.toUtf8()))
                found << path;
        }
    }
    return found;
}

QStringList entriesOf(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System);
}

// Whether the file a killed command was making is whole: it opens, it has its keys, its
// protocols and (a demo) its operations.
void checkWhole(const QString& path, qint64 operations)
{
    Result<std::unique_ptr<Store>> s = Store::open(path, Store::Access::ReadOnly);
    INFO((s ? QString() : s.error().text()).toStdString());
    REQUIRE(s);
    CHECK(hasOfficeKeys(**s));
    Result<std::vector<Row>> protocols = (*s)->select(QStringLiteral("protocol"));
    REQUIRE(protocols);
    CHECK_FALSE(protocols->empty());
    Result<std::vector<Row>> ops = (*s)->select(QStringLiteral("operation"));
    REQUIRE(ops);
    CHECK(qint64(ops->size()) == operations);
}

} // namespace

TEST_CASE("a merge or an export killed at any moment leaves no decrypted payload anywhere")
{
    QTemporaryDir dir;
    Office a(QStringLiteral("Eastfold Police Service"), dir);
    Office b(QStringLiteral("Harbourside Women's Shelter"), dir);
    trustEachOther({&a, &b});
    {
        Result<Transaction> tx = a.store->begin();
        REQUIRE(tx);
        for (int i = 0; i < 2500; ++i) {
            Result<QUuid> op = a.store->insert(QStringLiteral("operation"),
                                               {{QStringLiteral("code_name"), QStringLiteral("Operation %1").arg(i)},
                                                {QStringLiteral("objectives"), QStringLiteral("Find and free the workers of site %1.").arg(i)}});
            REQUIRE(op);
            for (int k = 0; k < 3; ++k)
                REQUIRE(a.store->insert(QStringLiteral("target"), {{QStringLiteral("operation"), *op},
                                                                   {QStringLiteral("label"), QStringLiteral("Site %1").arg(k)},
                                                                   {QStringLiteral("address"), QStringLiteral("%1 Quay Road").arg(k)}}));
        }
        // Survivors whose identities b may see: they travel opened inside the encrypted payload.
        for (int i = 0; i < kNames.size(); ++i) {
            Result<QUuid> survivor = a.store->insert(QStringLiteral("survivor"), {{QStringLiteral("code"), QStringLiteral("V-2026-000%1").arg(i + 1)}});
            REQUIRE(survivor);
            REQUIRE(a.store->insert(QStringLiteral("survivor_identity"), {{QStringLiteral("survivor"), *survivor},
                                                                          {QStringLiteral("name"), kNames[i]}}));
            REQUIRE(a.store->insert(QStringLiteral("consent"), {{QStringLiteral("survivor"), *survivor},
                                                                {QStringLiteral("recipient_office"), b.store->officeId()},
                                                                {QStringLiteral("scope"), QStringLiteral("identity")},
                                                                {QStringLiteral("given_at"), QStringLiteral("2026-03-01T10:00:00Z")}}));
        }
        REQUIRE(tx->commit());
    }
    const QString bundle = a.exportFor({&b}, true);
    const QString pristine = dir.filePath(QStringLiteral("pristine.tandem"));
    REQUIRE(b.store->exec(QStringLiteral("VACUUM INTO ?"), {pristine}));
    b.store.reset();
    const QString pristineA = dir.filePath(QStringLiteral("pristine-a.tandem"));
    REQUIRE(a.store->exec(QStringLiteral("VACUUM INTO ?"), {pristineA}));
    a.store.reset();
    REQUIRE(filesWithNames(dir.path()).isEmpty());

    const QString tmp = dir.filePath(QStringLiteral("tmp"));
    REQUIRE(QDir().mkdir(tmp));
    const QString work = dir.filePath(QStringLiteral("work.tandem"));
    const QString out = dir.filePath(QStringLiteral("out.bundle"));
    struct Command {
        QString source;
        QStringList arguments;
        int attempts;
    };
    const Command commands[] = {
        {pristine, {QStringLiteral("merge"), work, bundle}, 10},
        {pristineA, {QStringLiteral("export"), work, QStringLiteral("--out"), out, QStringLiteral("--full")}, 8},
    };
    for (const Command& c : commands) {
        INFO("tandem-cli " << c.arguments.join(QLatin1Char(' ')).toStdString());
        copyFile(c.source, work);
        QFile::remove(out);
        // The shorter of two complete runs: the kills must fall inside the runs whatever else
        // the machine is doing.
        qint64 duration = runCli(c.arguments, -1, tmp).milliseconds;
        CHECK(entriesOf(tmp).join(QStringLiteral(", ")).toStdString() == "");
        copyFile(c.source, work);
        QFile::remove(out);
        duration = std::min(duration, runCli(c.arguments, -1, tmp).milliseconds);
        const Run complete{duration, true};
        std::mt19937 rng(20261205);
        std::uniform_int_distribution<int> moment(0, int(complete.milliseconds * 9 / 10) + 1);
        int killed = 0;
        for (int i = 0; i < c.attempts; ++i) {
            copyFile(c.source, work);
            QFile::remove(out);
            const int at = moment(rng);
            INFO("attempt " << i << ": kill after " << at << " ms of about " << complete.milliseconds);
            const Run r = runCli(c.arguments, at, tmp);
            killed += r.finished ? 0 : 1;
            CHECK(entriesOf(tmp).join(QStringLiteral(", ")).toStdString() == "");
            CHECK(filesWithNames(dir.path()).isEmpty());
            // A bundle is there whole or not at all.
            if (QFile::exists(out)) {
                const QString check = dir.filePath(QStringLiteral("check.tandem"));
                copyFile(pristine, check);
                Office reader(check);
                const Result<MergeSummary> merged = mergeBundle(*reader.store, *reader.keys, out, {}, {false});
                INFO((merged ? QString() : merged.error().text()).toStdString());
                CHECK(merged.ok());
            }
            (void)recoveredState(work);
        }
        CHECK(killed >= c.attempts / 2);
    }
}

TEST_CASE("init or demo on a new file killed at any moment leaves no file or a whole one")
{
    QTemporaryDir dir;
    struct Command {
        QStringList extra;
        qint64 operations;
        int attempts;
    };
    const Command commands[] = {
        {{QStringLiteral("init"), QStringLiteral("--office"), QStringLiteral("Northbridge Task Force")}, 0, 10},
        {{QStringLiteral("demo"), QStringLiteral("--operations"), QStringLiteral("40")}, 40, 10},
    };
    for (const Command& c : commands) {
        INFO("tandem-cli " << c.extra.first().toStdString());
        const auto arguments = [&c](const QString& db) { return QStringList{c.extra.first(), db} + c.extra.mid(1); };
        const QString first = dir.filePath(c.extra.first() + QStringLiteral("-complete.tandem"));
        const Run complete = runCli(arguments(first), -1);
        checkWhole(first, c.operations);
        const QString second = dir.filePath(c.extra.first() + QStringLiteral("-complete-2.tandem"));
        const qint64 duration = std::min(complete.milliseconds, runCli(arguments(second), -1).milliseconds);

        std::mt19937 rng(20261206);
        std::uniform_int_distribution<int> moment(0, int(duration * 9 / 10) + 1);
        int killed = 0;
        for (int i = 0; i < c.attempts; ++i) {
            const QString db = dir.filePath(c.extra.first() + QStringLiteral("-%1.tandem").arg(i));
            const int at = moment(rng);
            INFO("attempt " << i << ": kill after " << at << " ms of about " << duration);
            const Run r = runCli(arguments(db), at);
            killed += r.finished ? 0 : 1;
            if (QFile::exists(db)) {
                checkWhole(db, c.operations);
                continue;
            }
            // Nothing there: making it again works, and clears what the killed run left.
            runCli(arguments(db), -1);
            checkWhole(db, c.operations);
        }
        CHECK(killed >= c.attempts / 2);
    }
    QStringList drafts;
    for (const QString& name : entriesOf(dir.path())) {
        if (name.contains(QStringLiteral(".creating")))
            drafts << name;
    }
    INFO("left: " << drafts.join(QStringLiteral(", ")).toStdString());
    CHECK(drafts.isEmpty());
}
