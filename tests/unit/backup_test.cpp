// Copies, automatic backups and restoring them (core/store/backup.h).

#include "catchqt.h"
#include "testsupport.h"

#include "store/backup.h"

#include <QDir>
#include <QFile>

#include <algorithm>

using namespace tandem;
using namespace tandem::test;

namespace {

void addAgency(Store& s, const QString& name)
{
    REQUIRE(s.insert(QStringLiteral("agency"), {{QStringLiteral("name"), name}, {QStringLiteral("kind"), QStringLiteral("shelter")}}));
}

QString dumpOf(const QString& path)
{
    Result<std::unique_ptr<Store>> s = Store::open(path, Store::Access::ReadOnly);
    REQUIRE(s);
    return dumpText(**s, true);
}

} // namespace

TEST_CASE("a copy of an open file is whole and refuses to overwrite")
{
    TempStore t;
    addAgency(*t, QStringLiteral("Before the copy"));
    const QString copy = t.file(QStringLiteral("copy.tandem"));
    REQUIRE(copyDatabase(*t, copy));
    t.lock(); // compare sealed with sealed
    CHECK(dumpOf(copy) == dumpText(*t, true));
    Result<void> again = copyDatabase(*t, copy);
    REQUIRE_FALSE(again);
    CHECK(again.error().message.contains(QStringLiteral("already exists")));
    CHECK_FALSE(QFile::exists(copy + QStringLiteral(".partial")));
}

TEST_CASE("backups rotate, newest first, with their reason")
{
    TempStore t;
    ManualClock clock;
    t->setWallClock(clock.fn());
    for (int i = 0; i < 5; ++i) {
        addAgency(*t, QStringLiteral("Agency %1").arg(i));
        clock.now += 1000;
        REQUIRE(makeBackup(*t, QStringLiteral("before merge from Office %1").arg(i), 3));
    }
    Result<std::vector<BackupInfo>> list = listBackups(t.path());
    REQUIRE(list);
    REQUIRE(list->size() == 3);
    CHECK(list->at(0).reason == QStringLiteral("before merge from office 4"));
    CHECK(list->at(2).reason == QStringLiteral("before merge from office 2"));
    CHECK(list->at(0).madeAt > list->at(1).madeAt);
    CHECK(QDir(backupFolder(t.path())).entryList({QStringLiteral("*.tandem")}, QDir::Files).size() == 3);
}

TEST_CASE("restoring a backup puts it in place and keeps the file as it was")
{
    TempStore t;
    addAgency(*t, QStringLiteral("In the backup"));
    Result<QString> backup = makeBackup(*t, QStringLiteral("test"));
    REQUIRE(backup);
    addAgency(*t, QStringLiteral("After the backup"));
    t.lock();
    const QString withBoth = dumpText(*t, true);
    const QString inBackup = dumpOf(*backup);

    // Not while the file is open for writing.
    Result<void> refused = restoreBackup(t.path(), *backup);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("open in another Tandem")));

    t.store.reset();
    REQUIRE(restoreBackup(t.path(), *backup));
    CHECK(dumpOf(t.path()) == inBackup);
    // The file as it was is a backup of its own, and restoring that one undoes the restore.
    Result<std::vector<BackupInfo>> list = listBackups(t.path());
    REQUIRE(list);
    REQUIRE(list->size() == 2);
    CHECK(list->front().reason == QStringLiteral("before restore"));
    REQUIRE(restoreBackup(t.path(), list->front().path));
    CHECK(dumpOf(t.path()) == withBoth);
}

TEST_CASE("the oldest of ten backups can be restored: the backup made before the restore rotates it out only after")
{
    TempStore t;
    // Backups an hour old, a second apart: the one made before the restore (now) is the newest.
    ManualClock clock;
    clock.now -= 3600 * 1000;
    t->setWallClock(clock.fn());
    addAgency(*t, QStringLiteral("In the oldest backup"));
    Result<QString> oldest = makeBackup(*t, QStringLiteral("oldest"));
    REQUIRE(oldest);
    for (int i = 0; i < 9; ++i) {
        clock.now += 1000;
        addAgency(*t, QStringLiteral("Later %1").arg(i));
        REQUIRE(makeBackup(*t, QStringLiteral("later %1").arg(i)));
    }
    const QString inBackup = dumpOf(*oldest);
    t.store.reset();
    Result<void> r = restoreBackup(t.path(), *oldest);
    INFO((r ? QString() : r.error().text()).toStdString());
    REQUIRE(r);
    CHECK(dumpOf(t.path()) == inBackup);
}

TEST_CASE("a file that is not a Tandem backup is not restored")
{
    TempStore t;
    const QString junk = t.file(QStringLiteral("junk.tandem"));
    QFile f(junk);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("not a database at all");
    f.close();
    t.lock();
    const QString before = dumpText(*t, true);
    t.store.reset();
    Result<void> r = restoreBackup(t.path(), junk);
    REQUIRE_FALSE(r);
    CHECK(r.error().message.contains(QStringLiteral("cannot be restored")));
    CHECK(dumpOf(t.path()) == before);
}

TEST_CASE("a copy tells its progress and can be stopped, leaving nothing behind")
{
    TempStore t;
    // Enough pages for several steps of the copy (1024 pages each): some 12 MB.
    {
        Result<Transaction> tx = t->begin();
        REQUIRE(tx);
        for (int i = 0; i < 600; ++i)
            REQUIRE(t->insert(QStringLiteral("agency"), {{QStringLiteral("name"), QStringLiteral("Agency %1").arg(i)},
                                                         {QStringLiteral("kind"), QStringLiteral("shelter")},
                                                         {QStringLiteral("notes"), QString(20000, QLatin1Char('x'))}}));
        REQUIRE(tx->commit());
    }
    std::vector<double> seen;
    const QString whole = t.file(QStringLiteral("whole.tandem"));
    REQUIRE(copyDatabase(*t, whole, [&](double fraction) {
        seen.push_back(fraction);
        return true;
    }));
    REQUIRE(seen.size() >= 3);
    CHECK(std::is_sorted(seen.begin(), seen.end()));
    CHECK(seen.front() < 1.0);
    CHECK(seen.back() == 1.0);
    t.lock();
    CHECK(dumpOf(whole) == dumpText(*t, true));

    const QString stopped = t.file(QStringLiteral("stopped.tandem"));
    int calls = 0;
    Result<void> r = copyDatabase(*t, stopped, [&](double) { return ++calls < 2; });
    REQUIRE_FALSE(r);
    CHECK(r.error().message.contains(QStringLiteral("stopped")));
    CHECK(r.error().context == stopped);
    CHECK_FALSE(QFile::exists(stopped));
    CHECK_FALSE(QFile::exists(stopped + QStringLiteral(".partial")));
}
