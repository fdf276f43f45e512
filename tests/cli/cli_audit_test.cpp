// People and rules (issue 17): the audit log from the command line (`tandem-cli audit`), and
// `check` finding a log cut or rewritten around Tandem, through the keyed chain.

#include "clirun.h"

#include "store/store.h"

#include <QDateTime>

using namespace tandem;
using namespace tandem::test;

namespace {

// Two entries of the log made through the command line: trusting a partner's card is audited.
void makeEntries(const CliFile& f)
{
    CliFile partner(QStringLiteral("Lantern Shelter"));
    const CliRun key = partner.run(QStringLiteral("key"), {QStringLiteral("--out"), f.file(QStringLiteral("partner.card"))});
    REQUIRE(key.exitCode == 0);
    REQUIRE(f.run(QStringLiteral("trust"), {f.file(QStringLiteral("partner.card"))}).exitCode == 0);
    REQUIRE(f.run(QStringLiteral("untrust"), {idText(partner.officeId())}).exitCode == 0);
}

void tamper(const CliFile& f, const QStringList& statements)
{
    Result<std::unique_ptr<Store>> s = Store::open(f.path());
    REQUIRE(s);
    for (const QString& sql : statements) {
        Result<QSqlQuery> q = (*s)->exec(sql);
        INFO((q ? QString() : q.error().text()).toStdString());
        REQUIRE(q);
    }
}

} // namespace

TEST_CASE("audit lists the log oldest first, filtered by person and action, as lines or JSON")
{
    CliFile f;
    makeEntries(f);

    const CliRun all = f.run(QStringLiteral("audit"));
    INFO(all.err.toStdString());
    REQUIRE(all.exitCode == 0);
    const QStringList lines = all.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() >= 2);
    const QStringList first = lines[lines.size() - 2].split(QLatin1Char('\t'));
    REQUIRE(first.size() == 5);
    CHECK(first[2] == QStringLiteral("liaison7")); // who: the person acting (USER of the run)
    CHECK(first[3] == QStringLiteral("trust"));
    CHECK(first[4].contains(QStringLiteral("Lantern Shelter")));
    CHECK(lines.last().split(QLatin1Char('\t')).value(3) == QStringLiteral("untrust"));

    const CliRun json = f.run(QStringLiteral("audit"), {QStringLiteral("--json"), QStringLiteral("--action"), QStringLiteral("trust")});
    REQUIRE(json.exitCode == 0);
    const QJsonArray entries = json.jsonArray();
    REQUIRE(entries.size() == 1);
    const QJsonObject e = entries[0].toObject();
    CHECK(e[QStringLiteral("who")].toString() == QStringLiteral("liaison7"));
    CHECK(e[QStringLiteral("action")].toString() == QStringLiteral("trust"));
    CHECK(e[QStringLiteral("keyed")].toBool());
    CHECK(QDateTime::fromString(e[QStringLiteral("at")].toString(), Qt::ISODate).isValid());

    const CliRun nobody = f.run(QStringLiteral("audit"), {QStringLiteral("--who"), QStringLiteral("Somebody Else")});
    REQUIRE(nobody.exitCode == 0);
    CHECK(nobody.out.trimmed() == QStringLiteral("No audit entry matches."));
    const CliRun last = f.run(QStringLiteral("audit"), {QStringLiteral("--last"), QStringLiteral("1")});
    CHECK(last.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() == 1);
    CHECK(f.run(QStringLiteral("audit"), {QStringLiteral("--last"), QStringLiteral("0")}).exitCode == 2);
}

TEST_CASE("check finds the end of the audit log cut off around Tandem, triggers dropped")
{
    CliFile f;
    makeEntries(f);
    REQUIRE(f.run(QStringLiteral("check")).exitCode == 0);
    tamper(f, {QStringLiteral("DROP TRIGGER audit_log_append_only_delete"),
               QStringLiteral("DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)")});
    const CliRun r = f.run(QStringLiteral("check"));
    INFO(r.out.toStdString());
    CHECK(r.exitCode == 1);
    CHECK(r.out.contains(QStringLiteral("audit_log")));
    CHECK(r.out.contains(QStringLiteral("removed")));
}

TEST_CASE("check with the passphrase finds the key of the audit chain set back after a cut")
{
    CliFile f;
    makeEntries(f);
    tamper(f, {QStringLiteral("DROP TRIGGER audit_log_append_only_delete"),
               QStringLiteral("DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)"),
               QStringLiteral("UPDATE meta SET value = value - 1 WHERE key = 'audit_key_seq'")});
    // Without the passphrase nothing shows: the hashes and the key's place agree.
    const CliRun blind = cli({QStringLiteral("check"), f.path()}, {{QStringLiteral("TANDEM_PASSPHRASE"), QString()}});
    CHECK(blind.exitCode == 0);
    const CliRun keyed = f.run(QStringLiteral("check"));
    INFO(keyed.out.toStdString());
    CHECK(keyed.exitCode == 1);
    CHECK(keyed.out.contains(QStringLiteral("does not follow")));
}
