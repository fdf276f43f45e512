// Survivors' identities leave the file only on purpose: never in `list survivor`, never in a
// plain dump, and in list or show only with --identities.

#include "clirun.h"

#include <QFile>

using namespace tandem::test;

namespace {

// Invented for this test; any resemblance to a real person is accidental.
const QString kName = QStringLiteral("Mirela Testcase");
const QString kBirth = QStringLiteral("2004-07-19");

} // namespace

TEST_CASE("identity details are printed only when asked for, and never by a plain dump")
{
    CliFile f;
    const QUuid survivor = f.add(QStringLiteral("survivor"), {QStringLiteral("code=V-2026-0007"),
                                                              QStringLiteral("minor=false")});
    const QUuid identity =
        f.add(QStringLiteral("survivor_identity"),
              {QStringLiteral("survivor=") + idText(survivor), QStringLiteral("name=") + kName,
               QStringLiteral("date_of_birth=") + kBirth});

    // The survivor record is pseudonymous: code, no identity fields.
    const CliRun survivors =
        f.run(QStringLiteral("list"), {QStringLiteral("survivor"), QStringLiteral("--json")});
    REQUIRE(survivors.exitCode == 0);
    const QJsonObject s = survivors.jsonArray().at(0).toObject();
    CHECK(s.value(QStringLiteral("code")) == QStringLiteral("V-2026-0007"));
    for (const char* key : {"name", "date_of_birth", "contact"})
        CHECK_FALSE(s.contains(QString::fromLatin1(key)));
    CHECK_FALSE(survivors.out.contains(kName));
    CHECK_FALSE(f.run(QStringLiteral("list"), {QStringLiteral("survivor")}).out.contains(kName));
    CHECK_FALSE(f.run(QStringLiteral("show"), {QStringLiteral("survivor"), idText(survivor)})
                    .out.contains(kName));

    // Without --identities, identity records are refused before anything is printed.
    for (const QStringList& arguments :
         {QStringList{QStringLiteral("list"), f.path(), QStringLiteral("survivor_identity")},
          QStringList{QStringLiteral("list"), f.path(), QStringLiteral("survivor_identity"),
                      QStringLiteral("--json")},
          QStringList{QStringLiteral("show"), f.path(), QStringLiteral("survivor_identity"),
                      idText(identity)},
          QStringList{QStringLiteral("add"), f.path(), QStringLiteral("survivor_identity"),
                      QStringLiteral("survivor=") + idText(survivor),
                      QStringLiteral("name=Second Testcase"), QStringLiteral("--json")}}) {
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        const CliRun r = cli(arguments);
        CHECK(r.exitCode == 2);
        CHECK(r.out.isEmpty());
        CHECK_FALSE(r.err.contains(kName));
        CHECK(r.err.contains(
            QStringLiteral("survivor_identity records hold survivors' identifying details; "
                           "they are printed only when asked for with --identities")));
    }
    // The refused add wrote nothing.
    const CliRun all =
        f.run(QStringLiteral("list"), {QStringLiteral("survivor_identity"),
                                       QStringLiteral("--json"), QStringLiteral("--identities")});
    REQUIRE(all.exitCode == 0);
    REQUIRE(all.jsonArray().size() == 1);
    CHECK(all.jsonArray().at(0)[QStringLiteral("name")] == kName);
    CHECK(all.jsonArray().at(0)[QStringLiteral("date_of_birth")] == kBirth);
    const CliRun shown =
        f.run(QStringLiteral("show"), {QStringLiteral("survivor_identity"), idText(identity),
                                       QStringLiteral("--identities")});
    CHECK(shown.exitCode == 0);
    CHECK(shown.out.contains(QStringLiteral("name:")));
    CHECK(shown.out.contains(kName));

    // Plain dump is what partners hold: no identity, not even its id. --all has the record, its
    // identifying details sealed (they are sealed at rest, and dump asks for no passphrase).
    const QString shared = f.dump();
    CHECK(shared.contains(QStringLiteral("V-2026-0007")));
    CHECK_FALSE(shared.contains(kName));
    CHECK_FALSE(shared.contains(kBirth));
    CHECK_FALSE(shared.contains(idText(identity)));
    const QString everything = f.dump(true);
    CHECK_FALSE(everything.contains(kName));
    CHECK_FALSE(everything.contains(kBirth));
    CHECK(everything.contains(QStringLiteral("\"name\":\"sealed:")));
    CHECK(everything.contains(idText(identity)));

    // The file itself holds no identifying detail in the clear, whatever reads it.
    QFile file(f.path());
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll() + [&] {
        QFile wal(f.path() + QStringLiteral("-wal"));
        return wal.open(QIODevice::ReadOnly) ? wal.readAll() : QByteArray();
    }();
    CHECK_FALSE(bytes.contains(kName.toUtf8()));
    CHECK_FALSE(bytes.contains(kBirth.toUtf8()));

    // A wrong passphrase opens nothing.
    const CliRun wrong = cli({QStringLiteral("list"), f.path(), QStringLiteral("survivor_identity"), QStringLiteral("--identities")},
                             {{QStringLiteral("TANDEM_PASSPHRASE"), QStringLiteral("not the office passphrase")}});
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains(QStringLiteral("wrong passphrase")));
    CHECK_FALSE(wrong.out.contains(kName));
}
