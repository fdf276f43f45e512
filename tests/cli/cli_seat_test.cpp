// tandem-cli seat and init --from-seat (issue 20): a lead invites another machine of the office, it
// joins with the one-time passphrase, gets the office's rows (office-only ones too) through the
// exchange folder, and once removed gets nothing more; bad invitations are refused with exit 1.

#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace tandem::test;

TEST_CASE("cli: a lead invites a machine, it joins and exchanges through a folder, and once removed gets nothing")
{
    CliFile a(QStringLiteral("Eastfold Police Service"));
    requireOk(a.run(QStringLiteral("add"), {QStringLiteral("operation"), QStringLiteral("code_name=Kept At Eastfold"),
                                            QStringLiteral("sharing=office")}));
    const QString invitation = a.file(QStringLiteral("laptop.invitation"));
    const CliRun invited = a.run(QStringLiteral("seat"), {QStringLiteral("--out"), invitation, QStringLiteral("--name"),
                                                          QStringLiteral("Field Laptop"), QStringLiteral("--json")});
    requireOk(invited);
    const QString passphrase = invited.jsonObject().value(QStringLiteral("passphrase")).toString();
    REQUIRE(passphrase.size() >= 20);
    CHECK(invited.jsonObject().value(QStringLiteral("identities")).toBool());
    // The passphrase is not in the file.
    QFile file(invitation);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK_FALSE(file.readAll().contains(passphrase.toUtf8()));

    const QString machine = a.file(QStringLiteral("laptop.tandem"));
    requireRefused(cli({QStringLiteral("init"), machine, QStringLiteral("--from-seat"), invitation},
                       {{QStringLiteral("TANDEM_INVITATION_PASSPHRASE"), QStringLiteral("wrong-wrong-wrong-wrong")}}),
                   QStringLiteral("wrong passphrase for this invitation"));
    CHECK_FALSE(QFile::exists(machine));
    const CliRun joined = cli({QStringLiteral("init"), machine, QStringLiteral("--from-seat"), invitation},
                              {{QStringLiteral("TANDEM_INVITATION_PASSPHRASE"), passphrase}});
    requireOk(joined);
    CHECK(joined.out.contains(idText(a.officeId())));

    const CliRun listed = a.run(QStringLiteral("seat"), {QStringLiteral("--json")});
    requireOk(listed);
    REQUIRE(listed.jsonArray().size() == 2);
    CHECK(listed.jsonArray().at(1).toObject().value(QStringLiteral("name")).toString() == QStringLiteral("Field Laptop"));

    // A bundle by hand for the machine (export --to its id), merged there.
    const QString machineId = listed.jsonArray().at(1).toObject().value(QStringLiteral("site")).toString();
    const QString byHand = a.file(QStringLiteral("to-laptop.bundle"));
    requireOk(a.run(QStringLiteral("export"), {QStringLiteral("--to"), machineId, QStringLiteral("--out"), byHand}));
    requireOk(cli({QStringLiteral("merge"), machine, byHand}));
    CHECK(cli({QStringLiteral("dump"), machine, QStringLiteral("--all")}).out.contains(QStringLiteral("Kept At Eastfold")));

    const QString folder = a.file(QStringLiteral("exchange"));
    REQUIRE(QDir().mkpath(folder));
    for (int round = 0; round < 3; ++round) {
        requireOk(a.run(QStringLiteral("sync"), {QStringLiteral("--folder"), folder}));
        requireOk(cli({QStringLiteral("sync"), machine, QStringLiteral("--folder"), folder}));
    }
    const CliRun seatDump = cli({QStringLiteral("dump"), machine, QStringLiteral("--all")});
    requireOk(seatDump);
    CHECK(seatDump.out.contains(QStringLiteral("Kept At Eastfold")));
    CHECK(seatDump.out == a.dump(true));

    requireOk(a.run(QStringLiteral("seat"), {QStringLiteral("--remove"), QStringLiteral("field laptop")}));
    const CliRun after = a.run(QStringLiteral("seat"), {QStringLiteral("--json")});
    requireOk(after);
    CHECK_FALSE(after.jsonArray().at(1).toObject().value(QStringLiteral("removed_at")).isNull());
    requireOk(a.run(QStringLiteral("add"), {QStringLiteral("operation"), QStringLiteral("code_name=After Removal"),
                                            QStringLiteral("sharing=office")}));
    const CliRun pass = a.run(QStringLiteral("sync"), {QStringLiteral("--folder"), folder, QStringLiteral("--json")});
    requireOk(pass);
    CHECK(pass.jsonObject().value(QStringLiteral("written")).toArray().isEmpty());
    requireOk(cli({QStringLiteral("sync"), machine, QStringLiteral("--folder"), folder}));
    CHECK_FALSE(cli({QStringLiteral("dump"), machine, QStringLiteral("--all")}).out.contains(QStringLiteral("After Removal")));
}

TEST_CASE("cli: seat refuses a second invitation over a file, a usage error, and a file that is not an invitation")
{
    CliFile a(QStringLiteral("Eastfold Police Service"));
    const QString invitation = a.file(QStringLiteral("one.invitation"));
    requireOk(a.run(QStringLiteral("seat"), {QStringLiteral("--out"), invitation}));
    requireRefused(a.run(QStringLiteral("seat"), {QStringLiteral("--out"), invitation}), QStringLiteral("already exists"));
    CHECK(a.run(QStringLiteral("seat"), {QStringLiteral("--out"), invitation, QStringLiteral("--remove"), QStringLiteral("x")})
              .exitCode
          == 2);
    requireRefused(a.run(QStringLiteral("seat"), {QStringLiteral("--remove"), QStringLiteral("no such machine")}),
                   QStringLiteral("no machine of this office"));
    const QString notOne = a.file(QStringLiteral("not.invitation"));
    QFile f(notOne);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("just some text\n");
    f.close();
    requireRefused(cli({QStringLiteral("init"), a.file(QStringLiteral("x.tandem")), QStringLiteral("--from-seat"), notOne},
                       {{QStringLiteral("TANDEM_INVITATION_PASSPHRASE"), QStringLiteral("whatever-it-is")}}),
                   QStringLiteral("not a Tandem invitation"));
}
