// A day without a slip (issue 14) from the command line: the rules the window keeps hold for the
// real tandem-cli too. A decline, a withdrawal and a retirement need --reason; importing a
// protocol's next version retires the earlier one; an age band under 18 makes a minor with the
// child-protection steps; an empty tip, an action item due before its meeting and more minors
// than survivors are refused; `backup` makes an owner-only copy.

#include "clirun.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>

using namespace tandem::test;

namespace {

QString iso(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

// A survivor rescued a day ago, following a protocol with a step for all and one for minors.
struct Survivor {
    CliFile f;
    QUuid survivor;
    QUuid protocol;
    QUuid minorsStep;
    QUuid item;

    Survivor()
    {
        survivor = f.add(QStringLiteral("survivor"), {QStringLiteral("code=V-2026-0051"), QStringLiteral("age_band=25_34"),
                                                      QStringLiteral("recovered_at=") + iso(QDateTime::currentDateTimeUtc().addDays(-1))});
        protocol = f.add(QStringLiteral("protocol"), {QStringLiteral("family=") + idText(QUuid::createUuid()),
                                                      QStringLiteral("name=Site protocol")});
        const QUuid all = f.add(QStringLiteral("protocol_step"),
                                {QStringLiteral("protocol=") + idText(protocol), QStringLiteral("position=0"),
                                 QStringLiteral("title=Medical check"), QStringLiteral("owner_role=medical")});
        minorsStep = f.add(QStringLiteral("protocol_step"),
                           {QStringLiteral("protocol=") + idText(protocol), QStringLiteral("position=1"),
                            QStringLiteral("title=Guardian appointed"), QStringLiteral("owner_role=child_protection"),
                            QStringLiteral("applies_to=minors")});
        item = f.add(QStringLiteral("checklist_item"),
                     {QStringLiteral("survivor=") + idText(survivor), QStringLiteral("step=") + idText(all)});
    }
    // The survivor's checklist steps made from `step`.
    int stepsOf(const QUuid& step) const
    {
        int n = 0;
        for (const QJsonValue& v : f.run(QStringLiteral("list"), {QStringLiteral("checklist_item"), QStringLiteral("--json")}).jsonArray())
            n += v[QStringLiteral("survivor")] == idText(survivor) && v[QStringLiteral("step")] == idText(step) ? 1 : 0;
        return n;
    }
};

} // namespace

TEST_CASE("tick --state declined or not_applicable needs --reason, which is recorded")
{
    Survivor s;
    const QString item = idText(s.item);
    requireRefused(s.f.run(QStringLiteral("tick"), {item, QStringLiteral("--state"), QStringLiteral("declined")}),
                   QStringLiteral("say why the survivor declined this step"));
    requireRefused(s.f.run(QStringLiteral("tick"), {item, QStringLiteral("--state"), QStringLiteral("not_applicable")}),
                   QStringLiteral("say why this step does not apply"));
    CHECK(s.f.show(QStringLiteral("checklist_item"), s.item)[QStringLiteral("state")] == QStringLiteral("open"));
    // The back door is shut: set names the command that keeps the rules.
    requireRefused(s.f.run(QStringLiteral("set"), {QStringLiteral("checklist_item"), item, QStringLiteral("state=declined")}),
                   QStringLiteral("the field \"state\" changes only through tandem-cli tick"));
    requireRefused(s.f.run(QStringLiteral("set"), {QStringLiteral("checklist_item"), item, QStringLiteral("state=declined"),
                                                   QStringLiteral("reason=her choice")}),
                   QStringLiteral("changes only through tandem-cli tick"));
    // --reason goes only with the states that take one.
    CHECK(s.f.run(QStringLiteral("tick"), {item, QStringLiteral("--reason"), QStringLiteral("x")}).exitCode == 2);

    const CliRun r = s.f.run(QStringLiteral("tick"), {item, QStringLiteral("--state"), QStringLiteral("declined"), QStringLiteral("--reason"),
                                                      QStringLiteral("Prefers her own doctor")});
    INFO("stderr: " << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject row = s.f.show(QStringLiteral("checklist_item"), s.item);
    CHECK(row[QStringLiteral("state")] == QStringLiteral("declined"));
    CHECK(row[QStringLiteral("reason")] == QStringLiteral("Prefers her own doctor"));
    REQUIRE(s.f.run(QStringLiteral("tick"), {item, QStringLiteral("--state"), QStringLiteral("open")}).exitCode == 0);
    CHECK(s.f.show(QStringLiteral("checklist_item"), s.item)[QStringLiteral("reason")].isNull());
}

TEST_CASE("withdraw-consent needs --reason and records it")
{
    Survivor s;
    const QUuid agency = s.f.add(QStringLiteral("agency"), {QStringLiteral("name=Millbrook Refuge"), QStringLiteral("kind=shelter")});
    const QUuid consent = s.f.add(QStringLiteral("consent"), {QStringLiteral("survivor=") + idText(s.survivor),
                                                              QStringLiteral("recipient_agency=") + idText(agency),
                                                              QStringLiteral("scope=contact"),
                                                              QStringLiteral("given_at=") + iso(QDateTime::currentDateTimeUtc().addSecs(-3600))});
    requireRefused(s.f.run(QStringLiteral("withdraw-consent"), {idText(consent)}), QStringLiteral("say why the consent is withdrawn"));
    requireRefused(s.f.run(QStringLiteral("set"), {QStringLiteral("consent"), idText(consent),
                                                   QStringLiteral("withdrawn_at=") + iso(QDateTime::currentDateTimeUtc())}),
                   QStringLiteral("the field \"withdrawn_at\" changes only through tandem-cli withdraw-consent"));
    CHECK(s.f.show(QStringLiteral("consent"), consent)[QStringLiteral("withdrawn_at")].isNull());
    REQUIRE(s.f.run(QStringLiteral("withdraw-consent"), {idText(consent), QStringLiteral("--reason"), QStringLiteral("Asked by phone to stop")})
                .exitCode == 0);
    const QJsonObject row = s.f.show(QStringLiteral("consent"), consent);
    CHECK_FALSE(row[QStringLiteral("withdrawn_at")].isNull());
    CHECK(row[QStringLiteral("withdrawn_reason")] == QStringLiteral("Asked by phone to stop"));
    requireRefused(s.f.run(QStringLiteral("withdraw-consent"), {idText(consent), QStringLiteral("--reason"), QStringLiteral("again")}),
                   QStringLiteral("already withdrawn"));
}

TEST_CASE("import-protocol retires the earlier active version, and retire-protocol needs --reason")
{
    CliFile f;
    const QString family = idText(QUuid::createUuid());
    const auto write = [&](int version) {
        const QString path = f.file(QStringLiteral("v%1.json").arg(version));
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(QStringLiteral(R"({"format": "tandem-protocol/1", "family": "%1", "name": "Labour site checklist",
            "version": %2, "steps": [{"key": "wages", "title": "Unpaid wages recorded", "owner_role": "case_manager",
            "due": "+24h"}]})")
                      .arg(family)
                      .arg(version)
                      .toUtf8());
        return path;
    };
    const CliRun two = f.run(QStringLiteral("import-protocol"), {write(2)});
    INFO("stderr: " << two.err.toStdString());
    REQUIRE(two.exitCode == 0);
    const CliRun three = f.run(QStringLiteral("import-protocol"), {write(3)});
    REQUIRE(three.exitCode == 0);
    CHECK(f.show(QStringLiteral("protocol"), two.id())[QStringLiteral("status")] == QStringLiteral("retired"));
    CHECK(f.show(QStringLiteral("protocol"), two.id())[QStringLiteral("retired_reason")] == QStringLiteral("replaced by version 3"));
    CHECK(f.show(QStringLiteral("protocol"), three.id())[QStringLiteral("status")] == QStringLiteral("active"));

    requireRefused(f.run(QStringLiteral("retire-protocol"), {idText(three.id())}), QStringLiteral("say why this version is retired"));
    requireRefused(f.run(QStringLiteral("set"), {QStringLiteral("protocol"), idText(three.id()), QStringLiteral("status=retired")}),
                   QStringLiteral("the field \"status\" changes only through tandem-cli retire-protocol"));
    REQUIRE(f.run(QStringLiteral("retire-protocol"), {idText(three.id()), QStringLiteral("--reason"), QStringLiteral("Regional protocol now")})
                .exitCode == 0);
    CHECK(f.show(QStringLiteral("protocol"), three.id())[QStringLiteral("retired_reason")] == QStringLiteral("Regional protocol now"));
}

TEST_CASE("set survivor age_band under 18 makes a minor and adds the child-protection steps")
{
    Survivor s;
    CHECK(s.stepsOf(s.minorsStep) == 0);
    REQUIRE(s.f.run(QStringLiteral("set"), {QStringLiteral("survivor"), idText(s.survivor), QStringLiteral("age_band=12_15")}).exitCode == 0);
    const QJsonObject row = s.f.show(QStringLiteral("survivor"), s.survivor);
    CHECK(row[QStringLiteral("minor")] == true);
    CHECK(s.stepsOf(s.minorsStep) == 1);
    requireRefused(s.f.run(QStringLiteral("set"), {QStringLiteral("survivor"), idText(s.survivor), QStringLiteral("minor=false")}),
                   QStringLiteral("makes the survivor a minor"));
    requireRefused(s.f.run(QStringLiteral("add"), {QStringLiteral("survivor"), QStringLiteral("code=V-2026-0052"),
                                                   QStringLiteral("age_band=50_plus"), QStringLiteral("minor=true")}),
                   QStringLiteral("is an adult's"));
}

TEST_CASE("an empty tip, an action item due before its meeting and more minors than survivors are refused")
{
    CliFile f;
    requireRefused(f.run(QStringLiteral("add"), {QStringLiteral("tip"), QStringLiteral("received_at=2026-05-04T09:00:00Z"),
                                                 QStringLiteral("channel=hotline")}),
                   QStringLiteral("a tip needs what was reported"));
    CHECK(f.run(QStringLiteral("add"), {QStringLiteral("tip"), QStringLiteral("received_at=2026-05-04T09:00:00Z"),
                                        QStringLiteral("channel=hotline"), QStringLiteral("indicators=debt_bondage")})
              .exitCode == 0);
    const QUuid meeting = f.add(QStringLiteral("meeting"), {QStringLiteral("kind=coordination"), QStringLiteral("title=Monthly"),
                                                            QStringLiteral("starts_at=2026-05-04T09:00:00Z")});
    requireRefused(f.run(QStringLiteral("add"), {QStringLiteral("action_item"), QStringLiteral("meeting=") + idText(meeting),
                                                 QStringLiteral("title=Share the list"), QStringLiteral("due_at=2026-05-03T09:00:00Z")}),
                   QStringLiteral("before its meeting starts"));
    requireRefused(f.run(QStringLiteral("add"), {QStringLiteral("operation"), QStringLiteral("code_name=Operation Wren"),
                                                 QStringLiteral("expected_survivors=4"), QStringLiteral("expected_minors=9")}),
                   QStringLiteral("more minors are expected than survivors"));
}

TEST_CASE("backup makes an owner-only copy, into the backups or to --out")
{
    CliFile f;
    f.add(QStringLiteral("agency"), {QStringLiteral("name=Kept Agency"), QStringLiteral("kind=shelter")});
    const CliRun made = f.run(QStringLiteral("backup"));
    INFO("stderr: " << made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    const QString path = made.out.trimmed();
    CHECK(path.contains(QStringLiteral(".backups")));
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                                            | QFileDevice::WriteOther;
    CHECK((QFile::permissions(path) & others) == QFileDevice::Permissions());
    CHECK(f.run(QStringLiteral("backups"), {QStringLiteral("--json")}).jsonArray().size() == 1);

    const QString out = f.file(QStringLiteral("spare.tandem"));
    REQUIRE(f.run(QStringLiteral("backup"), {QStringLiteral("--out"), out}).exitCode == 0);
    CHECK((QFile::permissions(out) & others) == QFileDevice::Permissions());
    CHECK(cli({QStringLiteral("dump"), out, QStringLiteral("--all")}).out == f.dump(true));
    requireRefused(f.run(QStringLiteral("backup"), {QStringLiteral("--out"), out}), QStringLiteral("already exists"));
    CHECK(f.run(QStringLiteral("backup"), {QStringLiteral("--keep"), QStringLiteral("0")}).exitCode == 2);
}
