// The undo file of a change (core/store/undofile.h): what it records of each kind of write, and
// what undoing it puts back. Merges use it (tests/sync/undo_test.cpp); here the writes are made
// by hand so that each kind is seen alone.

#include "catchqt.h"
#include "testsupport.h"

#include "store/audit.h"
#include "store/backup.h"
#include "store/undofile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

using namespace tandem;
using namespace tandem::test;

namespace {

const QByteArray kId = QByteArray(16, '\x07');
QByteArray version(char c)
{
    return QByteArray(24, c);
}

QByteArray withdrawnVersion(Store& s)
{
    Result<QSqlQuery> q = s.exec(QStringLiteral("SELECT version FROM withdrawal WHERE entity = 'agency' AND id = ?"), {kId});
    REQUIRE(q);
    return q->next() ? q->value(0).toByteArray() : QByteArray();
}

// Runs `sql` as a recorded change (as a merge does: recording, transaction, audit entry, seal,
// commit, keep) and returns the undo file's path.
QString recorded(Store& s, const QStringList& sql, const QVariantList& binds = {})
{
    Result<std::unique_ptr<UndoRecording>> recording = UndoRecording::start(s, QStringLiteral("before merge from Test"));
    REQUIRE(recording);
    {
        Result<Transaction> tx = s.begin();
        REQUIRE(tx);
        for (const QString& statement : sql)
            REQUIRE(s.exec(statement, binds));
        REQUIRE(appendAudit(s, QStringLiteral("merge"), QStringLiteral("Test"), QString()));
        REQUIRE((*recording)->seal());
        REQUIRE(tx->commit());
    }
    Result<QString> kept = (*recording)->keep();
    REQUIRE(kept);
    return *kept;
}

Result<UndoSummary> undo(TempStore& t, const QString& path)
{
    t.store.reset();
    Result<UndoSummary> r = undoRecorded(t.path(), path);
    t.reopen();
    return r;
}

} // namespace

TEST_CASE("an insert that replaces a row records the row it replaced, and the undo puts it back")
{
    TempStore t;
    REQUIRE(t->exec(QStringLiteral("INSERT INTO withdrawal (entity, id, version, seq) VALUES ('agency', ?, ?, 1)"), {kId, version('\x01')}));
    const QString file = recorded(*t, {QStringLiteral("INSERT OR REPLACE INTO withdrawal (entity, id, version, seq) VALUES ('agency', ?, ?, 2)")},
                                  {kId, version('\x02')});
    REQUIRE(withdrawnVersion(*t) == version('\x02'));
    Result<UndoSummary> r = undo(t, file);
    INFO((r ? QString() : r.error().text()).toStdString());
    REQUIRE(r);
    CHECK(r->restored == 1);
    CHECK(r->removed == 0);
    CHECK(withdrawnVersion(*t) == version('\x01'));
}

TEST_CASE("an upsert that leaves every row as it is records nothing, and the undo file stays small")
{
    TempStore t;
    for (int i = 0; i < 200; ++i)
        REQUIRE(t->insert(QStringLiteral("agency"), {{QStringLiteral("name"), QStringLiteral("Agency %1").arg(i)},
                                                     {QStringLiteral("kind"), QStringLiteral("shelter")}}));
    // Every agency offered again with what it has: the WHERE of the update refuses each.
    const QString file = recorded(*t, {QStringLiteral("INSERT INTO agency (id, name, kind) SELECT id, name, kind FROM agency WHERE true "
                                                      "ON CONFLICT (id) DO UPDATE SET name = excluded.name WHERE excluded.name <> name")});
    Result<std::vector<BackupInfo>> listed = listBackups(t.path());
    REQUIRE(listed);
    REQUIRE(listed->size() == 1);
    CHECK(listed->front().undo);
    // Only the undo file's bookkeeping: every table that stayed empty was dropped.
    CHECK(QFileInfo(file).size() < 64 * 1024);
    Result<UndoSummary> r = undo(t, file);
    REQUIRE(r);
    CHECK(r->restored == 0);
    CHECK(r->removed == 0);
}

TEST_CASE("a row added and then changed within the change is removed by the undo, not put back as added")
{
    TempStore t;
    const QString id = QStringLiteral("x'%1'").arg(QString::fromLatin1(kId.toHex()));
    const QString file = recorded(*t, {QStringLiteral("INSERT INTO agency (id, name, kind) VALUES (%1, 'First', 'shelter')").arg(id),
                                       QStringLiteral("UPDATE agency SET name = 'Second' WHERE id = %1").arg(id),
                                       QStringLiteral("DELETE FROM agency WHERE id = %1").arg(id),
                                       QStringLiteral("INSERT INTO agency (id, name, kind) VALUES (%1, 'Third', 'shelter')").arg(id)});
    Result<UndoSummary> r = undo(t, file);
    REQUIRE(r);
    Result<QSqlQuery> q = t->exec(QStringLiteral("SELECT count(*) FROM agency WHERE id = ?"), {kId});
    REQUIRE(q);
    REQUIRE(q->next());
    CHECK(q->value(0).toInt() == 0);
}

TEST_CASE("an undo file that was never sealed (Tandem stopped during the change) is refused")
{
    TempStore t;
    QString path;
    {
        Result<std::unique_ptr<UndoRecording>> recording = UndoRecording::start(*t, QStringLiteral("before merge from Test"));
        REQUIRE(recording);
        path = (*recording)->path();
        REQUIRE(t->insert(QStringLiteral("agency"), {{QStringLiteral("name"), QStringLiteral("Outside")}, {QStringLiteral("kind"), QStringLiteral("shelter")}}));
        // Kept without its seal, as if the process had stopped between the tables and the seal.
        REQUIRE((*recording)->keep());
    }
    Result<UndoSummary> r = undo(t, path);
    REQUIRE_FALSE(r);
    CHECK(r.error().message.contains(QStringLiteral("never saved")));
}

TEST_CASE("an undo file being written is never listed, and what a stopped recording left is cleared by the next")
{
    TempStore t;
    {
        Result<std::unique_ptr<UndoRecording>> recording = UndoRecording::start(*t, QStringLiteral("before merge from Test"));
        REQUIRE(recording);
        CHECK(listBackups(t.path())->empty());
        // As if Tandem had stopped here: the file being written stays behind.
        REQUIRE(QFile::copy((*recording)->path() + QStringLiteral(".partial"), t.file(QStringLiteral("left.undo.partial"))));
    }
    // Dropped without being kept: nothing of it is left.
    CHECK(QDir(backupFolder(t.path())).entryList(QDir::Files).isEmpty());
    REQUIRE(QFile::rename(t.file(QStringLiteral("left.undo.partial")), backupFolder(t.path()) + QStringLiteral("/left.undo.partial")));
    CHECK(listBackups(t.path())->empty());
    const QString file = recorded(*t, {QStringLiteral("DELETE FROM agency")});
    CHECK(QDir(backupFolder(t.path())).entryList(QDir::Files) == QStringList{QFileInfo(file).fileName()});
}

TEST_CASE("undo files rotate apart from whole copies: many merges never rotate the last copy away")
{
    TempStore t;
    ManualClock clock;
    t->setWallClock(clock.fn());
    setBackupsToKeep(3);
    REQUIRE(makeBackup(*t, QStringLiteral("on opening")));
    for (int i = 0; i < 6; ++i) {
        clock.now += 1000;
        recorded(*t, {QStringLiteral("INSERT INTO agency (id, name, kind) VALUES (randomblob(16), 'Agency %1', 'shelter')").arg(i)});
    }
    Result<std::vector<BackupInfo>> listed = listBackups(t.path());
    REQUIRE(listed);
    qsizetype copies = 0;
    qsizetype undos = 0;
    for (const BackupInfo& b : *listed)
        (b.undo ? undos : copies) += 1;
    CHECK(copies == 1);
    CHECK(undos == 3);
    setBackupsToKeep(10);
}

TEST_CASE("an unreadable undo file is refused by name and never blocks undoing an older one")
{
    TempStore t;
    ManualClock clock;
    t->setWallClock(clock.fn());
    const QString older = recorded(*t, {QStringLiteral("INSERT INTO agency (id, name, kind) VALUES (randomblob(16), 'Older', 'shelter')")});
    clock.now += 1000;
    const QString newer = recorded(*t, {QStringLiteral("INSERT INTO agency (id, name, kind) VALUES (randomblob(16), 'Newer', 'shelter')")});
    {
        QFile f(newer);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("this is no longer an SQLite file");
    }
    Result<UndoSummary> refused = undo(t, newer);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().context == newer);
    Result<UndoSummary> r = undo(t, older);
    INFO((r ? QString() : r.error().text()).toStdString());
    REQUIRE(r);
    CHECK(r->removed == 1);
    Result<QSqlQuery> q = t->exec(QStringLiteral("SELECT group_concat(name) FROM agency"));
    REQUIRE(q);
    REQUIRE(q->next());
    CHECK(q->value(0).toString() == QStringLiteral("Newer"));
}
