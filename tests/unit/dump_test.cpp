// The canonical dump: sorted, stable, and only what partners may hold.

#include "catchqt.h"
#include "testsupport.h"

#include "util/ids.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonArray>

using namespace tandem;
using namespace tandem::test;

TEST_CASE("dump is valid JSON with every entity, rows in id order and keys sorted")
{
    TempStore t;
    ManualClock clock;
    t->setWallClock(clock.fn());
    // Insert ids in descending order: the dump must still list them ascending.
    for (int i = 3; i >= 1; --i) {
        REQUIRE(t->insert(QStringLiteral("agency"),
                          {{QStringLiteral("name"), QStringLiteral("Agency %1").arg(i)},
                           {QStringLiteral("kind"), QStringLiteral("shelter")}},
                          makeUuidV7(1000 + i, 0, 0)));
    }
    const QString text = dumpText(*t);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    const QJsonObject root = doc.object();
    CHECK(root.size() == qsizetype(Registry::instance().entities().size()));
    const QJsonArray agencies = root.value(QStringLiteral("agency")).toArray();
    REQUIRE(agencies.size() == 3);
    CHECK(agencies.at(0).toObject().value(QStringLiteral("fields")).toObject().value(QStringLiteral("name"))
          == QStringLiteral("Agency 1"));
    CHECK(text.indexOf(QStringLiteral("\"deleted\"")) < text.indexOf(QStringLiteral("\"fields\"")));
    CHECK(dumpText(*t) == text);
    CHECK_FALSE(text.contains(QStringLiteral("local_seq")));
}

TEST_CASE("plain dump leaves out office-only rows, their children and identities, and --all has them")
{
    TempStore t;
    Result<QUuid> secret = t->insert(QStringLiteral("operation"),
                                     {{QStringLiteral("code_name"), QStringLiteral("Quiet Harbour")},
                                      {QStringLiteral("sharing"), QStringLiteral("office")}});
    REQUIRE(secret);
    REQUIRE(t->insert(QStringLiteral("note"), {{QStringLiteral("operation"), secret->toString()},
                                               {QStringLiteral("at"), QStringLiteral("2026-01-01T10:00:00Z")},
                                               {QStringLiteral("text"), QStringLiteral("Informant meeting at the pier")}}));
    Result<QUuid> survivor = t->insert(QStringLiteral("survivor"), {{QStringLiteral("code"), QStringLiteral("V-2026-0001")}});
    REQUIRE(survivor);
    REQUIRE(t->insert(QStringLiteral("survivor_identity"), {{QStringLiteral("survivor"), survivor->toString()},
                                                            {QStringLiteral("name"), QStringLiteral("Ilinca Vornic")}}));
    REQUIRE(t->insert(QStringLiteral("tip"), {{QStringLiteral("received_at"), QStringLiteral("2026-01-01T10:00:00Z")},
                                              {QStringLiteral("channel"), QStringLiteral("hotline")},
                                              {QStringLiteral("place"), QStringLiteral("Laundry on Mill Street")},
                                              {QStringLiteral("source"), QStringLiteral("Neighbour at number 12")}}));

    const QString shared = dumpText(*t);
    CHECK_FALSE(shared.contains(QStringLiteral("Quiet Harbour")));
    CHECK_FALSE(shared.contains(QStringLiteral("Informant")));
    CHECK_FALSE(shared.contains(QStringLiteral("Ilinca")));
    CHECK_FALSE(shared.contains(QStringLiteral("Neighbour")));
    CHECK(shared.contains(QStringLiteral("V-2026-0001")));

    const QString all = dumpText(*t, true);
    for (const char* s : {"Quiet Harbour", "Informant", "Ilinca", "Neighbour"})
        CHECK(all.contains(QString::fromLatin1(s)));

    // A tombstone of a shared row is shared: partners must learn of the delete.
    REQUIRE(t->remove(QStringLiteral("survivor"), *survivor));
    const QString afterDelete = dumpText(*t);
    CHECK_FALSE(afterDelete.contains(QStringLiteral("V-2026-0001")));
    CHECK(afterDelete.contains(survivor->toString(QUuid::WithoutBraces)));
}
