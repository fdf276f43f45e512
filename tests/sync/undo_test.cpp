// The safety net before a merge is an undo file of what the merge changed (issue 19), not a copy
// of the whole file: undoing puts back exactly the rows the merge changed, keeps what was done
// since to other rows, undoes newer merges first, refuses when it no longer applies, and leaves
// the exchange correct (partners send the merge again).

#include "officefixture.h"

#include "store/audit.h"
#include "store/backup.h"
#include "store/undofile.h"
#include "sync/conflicts.h"

#include <QDir>

using namespace tandem;
using namespace tandem::test;

namespace {

QUuid agency(Office& o, const QString& name)
{
    return o.insert("agency", {{QStringLiteral("name"), name}, {QStringLiteral("kind"), QStringLiteral("police")}});
}

QString nameOf(Office& o, const QUuid& id)
{
    Result<Row> row = o.store->get(QStringLiteral("agency"), id);
    return row && !row->deleted ? row->text(QStringLiteral("name")) : QString();
}

QStringList filesIn(const QString& folder, const QString& pattern)
{
    return QDir(folder).entryList({pattern}, QDir::Files, QDir::Name);
}

// Undoes through the restore every caller uses (the window, tandem-cli restore).
Result<void> undo(Office& o, const QString& undoPath)
{
    o.store.reset();
    Result<void> r = restoreBackup(o.path, undoPath);
    Result<std::unique_ptr<Store>> s = Store::open(o.path);
    REQUIRE(s);
    o.store = std::move(*s);
    return r;
}

} // namespace

TEST_CASE("a merge is recorded in an undo file the size of the merge, with no copy of the whole file")
{
    QTemporaryDir dir;
    Office a(QStringLiteral("A"), dir);
    Office b(QStringLiteral("B"), dir);
    trustEachOther({&a, &b});
    for (int i = 0; i < 40; ++i)
        agency(b, QStringLiteral("B's own agency %1").arg(i));
    agency(a, QStringLiteral("From A"));
    const MergeSummary merged = send(a, b);
    CHECK(merged.backupPath.endsWith(QStringLiteral(".undo")));
    CHECK(filesIn(backupFolder(b.path), QStringLiteral("*.tandem")).isEmpty());
    Result<std::vector<BackupInfo>> listed = listBackups(b.path);
    REQUIRE(listed);
    REQUIRE(listed->size() == 1);
    CHECK(listed->front().undo);
    CHECK(listed->front().reason == QStringLiteral("before merge from a"));
    CHECK(listed->front().bytes < QFileInfo(b.path).size());
}

TEST_CASE("undoing a merge puts its rows back exactly, keeps later edits of other rows, and can itself be undone")
{
    QTemporaryDir dir;
    Office a(QStringLiteral("A"), dir);
    Office b(QStringLiteral("B"), dir);
    trustEachOther({&a, &b});
    const QUuid shared = agency(a, QStringLiteral("Shared"));
    send(a, b);
    send(b, a);
    const QUuid own = agency(b, QStringLiteral("B's own"));
    const QString before = b.dump();

    a.set("agency", shared, {{QStringLiteral("name"), QStringLiteral("Shared, renamed at A")}});
    const QUuid fresh = agency(a, QStringLiteral("New at A"));
    const MergeSummary merged = send(a, b);
    REQUIRE(nameOf(b, shared) == QStringLiteral("Shared, renamed at A"));
    REQUIRE(nameOf(b, fresh) == QStringLiteral("New at A"));

    SECTION("with nothing done since, the file's rows are exactly as before the merge")
    {
        REQUIRE(undo(b, merged.backupPath));
        CHECK(b.dump() == before);
        // The partner sends the merge again: the exchange goes on as after a restore.
        send(a, b);
        send(b, a);
        send(a, b);
        CHECK(nameOf(b, fresh) == QStringLiteral("New at A"));
        CHECK(a.dump() == b.dump());
        CHECK(conflicts(*b.store)->empty());
    }

    SECTION("edits since to other rows stay; the undo is in the audit log and can be undone")
    {
        const QUuid later = agency(b, QStringLiteral("B's, after the merge"));
        b.set("agency", own, {{QStringLiteral("name"), QStringLiteral("B's own, renamed after the merge")}});
        const qint64 epoch = b.store->meta(QStringLiteral("restore_epoch"))->toLongLong();
        REQUIRE(undo(b, merged.backupPath));
        CHECK(nameOf(b, shared) == QStringLiteral("Shared"));
        CHECK(nameOf(b, fresh).isEmpty());
        CHECK(nameOf(b, later) == QStringLiteral("B's, after the merge"));
        CHECK(nameOf(b, own) == QStringLiteral("B's own, renamed after the merge"));
        CHECK(b.store->meta(QStringLiteral("restore_epoch"))->toLongLong() == epoch + 1);
        Result<std::vector<AuditEntry>> audit = readAudit(*b.store, QStringLiteral("undo"));
        REQUIRE(audit);
        REQUIRE(audit->size() == 1);
        CHECK(audit->front().subject == QStringLiteral("before merge from A"));
        CHECK(audit->front().details.contains(QStringLiteral("1 rows removed")));

        // The undo file it used is gone; the undo's own is there, and brings the merge back.
        Result<std::vector<BackupInfo>> listed = listBackups(b.path);
        REQUIRE(listed);
        CHECK_FALSE(QFile::exists(merged.backupPath));
        REQUIRE_FALSE(listed->empty());
        CHECK(listed->front().undo);
        CHECK(listed->front().reason == QStringLiteral("before undoing before merge from a"));
        REQUIRE(undo(b, listed->front().path));
        CHECK(nameOf(b, shared) == QStringLiteral("Shared, renamed at A"));
        CHECK(nameOf(b, fresh) == QStringLiteral("New at A"));
        CHECK(nameOf(b, later) == QStringLiteral("B's, after the merge"));

        send(b, a);
        send(a, b);
        send(b, a);
        CHECK(a.dump() == b.dump());
    }
}

TEST_CASE("undoing an older merge undoes the newer ones first, in one go")
{
    QTemporaryDir dir;
    Office a(QStringLiteral("A"), dir);
    Office b(QStringLiteral("B"), dir);
    Office c(QStringLiteral("C"), dir);
    trustEachOther({&a, &b, &c});
    const QUuid shared = agency(a, QStringLiteral("Shared"));
    send(a, b);
    send(a, c);
    const QString before = b.dump();

    a.set("agency", shared, {{QStringLiteral("name"), QStringLiteral("Renamed at A")}});
    const MergeSummary first = send(a, b);
    c.set("agency", shared, {{QStringLiteral("name"), QStringLiteral("Renamed at C, later")}});
    const QUuid fromC = agency(c, QStringLiteral("C's"));
    send(c, b);
    REQUIRE(nameOf(b, shared) == QStringLiteral("Renamed at C, later"));

    Result<void> undone = undo(b, first.backupPath);
    INFO((undone ? QString() : undone.error().text()).toStdString());
    REQUIRE(undone);
    CHECK(b.dump() == before);
    CHECK(nameOf(b, fromC).isEmpty());
    // Both undo files went; the undo's own came.
    CHECK_FALSE(QFile::exists(first.backupPath));
    CHECK(filesIn(backupFolder(b.path), QStringLiteral("*before-merge-from-c*")).isEmpty());
    CHECK(filesIn(backupFolder(b.path), QStringLiteral("*before-undoing*")).size() == 1);
}

TEST_CASE("an undo that no longer applies is refused and leaves the file as it is")
{
    QTemporaryDir dir;
    Office a(QStringLiteral("A"), dir);
    Office b(QStringLiteral("B"), dir);
    trustEachOther({&a, &b});
    agency(a, QStringLiteral("From A"));
    const QString copy = b.backup();
    const MergeSummary merged = send(a, b);
    b.restore(copy); // back to before the merge, by a whole copy
    const QString now = b.dump();

    Result<void> r = undo(b, merged.backupPath);
    REQUIRE_FALSE(r);
    CHECK(r.error().message.contains(QStringLiteral("no longer applies")));
    CHECK(r.error().context == merged.backupPath);
    CHECK(b.dump() == now);
}

TEST_CASE("a merge that fails or is cancelled leaves no undo file and the file as it was")
{
    QTemporaryDir dir;
    Office a(QStringLiteral("A"), dir);
    Office b(QStringLiteral("B"), dir);
    trustEachOther({&a, &b});
    for (int i = 0; i < 5; ++i)
        agency(a, QStringLiteral("From A %1").arg(i));
    const QString bundle = a.exportFor({&b});
    const QString before = b.dump();
    Result<MergeSummary> r = mergeBundle(*b.store, *b.keys, bundle, [](double fraction) { return fraction <= 0.4; });
    REQUIRE_FALSE(r);
    CHECK(r.error().message.contains(QStringLiteral("cancelled")));
    CHECK(b.dump() == before);
    CHECK(filesIn(backupFolder(b.path), QStringLiteral("*")).isEmpty());
    // And the connection is left as it was: the next merge records and keeps its own.
    const MergeSummary merged = b.merge(bundle);
    CHECK(filesIn(backupFolder(b.path), QStringLiteral("*.undo")).size() == 1);
    CHECK(QFile::exists(merged.backupPath));
}
