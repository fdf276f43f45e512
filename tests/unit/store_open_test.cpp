// Opening, creating and recognising .tandem files; migrations; refusals that leave files untouched.

#include "catchqt.h"
#include "testsupport.h"

#include "store/registry.h"
#include "store/schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QSysInfo>
#include <QFile>
#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace tandem;
using namespace tandem::test;

namespace {

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QVariant pragma(Store& s, const char* name)
{
    Result<QSqlQuery> q = s.exec(QStringLiteral("PRAGMA ") + QString::fromLatin1(name));
    REQUIRE(q);
    REQUIRE(q->next());
    return q->value(0);
}

// The names in `dir` that are drafts of a file being made, or their companions, sorted.
QStringList draftsIn(const QTemporaryDir& dir)
{
    QStringList left;
    for (const QString& name : QDir(dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name)) {
        if (name.contains(QStringLiteral(".creating")))
            left << name;
    }
    return left;
}

} // namespace

TEST_CASE("a new file is a migrated Tandem database with this office")
{
    TempStore t(QStringLiteral("Northbridge Task Force"));
    CHECK(t->schemaVersion() == schema::currentVersion());
    CHECK(pragma(*t, "application_id").toInt() == schema::kApplicationId);
    CHECK(pragma(*t, "journal_mode").toString() == QStringLiteral("wal"));
    CHECK(pragma(*t, "foreign_keys").toInt() == 1);
    CHECK(t->siteId().size() == 16);

    Result<Row> office = t->get(QStringLiteral("office"), t->officeId());
    REQUIRE(office);
    CHECK(office->text(QStringLiteral("name")) == QStringLiteral("Northbridge Task Force"));

    // Every entity of the registry has its table.
    for (const EntityDef& e : Registry::instance().entities()) {
        INFO(e.name.toStdString());
        CHECK(t->exec(QStringLiteral("SELECT count(*) FROM ") + e.name));
    }
}

TEST_CASE("a new file's fill writes through a rollback journal, the finished file keeps a write-ahead log, a failed fill leaves nothing")
{
    // Nobody else has a draft open: its fill (a demo of 800 MB) writes each page once, into the
    // file, not into a log first.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("filled.tandem"));
    QString modeWhileFilling;
    Result<std::unique_ptr<Store>> made = Store::create(path, QStringLiteral("Northbridge Task Force"), [&](Store& s) -> Result<void> {
        modeWhileFilling = pragma(s, "journal_mode").toString();
        if (Result<QUuid> id = s.insert(QStringLiteral("agency"), {{QStringLiteral("name"), QStringLiteral("Harbour Clinic")}, {QStringLiteral("kind"), QStringLiteral("shelter")}}); !id)
            return id.error();
        return {};
    });
    REQUIRE(made);
    CHECK(modeWhileFilling == QStringLiteral("delete"));
    CHECK(pragma(**made, "journal_mode").toString() == QStringLiteral("wal"));
    Result<QSqlQuery> agencies = (*made)->exec(QStringLiteral("SELECT count(*) FROM agency WHERE name = 'Harbour Clinic'"));
    REQUIRE(agencies);
    REQUIRE(agencies->next());
    CHECK(agencies->value(0).toInt() == 1);

    // A fill that fails after writing leaves no file, no draft and no journal.
    const QString failing = dir.filePath(QStringLiteral("failing.tandem"));
    Result<std::unique_ptr<Store>> refused = Store::create(failing, QStringLiteral("Northbridge Task Force"), [](Store& s) -> Result<void> {
        Result<Transaction> tx = s.begin();
        if (!tx)
            return tx.error();
        if (Result<QUuid> id = s.insert(QStringLiteral("agency"), {{QStringLiteral("name"), QStringLiteral("Harbour Clinic")}, {QStringLiteral("kind"), QStringLiteral("shelter")}}); !id)
            return id.error();
        return makeError(QStringLiteral("the fill failed"));
    });
    CHECK_FALSE(refused);
    CHECK(draftsIn(dir).isEmpty());
    CHECK_FALSE(QFileInfo::exists(failing));
    CHECK_FALSE(QFileInfo::exists(failing + QStringLiteral("-journal")));
}

TEST_CASE("reopening keeps the site id, the office and the data")
{
    TempStore t;
    const QByteArray site = t->siteId();
    Result<QUuid> id = t->insert(QStringLiteral("agency"),
                                 {{QStringLiteral("name"), QStringLiteral("Harbour Police")},
                                  {QStringLiteral("kind"), QStringLiteral("police")}});
    REQUIRE(id);
    t.reopen();
    CHECK(t->siteId() == site);
    Result<Row> row = t->get(QStringLiteral("agency"), *id);
    REQUIRE(row);
    CHECK(row->text(QStringLiteral("name")) == QStringLiteral("Harbour Police"));
}

TEST_CASE("create refuses to overwrite an existing file")
{
    TempStore t;
    Result<std::unique_ptr<Store>> again = Store::create(t.path(), QStringLiteral("Other"));
    REQUIRE_FALSE(again);
    CHECK(again.error().message.contains(QStringLiteral("already exists")));
    CHECK(again.error().context == t.path());
}

TEST_CASE("making a file again clears what a killed maker left, even a lock without its draft")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.tandem"));
    // A maker killed after taking its draft's lock and before making the draft, and one killed
    // with its draft half made: neither holds its lock any more.
    const QString lockOnly = dir.filePath(QStringLiteral(".office.tandem.0123456789ab.creating.lock"));
    const QString draft = dir.filePath(QStringLiteral(".office.tandem.ba9876543210.creating"));
    for (const QString& leftover : {lockOnly, draft, draft + QStringLiteral(".lock")}) {
        QFile f(leftover);
        REQUIRE(f.open(QIODevice::WriteOnly));
        // A lock as QLockFile writes it, of a process that is gone on this computer.
        f.write(leftover.endsWith(QLatin1String(".lock")) ? "2147480\ntandem-cli\n" + QSysInfo::machineHostName().toUtf8() + "\n"
                                                          : QByteArray("half"));
    }
    Result<std::unique_ptr<Store>> made = Store::create(path, QStringLiteral("Eastfold Police Service"));
    REQUIRE(made);
    CHECK(draftsIn(dir).isEmpty());
}

// A maker killed between making its draft's lock file and writing its process in it leaves an
// empty lock, which QLockFile cannot tell from a live one. Nobody holds its native lock: it goes.
// A maker at work holds its lock: its draft stays.
TEST_CASE("making a file again clears a lock its killed maker left empty, never a live maker's draft")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.tandem"));
    const QString dead = dir.filePath(QStringLiteral(".office.tandem.0123456789ab.creating"));
    const QString live = dir.filePath(QStringLiteral(".office.tandem.ba9876543210.creating"));
    for (const QString& leftover : {dead, dead + QStringLiteral(".lock"), live}) {
        QFile f(leftover);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(leftover.endsWith(QLatin1String(".lock")) ? QByteArray() : QByteArray("half"));
    }
    QLockFile working(live + QStringLiteral(".lock"));
    REQUIRE(working.tryLock(0));

    Result<std::unique_ptr<Store>> made = Store::create(path, QStringLiteral("Eastfold Police Service"));
    REQUIRE(made);
    CHECK(draftsIn(dir) == QStringList{QStringLiteral(".office.tandem.ba9876543210.creating"),
                              QStringLiteral(".office.tandem.ba9876543210.creating.lock")});
}

TEST_CASE("files that are not Tandem databases are refused and left untouched")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.tandem"));

    SECTION("missing file")
    {
        Result<std::unique_ptr<Store>> s = Store::open(path);
        REQUIRE_FALSE(s);
        CHECK(s.error().message == QStringLiteral("no such file"));
        CHECK_FALSE(QFile::exists(path));
    }
    SECTION("empty file")
    {
        writeBytes(path, {});
        Result<std::unique_ptr<Store>> s = Store::open(path);
        REQUIRE_FALSE(s);
        CHECK(s.error().message.contains(QStringLiteral("empty")));
        CHECK(readFile(path).isEmpty());
    }
    SECTION("random bytes")
    {
        QByteArray junk(4096, '\0');
        for (int i = 0; i < junk.size(); ++i)
            junk[i] = char((i * 7919) % 251);
        writeBytes(path, junk);
        Result<std::unique_ptr<Store>> s = Store::open(path);
        REQUIRE_FALSE(s);
        CHECK(s.error().message.contains(QStringLiteral("not an SQLite file")));
        CHECK(readFile(path) == junk);
    }
    SECTION("a SQLite file of another application")
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(path);
            REQUIRE(db.open());
            QSqlQuery q(db);
            REQUIRE(q.exec(QStringLiteral("CREATE TABLE songs (title TEXT)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QByteArray before = readFile(path);
        Result<std::unique_ptr<Store>> s = Store::open(path);
        REQUIRE_FALSE(s);
        CHECK(s.error().message.contains(QStringLiteral("another application")));
        CHECK(readFile(path) == before);
    }
}

TEST_CASE("a file from a newer Tandem is refused and left byte for byte untouched")
{
    TempStore t;
    REQUIRE(t->exec(QStringLiteral("PRAGMA user_version = %1").arg(schema::currentVersion() + 1)));
    REQUIRE(t->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    t.store.reset();
    const QByteArray before = readFile(t.path());

    Result<std::unique_ptr<Store>> s = Store::open(t.path());
    REQUIRE_FALSE(s);
    CHECK(s.error().message.contains(QStringLiteral("newer version of Tandem")));
    CHECK(s.error().context == t.path());
    CHECK(readFile(t.path()) == before);
}

TEST_CASE("every migration step of the registry builds the current schema")
{
    // Each step's statements apply on top of the previous ones without error, which is what an
    // old file going through all of them needs.
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("steps"));
    db.setDatabaseName(QStringLiteral(":memory:"));
    REQUIRE(db.open());
    {
        QSqlQuery q(db);
        for (int v = 1; v <= schema::currentVersion(); ++v) {
            for (const QString& sql : schema::migrationStep(v)) {
                INFO(sql.toStdString());
                CHECK(q.exec(sql));
            }
        }
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("steps"));
}

TEST_CASE("one writer per file: a second writer is refused by name, readers are welcome")
{
    TempStore t;
    Result<QUuid> agency = t->insert(QStringLiteral("agency"), {{QStringLiteral("name"), QStringLiteral("Quay Police")},
                                                                {QStringLiteral("kind"), QStringLiteral("police")}});
    REQUIRE(agency);

    Result<std::unique_ptr<Store>> second = Store::open(t.path());
    REQUIRE_FALSE(second);
    CHECK(second.error().message.contains(QStringLiteral("open in another Tandem (process %1").arg(QCoreApplication::applicationPid())));
    CHECK(second.error().context == t.path());

    Result<std::unique_ptr<Store>> reader = Store::open(t.path(), Store::Access::ReadOnly);
    REQUIRE(reader);
    CHECK((*reader)->isReadOnly());
    CHECK((*reader)->get(QStringLiteral("agency"), *agency)->text(QStringLiteral("name")) == QStringLiteral("Quay Police"));
    Result<QUuid> write = (*reader)->insert(QStringLiteral("agency"), {{QStringLiteral("name"), QStringLiteral("X")},
                                                                       {QStringLiteral("kind"), QStringLiteral("police")}});
    REQUIRE_FALSE(write);
    CHECK(write.error().message.contains(QStringLiteral("read-only")));
    // The writer goes on writing beside the reader, and the reader sees it.
    REQUIRE(t->update(QStringLiteral("agency"), *agency, {{QStringLiteral("name"), QStringLiteral("Quay Police Service")}}));
    CHECK((*reader)->get(QStringLiteral("agency"), *agency)->text(QStringLiteral("name")) == QStringLiteral("Quay Police Service"));

    t.store.reset();
    CHECK(Store::open(t.path()));
}

TEST_CASE("a lock file a killed Tandem left before writing its process id does not keep the file locked")
{
    TempStore t;
    const QString path = t.path();
    t.store.reset();
    // What a kill between making the lock file and writing into it leaves: an empty lock.
    QFile lock(path + QStringLiteral(".lock"));
    REQUIRE(lock.open(QIODevice::WriteOnly));
    lock.close();
    Result<std::unique_ptr<Store>> reopened = Store::open(path);
    INFO((reopened ? QString() : reopened.error().text()).toStdString());
    REQUIRE(reopened);
    // ... and the lock is this process's now: a second writer is refused by name.
    Result<std::unique_ptr<Store>> second = Store::open(path);
    REQUIRE_FALSE(second);
    CHECK(second.error().message.contains(QStringLiteral("open in another Tandem")));
}

TEST_CASE("no connection spills sorts or temporary tables to TMPDIR, where a merge's decrypted rows would land")
{
    // A merge sorts and indexes the decrypted bundle; with SQLite's default, large sorts go to
    // files in TMPDIR, and a merge killed at the wrong moment left one there (the kill test saw it).
    TempStore t;
    CHECK(pragma(*t, "temp_store").toInt() == 2);
    Result<std::unique_ptr<Store>> reader = Store::open(t.path(), Store::Access::ReadOnly);
    REQUIRE(reader);
    CHECK(pragma(**reader, "temp_store").toInt() == 2);
}

TEST_CASE("a damaged file is refused with a clear message and nothing committed is lost")
{
    TempStore t;
    for (int i = 0; i < 300; ++i)
        REQUIRE(t->insert(QStringLiteral("agency"), {{QStringLiteral("name"), QStringLiteral("Agency %1 of the long name").arg(i)},
                                                     {QStringLiteral("kind"), QStringLiteral("shelter")}}));
    REQUIRE(t->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    t.store.reset();
    const QByteArray whole = readFile(t.path());
    REQUIRE(whole.size() > 40000);

    const QString cut = t.file(QStringLiteral("cut.tandem"));
    QFile f(cut);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(whole.left(whole.size() / 3));
    f.close();
    Result<std::unique_ptr<Store>> opened = Store::open(cut);
    if (opened) {
        // SQLite may not notice a cut-off tail until the missing pages are read: check does.
        Result<QSqlQuery> q = (*opened)->exec(QStringLiteral("PRAGMA integrity_check"));
        const bool found = !q || (q->next() && q->value(0).toString() != QStringLiteral("ok"));
        CHECK(found);
    } else {
        CHECK((opened.error().message.contains(QStringLiteral("damaged")) || opened.error().message.contains(QStringLiteral("malformed"))));
    }
    // The original is untouched.
    CHECK(readFile(t.path()) == whole);
}

TEST_CASE("a write that meets a full disk fails whole and leaves the previous state")
{
    TempStore t;
    REQUIRE(t->insert(QStringLiteral("agency"), {{QStringLiteral("name"), QStringLiteral("Before")},
                                                 {QStringLiteral("kind"), QStringLiteral("shelter")}}));
    const QString before = dumpText(*t, true);
    // SQLite's page limit stands in for a full disk: the next pages cannot be had.
    Result<QSqlQuery> pages = t->exec(QStringLiteral("PRAGMA page_count"));
    REQUIRE((pages && pages->next()));
    const qint64 count = pages->value(0).toLongLong();
    pages->finish();
    REQUIRE(t->exec(QStringLiteral("PRAGMA max_page_count = %1").arg(count)));
    Result<void> big = [&]() -> Result<void> {
        Result<Transaction> tx = t->begin();
        if (!tx)
            return tx.error();
        for (int i = 0; i < 2000; ++i) {
            Result<QUuid> r = t->insert(QStringLiteral("agency"), {{QStringLiteral("name"), QString(500, QLatin1Char('x'))},
                                                                   {QStringLiteral("kind"), QStringLiteral("shelter")}});
            if (!r)
                return r.error();
        }
        return tx->commit();
    }();
    REQUIRE_FALSE(big);
    CHECK(big.error().message.contains(QStringLiteral("full")));
    REQUIRE(t->exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
    CHECK(dumpText(*t, true) == before);
    t.reopen();
    CHECK(dumpText(*t, true) == before);
}

TEST_CASE("a version-3 file migrates to version 4: a note can be a lesson learned, a referral has an answer")
{
    TempStore t;
    Result<QUuid> op = t->insert(QStringLiteral("operation"), {{QStringLiteral("code_name"), QStringLiteral("Wren")}});
    REQUIRE(op);
    Result<QUuid> note = t->insert(QStringLiteral("note"), {{QStringLiteral("operation"), *op},
                                                           {QStringLiteral("at"), QDateTime::currentDateTimeUtc()},
                                                           {QStringLiteral("text"), QStringLiteral("Entry at 05:10")}});
    REQUIRE(note);
    // Back to schema 3: without the columns version 4 added.
    REQUIRE(dropColumnsSince(*t, 3));
    t.reopen();
    CHECK(t->schemaVersion() == schema::currentVersion());
    CHECK(schema::currentVersion() >= 4);
    Result<Row> old = t->get(QStringLiteral("note"), *note);
    REQUIRE(old);
    CHECK_FALSE(old->value(QStringLiteral("lesson")).toBool());
    CHECK(old->text(QStringLiteral("text")) == QStringLiteral("Entry at 05:10"));
    REQUIRE(t->update(QStringLiteral("note"), *note, {{QStringLiteral("lesson"), true}}));
    Result<Row> marked = t->get(QStringLiteral("note"), *note);
    REQUIRE(marked);
    CHECK(marked->value(QStringLiteral("lesson")).toBool());
    for (const char* column : {"referral_answer", "referral_reason", "referral_answered_at", "referral_outcome",
                               "referral_answer_v", "referral_outcome_v"}) {
        Result<QSqlQuery> q = t->exec(QStringLiteral("SELECT COUNT(*) FROM pragma_table_info('checklist_item') WHERE name = ?"),
                                      {QString::fromLatin1(column)});
        REQUIRE(q);
        REQUIRE(q->next());
        INFO(column);
        CHECK(q->value(0).toInt() == 1);
    }
}
