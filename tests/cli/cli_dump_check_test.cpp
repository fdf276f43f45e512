// dump (canonical, shared or all) and check (clean, damaged) through the real executable.

#include "clirun.h"
#include "testsupport.h"

#include "util/ids.h"

#include <QSqlQuery>

using namespace tandem;
using namespace tandem::test;

namespace {

// Damages the file around the store, as a buggy tool or a hand edit would.
void damage(const QString& path, const QString& sql, const QVariantList& binds = {})
{
    Result<std::unique_ptr<Store>> store = Store::open(path);
    REQUIRE(store);
    INFO(sql.toStdString());
    REQUIRE((*store)->exec(sql, binds));
}

} // namespace

TEST_CASE(
    "dump is canonical: the same bytes every run, rows in id order whatever the order of writing")
{
    TempStore t;
    ManualClock clock;
    t->setWallClock(clock.fn());
    // Written newest id first: the dump still lists them oldest id first.
    QList<QUuid> ids;
    for (int i = 3; i >= 1; --i) {
        const QUuid id = makeUuidV7(clock.now - 10'000 + 1000 * i, 0, quint64(i));
        ids.prepend(id);
        REQUIRE(t->insert(QStringLiteral("agency"),
                          {{QStringLiteral("name"), QStringLiteral("Agency %1").arg(i)},
                           {QStringLiteral("kind"), QStringLiteral("shelter")}},
                          id));
    }
    const QString path = t.path();
    t.store.reset();

    const CliRun first = cli({QStringLiteral("dump"), path});
    REQUIRE(first.exitCode == 0);
    CHECK(first.err.isEmpty());
    CHECK(cli({QStringLiteral("dump"), path}).out == first.out);
    auto inIdOrder = [&ids](const QString& dump) {
        return dump.indexOf(idText(ids[0])) < dump.indexOf(idText(ids[1])) &&
               dump.indexOf(idText(ids[1])) < dump.indexOf(idText(ids[2]));
    };
    CHECK(inIdOrder(first.out));

    // An edit of the row written last (the lowest id) changes its line, not where it stands.
    // The write is the file's one person's, proven by their passphrase (the TempStore's).
    REQUIRE(cli({QStringLiteral("set"), path, QStringLiteral("agency"), idText(ids[0]),
                 QStringLiteral("phone=555 0199")},
                {{QStringLiteral("TANDEM_PASSPHRASE"), kOfficePassphrase}})
                .exitCode == 0);
    const QString edited = cli({QStringLiteral("dump"), path}).out;
    CHECK(edited != first.out);
    CHECK(inIdOrder(edited));
    CHECK(edited.count(QLatin1Char('\n')) == first.out.count(QLatin1Char('\n')));
    for (const QString& line : edited.split(QLatin1Char('\n'))) {
        if (line.startsWith(QStringLiteral("  {")))
            CHECK(line.startsWith(QStringLiteral("  {\"deleted\":")));
    }
}

TEST_CASE("plain dump leaves out office-only rows, and --all has them")
{
    CliFile f;
    f.add(QStringLiteral("operation"), {QStringLiteral("code_name=Open Meadow")});
    f.add(QStringLiteral("operation"),
          {QStringLiteral("code_name=Quiet Harbour"), QStringLiteral("sharing=office")});
    f.add(QStringLiteral("tip"),
          {QStringLiteral("received_at=2026-04-01T09:00:00Z"), QStringLiteral("channel=hotline"),
           QStringLiteral("place=Laundry on Mill Street"), QStringLiteral("source=Neighbour at number 12")});
    const QString shared = f.dump();
    CHECK(shared.contains(QStringLiteral("Open Meadow")));
    CHECK_FALSE(shared.contains(QStringLiteral("Quiet Harbour")));
    CHECK_FALSE(shared.contains(QStringLiteral("Neighbour")));
    const QString all = f.dump(true);
    for (const char* text : {"Open Meadow", "Quiet Harbour", "Neighbour"})
        CHECK(all.contains(QString::fromLatin1(text)));
    CHECK(f.dump(true) == all);
}

TEST_CASE("check passes a clean file and names each problem of a damaged one")
{
    CliFile f;
    const QUuid agency = f.add(QStringLiteral("agency"), {QStringLiteral("name=Riverside Police"),
                                                          QStringLiteral("kind=police")});
    const QUuid op =
        f.add(QStringLiteral("operation"), {QStringLiteral("code_name=Lantern"),
                                            QStringLiteral("lead_agency=") + idText(agency)});

    const CliRun clean = f.run(QStringLiteral("check"));
    CHECK(clean.exitCode == 0);
    CHECK(clean.err.isEmpty());
    // The office, the agency and the operation, and the default protocols init installs.
    const qsizetype protocolRows = f.run(QStringLiteral("list"), {QStringLiteral("protocol"), QStringLiteral("--json")}).jsonArray().size()
                                   + f.run(QStringLiteral("list"), {QStringLiteral("protocol_step"), QStringLiteral("--json")}).jsonArray().size();
    CHECK(protocolRows > 10);
    CHECK(clean.out == QStringLiteral("ok: %1 rows in %2 tables checked\n")
                           .arg(3 + protocolRows)
                           .arg(Registry::instance().entities().size()));

    SECTION("errors: exit 1, a line per problem, one line on stderr")
    {
        damage(f.path(), QStringLiteral("UPDATE operation SET status = 'finished'"));
        damage(f.path(), QStringLiteral("UPDATE agency SET name_v = x'00'"));
        const CliRun r = f.run(QStringLiteral("check"));
        CHECK(r.exitCode == 1);
        CHECK(r.out == QStringLiteral(
                           "error: agency %1 name_v: the version is not 24 bytes\n"
                           "error: operation %2 status: \"finished\" is not one of draft, planned, "
                           "approved, briefed, in_progress, completed, closed, cancelled\n")
                           .arg(idText(agency), idText(op)));
        CHECK(r.err == QStringLiteral("tandem-cli: %1: 2 errors found\n").arg(f.path()));
    }
    SECTION("a dangling reference is a warning: exit 0")
    {
        const QUuid elsewhere = QUuid::createUuid();
        damage(f.path(), QStringLiteral("UPDATE operation SET lead_agency = ?"),
               {elsewhere.toRfc4122()});
        const CliRun r = f.run(QStringLiteral("check"));
        CHECK(r.exitCode == 0);
        CHECK(r.err.isEmpty());
        CHECK(r.out == QStringLiteral("warning: operation %1 lead_agency: refers to agency %2, "
                                      "which this file does not hold\n"
                                      "ok: %3 rows in %4 tables checked, 1 warning\n")
                           .arg(idText(op), idText(elsewhere))
                           .arg(3 + protocolRows)
                           .arg(Registry::instance().entities().size()));
    }
}
