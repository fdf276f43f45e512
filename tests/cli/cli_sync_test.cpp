// tandem-cli sync (issue 20): two offices exchange through one folder with the real executable;
// a folder that is missing, a file, or on a full disk is refused with exit 1 and nothing changed;
// usage errors exit 2.

#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace tandem::test;

namespace {

CliRun sync(const CliFile& f, const QString& folder, const QStringList& more = {})
{
    return f.run(QStringLiteral("sync"), QStringList{QStringLiteral("--folder"), folder} + more);
}

} // namespace

TEST_CASE("cli: two offices exchange through a folder, and say what each pass did")
{
    CliFile a(QStringLiteral("Eastfold Police Service"));
    CliFile b(QStringLiteral("Harbourside Shelter"));
    trust(a, b);
    trust(b, a);
    const QString folder = a.file(QStringLiteral("exchange"));
    REQUIRE(QDir().mkpath(folder));
    a.add(QStringLiteral("agency"), {QStringLiteral("name=Written at Eastfold"), QStringLiteral("kind=police")});

    const CliRun first = sync(a, folder);
    requireOk(first);
    CHECK(first.out.startsWith(QStringLiteral("Wrote tandem-")));
    const CliRun atB = sync(b, folder, {QStringLiteral("--json")});
    requireOk(atB);
    const QJsonObject pass = atB.jsonObject();
    const QJsonArray merged = pass.value(QStringLiteral("merged")).toArray();
    REQUIRE(merged.size() == 1);
    CHECK(merged.at(0).toObject().value(QStringLiteral("sender")).toString() == QStringLiteral("Eastfold Police Service"));
    CHECK(pass.value(QStringLiteral("written")).toArray().size() == 1);
    CHECK(pass.value(QStringLiteral("set_aside")).toArray().isEmpty());
    CHECK(b.dump().contains(QStringLiteral("Written at Eastfold")));
    for (int round = 0; round < 3; ++round) {
        requireOk(sync(a, folder));
        requireOk(sync(b, folder));
    }
    CHECK(a.dump() == b.dump());
    CHECK(QDir(folder).entryList({QStringLiteral("*.bundle")}, QDir::Files).isEmpty());
}

TEST_CASE("cli: sync refuses a folder that is missing, a file or full, and changes nothing")
{
    CliFile a(QStringLiteral("Eastfold Police Service"));
    CliFile b(QStringLiteral("Harbourside Shelter"));
    trust(a, b);
    a.add(QStringLiteral("agency"), {QStringLiteral("name=Written at Eastfold"), QStringLiteral("kind=police")});
    const QString before = a.dump(true);

    requireRefused(sync(a, a.file(QStringLiteral("no such folder"))), QStringLiteral("the exchange folder does not exist"));
    QFile file(a.file(QStringLiteral("a file")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.close();
    requireRefused(sync(a, file.fileName()), QStringLiteral("this is a file, not a folder"));
    CHECK(a.dump(true) == before);

    const QString full = a.file(QStringLiteral("full"));
    REQUIRE(QDir().mkpath(full));
    QStringList leftOver;
    const std::optional<CliRun> r = onFullDisk(full, {QStringLiteral("sync"), a.path(), QStringLiteral("--folder"), full}, leftOver);
    if (!r) {
        WARN("no mount namespace here: the full-disk case is not run");
    } else {
        requireRefused(*r, QStringLiteral("cannot be written"));
        CHECK(leftOver.isEmpty()); // no half bundle left behind
        CHECK(a.dump(true) == before);
    }
}

TEST_CASE("cli: sync's usage errors exit 2")
{
    CliFile a;
    for (const QStringList& args : {QStringList{}, QStringList{QStringLiteral("--folder"), a.file(QStringLiteral("x")), QStringLiteral("--interval"), QStringLiteral("5")},
                                    QStringList{QStringLiteral("--folder"), a.file(QStringLiteral("x")), QStringLiteral("--watch"), QStringLiteral("--interval"), QStringLiteral("0")}}) {
        const CliRun r = a.run(QStringLiteral("sync"), args);
        INFO(args.join(QLatin1Char(' ')).toStdString() << " stderr: " << r.err.toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.out.isEmpty());
    }
}
