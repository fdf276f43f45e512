// The office's short code through the real tandem-cli (issue 18): init --code and the derived
// default, bad codes refused with no file made, `office code` set by a lead and refused to an
// analyst, survivors minted with it, and two survivors sharing a code reported by `check` and,
// after a merge, by `conflicts`.

#include "clirun.h"

#include <QFileInfo>

using namespace tandem::test;

namespace {

const QString kLeadPass = QString::fromLatin1(kTestPassphrase);
const QString kAnalystPass = QStringLiteral("analyst passphrase, not a secret");

} // namespace

TEST_CASE("init sets the office code given, or derives one from the name and says so")
{
    QTemporaryDir dir;
    const QString given = dir.filePath(QStringLiteral("given.tandem"));
    const CliRun a = cli({QStringLiteral("init"), given, QStringLiteral("--office"), QStringLiteral("North Bay Police"),
                          QStringLiteral("--code"), QStringLiteral("nb")});
    requireOk(a);
    CHECK(a.out.section(QLatin1Char('\n'), 1, 1) == QStringLiteral("Office code: NB"));
    CHECK(cli({QStringLiteral("office"), QStringLiteral("code"), given}).out == QStringLiteral("NB\n"));

    const QString derived = dir.filePath(QStringLiteral("derived.tandem"));
    const CliRun b = cli({QStringLiteral("init"), derived, QStringLiteral("--office"), QStringLiteral("Northbridge Task Force")});
    requireOk(b);
    CHECK(b.out.section(QLatin1Char('\n'), 1, 1).startsWith(QStringLiteral("Office code: NTF (from the office's name")));
    // Survivors added without a code get the office's next one.
    const CliRun added = cli({QStringLiteral("add"), derived, QStringLiteral("survivor"), QStringLiteral("--json")});
    requireOk(added);
    CHECK(added.jsonObject().value(QStringLiteral("code")).toString().contains(QRegularExpression(QStringLiteral("^NTF-20\\d\\d-0001$"))));
}

TEST_CASE("a bad office code: exit 1, one clear line, no file")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.tandem"));
    const std::pair<QString, QString> cases[] = {
        {QStringLiteral("n"), QStringLiteral("\"n\" is not an office code: use 2 to 5 capital letters (A to Z) or digits, such as NB")},
        {QStringLiteral("TOO-LONG!"), QStringLiteral("\"TOO-LONG!\" is not an office code: use 2 to 5 capital letters (A to Z) or digits, such as NB")},
        {QString(), QStringLiteral("an office code is required: 2 to 5 capital letters or digits, such as NB")},
    };
    for (const auto& [code, message] : cases) {
        INFO(code.toStdString());
        const CliRun r = cli({QStringLiteral("init"), path, QStringLiteral("--office"), QStringLiteral("North Bay Police"),
                              QStringLiteral("--code"), code});
        CHECK(r.exitCode == 1);
        CHECK(r.out.isEmpty());
        REQUIRE(r.errLines().size() == 1);
        CHECK(r.errLines().front() == QStringLiteral("tandem-cli: %1: %2").arg(path, message));
        CHECK_FALSE(QFileInfo::exists(path));
        CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }
}

TEST_CASE("office code: a lead sets it, an analyst is refused and nothing changes")
{
    CliFile f(QStringLiteral("Northbridge Task Force"));
    const CliRun person = cli({QStringLiteral("person"), QStringLiteral("add"), f.path(), QStringLiteral("--name"),
                               QStringLiteral("Ari Analyst"), QStringLiteral("--role"), QStringLiteral("analyst"),
                               QStringLiteral("--as"), QStringLiteral("liaison7")},
                              {{QStringLiteral("TANDEM_NEW_PASSPHRASE"), kAnalystPass}});
    requireOk(person);

    const CliRun refused = cli({QStringLiteral("office"), QStringLiteral("code"), f.path(), QStringLiteral("AB"),
                                QStringLiteral("--as"), QStringLiteral("Ari Analyst")},
                               {{QStringLiteral("TANDEM_PASSPHRASE"), kAnalystPass}});
    CHECK(refused.exitCode == 1);
    REQUIRE(refused.errLines().size() == 1);
    CHECK(refused.errLines().front().startsWith(QStringLiteral("tandem-cli: %1: only a lead sets the office's code").arg(f.path())));
    CHECK(cli({QStringLiteral("office"), QStringLiteral("code"), f.path()}).out == QStringLiteral("NTF\n"));

    const CliRun bad = cli({QStringLiteral("office"), QStringLiteral("code"), f.path(), QStringLiteral("n"),
                            QStringLiteral("--as"), QStringLiteral("liaison7")});
    CHECK(bad.exitCode == 1);
    CHECK(bad.errLines().size() == 1);

    const CliRun set = cli({QStringLiteral("office"), QStringLiteral("code"), f.path(), QStringLiteral("nb"),
                            QStringLiteral("--as"), QStringLiteral("liaison7")},
                           {{QStringLiteral("TANDEM_PASSPHRASE"), kLeadPass}});
    requireOk(set);
    CHECK(set.out == QStringLiteral("Office code: NB. New survivor codes: NB-YYYY-NNNN.\n"));
    CHECK(cli({QStringLiteral("office"), QStringLiteral("code"), f.path()}).out == QStringLiteral("NB\n"));
    // Audited.
    CHECK(f.run(QStringLiteral("audit")).out.contains(QStringLiteral("changed from NTF to NB")));
}

TEST_CASE("check names the survivors that share a code, and after a merge conflicts lists the pair")
{
    // Two offices whose names give the same code, so that both mint HU-YYYY-0001.
    CliFile a(QStringLiteral("Harbour Unit"));
    CliFile b(QStringLiteral("Highland Union"));
    requireOk(a.run(QStringLiteral("trust"), {card(b)}));
    requireOk(b.run(QStringLiteral("trust"), {card(a)}));
    const QUuid fromA = a.add(QStringLiteral("survivor"), {QStringLiteral("sharing=partners")});
    const QUuid fromB = b.add(QStringLiteral("survivor"), {QStringLiteral("sharing=partners")});
    const QString code = a.show(QStringLiteral("survivor"), fromA).value(QStringLiteral("code")).toString();
    REQUIRE(code.startsWith(QStringLiteral("HU-")));
    REQUIRE(b.show(QStringLiteral("survivor"), fromB).value(QStringLiteral("code")).toString() == code);

    const QString bundle = a.file(QStringLiteral("a.bundle"));
    requireOk(a.run(QStringLiteral("export"), {QStringLiteral("--out"), bundle, QStringLiteral("--to"), idText(b.officeId())}));
    const CliRun merged = b.run(QStringLiteral("merge"), {bundle});
    requireOk(merged);
    CHECK(merged.out.contains(QStringLiteral("1 pairs of survivors share a code, both kept: tandem-cli conflicts ")));

    // check: a warning on each, naming the other; exit 0 as for every warning.
    const CliRun check = b.run(QStringLiteral("check"));
    INFO(check.out.toStdString());
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("warning: survivor %1 code: the code %2 is also survivor %3's; give one of them a new code")
                                 .arg(idText(fromA), code, idText(fromB))));
    CHECK(check.out.contains(QStringLiteral("warning: survivor %1 code: the code %2 is also survivor %3's")
                                 .arg(idText(fromB), code, idText(fromA))));

    // conflicts: the pair side by side, and in JSON.
    const CliRun listed = b.run(QStringLiteral("conflicts"));
    requireOk(listed);
    CHECK(listed.out.contains(code));
    CHECK(listed.out.contains(QStringLiteral("from Harbour Unit")));
    CHECK(listed.out.contains(QStringLiteral("from Highland Union")));
    CHECK(listed.out.contains(idText(fromA)));
    CHECK(listed.out.contains(idText(fromB)));
    const CliRun json = b.run(QStringLiteral("conflicts"), {QStringLiteral("--json")});
    requireOk(json);
    const QJsonArray array = json.jsonArray();
    REQUIRE(array.size() == 1);
    CHECK(array[0].toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("code"));
    CHECK(array[0].toObject().value(QStringLiteral("survivors")).toArray().size() == 2);

    // The same bundle again adds nothing; a new code for one of them clears the flag.
    CHECK_FALSE(b.run(QStringLiteral("merge"), {bundle}).out.contains(QStringLiteral("share a code")));
    requireOk(cli({QStringLiteral("office"), QStringLiteral("code"), b.path(), QStringLiteral("HL")}));
    requireOk(b.run(QStringLiteral("set"), {QStringLiteral("survivor"), idText(fromB), QStringLiteral("code=HL-2026-0001")}));
    CHECK(b.run(QStringLiteral("conflicts")).out == QStringLiteral("No conflicts to review.\n"));
    const CliRun clean = b.run(QStringLiteral("check"));
    CHECK(clean.exitCode == 0);
    CHECK_FALSE(clean.out.contains(QStringLiteral("warning: survivor")));
}
