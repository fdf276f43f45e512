// The files tandem-cli writes (issue 15, items 10 to 12): readable by their owner only whatever
// the umask, whole or not at all when the disk is full or the target is /dev/full, and a new
// database either whole or not there.

#include "clirun.h"
#include "reportfixture.h"

#include "domain/consent.h"
#include "store/schema.h"
#include "store/store.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace tandem;
using namespace tandem::test;

namespace {

const QString kOffice = QStringLiteral("--office");

// Every file and folder under `dir`, with its permission bits, hidden ones included.
QMap<QString, int> modesUnder(const QString& dir)
{
    QMap<QString, int> modes;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        modes.insert(QDir(dir).relativeFilePath(path), modeOf(path));
    }
    return modes;
}

QStringList namesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System, QDir::Name);
}

// A report fixture's file, closed, with a consent so that an identities report can be made.
struct Reports {
    ReportFixture f;
    QString path;
    Reports() : path(f.t.path())
    {
        NewConsent consent;
        consent.recipient.office = f.harbourOffice;
        consent.scope = QStringLiteral("identity");
        consent.givenAt = ReportFixture::utc(2026, 4, 12, 10);
        (void)recordConsent(*f.t, f.survivor1, consent);
        f.t.store.reset();
    }
    // The after-action report on Lantern as `format` into `file`, with the identities the
    // consent allows.
    CliRun write(const QString& format, const QString& file, const CliProcess& how = {}) const
    {
        return cli({QStringLiteral("report"), path, idText(f.lantern), QStringLiteral("--kind"),
                    QStringLiteral("after-action"), QStringLiteral("--format"), format, QStringLiteral("--out"), file,
                    QStringLiteral("--identities"), QStringLiteral("--recipient"), idText(f.harbourOffice)},
                   {{QStringLiteral("TANDEM_PASSPHRASE"), kOfficePassphrase}}, how);
    }
};

const QStringList kFormats{QStringLiteral("csv"), QStringLiteral("html"), QStringLiteral("pdf"), QStringLiteral("odt")};

// A character device that behaves as /dev/full. Root gets a node of its own in `dir`: should a
// regression ever replace its target by a regular file (as QSaveFile does, renaming over it),
// the real /dev/full stays intact.
QString fullDevice(const QString& dir)
{
    if (!runningAsRoot())
        return QStringLiteral("/dev/full");
    const QString node = QDir(dir).filePath(QStringLiteral("full"));
    REQUIRE(::mknod(QFile::encodeName(node).constData(), S_IFCHR | 0666, makedev(1, 7)) == 0);
    return node;
}

bool isCharacterDevice(const QString& path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && S_ISCHR(st.st_mode);
}

void trustEachOther(const CliFile& a, const CliFile& b)
{
    for (auto [from, to] : {std::pair{&a, &b}, std::pair{&b, &a}}) {
        const QString card = from->file(QStringLiteral("own.card"));
        REQUIRE(from->run(QStringLiteral("key"), {QStringLiteral("--out"), card}).exitCode == 0);
        REQUIRE(to->run(QStringLiteral("trust"), {card}).exitCode == 0);
    }
}

} // namespace

TEST_CASE("every file tandem-cli makes is its owner's alone, whatever the umask")
{
    for (const int mask : {0, 002, 022}) {
        INFO("umask 0" << QString::number(mask, 8).toStdString());
        const CliProcess how{mask, -1, false};
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a.tandem"));
        const QString b = dir.filePath(QStringLiteral("b.tandem"));
        REQUIRE(cli({QStringLiteral("init"), a, kOffice, QStringLiteral("A")}, {}, how).exitCode == 0);
        REQUIRE(cli({QStringLiteral("demo"), b, QStringLiteral("--operations"), QStringLiteral("2")}, {}, how).exitCode == 0);
        REQUIRE(cli({QStringLiteral("backups"), a, QStringLiteral("--now")}, {}, how).exitCode == 0);
        REQUIRE(cli({QStringLiteral("copy"), a, dir.filePath(QStringLiteral("copy.tandem"))}, {}, how).exitCode == 0);
        for (const auto& [db, card] : {std::pair{a, QStringLiteral("a.card")}, std::pair{b, QStringLiteral("b.card")}})
            REQUIRE(cli({QStringLiteral("key"), db, QStringLiteral("--out"), dir.filePath(card)}, {}, how).exitCode == 0);
        REQUIRE(cli({QStringLiteral("trust"), a, dir.filePath(QStringLiteral("b.card"))}, {}, how).exitCode == 0);
        REQUIRE(cli({QStringLiteral("trust"), b, dir.filePath(QStringLiteral("a.card"))}, {}, how).exitCode == 0);
        const QString bundle = dir.filePath(QStringLiteral("b-to-a.bundle"));
        REQUIRE(cli({QStringLiteral("export"), b, QStringLiteral("--out"), bundle}, {}, how).exitCode == 0);
        REQUIRE(cli({QStringLiteral("merge"), a, bundle}, {}, how).exitCode == 0); // a backup before it
        const QJsonArray protocols = cli({QStringLiteral("list"), a, QStringLiteral("protocol"), QStringLiteral("--json")}).jsonArray();
        REQUIRE_FALSE(protocols.isEmpty());
        REQUIRE(cli({QStringLiteral("export-protocol"), a, protocols.first()[QStringLiteral("id")].toString(),
                     QStringLiteral("--out"), dir.filePath(QStringLiteral("protocol.json"))},
                    {}, how)
                    .exitCode
                == 0);
        const QJsonArray backups = cli({QStringLiteral("backups"), a, QStringLiteral("--json")}).jsonArray();
        REQUIRE(backups.size() == 2);
        REQUIRE(cli({QStringLiteral("restore"), a, backups.last()[QStringLiteral("path")].toString()}, {}, how).exitCode == 0);

        // Reports, an identities CSV among them, into a folder of their own.
        Reports reports;
        for (const QString& format : kFormats) {
            const CliRun r = reports.write(format, reports.f.t.file(QStringLiteral("lantern.") + format), how);
            INFO(r.err.toStdString());
            REQUIRE(r.exitCode == 0);
        }
        CHECK(QString::fromUtf8(readFile(reports.f.t.file(QStringLiteral("lantern.csv")))).contains(kNameCovered));

        QMap<QString, int> modes = modesUnder(dir.path());
        for (const QString& format : kFormats)
            modes.insert(QStringLiteral("lantern.") + format, modeOf(reports.f.t.file(QStringLiteral("lantern.") + format)));
        CHECK(modes.size() >= 14);
        for (auto it = modes.begin(); it != modes.end(); ++it) {
            INFO(it.key().toStdString() << " is 0" << QString::number(it.value(), 8).toStdString());
            CHECK(it.value() == (QFileInfo(dir.filePath(it.key())).isDir() ? 0700 : 0600));
        }

        // The write-ahead log and shared-memory files of an open file take the file's
        // permissions, whatever the umask of the process that opens it.
        const mode_t before = ::umask(mode_t(mask));
        {
            Result<std::unique_ptr<Store>> open = Store::open(a);
            REQUIRE(open);
            REQUIRE((*open)->exec(QStringLiteral("CREATE TEMP TABLE t (x)")));
            REQUIRE((*open)->setMeta(QStringLiteral("touched"), 1));
            for (const char* side : {"-wal", "-shm"}) {
                INFO(side);
                REQUIRE(QFile::exists(a + QString::fromLatin1(side)));
                CHECK(modeOf(a + QString::fromLatin1(side)) == 0600);
            }
        }
        ::umask(before);
    }
}

TEST_CASE("a write to /dev/full fails with exit 1 and a clear message, and the device stays a device")
{
    Reports reports;
    const QString full = fullDevice(reports.f.t.dir.path());
    for (const QString& format : kFormats) {
        INFO(format.toStdString());
        const CliRun r = reports.write(format, full);
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 1);
        // A notice on which identities are in it comes first; the failure is the last line.
        CHECK(r.errLines().last().startsWith(QStringLiteral("tandem-cli: ") + full + QStringLiteral(": ")));
        CHECK((r.err.contains(QStringLiteral("cannot write")) || r.err.contains(QStringLiteral("writing failed"))));
        CHECK(isCharacterDevice(full));
    }
    CliFile a(QStringLiteral("A"));
    CliFile b(QStringLiteral("B"));
    trustEachOther(a, b);
    const QString id = a.run(QStringLiteral("list"), {QStringLiteral("protocol"), QStringLiteral("--json")})
                           .jsonArray()
                           .first()[QStringLiteral("id")]
                           .toString();
    for (const QStringList& command : {QStringList{QStringLiteral("key"), QStringLiteral("--out"), full},
                                       QStringList{QStringLiteral("export-protocol"), id, QStringLiteral("--out"), full},
                                       QStringList{QStringLiteral("export"), QStringLiteral("--out"), full}}) {
        INFO(command.join(QLatin1Char(' ')).toStdString());
        const CliRun r = a.run(command.first(), command.mid(1));
        CHECK(r.exitCode == 1);
        CHECK(r.errLines().size() == 1);
        CHECK(r.err.contains(QStringLiteral("cannot write")));
        CHECK(isCharacterDevice(full));
    }
}

TEST_CASE("on a full disk every write fails whole: exit 1, a clear message, nothing left behind")
{
    Reports reports;
    QTemporaryDir dir;
    CliFile a(QStringLiteral("A"));
    CliFile b(QStringLiteral("B"));
    trustEachOther(a, b);
    const QString id = a.run(QStringLiteral("list"), {QStringLiteral("protocol"), QStringLiteral("--json")})
                           .jsonArray()
                           .first()[QStringLiteral("id")]
                           .toString();
    const QString out = dir.filePath(QStringLiteral("out"));
    REQUIRE(QDir().mkdir(out));
    const auto in = [&out](const char* name) { return QDir(out).filePath(QString::fromLatin1(name)); };

    std::vector<QStringList> commands;
    for (const QString& format : kFormats)
        commands.push_back({QStringLiteral("report"), reports.path, idText(reports.f.lantern), QStringLiteral("--kind"),
                            QStringLiteral("after-action"), QStringLiteral("--format"), format, QStringLiteral("--out"),
                            QDir(out).filePath(QStringLiteral("lantern.") + format), QStringLiteral("--identities"),
                            QStringLiteral("--recipient"), idText(reports.f.harbourOffice)});
    commands.push_back({QStringLiteral("key"), a.path(), QStringLiteral("--out"), in("a.card")});
    commands.push_back({QStringLiteral("export-protocol"), a.path(), id, QStringLiteral("--out"), in("protocol.json")});
    commands.push_back({QStringLiteral("export"), a.path(), QStringLiteral("--out"), in("a.bundle")});
    commands.push_back({QStringLiteral("copy"), a.path(), in("copy.tandem")});
    commands.push_back({QStringLiteral("init"), in("new.tandem"), kOffice, QStringLiteral("New")});
    commands.push_back({QStringLiteral("demo"), in("demo.tandem"), QStringLiteral("--operations"), QStringLiteral("2")});

    bool mounted = true;
    for (const QStringList& command : commands) {
        INFO("tandem-cli " << command.join(QLatin1Char(' ')).toStdString());
        QStringList leftOver;
        const bool report = command.first() == QLatin1String("report");
        const std::optional<CliRun> r =
            onFullDisk(out, command, leftOver,
                       report ? QMap<QString, QString>{{QStringLiteral("TANDEM_PASSPHRASE"), kOfficePassphrase}}
                              : QMap<QString, QString>{});
        if (!r) {
            mounted = false;
            break;
        }
        INFO(r->err.toStdString());
        CHECK(r->exitCode == 1);
        CHECK(r->errLines().size() == (report ? 2 : 1)); // a report says first whose identities are in it
        CHECK(r->errLines().last().startsWith(QStringLiteral("tandem-cli: ")));
        CHECK_FALSE(r->err.contains(QStringLiteral("written")));
        CHECK(leftOver.isEmpty());
    }
    if (!mounted)
        WARN("no mount namespace on this system: the full tmpfs part was not run (the file-size limit part was)");

    // The same with a limit on the size of any file the process writes (RLIMIT_FSIZE), which
    // every system has: the bigger files cannot be written whole.
    const CliProcess limited{-1, 48 * 1024, false};
    const QStringList before = namesIn(dir.path());
    for (const QStringList& command :
         {QStringList{QStringLiteral("copy"), a.path(), dir.filePath(QStringLiteral("copy.tandem"))},
          QStringList{QStringLiteral("init"), dir.filePath(QStringLiteral("new.tandem")), kOffice, QStringLiteral("New")},
          QStringList{QStringLiteral("demo"), dir.filePath(QStringLiteral("demo.tandem")), QStringLiteral("--operations"),
                      QStringLiteral("2")}}) {
        INFO("tandem-cli " << command.join(QLatin1Char(' ')).toStdString());
        const CliRun r = cli(command, {}, limited);
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.errLines().size() == 1);
        CHECK(namesIn(dir.path()) == before);
    }
    const CliRun backup = cli({QStringLiteral("backups"), a.path(), QStringLiteral("--now")}, {}, limited);
    CHECK(backup.exitCode == 1);
    CHECK(backup.errLines().size() == 1);
    CHECK(namesIn(a.path() + QStringLiteral(".backups")).isEmpty());
}

TEST_CASE("a file whose making was cut short by an older Tandem is named so, not taken for an old one")
{
    QTemporaryDir dir;
    const QString stub = dir.filePath(QStringLiteral("stub.tandem"));
    {
        // What an older Tandem left when killed while making a file: SQLite's header with our
        // application id, schema 0, nothing in it.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("stub"));
        db.setDatabaseName(stub);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(schema::kApplicationId)));
        REQUIRE(q.exec(QStringLiteral("VACUUM")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("stub"));
    REQUIRE(QFile::exists(stub));
    for (const QStringList& command : {QStringList{QStringLiteral("list"), stub, QStringLiteral("agency")},
                                       QStringList{QStringLiteral("add"), stub, QStringLiteral("agency"),
                                                   QStringLiteral("name=X"), QStringLiteral("kind=police")}}) {
        const CliRun r = cli(command);
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("never finished")));
        CHECK_FALSE(r.err.contains(QStringLiteral("older")));
    }
}
