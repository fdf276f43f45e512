// key, trust, export, merge, conflicts: two offices exchanging through the real tandem-cli.

#include "clirun.h"

#include <QFile>

using namespace tandem::test;

TEST_CASE("key prints a card with its fingerprint, trust shows the fingerprint to compare")
{
    CliFile a(QStringLiteral("Eastfold Police Service"));
    CliFile b(QStringLiteral("Harbourside Women's Shelter"));
    const CliRun key = a.run(QStringLiteral("key"));
    CHECK(key.exitCode == 0);
    CHECK(key.out.startsWith(QStringLiteral("Tandem office card\n")));
    CHECK(key.out.contains(QStringLiteral("office: Eastfold Police Service\n")));
    const QString fingerprint = key.out.section(QStringLiteral("fingerprint: "), 1).trimmed();
    CHECK(fingerprint.size() == 47); // 8 groups of 5 digits

    const QString path = b.file(QStringLiteral("a.card"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(key.out.toUtf8());
    f.close();
    const CliRun trusted = b.run(QStringLiteral("trust"), {path, QStringLiteral("--name"), QStringLiteral("Eastfold police")});
    CHECK(trusted.exitCode == 0);
    CHECK(trusted.out.contains(QStringLiteral("Trusted: Eastfold police")));
    CHECK(trusted.out.contains(QStringLiteral("Fingerprint: ") + fingerprint));
    CHECK(b.run(QStringLiteral("trust"), {path}).out.startsWith(QStringLiteral("Already trusted")));

    // A damaged card: one line, exit 1, the file named.
    QByteArray damaged = key.out.toUtf8();
    damaged.replace("sign: ", "sign: AAAA");
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(damaged);
    f.close();
    const CliRun bad = b.run(QStringLiteral("trust"), {path});
    CHECK(bad.exitCode == 1);
    CHECK(bad.errLines().size() == 1);
    CHECK(bad.err.startsWith(QStringLiteral("tandem-cli: ") + path + QStringLiteral(": line 5")));
}

TEST_CASE("export, merge with --json, and a conflict listed and resolved")
{
    CliFile a(QStringLiteral("Eastfold Police Service"));
    CliFile b(QStringLiteral("Harbourside Women's Shelter"));
    trust(a, b);
    trust(b, a);
    const QUuid op = a.add(QStringLiteral("operation"), {QStringLiteral("code_name=Lantern")});

    const CliRun merged = b.run(QStringLiteral("merge"), {exportFor(a, b, QStringLiteral("1.bundle")), QStringLiteral("--json")});
    INFO(merged.err.toStdString());
    REQUIRE(merged.exitCode == 0);
    const QJsonObject summary = merged.jsonObject();
    CHECK(summary[QStringLiteral("sender")] == QStringLiteral("Eastfold Police Service"));
    CHECK(summary[QStringLiteral("entities")][QStringLiteral("operation")][QStringLiteral("new")] == 1);
    CHECK(summary[QStringLiteral("conflicts")] == 0);
    CHECK(b.show(QStringLiteral("operation"), op)[QStringLiteral("code_name")] == QStringLiteral("Lantern"));

    // Both edit the objectives; B merges A's edit and lists the conflict.
    REQUIRE(a.run(QStringLiteral("set"), {QStringLiteral("operation"), idText(op), QStringLiteral("objectives=Plan of A")}).exitCode == 0);
    REQUIRE(b.run(QStringLiteral("set"), {QStringLiteral("operation"), idText(op), QStringLiteral("objectives=Plan of B")}).exitCode == 0);
    const CliRun second = b.run(QStringLiteral("merge"), {exportFor(a, b, QStringLiteral("2.bundle"))});
    CHECK(second.exitCode == 0);
    CHECK(second.out.contains(QStringLiteral("1 conflicting edits to review")));

    const CliRun list = b.run(QStringLiteral("conflicts"), {QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);
    const QJsonArray conflicts = list.jsonArray();
    REQUIRE(conflicts.size() == 1);
    const QJsonObject c = conflicts.first().toObject();
    CHECK(c[QStringLiteral("field")] == QStringLiteral("objectives"));
    CHECK(QSet<QString>{c[QStringLiteral("kept")].toString(), c[QStringLiteral("other")].toString()}
          == QSet<QString>{QStringLiteral("Plan of A"), QStringLiteral("Plan of B")});
    CHECK(b.run(QStringLiteral("list"), {QStringLiteral("conflict"), QStringLiteral("--json")}).jsonArray() == conflicts);

    const QString other = c[QStringLiteral("other")].toString();
    const CliRun resolved = b.run(QStringLiteral("conflicts"), {QStringLiteral("--resolve"), c[QStringLiteral("id")].toString(),
                                                                QStringLiteral("--take-other")});
    CHECK(resolved.exitCode == 0);
    CHECK(b.show(QStringLiteral("operation"), op)[QStringLiteral("objectives")] == other);
    CHECK(b.run(QStringLiteral("conflicts")).out == QStringLiteral("No conflicts to review.\n"));
    CHECK(b.run(QStringLiteral("conflicts"), {QStringLiteral("--resolve"), c[QStringLiteral("id")].toString()}).exitCode == 2);

    // The resolution travels back to A without a new conflict.
    const CliRun back = a.run(QStringLiteral("merge"), {exportFor(b, a, QStringLiteral("3.bundle")), QStringLiteral("--json")});
    CHECK(back.jsonObject()[QStringLiteral("conflicts")] == 0);
    CHECK(a.show(QStringLiteral("operation"), op)[QStringLiteral("objectives")] == other);
    CHECK(a.dump() == b.dump());
}

TEST_CASE("merge refuses a wrong passphrase, an untrusted sender and a bundle for someone else")
{
    CliFile a(QStringLiteral("A"));
    CliFile b(QStringLiteral("B"));
    CliFile c(QStringLiteral("C"));
    trust(a, b);
    trust(a, c);
    const QString forB = exportFor(a, b, QStringLiteral("b.bundle"));
    const QString before = b.dump(true);

    const CliRun untrusted = b.run(QStringLiteral("merge"), {forB});
    CHECK(untrusted.exitCode == 1);
    CHECK(untrusted.errLines().size() == 1);
    CHECK(untrusted.err.startsWith(QStringLiteral("tandem-cli: ") + forB +
                                   QStringLiteral(": bundle was signed by an office you do not trust (fingerprint ")));
    trust(b, a);
    trust(c, a);
    const CliRun wrong = cli({QStringLiteral("merge"), b.path(), forB}, {{QStringLiteral("TANDEM_PASSPHRASE"), QStringLiteral("not the passphrase at all")}});
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err == QStringLiteral("tandem-cli: %1: wrong passphrase for liaison7\n").arg(b.path()));
    const CliRun none = cli({QStringLiteral("merge"), b.path(), forB}, {{QStringLiteral("TANDEM_PASSPHRASE"), QString()}});
    CHECK(none.exitCode == 1);
    CHECK(none.err.contains(QStringLiteral("passphrase is needed")));
    const CliRun notForC = c.run(QStringLiteral("merge"), {forB});
    CHECK(notForC.exitCode == 1);
    CHECK(notForC.err.contains(QStringLiteral("bundle is not for this office")));
    // Nothing of this changed B's records (trusting A did add A's office record).
    CHECK(b.run(QStringLiteral("merge"), {forB}).exitCode == 0);
    CHECK(b.dump(true) != before);
}

TEST_CASE("export without a trusted partner says what to do")
{
    CliFile a(QStringLiteral("A"));
    const CliRun r = a.run(QStringLiteral("export"), {QStringLiteral("--out"), a.file(QStringLiteral("x.bundle"))});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("trusts no partner office")));
    CHECK_FALSE(QFile::exists(a.file(QStringLiteral("x.bundle"))));
    CHECK(a.run(QStringLiteral("export"), {}).exitCode == 2);
}
