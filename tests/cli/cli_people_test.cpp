// Who acts, proven, and what their roles let them write (issue 17, DESIGN.md §5 and §7), through
// the real tandem-cli: person add/list/remove, --as and TANDEM_USER, refusals with exit 1, one
// line, the file unchanged.

#include "clirun.h"
#include "testsupport.h"

#include <QFile>

using namespace tandem::test;

namespace {

const QString kViewerPass = QStringLiteral("viewer passphrase, not a secret");
const QString kAnalystPass = QStringLiteral("analyst passphrase, not a secret");
const QString kLeadPass = QString::fromLatin1(kTestPassphrase);

// A file whose first person is the lead "Mara Lead" (passphrase kTestPassphrase), with an
// operation, a survivor with an identity, a viewer and an analyst.
struct Office {
    CliFile f;
    QUuid operation;
    QUuid survivor;
    QUuid identity;
    QUuid viewer;
    QUuid analyst;

    Office() : f(QStringLiteral("Northbridge Task Force"))
    {
        // CliFile's init named the lead after the login (USER=liaison7); rename is not a command,
        // so the tests act as that lead by name.
        operation = f.add(QStringLiteral("operation"), {QStringLiteral("code_name=Heron")});
        survivor = f.add(QStringLiteral("survivor"), {QStringLiteral("code=V-2026-0007")});
        identity = f.add(QStringLiteral("survivor_identity"),
                         {QStringLiteral("survivor=") + idText(survivor), QStringLiteral("name=Zorielle Quintvard")});
        viewer = addPerson(QStringLiteral("Ana Ruiz"), QStringLiteral("viewer"), kViewerPass);
        analyst = addPerson(QStringLiteral("Ari Analyst"), QStringLiteral("analyst"), kAnalystPass);
    }

    QUuid addPerson(const QString& name, const QString& role, const QString& passphrase) const
    {
        const CliRun r = as(QStringLiteral("liaison7"), kLeadPass, QStringLiteral("person"),
                            {QStringLiteral("add"), f.path(), QStringLiteral("--name"), name, QStringLiteral("--role"), role},
                            {{QStringLiteral("TANDEM_NEW_PASSPHRASE"), passphrase}});
        INFO("stderr: " << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return r.id();
    }

    // tandem-cli COMMAND ARGS --as WHO with WHO's passphrase.
    static CliRun as(const QString& who, const QString& passphrase, const QString& command, const QStringList& arguments,
                     QMap<QString, QString> environment = {})
    {
        environment.insert(QStringLiteral("TANDEM_PASSPHRASE"), passphrase);
        return cli(QStringList{command} + arguments + QStringList{QStringLiteral("--as"), who}, environment);
    }
    CliRun on(const QString& who, const QString& passphrase, const QString& command, const QStringList& arguments) const
    {
        return as(who, passphrase, command, QStringList{f.path()} + arguments);
    }
};

} // namespace

TEST_CASE("init makes the first person: a lead named by --name")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.tandem"));
    const CliRun init = cli({QStringLiteral("init"), path, QStringLiteral("--office"), QStringLiteral("Eastfold"),
                             QStringLiteral("--name"), QStringLiteral("Mara Lead")});
    REQUIRE(init.exitCode == 0);
    const CliRun list = cli({QStringLiteral("person"), QStringLiteral("list"), path, QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);
    const QJsonArray people = list.jsonArray();
    REQUIRE(people.size() == 1);
    CHECK(people[0].toObject().value(QStringLiteral("name")).toString() == QStringLiteral("Mara Lead"));
    CHECK(people[0].toObject().value(QStringLiteral("roles")).toArray() == QJsonArray{QStringLiteral("lead")});
    // One person: writes need no --as, only the passphrase.
    CHECK(cli({QStringLiteral("add"), path, QStringLiteral("operation"), QStringLiteral("code_name=Egret")}).exitCode == 0);
    const CliRun wrong = cli({QStringLiteral("add"), path, QStringLiteral("operation"), QStringLiteral("code_name=Crane")},
                             {{QStringLiteral("TANDEM_PASSPHRASE"), QStringLiteral("not the passphrase at all")}});
    requireRefused(wrong, QStringLiteral("wrong passphrase for Mara Lead"));
}

TEST_CASE("a viewer's add and set and delete are refused: exit 1 with one line and the file unchanged")
{
    Office o;
    const QString before = o.f.dump(true);
    const QString refusal = QStringLiteral("Ana Ruiz (viewer) may not change operations");
    requireRefused(o.on(QStringLiteral("Ana Ruiz"), kViewerPass, QStringLiteral("set"),
                        {QStringLiteral("operation"), idText(o.operation), QStringLiteral("code_name=Crane")}),
                   refusal);
    requireRefused(o.on(QStringLiteral("Ana Ruiz"), kViewerPass, QStringLiteral("add"),
                        {QStringLiteral("operation"), QStringLiteral("code_name=Egret")}),
                   refusal);
    requireRefused(o.on(QStringLiteral("ana ruiz"), kViewerPass, QStringLiteral("delete"),
                        {QStringLiteral("operation"), idText(o.operation)}),
                   refusal);
    requireRefused(o.on(idText(o.viewer), kViewerPass, QStringLiteral("set"),
                        {QStringLiteral("survivor"), idText(o.survivor), QStringLiteral("nationality=Atlantis")}),
                   QStringLiteral("Ana Ruiz (viewer) may not change survivors"));
    CHECK(o.f.dump(true) == before);
    // Reading needs no proof.
    CHECK(cli({QStringLiteral("show"), o.f.path(), QStringLiteral("operation"), idText(o.operation)},
              {{QStringLiteral("TANDEM_PASSPHRASE"), QString()}})
              .exitCode == 0);
}

TEST_CASE("who acts must be known and proven: several people or unknown --as or a wrong or removed passphrase")
{
    Office o;
    const QString before = o.f.dump(true);
    const QStringList set{QStringLiteral("operation"), idText(o.operation), QStringLiteral("code_name=Crane")};
    const CliRun nobody = o.f.run(QStringLiteral("set"), set);
    requireRefused(nobody, QStringLiteral("3 people use this file: say who you are (--as NAME or TANDEM_USER)"));
    requireRefused(o.on(QStringLiteral("Nobody Here"), kViewerPass, QStringLiteral("set"), set),
                   QStringLiteral("no person of this office is called \"Nobody Here\""));
    requireRefused(o.on(QStringLiteral("liaison7"), kViewerPass, QStringLiteral("set"), set),
                   QStringLiteral("wrong passphrase for liaison7"));
    CHECK(o.f.dump(true) == before);

    // TANDEM_USER says who as --as does.
    const CliRun byEnvironment = cli(QStringList{QStringLiteral("set"), o.f.path()} + set,
                                     {{QStringLiteral("TANDEM_USER"), QStringLiteral("liaison7")}});
    CHECK(byEnvironment.exitCode == 0);

    // Removed: the old passphrase opens nothing.
    REQUIRE(o.on(QStringLiteral("liaison7"), kLeadPass, QStringLiteral("person"), {}).exitCode != 0); // needs an action
    const CliRun removed = Office::as(QStringLiteral("liaison7"), kLeadPass, QStringLiteral("person"),
                                      {QStringLiteral("remove"), o.f.path(), idText(o.viewer)});
    INFO("stderr: " << removed.err.toStdString());
    REQUIRE(removed.exitCode == 0);
    const QString after = o.f.dump(true);
    requireRefused(o.on(QStringLiteral("Ana Ruiz"), kViewerPass, QStringLiteral("set"), set),
                   QStringLiteral("Ana Ruiz was removed from this office"));
    CHECK(o.f.dump(true) == after);
}

TEST_CASE("people are a lead's: a viewer adds nobody and the list shows who reads identities")
{
    Office o;
    const CliRun add = Office::as(QStringLiteral("Ana Ruiz"), kViewerPass, QStringLiteral("person"),
                                  {QStringLiteral("add"), o.f.path(), QStringLiteral("--name"), QStringLiteral("Eve Extra"),
                                   QStringLiteral("--role"), QStringLiteral("lead")},
                                  {{QStringLiteral("TANDEM_NEW_PASSPHRASE"), kViewerPass}});
    requireRefused(add, QStringLiteral("Ana Ruiz (viewer) may not manage people: that is a lead's"));
    const CliRun list = cli({QStringLiteral("person"), QStringLiteral("list"), o.f.path(), QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);
    const QJsonArray people = list.jsonArray();
    REQUIRE(people.size() == 3);
    CHECK(people[0].toObject().value(QStringLiteral("identities")).toBool());
    CHECK_FALSE(people[1].toObject().value(QStringLiteral("identities")).toBool());
    CHECK_FALSE(people[2].toObject().value(QStringLiteral("identities")).toBool());
}

TEST_CASE("an analyst cannot reveal an identity but the lead can")
{
    Office o;
    const QStringList show{QStringLiteral("survivor_identity"), idText(o.identity), QStringLiteral("--identities")};
    requireRefused(o.on(QStringLiteral("Ari Analyst"), kAnalystPass, QStringLiteral("show"), show),
                   QStringLiteral("Ari Analyst may not read survivors' identities"));
    const CliRun lead = o.on(QStringLiteral("liaison7"), kLeadPass, QStringLiteral("show"), show);
    INFO("stderr: " << lead.err.toStdString());
    REQUIRE(lead.exitCode == 0);
    CHECK(lead.out.contains(QStringLiteral("Zorielle Quintvard")));
}

TEST_CASE("a version-4 file becomes one with people on the first write proven by its office passphrase")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.tandem"));
    const QString office = QStringLiteral("old office passphrase");
    tandem::Result<QUuid> identity = makeVersion4Office(path, office, QStringLiteral("Zorielle Quintvard"));
    REQUIRE(identity);
    const QStringList add{QStringLiteral("add"), path, QStringLiteral("operation"), QStringLiteral("code_name=Heron")};

    // A wrong passphrase: refused, nobody made, nothing written.
    const CliRun wrong = cli(add, {{QStringLiteral("TANDEM_PASSPHRASE"), QStringLiteral("not the old passphrase")}});
    requireRefused(wrong, QStringLiteral("wrong passphrase"));
    CHECK(cli({QStringLiteral("person"), QStringLiteral("list"), path}).out.isEmpty());
    CHECK_FALSE(cli({QStringLiteral("dump"), path}).out.contains(QStringLiteral("Heron")));

    const CliRun first = cli(add, {{QStringLiteral("TANDEM_PASSPHRASE"), office}, {QStringLiteral("TANDEM_USER"), QStringLiteral("Mara Lead")}});
    INFO("stderr: " << first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    const CliRun list = cli({QStringLiteral("person"), QStringLiteral("list"), path, QStringLiteral("--json")});
    const QJsonArray people = list.jsonArray();
    REQUIRE(people.size() == 1);
    CHECK(people[0].toObject().value(QStringLiteral("name")).toString() == QStringLiteral("Mara Lead"));
    CHECK(people[0].toObject().value(QStringLiteral("roles")).toArray() == QJsonArray{QStringLiteral("lead")});
    // The old passphrase is the lead's now, and opens the identity sealed again.
    const CliRun show = cli({QStringLiteral("show"), path, QStringLiteral("survivor_identity"), idText(*identity),
                             QStringLiteral("--identities")},
                            {{QStringLiteral("TANDEM_PASSPHRASE"), office}});
    INFO("stderr: " << show.err.toStdString());
    REQUIRE(show.exitCode == 0);
    CHECK(show.out.contains(QStringLiteral("Zorielle Quintvard")));
}

TEST_CASE("trusting partner offices is a lead's, and only a key that opens identities sends or merges them")
{
    const QString hourAgo = QDateTime::currentDateTimeUtc().addSecs(-3600).toString(Qt::ISODate);
    CliFile b(QStringLiteral("Harbourside Shelter"));
    Office o;
    const QString lead = QStringLiteral("liaison7");
    const QString analyst = QStringLiteral("Ari Analyst");
    const QString bCard = b.file(QStringLiteral("b.card"));
    REQUIRE(b.run(QStringLiteral("key"), {QStringLiteral("--out"), bCard}).exitCode == 0);
    const QString oCard = o.f.file(QStringLiteral("o.card"));
    REQUIRE(o.on(lead, kLeadPass, QStringLiteral("key"), {QStringLiteral("--out"), oCard}).exitCode == 0);
    REQUIRE(b.run(QStringLiteral("trust"), {oCard}).exitCode == 0);

    // Trust and untrust: the analyst is refused, the file unchanged; the lead may.
    const QString before = o.f.dump(true);
    const QString notLead = QStringLiteral("only a lead trusts or untrusts partner offices: Ari Analyst (analyst) may not change offices");
    requireRefused(o.on(analyst, kAnalystPass, QStringLiteral("trust"), {bCard}), notLead);
    CHECK(o.f.dump(true) == before);
    REQUIRE(o.on(lead, kLeadPass, QStringLiteral("trust"), {bCard}).exitCode == 0);
    requireRefused(o.on(analyst, kAnalystPass, QStringLiteral("untrust"), {idText(b.officeId())}), notLead);

    // The survivor's identity may go to B: the analyst's key cannot open it to send it.
    const CliRun consent = o.on(lead, kLeadPass, QStringLiteral("add"),
                                {QStringLiteral("consent"), QStringLiteral("survivor=") + idText(o.survivor),
                                 QStringLiteral("recipient_office=") + idText(b.officeId()), QStringLiteral("scope=identity"),
                                 QStringLiteral("given_at=") + hourAgo});
    INFO("stderr: " << consent.err.toStdString());
    REQUIRE(consent.exitCode == 0);
    const QString bundle = o.f.file(QStringLiteral("for-b.bundle"));
    const QStringList exportArgs{QStringLiteral("--out"), bundle, QStringLiteral("--to"), idText(b.officeId())};
    const QString withConsent = o.f.dump(true);
    requireRefused(o.on(analyst, kAnalystPass, QStringLiteral("export"), exportArgs),
                   QStringLiteral("a survivor's identity is due to go with this bundle, and only a lead's or liaison's "
                                  "passphrase opens it: ask a lead or liaison to export it"));
    CHECK_FALSE(QFile::exists(bundle));
    CHECK(o.f.dump(true) == withConsent);
    const CliRun sent = o.on(lead, kLeadPass, QStringLiteral("export"), exportArgs);
    INFO("stderr: " << sent.err.toStdString());
    REQUIRE(sent.exitCode == 0);
    REQUIRE(b.run(QStringLiteral("merge"), {bundle}).exitCode == 0);

    // B sends the identity back edited: the analyst cannot merge it, the lead can.
    const CliRun listed = b.run(QStringLiteral("list"), {QStringLiteral("survivor_identity"), QStringLiteral("--json"), QStringLiteral("--identities")});
    REQUIRE(listed.exitCode == 0);
    const QJsonArray atB = listed.jsonArray();
    REQUIRE(atB.size() == 1);
    REQUIRE(b.run(QStringLiteral("set"), {QStringLiteral("survivor_identity"), atB[0].toObject()[QStringLiteral("id")].toString(),
                                          QStringLiteral("name=Zorielle Q. Quintvard")})
                .exitCode == 0);
    b.add(QStringLiteral("consent"), {QStringLiteral("survivor=") + idText(o.survivor),
                                      QStringLiteral("recipient_office=") + idText(o.f.officeId()),
                                      QStringLiteral("scope=identity"), QStringLiteral("given_at=") + hourAgo});
    const QString back = b.file(QStringLiteral("for-o.bundle"));
    REQUIRE(b.run(QStringLiteral("export"), {QStringLiteral("--out"), back, QStringLiteral("--to"), idText(o.f.officeId())}).exitCode == 0);
    const QString sentState = o.f.dump(true);
    requireRefused(o.on(analyst, kAnalystPass, QStringLiteral("merge"), {back}),
                   QStringLiteral("this bundle carries a survivor's identity, and only a lead's or liaison's passphrase "
                                  "opens it to compare and keep it: ask a lead or liaison to merge it"));
    CHECK(o.f.dump(true) == sentState);
    const CliRun merged = o.on(lead, kLeadPass, QStringLiteral("merge"), {back});
    INFO("stderr: " << merged.err.toStdString());
    CHECK(merged.exitCode == 0);
}

TEST_CASE("who prepared a plan is a person of the office: the maker by default, never a stranger")
{
    Office o;
    const QString lead = QStringLiteral("liaison7");
    const CliRun added = o.on(lead, kLeadPass, QStringLiteral("add"), {QStringLiteral("operation"), QStringLiteral("code_name=Egret")});
    INFO("stderr: " << added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(o.f.show(QStringLiteral("operation"), added.id())[QStringLiteral("prepared_by")] == lead);

    const QString before = o.f.dump(true);
    requireRefused(o.on(lead, kLeadPass, QStringLiteral("set"),
                        {QStringLiteral("operation"), idText(o.operation), QStringLiteral("prepared_by=Insp. Nobody")}),
                   QStringLiteral("Prepared by names a person of this office, and \"Insp. Nobody\" is none of them "
                                  "(liaison7, Ana Ruiz, Ari Analyst)"));
    CHECK(o.f.dump(true) == before);
    const CliRun named = o.on(lead, kLeadPass, QStringLiteral("set"),
                              {QStringLiteral("operation"), idText(o.operation), QStringLiteral("prepared_by=Ari Analyst")});
    INFO("stderr: " << named.err.toStdString());
    CHECK(named.exitCode == 0);
    CHECK(o.f.show(QStringLiteral("operation"), o.operation)[QStringLiteral("prepared_by")] == QStringLiteral("Ari Analyst"));

    // The log's author too: the person writing it, never a name typed for someone else.
    const QString noteOf = QStringLiteral("operation=") + idText(o.operation);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const CliRun note = o.on(lead, kLeadPass, QStringLiteral("add"),
                             {QStringLiteral("note"), noteOf, QStringLiteral("at=") + now, QStringLiteral("text=Teams at the RV point")});
    INFO("stderr: " << note.err.toStdString());
    REQUIRE(note.exitCode == 0);
    CHECK(o.f.show(QStringLiteral("note"), note.id())[QStringLiteral("author")] == lead);
    requireRefused(o.on(lead, kLeadPass, QStringLiteral("add"),
                        {QStringLiteral("note"), noteOf, QStringLiteral("at=") + now, QStringLiteral("text=Go given"),
                         QStringLiteral("author=DS Nobody")}),
                   QStringLiteral("Author names a person of this office, and \"DS Nobody\" is none of them "
                                  "(liaison7, Ana Ruiz, Ari Analyst)"));
}
