// What tandem-cli reads (issue 15, items 13 to 15): every input has a size bound, a file in a
// read-only folder (or a read-only file) is read rather than called damaged, invalid UTF-8 is
// refused instead of being stored as U+FFFD, and SQLite's failures are told in the user's words.

#include "clirun.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <sys/stat.h>

using namespace tandem::test;

namespace {

// Qt's driver texts and SQLite's own words that must never reach a message.
const QStringList kRawTexts{QStringLiteral("Unable to fetch row"), QStringLiteral("Error opening database"),
                            QStringLiteral("Unable to execute"),   QStringLiteral("Unable to begin"),
                            QStringLiteral("Unable to commit"),    QStringLiteral("database is locked"),
                            QStringLiteral("disk image is malformed"), QStringLiteral("unable to open database")};

void checkNoRawText(const CliRun& r)
{
    for (const QString& raw : kRawTexts) {
        INFO(raw.toStdString());
        CHECK_FALSE(r.err.contains(raw, Qt::CaseInsensitive));
    }
}

QStringList namesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System, QDir::Name);
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

// Runs tandem-cli through sh, so that `script` can hand it bytes that are not text ($CLI is the
// executable, $1... the arguments given).
CliRun shell(const QString& script, const QStringList& arguments = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CLI"), QStringLiteral(TANDEM_CLI_PATH));
    env.insert(QStringLiteral("TANDEM_PASSPHRASE"), QString::fromLatin1(kTestPassphrase));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral("sh"), QStringList{QStringLiteral("-c"), script, QStringLiteral("sh")} + arguments);
    REQUIRE(process.waitForFinished(60'000));
    CliRun run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// A run that must end at once (a bounded read), not after reading gigabytes.
CliRun quickly(const QStringList& arguments)
{
    QElapsedTimer timer;
    timer.start();
    const CliRun r = cli(arguments);
    CHECK(timer.elapsed() < 20'000);
    return r;
}

} // namespace

TEST_CASE("inputs that never end or are too large are refused at once with a clear message")
{
    CliFile f;
    const QString before = f.dump(true);

    const CliRun zero = quickly({QStringLiteral("import-protocol"), f.path(), QStringLiteral("/dev/zero")});
    CHECK(zero.exitCode == 1);
    CHECK(zero.errLines().size() == 1);
    CHECK(zero.err.contains(QStringLiteral("larger than")));

    // A protocol file of 2 MiB: JSON, but far larger than any protocol.
    const QString big = f.file(QStringLiteral("big.json"));
    writeBytes(big, QByteArray("{\"format\": \"tandem-protocol/1\", \"name\": \"") + QByteArray(2 << 20, 'x') + "\"}");
    const CliRun large = quickly({QStringLiteral("import-protocol"), f.path(), big});
    CHECK(large.exitCode == 1);
    CHECK(large.err.contains(QStringLiteral("larger than")));

    const CliRun card = quickly({QStringLiteral("trust"), f.path(), QStringLiteral("/dev/zero")});
    CHECK(card.exitCode == 1);
    CHECK(card.errLines().size() == 1);

    const CliRun bundle = quickly({QStringLiteral("merge"), f.path(), QStringLiteral("/dev/zero")});
    CHECK(bundle.exitCode == 1);
    CHECK(bundle.errLines().size() == 1);

    // A bundle file of 3 GiB (sparse: it takes no room): refused before anything is read.
    const QString huge = f.file(QStringLiteral("huge.bundle"));
    {
        QFile h(huge);
        REQUIRE(h.open(QIODevice::WriteOnly));
        REQUIRE(h.write("TANDEMX1") == 8);
        REQUIRE(h.resize(qint64(3) << 30));
    }
    const CliRun tooBig = quickly({QStringLiteral("merge"), f.path(), huge});
    CHECK(tooBig.exitCode == 1);
    CHECK(tooBig.err.contains(QStringLiteral("larger than")));

    const CliRun passphrase = quickly({QStringLiteral("list"), f.path(), QStringLiteral("survivor_identity"),
                                       QStringLiteral("--identities"), QStringLiteral("--passphrase-file"),
                                       QStringLiteral("/dev/zero")});
    CHECK(passphrase.exitCode == 1);
    CHECK(passphrase.err.contains(QStringLiteral("longer than")));

    const CliRun restore = quickly({QStringLiteral("restore"), f.path(), QStringLiteral("/dev/zero")});
    CHECK(restore.exitCode == 1);
    CHECK(restore.errLines().size() == 1);

    CHECK(f.dump(true) == before);
}

TEST_CASE("a file in a read-only folder, or a read-only file, is read, and writing it is refused in plain words")
{
    CliFile f;
    const QUuid agency = f.add(QStringLiteral("agency"), {QStringLiteral("name=Archived Agency"), QStringLiteral("kind=police")});
    QTemporaryDir dir;
    // An evidence archive: a folder nobody may write to, holding the file as it was closed (in
    // write-ahead-log mode, as every Tandem file is).
    const QString folder = dir.filePath(QStringLiteral("archive"));
    REQUIRE(QDir().mkdir(folder));
    const QString archived = QDir(folder).filePath(QStringLiteral("office.tandem"));
    REQUIRE(QFile::copy(f.path(), archived));
    // A read-only file in a folder anyone may write to.
    const QString open = dir.filePath(QStringLiteral("open"));
    REQUIRE(QDir().mkdir(open));
    const QString readOnlyFile = QDir(open).filePath(QStringLiteral("office.tandem"));
    REQUIRE(QFile::copy(f.path(), readOnlyFile));

    REQUIRE(::chmod(QFile::encodeName(archived).constData(), 0644) == 0);
    REQUIRE(::chmod(QFile::encodeName(readOnlyFile).constData(), 0444) == 0);
    openToOthers(archived);
    REQUIRE(::chmod(QFile::encodeName(folder).constData(), 0555) == 0);
    REQUIRE(::chmod(QFile::encodeName(open).constData(), 0777) == 0);
    const CliProcess unprivileged{-1, -1, true};

    for (const QString& db : {archived, readOnlyFile}) {
        INFO(db.toStdString());
        const CliRun list = cli({QStringLiteral("list"), db, QStringLiteral("agency"), QStringLiteral("--json")}, {}, unprivileged);
        INFO(list.err.toStdString());
        REQUIRE(list.exitCode == 0);
        REQUIRE(list.jsonArray().size() == 1);
        CHECK(list.jsonArray().first()[QStringLiteral("name")] == QStringLiteral("Archived Agency"));
        CHECK(cli({QStringLiteral("show"), db, QStringLiteral("agency"), idText(agency)}, {}, unprivileged).exitCode == 0);
        const CliRun dump = cli({QStringLiteral("dump"), db, QStringLiteral("--all")}, {}, unprivileged);
        CHECK(dump.exitCode == 0);
        CHECK(dump.out == f.dump(true));
        const CliRun check = cli({QStringLiteral("check"), db}, {}, unprivileged);
        INFO(check.err.toStdString());
        CHECK(check.exitCode == 0);
        CHECK(cli({QStringLiteral("conflicts"), db}, {}, unprivileged).exitCode == 0);

        const CliRun add = cli({QStringLiteral("add"), db, QStringLiteral("agency"), QStringLiteral("name=New"),
                                QStringLiteral("kind=police")},
                               {}, unprivileged);
        CHECK(add.exitCode == 1);
        CHECK(add.errLines().size() == 1);
        CHECK(add.err.contains(QStringLiteral("read-only")));
        CHECK_FALSE(add.err.contains(QStringLiteral("damaged")));
        checkNoRawText(add);
    }
    CHECK(namesIn(folder) == QStringList{QStringLiteral("office.tandem")});
}

TEST_CASE("text that is not UTF-8 is refused wherever it comes from, and nothing is stored")
{
    CliFile f;
    const QString before = f.dump(true);

    // An argument: byte 0xFF is never UTF-8.
    const CliRun argument = shell(QStringLiteral("exec \"$CLI\" add \"$1\" agency \"$(printf 'name=Harbour\\377Police')\" kind=police"),
                                  {f.path()});
    CHECK(argument.exitCode == 2);
    CHECK(argument.err.contains(QStringLiteral("not valid UTF-8")));
    CHECK_FALSE(argument.err.contains(QChar(0xFFFD)));
    // A lone continuation byte, and an overlong form of '/'.
    for (const char* bytes : {"\\200", "\\300\\257"}) {
        const CliRun r = shell(QStringLiteral("exec \"$CLI\" add \"$1\" agency \"name=X$(printf '%1')Y\" kind=police")
                                   .arg(QString::fromLatin1(bytes)),
                               {f.path()});
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("not valid UTF-8")));
    }

    // A protocol file: refused with the line.
    const QString protocol = f.file(QStringLiteral("protocol.json"));
    writeBytes(protocol, "{\n  \"format\": \"tandem-protocol/1\",\n  \"name\": \"Caf\xe9 protocol\"\n}\n");
    const CliRun imported = cli({QStringLiteral("import-protocol"), f.path(), protocol});
    CHECK(imported.exitCode == 1);
    CHECK(imported.err.contains(QStringLiteral("line 3 is not valid UTF-8")));

    // A key card.
    CliFile other(QStringLiteral("Other Office"));
    const QString card = other.file(QStringLiteral("other.card"));
    REQUIRE(other.run(QStringLiteral("key"), {QStringLiteral("--out"), card}).exitCode == 0);
    QByteArray cardBytes = readFile(card);
    cardBytes.replace("Other Office", "Other \xC3\x28" "ffice");
    const QString badCard = other.file(QStringLiteral("bad.card"));
    writeBytes(badCard, cardBytes);
    const CliRun trusted = cli({QStringLiteral("trust"), f.path(), badCard});
    CHECK(trusted.exitCode == 1);
    CHECK(trusted.err.contains(QStringLiteral("not valid UTF-8")));

    // The passphrase, from the environment.
    const CliRun exported = shell(QStringLiteral("TANDEM_PASSPHRASE=\"$(printf 'north quay \\377 lantern')\" "
                                                 "exec \"$CLI\" list \"$1\" survivor_identity --identities"),
                                  {f.path()});
    CHECK(exported.exitCode == 1);
    CHECK(exported.err.contains(QStringLiteral("not valid UTF-8")));

    CHECK(f.dump(true) == before);
}

TEST_CASE("SQLite's failures reach the user in plain words, never as driver text")
{
    CliFile f;
    f.add(QStringLiteral("agency"), {QStringLiteral("name=Busy Agency"), QStringLiteral("kind=police")});

    SECTION("a file another program is writing")
    {
        // Another program (the sqlite3 shell, a backup tool) holds the write lock.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
            db.setDatabaseName(f.path());
            REQUIRE(db.open());
            QSqlQuery q(db);
            REQUIRE(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
            REQUIRE(q.exec(QStringLiteral("CREATE TABLE held (x)")));
            const CliRun r = f.run(QStringLiteral("add"), {QStringLiteral("agency"), QStringLiteral("name=Second"),
                                                           QStringLiteral("kind=police")});
            CHECK(r.exitCode == 1);
            CHECK(r.errLines().size() == 1);
            CHECK(r.err.contains(QStringLiteral("busy")));
            checkNoRawText(r);
            REQUIRE(q.exec(QStringLiteral("ROLLBACK")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    }
    SECTION("a damaged file")
    {
        QFile file(f.path());
        REQUIRE(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        REQUIRE(size > 16384);
        // Everything after the first page overwritten: the schema and the tables are gone.
        REQUIRE(file.seek(4096));
        QByteArray junk(size - 4096, '\0');
        for (qsizetype i = 0; i < junk.size(); ++i)
            junk[i] = char((i * 7919 + 13) % 251);
        REQUIRE(file.write(junk) == junk.size());
        file.close();
        for (const QString& command : {QStringLiteral("list"), QStringLiteral("add")}) {
            const CliRun r = f.run(command, command == QLatin1String("add")
                                                ? QStringList{QStringLiteral("agency"), QStringLiteral("name=X"),
                                                              QStringLiteral("kind=police")}
                                                : QStringList{QStringLiteral("agency")});
            INFO(r.err.toStdString());
            CHECK(r.exitCode == 1);
            CHECK(r.errLines().size() == 1);
            CHECK(r.err.contains(QStringLiteral("damaged")));
            checkNoRawText(r);
        }
    }
}
