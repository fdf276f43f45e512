// services and refer through the real executable (issue 14): the directory filtered by what a
// survivor needs, a referral, the service's answer (a refusal only with its reason) and the
// outcome; `set` cannot go around the rules; clear refusals and usage errors.

#include "clirun.h"
#include "referralfixture.h"

using namespace tandem;
using namespace tandem::test;

namespace {

// The referral fixture, closed so that tandem-cli can open it.
struct ReferralFile {
    ReferralFixture f;
    QString path;

    ReferralFile() : path(f.t.path()) { f.t.store.reset(); }

    CliRun run(const QString& command, const QStringList& arguments) const
    {
        // Writes are the file's one person's, proven by the TempStore's passphrase.
        return cli(QStringList{command, path} + arguments, {{QStringLiteral("TANDEM_PASSPHRASE"), kOfficePassphrase}});
    }
    QJsonObject step(const QUuid& item) const
    {
        const CliRun r = run(QStringLiteral("show"), {QStringLiteral("checklist_item"), idText(item), QStringLiteral("--json")});
        REQUIRE(r.exitCode == 0);
        return r.jsonObject();
    }
};

QStringList names(const QJsonArray& services)
{
    QStringList out;
    for (const QJsonValue& v : services)
        out << v.toObject().value(QStringLiteral("name")).toString();
    return out;
}

void requireFailure(const CliRun& r, const QString& says)
{
    INFO("stderr: " << r.err.toStdString());
    CHECK(r.exitCode == 1);
    CHECK(r.errLines().size() == 1);
    CHECK(r.err.startsWith(QStringLiteral("tandem-cli: ")));
    CHECK(r.err.contains(says));
}

} // namespace

TEST_CASE("tandem-cli services: capacity, languages and minors, filtered as the window's referral picker does")
{
    ReferralFile file;
    const CliRun minor = file.run(QStringLiteral("services"), {QStringLiteral("--for"), idText(file.f.minorStep),
                                                               QStringLiteral("--json")});
    REQUIRE(minor.exitCode == 0);
    const QJsonArray forMinor = minor.jsonArray();
    CHECK(names(forMinor) == QStringList{QStringLiteral("Eastfold Trafficking Helpline"),
                                         QStringLiteral("Marrow Quay Foster Network")});
    const QJsonObject foster = forMinor.at(1).toObject();
    CHECK(foster.value(QStringLiteral("id")).toString() == idText(file.f.foster));
    CHECK(foster.value(QStringLiteral("kind")).toString() == QStringLiteral("child_services"));
    CHECK(foster.value(QStringLiteral("capacity")).toInt() == 10);
    CHECK(foster.value(QStringLiteral("accepts_minors")).toBool());
    CHECK(foster.value(QStringLiteral("languages")).toArray().contains(QStringLiteral("Albanian")));
    CHECK(forMinor.at(0).toObject().value(QStringLiteral("capacity")).isNull());

    // --any: the whole directory for the same step.
    const CliRun any = file.run(QStringLiteral("services"), {QStringLiteral("--for"), idText(file.f.minorStep),
                                                             QStringLiteral("--any"), QStringLiteral("--json")});
    REQUIRE(any.exitCode == 0);
    CHECK(any.jsonArray().size() == 5);

    // Languages as languages; capacity 0 left out on request.
    const CliRun romanian = file.run(QStringLiteral("services"), {QStringLiteral("--language"), QStringLiteral("Romanian"),
                                                                  QStringLiteral("--json")});
    REQUIRE(romanian.exitCode == 0);
    CHECK(names(romanian.jsonArray()) == QStringList{QStringLiteral("Eastfold Trafficking Helpline"),
                                                     QStringLiteral("Harbourside Women's Shelter"),
                                                     QStringLiteral("Marrow Quay Foster Network")});
    const CliRun table = file.run(QStringLiteral("services"), {QStringLiteral("--minors"), QStringLiteral("--with-capacity")});
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.startsWith(QStringLiteral("id")));
    CHECK(table.out.contains(QStringLiteral("accepts_minors")));
    CHECK(table.out.contains(QStringLiteral("Survivor Legal Aid Panel")));
    CHECK_FALSE(table.out.contains(QStringLiteral("Gullhaven")));
    CHECK_FALSE(table.out.contains(QStringLiteral("Old Quay Refuge")));

    requireFailure(file.run(QStringLiteral("services"), {QStringLiteral("--for"), idText(QUuid::createUuid())}),
                   QStringLiteral("checklist_item"));
    requireFailure(file.run(QStringLiteral("services"), {QStringLiteral("--kind"), QStringLiteral("castle")}),
                   QStringLiteral("castle"));
    CHECK(file.run(QStringLiteral("services"), {QStringLiteral("--any")}).exitCode == 2);
}

TEST_CASE("tandem-cli refer: a referral, a refusal with its reason, another service, the outcome")
{
    ReferralFile file;
    const QString item = idText(file.f.minorStep);
    REQUIRE(file.run(QStringLiteral("refer"), {item, idText(file.f.foster)}).exitCode == 0);
    CHECK(file.step(file.f.minorStep).value(QStringLiteral("service")).toString() == idText(file.f.foster));

    // A refusal needs its reason: refused, and nothing written.
    requireFailure(file.run(QStringLiteral("refer"), {item, QStringLiteral("--answer"), QStringLiteral("refused")}),
                   QStringLiteral("needs the reason"));
    CHECK(file.step(file.f.minorStep).value(QStringLiteral("referral_answer")).isNull());
    REQUIRE(file.run(QStringLiteral("refer"), {item, QStringLiteral("--answer"), QStringLiteral("refused"),
                                               QStringLiteral("--reason"), QStringLiteral("No carer free before Monday"),
                                               QStringLiteral("--at"), QStringLiteral("2026-05-20T10:30:00+02:00")})
                .exitCode == 0);
    QJsonObject step = file.step(file.f.minorStep);
    CHECK(step.value(QStringLiteral("referral_answer")).toString() == QStringLiteral("refused"));
    CHECK(step.value(QStringLiteral("referral_reason")).toString() == QStringLiteral("No carer free before Monday"));
    CHECK(QDateTime::fromString(step.value(QStringLiteral("referral_answered_at")).toString(), Qt::ISODate)
          == QDateTime(QDate(2026, 5, 20), QTime(8, 30), Qt::UTC));

    // `set` goes through the store's rule: a refusal cannot lose its reason.
    requireFailure(file.run(QStringLiteral("set"), {QStringLiteral("checklist_item"), item, QStringLiteral("referral_reason=")}),
                   QStringLiteral("reason"));

    // Another service, accepted with an outcome, in one go: the refusal was the other service's.
    REQUIRE(file.run(QStringLiteral("refer"), {item, idText(file.f.helpline), QStringLiteral("--answer"),
                                               QStringLiteral("accepted"), QStringLiteral("--outcome"),
                                               QStringLiteral("Called back within the hour")})
                .exitCode == 0);
    step = file.step(file.f.minorStep);
    CHECK(step.value(QStringLiteral("service")).toString() == idText(file.f.helpline));
    CHECK(step.value(QStringLiteral("referral_answer")).toString() == QStringLiteral("accepted"));
    CHECK(step.value(QStringLiteral("referral_reason")).isNull());
    CHECK(step.value(QStringLiteral("referral_outcome")).toString() == QStringLiteral("Called back within the hour"));

    // A deleted service is refused and changes nothing; "none" removes the referral.
    requireFailure(file.run(QStringLiteral("refer"), {item, idText(file.f.gone)}), QStringLiteral("deleted"));
    CHECK(file.step(file.f.minorStep).value(QStringLiteral("service")).toString() == idText(file.f.helpline));
    REQUIRE(file.run(QStringLiteral("refer"), {item, QStringLiteral("none")}).exitCode == 0);
    step = file.step(file.f.minorStep);
    CHECK(step.value(QStringLiteral("service")).isNull());
    CHECK(step.value(QStringLiteral("referral_answer")).isNull());
    CHECK(step.value(QStringLiteral("referral_outcome")).isNull());
    // Nothing to answer now.
    requireFailure(file.run(QStringLiteral("refer"), {item, QStringLiteral("--answer"), QStringLiteral("accepted")}),
                   QStringLiteral("no referral"));
}

TEST_CASE("tandem-cli refer: usage errors touch nothing")
{
    ReferralFile file;
    const QString item = idText(file.f.minorStep);
    for (const QStringList& arguments :
         {QStringList{item}, QStringList{item, QStringLiteral("--answer"), QStringLiteral("maybe")},
          QStringList{item, idText(file.f.foster), QStringLiteral("--reason"), QStringLiteral("full")},
          QStringList{item, QStringLiteral("none"), QStringLiteral("--answer"), QStringLiteral("accepted")},
          QStringList{item, QStringLiteral("not-an-id")}, QStringList{item, idText(file.f.foster), QStringLiteral("extra")}}) {
        const CliRun r = file.run(QStringLiteral("refer"), arguments);
        INFO(arguments.join(QLatin1Char(' ')).toStdString() << " → " << r.err.toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("--help")));
    }
    CHECK(file.step(file.f.minorStep).value(QStringLiteral("service")).isNull());
}
