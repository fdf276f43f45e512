// copy, backups, restore, import-protocol and export-protocol through the real tandem-cli.

#include "clirun.h"

#include <QDir>
#include <QFile>

using namespace tandem::test;

TEST_CASE("copy, backups and restore: a restore brings the backup back and can be undone")
{
    CliFile f;
    f.add(QStringLiteral("agency"), {QStringLiteral("name=Kept Agency"), QStringLiteral("kind=shelter")});
    const CliRun made = f.run(QStringLiteral("backups"), {QStringLiteral("--now"), QStringLiteral("--json")});
    REQUIRE(made.exitCode == 0);
    const QJsonArray list = made.jsonArray();
    REQUIRE(list.size() == 1);
    const QString backup = list.first()[QStringLiteral("path")].toString();
    CHECK(list.first()[QStringLiteral("reason")] == QStringLiteral("made by hand"));
    const QString before = f.dump(true);

    f.add(QStringLiteral("agency"), {QStringLiteral("name=Later Agency"), QStringLiteral("kind=shelter")});
    const QString copy = f.file(QStringLiteral("copy.tandem"));
    REQUIRE(f.run(QStringLiteral("copy"), {copy}).exitCode == 0);
    CHECK(cli({QStringLiteral("dump"), copy, QStringLiteral("--all")}).out == f.dump(true));
    const CliRun again = f.run(QStringLiteral("copy"), {copy});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already exists")));

    REQUIRE(f.run(QStringLiteral("restore"), {backup}).exitCode == 0);
    CHECK(f.dump(true).contains(QStringLiteral("Kept Agency")));
    CHECK_FALSE(f.dump(true).contains(QStringLiteral("Later Agency")));
    const QJsonArray after = f.run(QStringLiteral("backups"), {QStringLiteral("--json")}).jsonArray();
    REQUIRE(after.size() == 2);
    CHECK(after.first()[QStringLiteral("reason")] == QStringLiteral("before restore"));
    REQUIRE(f.run(QStringLiteral("restore"), {after.first()[QStringLiteral("path")].toString()}).exitCode == 0);
    CHECK(f.dump(true).contains(QStringLiteral("Later Agency")));
    (void)before;

    const CliRun junk = f.run(QStringLiteral("restore"), {f.file(QStringLiteral("none.tandem"))});
    CHECK(junk.exitCode == 1);
    CHECK(junk.errLines().size() == 1);
}

TEST_CASE("merge makes a backup first")
{
    CliFile a(QStringLiteral("A"));
    CliFile b(QStringLiteral("B"));
    for (auto [from, to] : {std::pair{&a, &b}, std::pair{&b, &a}}) {
        const QString card = from->file(QStringLiteral("card"));
        REQUIRE(from->run(QStringLiteral("key"), {QStringLiteral("--out"), card}).exitCode == 0);
        REQUIRE(to->run(QStringLiteral("trust"), {card}).exitCode == 0);
    }
    const QString bundle = a.file(QStringLiteral("x.bundle"));
    REQUIRE(a.run(QStringLiteral("export"), {QStringLiteral("--out"), bundle}).exitCode == 0);
    REQUIRE(b.run(QStringLiteral("merge"), {bundle}).exitCode == 0);
    const QJsonArray backups = b.run(QStringLiteral("backups"), {QStringLiteral("--json")}).jsonArray();
    REQUIRE(backups.size() == 1);
    CHECK(backups.first()[QStringLiteral("reason")] == QStringLiteral("before merge from a"));
}

TEST_CASE("protocols export to JSON and import back, a malformed file is refused with its step")
{
    CliFile f;
    const QJsonArray protocols = f.run(QStringLiteral("list"), {QStringLiteral("protocol"), QStringLiteral("--json")}).jsonArray();
    REQUIRE_FALSE(protocols.isEmpty());
    const QString id = protocols.first()[QStringLiteral("id")].toString();
    const QString file = f.file(QStringLiteral("protocol.json"));
    REQUIRE(f.run(QStringLiteral("export-protocol"), {id, QStringLiteral("--out"), file}).exitCode == 0);

    // Import into another office as it is; the same version twice is refused.
    CliFile other(QStringLiteral("Other Office"));
    const CliRun twice = other.run(QStringLiteral("import-protocol"), {file});
    CHECK(twice.exitCode == 1); // the defaults are already there
    QFile in(file);
    REQUIRE(in.open(QIODevice::ReadOnly));
    QByteArray json = in.readAll();
    in.close();
    json.replace("\"version\": 1", "\"version\": 2");
    QFile outFile(file);
    REQUIRE(outFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
    outFile.write(json);
    outFile.close();
    const CliRun imported = other.run(QStringLiteral("import-protocol"), {file});
    INFO(imported.err.toStdString());
    CHECK(imported.exitCode == 0);

    // A negative offset: the file and the step are named.
    QByteArray bad = json;
    const qsizetype at = bad.indexOf("\"due\": \"+");
    REQUIRE(at > 0);
    bad.replace(at, 9, "\"due\": \"-");
    REQUIRE(outFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
    outFile.write(bad);
    outFile.close();
    const CliRun refused = other.run(QStringLiteral("import-protocol"), {file});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.startsWith(QStringLiteral("tandem-cli: ") + file));
    CHECK(refused.err.contains(QStringLiteral("step 1")));
}
