// Recall, erasure and retention through the real tandem-cli (issue 18): withdrawing a consent or
// `erase` recalls the partner's copy, which is gone from its file and every backup, even read
// with the passphrase; `retention` lists and erases what is kept too long; bad input is refused
// with exit 1, one line, and nothing changed.

#include "clirun.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace tandem::test;

namespace {

// Invented for this test; any resemblance to a real person is accidental.
const QString kName = QStringLiteral("Wendeline Ostracod");

// Everything `tandem-cli list --identities` shows of identities in `file`: the file or a backup.
QString identitiesIn(const QString& file)
{
    const CliRun r = cli({QStringLiteral("list"), file, QStringLiteral("survivor_identity"), QStringLiteral("--identities")});
    INFO("stderr: " << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r.out;
}

// Adds an identity named kName to `survivor`.
void addIdentity(const CliFile& f, const QUuid& survivor)
{
    requireOk(f.run(QStringLiteral("add"), {QStringLiteral("survivor_identity"), QStringLiteral("survivor=") + idText(survivor),
                                            QStringLiteral("name=") + kName, QStringLiteral("--identities"), QStringLiteral("--json")}));
}

QStringList backupsOf(const CliFile& f, const QString& pattern = QStringLiteral("*.tandem"))
{
    QStringList out;
    for (const QFileInfo& b : QDir(f.path() + QStringLiteral(".backups")).entryInfoList({pattern}, QDir::Files, QDir::Name))
        out << b.absoluteFilePath();
    return out;
}

// How many survivors' identities, as they were before a merge, the undo file at `path` keeps.
qint64 identitiesKeptBy(const QString& path)
{
    const QString connection = QStringLiteral("undo-peek");
    qint64 n = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        // (a table that stayed empty is not kept)
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'survivor_identity@before'")));
        REQUIRE(q.next());
        n = 0;
        if (q.value(0).toInt() == 1) {
            REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM \"survivor_identity@before\"")));
            REQUIRE(q.next());
            n = q.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return n;
}

} // namespace

TEST_CASE("cli: withdrawing a consent recalls the partner's copy of the identity from its file and backups")
{
    CliFile a(QStringLiteral("Northbridge Task Force"));
    CliFile b(QStringLiteral("Harbourside Shelter"));
    trust(a, b);
    trust(b, a);
    const QUuid survivor = a.add(QStringLiteral("survivor"), {QStringLiteral("code=NTF-2026-0001")});
    addIdentity(a, survivor);
    const QUuid consent = a.add(QStringLiteral("consent"), {QStringLiteral("survivor=") + idText(survivor),
                                                            QStringLiteral("recipient_office=") + idText(b.officeId()),
                                                            QStringLiteral("scope=identity"),
                                                            QStringLiteral("given_at=2026-03-01T10:00:00Z")});
    send(a, b);
    REQUIRE(identitiesIn(b.path()).contains(kName));
    requireOk(b.run(QStringLiteral("backup")));
    REQUIRE(backupsOf(b).size() == 1);
    CHECK(identitiesIn(backupsOf(b).front()).contains(kName));
    const QStringList undoBefore = backupsOf(b, QStringLiteral("*.undo"));
    REQUIRE(undoBefore.size() == 1); // the merge that brought it: its rows were new, so it keeps none
    CHECK(identitiesKeptBy(undoBefore.front()) == 0);

    requireOk(a.run(QStringLiteral("withdraw-consent"), {idText(consent), QStringLiteral("--reason"), QStringLiteral("asked to stop")}));
    const CliRun merged = b.run(QStringLiteral("merge"), {exportFor(a, b, QStringLiteral("recall.bundle"))});
    requireOk(merged);
    CHECK(merged.out.contains(QStringLiteral("1 survivor's identity erased here on a recall")));
    CHECK_FALSE(identitiesIn(b.path()).contains(kName));
    // The copy made by hand is rewritten without it; so is the undo file of the merge that erased
    // it, which recorded the identity as it was before the merge.
    for (const QString& backup : backupsOf(b)) {
        INFO(backup.toStdString());
        CHECK_FALSE(identitiesIn(backup).contains(kName));
    }
    const QStringList undoAfter = backupsOf(b, QStringLiteral("*.undo"));
    REQUIRE(undoAfter.size() == 2);
    for (const QString& undo : undoAfter) {
        INFO(undo.toStdString());
        CHECK(identitiesKeptBy(undo) == 0);
    }
    // Undoing that merge does not bring the identity back.
    const QString recallUndo = undoAfter.contains(undoBefore.front()) ? undoAfter.at(1 - undoAfter.indexOf(undoBefore.front())) : QString();
    REQUIRE_FALSE(recallUndo.isEmpty());
    requireOk(cli({QStringLiteral("restore"), b.path(), recallUndo}));
    CHECK_FALSE(identitiesIn(b.path()).contains(kName));
    CHECK(b.run(QStringLiteral("audit")).out.contains(QStringLiteral("identity erased on a recall by Northbridge Task Force")));
    // The office that recorded it keeps its own.
    CHECK(identitiesIn(a.path()).contains(kName));
}

TEST_CASE("cli: erase prints a receipt, refuses bad input with exit 1 and changes nothing then")
{
    CliFile f;
    const QUuid survivor = f.add(QStringLiteral("survivor"), {QStringLiteral("code=NTF-2026-0002")});
    addIdentity(f, survivor);
    requireOk(f.run(QStringLiteral("backup")));
    const QString dump = f.dump(true);

    requireRefused(f.run(QStringLiteral("erase"), {QStringLiteral("NTF-2026-0002")}), QStringLiteral("say why the identity is erased"));
    requireRefused(f.run(QStringLiteral("erase"), {QStringLiteral("NTF-2026-0099"), QStringLiteral("--reason"), QStringLiteral("x")}),
                   QStringLiteral("no survivor NTF-2026-0099 in this file"));
    requireRefused(f.run(QStringLiteral("erase"), {idText(QUuid::createUuid()), QStringLiteral("--reason"), QStringLiteral("x")}),
                   QStringLiteral("no survivor"));
    CHECK(f.dump(true) == dump);

    const CliRun erased = f.run(QStringLiteral("erase"), {QStringLiteral("NTF-2026-0002"), QStringLiteral("--reason"),
                                                          QStringLiteral("asked by the survivor"), QStringLiteral("--json")});
    requireOk(erased);
    const QJsonObject receipt = erased.jsonObject();
    CHECK(receipt.value(QStringLiteral("code")) == QStringLiteral("NTF-2026-0002"));
    CHECK(receipt.value(QStringLiteral("reason")) == QStringLiteral("asked by the survivor"));
    CHECK(receipt.value(QStringLiteral("everywhere")).toBool());
    CHECK(receipt.value(QStringLiteral("backups_rewritten")).toInt() >= 1);
    CHECK_FALSE(identitiesIn(f.path()).contains(kName));
    for (const QString& backup : backupsOf(f))
        CHECK_FALSE(identitiesIn(backup).contains(kName));
    // The case stays.
    CHECK(f.show(QStringLiteral("survivor"), survivor).value(QStringLiteral("code")) == QStringLiteral("NTF-2026-0002"));
    requireRefused(f.run(QStringLiteral("erase"), {QStringLiteral("NTF-2026-0002"), QStringLiteral("--reason"), QStringLiteral("again")}),
                   QStringLiteral("was already erased here"));
}

TEST_CASE("cli: retention sets the period, lists what is due and erases it with a receipt")
{
    CliFile f;
    const CliRun none = f.run(QStringLiteral("retention"));
    requireOk(none);
    CHECK(none.out.contains(QStringLiteral("No retention period is set")));
    const QString dump = f.dump(true);
    requireRefused(f.run(QStringLiteral("retention"), {QStringLiteral("--period"), QStringLiteral("-1")}),
                   QStringLiteral("a retention period is a whole number of months from 1 to 1200, not -1"));
    requireRefused(f.run(QStringLiteral("retention"), {QStringLiteral("--period=0")}), QStringLiteral("not 0"));
    CHECK(f.dump(true) == dump);

    // Two survivors of an operation closed long ago: one with an active consent (kept), one
    // without (due).
    const QUuid operation = f.add(QStringLiteral("operation"), {QStringLiteral("code_name=Lantern")});
    const QUuid due = f.add(QStringLiteral("survivor"), {QStringLiteral("code=NTF-2025-0001"), QStringLiteral("operation=") + idText(operation)});
    const QUuid kept = f.add(QStringLiteral("survivor"), {QStringLiteral("code=NTF-2025-0002"), QStringLiteral("operation=") + idText(operation)});
    for (const QUuid& s : {due, kept})
        addIdentity(f, s);
    const QUuid clinic = f.add(QStringLiteral("agency"), {QStringLiteral("name=Harbour Street Clinic"), QStringLiteral("kind=medical")});
    f.add(QStringLiteral("consent"), {QStringLiteral("survivor=") + idText(kept), QStringLiteral("recipient_agency=") + idText(clinic),
                                      QStringLiteral("scope=case_details"), QStringLiteral("given_at=2025-03-01T10:00:00Z")});
    {
        // As if the operation had been closed two years ago: the status's version carries when.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("retention-test"));
        db.setDatabaseName(f.path());
        REQUIRE(db.open());
        QSqlQuery read(db);
        REQUIRE(read.prepare(QStringLiteral("SELECT status_v FROM operation WHERE id = ?")));
        read.addBindValue(operation.toRfc4122());
        REQUIRE((read.exec() && read.next()));
        QByteArray version = read.value(0).toByteArray();
        read.finish();
        REQUIRE(version.size() == 24);
        const quint64 hlc = quint64(QDateTime::currentDateTimeUtc().addYears(-2).toMSecsSinceEpoch()) << 16;
        for (int i = 0; i < 8; ++i)
            version[i] = char((hlc >> (56 - 8 * i)) & 0xff);
        QSqlQuery q(db);
        REQUIRE(q.prepare(QStringLiteral("UPDATE operation SET status = 'closed', status_v = ? WHERE id = ?")));
        q.addBindValue(version);
        q.addBindValue(operation.toRfc4122());
        REQUIRE(q.exec());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("retention-test"));

    requireOk(f.run(QStringLiteral("retention"), {QStringLiteral("--period"), QStringLiteral("12")}));
    const CliRun listed = f.run(QStringLiteral("retention"), {QStringLiteral("--json")});
    requireOk(listed);
    const QJsonObject json = listed.jsonObject();
    CHECK(json.value(QStringLiteral("period_months")).toInt() == 12);
    const QJsonArray list = json.value(QStringLiteral("due")).toArray();
    REQUIRE(list.size() == 1);
    CHECK(list.at(0).toObject().value(QStringLiteral("code")) == QStringLiteral("NTF-2025-0001"));
    CHECK(f.run(QStringLiteral("retention")).out.contains(QStringLiteral("1 identity due for erasure")));

    const CliRun applied = f.run(QStringLiteral("retention"), {QStringLiteral("--apply")});
    requireOk(applied);
    CHECK(applied.out.contains(QStringLiteral("Erased the identity of survivor NTF-2025-0001")));
    CHECK(applied.out.contains(QStringLiteral("retention period of 12 months after Lantern closed")));
    const QString left = identitiesIn(f.path());
    CHECK(left.count(kName) == 1); // the survivor with a consent keeps it
    CHECK(f.run(QStringLiteral("retention"), {QStringLiteral("--json")}).jsonObject().value(QStringLiteral("due")).toArray().isEmpty());
}
