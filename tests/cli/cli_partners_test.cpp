// untrust, trust --replace, repair-clock, and restore of another office's file, through the real
// tandem-cli (issue 15, items 6 to 8).

#include "clirun.h"

#include "crypto/card.h"
#include "store/store.h"

#include <QFile>

using namespace tandem;
using namespace tandem::test;

namespace {

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

} // namespace

TEST_CASE("untrust: the partner's bundles are refused and no bundle is made for it, its records stay")
{
    CliFile a(QStringLiteral("Eastfold Police Service"));
    CliFile b(QStringLiteral("Harbourside Shelter"));
    trust(a, b);
    trust(b, a);
    const QString fromB = exportFor(b, a, QStringLiteral("b.bundle"));

    const CliRun revoked = a.run(QStringLiteral("untrust"), {idText(b.officeId())});
    INFO(revoked.err.toStdString());
    CHECK(revoked.exitCode == 0);
    CHECK(revoked.out == QStringLiteral("No longer trusted: Harbourside Shelter (%1)\n").arg(idText(b.officeId())));
    const CliRun merge = a.run(QStringLiteral("merge"), {fromB});
    CHECK(merge.exitCode == 1);
    CHECK(merge.errLines().size() == 1);
    CHECK(merge.err.contains(QStringLiteral("bundle was signed by an office you do not trust")));
    const CliRun out = a.run(QStringLiteral("export"), {QStringLiteral("--out"), a.file(QStringLiteral("x.bundle")),
                                                        QStringLiteral("--to"), idText(b.officeId())});
    CHECK(out.exitCode == 1);
    CHECK(out.err.contains(QStringLiteral("not a trusted partner office")));
    // With no partner left, export says what to do.
    CHECK(a.run(QStringLiteral("export"), {QStringLiteral("--out"), a.file(QStringLiteral("x.bundle"))})
              .err.contains(QStringLiteral("trusts no partner office")));
    CHECK(a.show(QStringLiteral("office"), b.officeId())[QStringLiteral("name")] == QStringLiteral("Harbourside Shelter"));

    // Not a partner (any more), this office, or no id at all.
    CHECK(a.run(QStringLiteral("untrust"), {idText(b.officeId())}).exitCode == 1);
    const CliRun self = a.run(QStringLiteral("untrust"), {idText(a.officeId())});
    CHECK(self.exitCode == 1);
    CHECK(self.err.contains(QStringLiteral("this office itself")));
    CHECK(a.run(QStringLiteral("untrust"), {QStringLiteral("not-an-id")}).exitCode == 2);

    // Trusting the card again resumes the exchange.
    trust(a, b);
    CHECK(a.run(QStringLiteral("merge"), {fromB}).exitCode == 0);
}

TEST_CASE("trust --replace: a partner's new card replaces the old one after the fingerprint check")
{
    CliFile a(QStringLiteral("Eastfold Police Service"));
    CliFile b(QStringLiteral("Harbourside Shelter"));
    trust(a, b);
    trust(b, a);
    const QString oldBundle = exportFor(b, a, QStringLiteral("old.bundle"));

    // B has made new keys: its new card carries its site and the new public keys.
    QFile oldCard(card(b));
    REQUIRE(oldCard.open(QIODevice::ReadOnly));
    Result<KeyCard> parsed = KeyCard::parse(oldCard.readAll(), oldCard.fileName());
    REQUIRE(parsed);
    const QString oldFingerprint = parsed->fingerprint();
    KeyCard renewed = *parsed;
    renewed.keys = OfficeKeys::generate().publicKeys();
    const QString newCard = a.file(QStringLiteral("new.card"));
    writeFile(newCard, renewed.toText().toUtf8());

    const CliRun plain = a.run(QStringLiteral("trust"), {newCard});
    CHECK(plain.exitCode == 1);
    CHECK(plain.errLines().size() == 1);
    CHECK(plain.err.contains(QStringLiteral("already trusted with other keys (fingerprint %1)").arg(oldFingerprint)));
    const CliRun wrong = a.run(QStringLiteral("trust"), {newCard, QStringLiteral("--replace"), oldFingerprint});
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains(QStringLiteral("is not the one of this card")));
    CHECK(a.run(QStringLiteral("trust"), {newCard, QStringLiteral("--replace"), QString()}).exitCode == 2);

    const CliRun replaced = a.run(QStringLiteral("trust"), {newCard, QStringLiteral("--replace"), renewed.fingerprint()});
    INFO(replaced.err.toStdString());
    CHECK(replaced.exitCode == 0);
    CHECK(replaced.out.contains(QStringLiteral("New key trusted: Harbourside Shelter")));
    CHECK(replaced.out.contains(QStringLiteral("replaces %1").arg(oldFingerprint)));

    // A bundle signed with the old key is refused from now on.
    const CliRun old = a.run(QStringLiteral("merge"), {oldBundle});
    CHECK(old.exitCode == 1);
    CHECK(old.err.contains(QStringLiteral("do not trust (fingerprint %1)").arg(oldFingerprint)));
    // The same card again: already trusted.
    CHECK(a.run(QStringLiteral("trust"), {newCard}).out.startsWith(QStringLiteral("Already trusted")));
}

TEST_CASE("repair-clock: an office whose clock ran days ahead is refused until it repairs, then accepted")
{
    CliFile a(QStringLiteral("Eastfold Police Service"));
    CliFile b(QStringLiteral("Harbourside Shelter"));
    trust(a, b);
    trust(b, a);
    {
        // A's computer clock ran three days ahead while it wrote this.
        Result<std::unique_ptr<Store>> store = Store::open(a.path());
        REQUIRE(store);
        const qint64 ahead = QDateTime::currentMSecsSinceEpoch() + 3LL * 24 * 3600 * 1000;
        (*store)->setWallClock([ahead] { return ahead; });
        REQUIRE((*store)->insert(QStringLiteral("agency"), {{QStringLiteral("name"), QStringLiteral("Quay Police")},
                                                            {QStringLiteral("kind"), QStringLiteral("police")}}));
    }
    const CliRun refused = a.run(QStringLiteral("export"), {QStringLiteral("--out"), a.file(QStringLiteral("x.bundle"))});
    CHECK(refused.exitCode == 1);
    CHECK(refused.errLines().size() == 1);
    CHECK(refused.err.contains(QStringLiteral("more than a day ahead of this computer's clock")));
    CHECK(refused.err.contains(QStringLiteral("tandem-cli repair-clock")));

    const CliRun repaired = a.run(QStringLiteral("repair-clock"));
    INFO(repaired.err.toStdString());
    CHECK(repaired.exitCode == 0);
    CHECK(repaired.out.startsWith(QStringLiteral("The clock had run ahead to ")));
    CHECK(b.run(QStringLiteral("merge"), {exportFor(a, b, QStringLiteral("1.bundle"))}).exitCode == 0);
    CHECK(a.run(QStringLiteral("merge"), {exportFor(b, a, QStringLiteral("2.bundle"))}).exitCode == 0);
    CHECK(a.dump() == b.dump());
    CHECK(a.run(QStringLiteral("repair-clock")).out.contains(QStringLiteral("nothing to repair")));
}

TEST_CASE("restore takes only a backup of the same office: another office's live file is refused")
{
    CliFile a(QStringLiteral("Eastfold Police Service"));
    CliFile b(QStringLiteral("Harbourside Shelter"));
    a.add(QStringLiteral("agency"), {QStringLiteral("name=Quay Police"), QStringLiteral("kind=police")});
    const QString before = a.dump(true);
    const CliRun r = a.run(QStringLiteral("restore"), {b.path()});
    CHECK(r.exitCode == 1);
    CHECK(r.errLines().size() == 1);
    CHECK(r.err.startsWith(QStringLiteral("tandem-cli: %1: this is a copy of another office's file (\"Harbourside Shelter\"")
                               .arg(b.path())));
    CHECK(a.dump(true) == before);
    CHECK(a.run(QStringLiteral("list"), {QStringLiteral("office"), QStringLiteral("--json")}).jsonArray().size() == 1);
    // A's own backup is still taken.
    const CliRun made = a.run(QStringLiteral("backups"), {QStringLiteral("--now"), QStringLiteral("--json")});
    REQUIRE(made.exitCode == 0);
    CHECK(a.run(QStringLiteral("restore"), {made.jsonArray().first()[QStringLiteral("path")].toString()}).exitCode == 0);
}
