// Writing files whole or not at all, private files and folders, bounded reads, UTF-8 checks and
// SQLite's errors in words (issue 15): core/util/safefile.h, core/util/input.h,
// core/store/sqlerror.h.

#include "catchqt.h"
#include "testsupport.h"

#include "store/sqlerror.h"
#include "util/input.h"
#include "util/safefile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sqlite3.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace tandem;
using namespace tandem::test;

namespace {

int modeOf(const QString& path)
{
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return int(st.st_mode & 07777);
}

QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

// Runs `f` with the process's umask set to `mask`.
template <typename F>
void withUmask(mode_t mask, F f)
{
    const mode_t before = ::umask(mask);
    f();
    ::umask(before);
}

} // namespace

TEST_CASE("a file written whole is its owner's alone and replaces the old one in one step")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.csv"));
    withUmask(0, [&] { REQUIRE(writeFileWhole(path, "first\n")); });
    CHECK(readFile(path) == "first\n");
    CHECK(modeOf(path) == 0600);

    // Over an existing file, even one others could read: the new one is private too.
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
    withUmask(022, [&] { REQUIRE(writeFileWhole(path, "second\n")); });
    CHECK(readFile(path) == "second\n");
    CHECK(modeOf(path) == 0600);
    CHECK(entries(dir.path()) == QStringList{QStringLiteral("report.csv")});

    // Through a symbolic link: the file it names is replaced, the link stays.
    const QString link = dir.filePath(QStringLiteral("latest.csv"));
    REQUIRE(QFile::link(path, link));
    REQUIRE(writeFileWhole(link, "third\n"));
    CHECK(QFileInfo(link).isSymLink());
    CHECK(readFile(path) == "third\n");
}

TEST_CASE("a file not committed, or whose writes failed, leaves the target as it was and nothing beside it")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("card"));
    REQUIRE(writeFileWhole(path, "kept\n"));
    {
        SafeFile file(path);
        REQUIRE(file.open());
        REQUIRE(file.device().write("half a car") == 10);
        // Destroyed without commit(): a failure on the way.
    }
    CHECK(readFile(path) == "kept\n");
    CHECK(entries(dir.path()) == QStringList{QStringLiteral("card")});

    // A device that is full: written directly (there is nothing to rename over), and the error
    // counts although the bytes sat in a buffer until the end. Root uses a node of its own, so
    // that a regression could never replace the real /dev/full.
    QString device = QStringLiteral("/dev/full");
    if (::geteuid() == 0) {
        device = dir.filePath(QStringLiteral("full"));
        REQUIRE(::mknod(QFile::encodeName(device).constData(), S_IFCHR | 0666, makedev(1, 7)) == 0);
    }
    const Result<void> full = writeFileWhole(device, "a few bytes");
    REQUIRE_FALSE(full);
    CHECK(full.error().context == device);
    CHECK(full.error().message.contains(QStringLiteral("cannot write")));
    CHECK(QFileInfo(device).exists());
    CHECK_FALSE(QFileInfo(device).isFile());

    // A folder that is not there, and a folder given as the file.
    CHECK_FALSE(writeFileWhole(dir.filePath(QStringLiteral("no/such/file")), "x"));
    const Result<void> folder = writeFileWhole(dir.path(), "x");
    REQUIRE_FALSE(folder);
    CHECK(folder.error().message.contains(QStringLiteral("folder")));
}

TEST_CASE("a file being written has no name in its folder until it is committed (Linux)")
{
#ifdef Q_OS_LINUX
    QTemporaryDir dir;
    const int probe = ::open(QFile::encodeName(dir.path()).constData(), O_TMPFILE | O_WRONLY, 0600);
    if (probe < 0) {
        WARN("this filesystem has no unnamed files (O_TMPFILE): SafeFile names its temporary file");
        return;
    }
    ::close(probe);
    const QString path = dir.filePath(QStringLiteral("report.html"));
    SafeFile file(path);
    REQUIRE(file.open());
    REQUIRE(file.device().write(QByteArray(200000, 'x')) == 200000);
    // What a kill at this moment would leave: nothing.
    CHECK(entries(dir.path()).isEmpty());
    REQUIRE(file.commit());
    CHECK(entries(dir.path()) == QStringList{QStringLiteral("report.html")});
    CHECK(readFile(path).size() == 200000);
    CHECK(modeOf(path) == 0600);
#endif
}

TEST_CASE("private files and folders are made 0600 and 0700 whatever the umask")
{
    QTemporaryDir dir;
    withUmask(0, [&] {
        REQUIRE(createPrivateFile(dir.filePath(QStringLiteral("db"))));
        REQUIRE(makePrivateFolder(dir.filePath(QStringLiteral("backups"))));
    });
    CHECK(modeOf(dir.filePath(QStringLiteral("db"))) == 0600);
    CHECK(modeOf(dir.filePath(QStringLiteral("backups"))) == 0700);
    // An existing file is never taken over; an existing folder is narrowed.
    CHECK_FALSE(createPrivateFile(dir.filePath(QStringLiteral("db"))));
    const QString old = dir.filePath(QStringLiteral("old"));
    REQUIRE(QDir().mkdir(old));
    REQUIRE(::chmod(QFile::encodeName(old).constData(), 0755) == 0);
    REQUIRE(makePrivateFolder(old));
    CHECK(modeOf(old) == 0700);
}

TEST_CASE("reads are bounded: a device that never ends is refused at once")
{
    QElapsedTimer timer;
    timer.start();
    const Result<QByteArray> zero = readBounded(QStringLiteral("/dev/zero"), 1 << 20);
    REQUIRE_FALSE(zero);
    CHECK(zero.error().message.contains(QStringLiteral("larger than")));
    CHECK(timer.elapsed() < 10'000);

    QTemporaryDir dir;
    const QString small = dir.filePath(QStringLiteral("small"));
    REQUIRE(writeFileWhole(small, QByteArray(100, 'a')));
    CHECK(readBounded(small, 100).value() == QByteArray(100, 'a'));
    CHECK_FALSE(readBounded(small, 99));
}

TEST_CASE("UTF-8 is checked strictly: overlong forms, surrogates and bytes out of place are not text")
{
    CHECK(invalidUtf8At("plain ASCII") == -1);
    CHECK(invalidUtf8At("Caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80 \xF4\x8F\xBF\xBF") == -1);
    CHECK(invalidUtf8At("ab\xFF") == 2);
    CHECK(invalidUtf8At("\x80") == 0);             // a continuation byte alone
    CHECK(invalidUtf8At("x\xC0\xAF") == 1);        // '/' in two bytes (overlong)
    CHECK(invalidUtf8At("\xE0\x80\xAF") == 0);     // '/' in three bytes
    CHECK(invalidUtf8At("\xED\xA0\x80") == 0);     // a UTF-16 surrogate
    CHECK(invalidUtf8At("\xF4\x90\x80\x80") == 0); // past U+10FFFF
    CHECK(invalidUtf8At("ok\xE2\x82") == 2);       // cut short
    CHECK(escapedUtf8("a\xFF" "b\xC3\xA9") == QStringLiteral("a\\xFFb\u00e9"));

    const Result<QString> bad = decodeUtf8("first\nsecond \xFF\n", QStringLiteral("f.json"));
    REQUIRE_FALSE(bad);
    CHECK(bad.error().context == QStringLiteral("f.json"));
    CHECK(bad.error().message.contains(QStringLiteral("line 2")));
    CHECK(decodeUtf8("Caf\xC3\xA9", QString()).value() == QStringLiteral("Caf\u00e9"));
}

TEST_CASE("SQLite's errors are said in the user's words")
{
    CHECK(sqliteErrorText(SQLITE_BUSY, QStringLiteral("database is locked")).contains(QStringLiteral("busy")));
    CHECK(sqliteErrorText(SQLITE_FULL, QStringLiteral("database or disk is full")) == QStringLiteral("the disk is full"));
    CHECK(sqliteErrorText(SQLITE_CORRUPT, QStringLiteral("database disk image is malformed")) == QStringLiteral("the file is damaged"));
    CHECK(sqliteErrorText(SQLITE_READONLY, QStringLiteral("attempt to write a readonly database")).contains(QStringLiteral("read-only")));
    CHECK(sqliteErrorText(SQLITE_IOERR_WRITE, QStringLiteral("disk I/O error")).contains(QStringLiteral("disk could not be read or written")));
    CHECK(sqliteErrorText(SQLITE_CONSTRAINT_UNIQUE, QStringLiteral("UNIQUE constraint failed: agency.id")).contains(QStringLiteral("same id")));
    // Our own rules, raised by triggers, keep their words.
    CHECK(sqliteErrorText(SQLITE_CONSTRAINT_TRIGGER, QStringLiteral("the audit log is append-only"))
          == QStringLiteral("the audit log is append-only"));
}
