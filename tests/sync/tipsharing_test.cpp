// Community tips and feedback follow the sharing levels (issue 9): the source of a tip is
// protected, so a tip is office-only unless someone shares it on purpose, and an office-only tip or
// feedback never leaves in a bundle, not even in a full export or after it is edited.

#include "officefixture.h"

#include "sync/bundle.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace tandem;
using namespace tandem::test;

namespace {

// Whether the live row `id` of `entity` is in `o`'s file at all.
bool holds(Office& o, const char* entity, const QUuid& id)
{
    Result<QSqlQuery> q = o.store->exec(QStringLiteral("SELECT count(*) FROM %1 WHERE id = ?").arg(QString::fromLatin1(entity)),
                                        {id.toRfc4122()});
    REQUIRE(q);
    REQUIRE(q->next());
    return q->value(0).toInt() > 0;
}

// The ids of the rows of `entity` in the payload of `bundlePath`, opened with `reader`'s keys.
QList<QUuid> payloadIds(Office& reader, const QString& bundlePath, const char* entity, QTemporaryDir& dir)
{
    const QString payloadPath = dir.filePath(QStringLiteral("tips-payload.sqlite"));
    Result<bundle::Opened> opened = bundle::open(
        bundlePath, payloadPath, reader.store->siteId(), *reader.keys,
        [&](const QString&, const QByteArray& site) -> std::optional<PublicKeys> {
            Result<std::optional<Partner>> p = partnerBySite(*reader.store, site);
            return p && *p ? std::optional<PublicKeys>((*p)->keys) : std::nullopt;
        });
    REQUIRE(opened);
    QList<QUuid> ids;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tips-payload"));
        db.setDatabaseName(payloadPath);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT id FROM ") + QString::fromLatin1(entity)));
        while (q.next())
            ids << QUuid::fromRfc4122(q.value(0).toByteArray());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tips-payload"));
    QFile::remove(payloadPath);
    return ids;
}

} // namespace

TEST_CASE("an office-only tip never leaves, a tip shared with partners arrives")
{
    QTemporaryDir dir;
    Office a(QStringLiteral("Eastbrook Task Force"), dir);
    Office b(QStringLiteral("Harbourside Refuge"), dir);
    trustEachOther({&a, &b});

    const QUuid op = a.insert("operation", {{QStringLiteral("code_name"), QStringLiteral("Operation Kite")}});
    const QUuid hidden = a.insert("tip", {{QStringLiteral("received_at"), QStringLiteral("2026-05-04T09:30:00Z")},
                                           {QStringLiteral("channel"), QStringLiteral("hotline")},
                                           {QStringLiteral("place"), QStringLiteral("Gullhaven bus depot")},
                                           {QStringLiteral("indicators"), QStringList{QStringLiteral("documents_withheld"),
                                                                                      QStringLiteral("lives_at_workplace")}},
                                           {QStringLiteral("description"), QStringLiteral("Workers collected at dawn")},
                                           {QStringLiteral("source"), QStringLiteral("Caller: night porter, call back after six")}});
    const QUuid shared = a.insert("tip", {{QStringLiteral("received_at"), QStringLiteral("2026-05-05T14:00:00Z")},
                                           {QStringLiteral("channel"), QStringLiteral("partner_referral")},
                                           {QStringLiteral("place"), QStringLiteral("Copperlea market")},
                                           {QStringLiteral("sharing"), QStringLiteral("partners")}});
    // A tip is office-only unless someone chooses otherwise.
    REQUIRE(a.store->get(QStringLiteral("tip"), hidden)->text(QStringLiteral("sharing")) == QStringLiteral("office"));

    // A full export: the shared tip is in the bundle, the office-only one is not.
    const QString bundle = a.exportFor({&b}, true);
    const QList<QUuid> inBundle = payloadIds(b, bundle, "tip", dir);
    CHECK(inBundle.contains(shared));
    CHECK_FALSE(inBundle.contains(hidden));
    b.merge(bundle);
    CHECK(holds(b, "tip", shared));
    CHECK_FALSE(holds(b, "tip", hidden));
    CHECK(b.store->get(QStringLiteral("tip"), shared)->text(QStringLiteral("place")) == QStringLiteral("Copperlea market"));
    CHECK_FALSE(b.dump().contains(QStringLiteral("Gullhaven")));
    CHECK_FALSE(dumpText(*b.store, true).contains(QStringLiteral("night porter")));

    // Triage at the office (assessed, linked to an operation) is an edit; it still does not leave.
    REQUIRE(a.store->update(QStringLiteral("tip"), hidden,
                            {{QStringLiteral("status"), QStringLiteral("linked")}, {QStringLiteral("operation"), op}}));
    send(a, b);
    send(a, b, true);
    CHECK_FALSE(holds(b, "tip", hidden));
    CHECK(holds(b, "operation", op));

    // Shared on purpose later, it arrives, with its triage.
    REQUIRE(a.store->update(QStringLiteral("tip"), hidden, {{QStringLiteral("sharing"), QStringLiteral("partners")}}));
    send(a, b);
    REQUIRE(holds(b, "tip", hidden));
    CHECK(b.store->get(QStringLiteral("tip"), hidden)->text(QStringLiteral("status")) == QStringLiteral("linked"));
    CHECK(b.store->get(QStringLiteral("tip"), hidden)->value(QStringLiteral("operation")).toUuid() == op);
}

TEST_CASE("feedback follows its sharing level across an exchange")
{
    QTemporaryDir dir;
    Office a(QStringLiteral("Eastbrook Task Force"), dir);
    Office b(QStringLiteral("Harbourside Refuge"), dir);
    trustEachOther({&a, &b});

    const QUuid agency = a.insert("agency", {{QStringLiteral("name"), QStringLiteral("Eastfold Police Service")},
                                              {QStringLiteral("kind"), QStringLiteral("police")}});
    const QUuid meeting = a.insert("meeting", {{QStringLiteral("kind"), QStringLiteral("training")},
                                                {QStringLiteral("title"), QStringLiteral("Evidence for NGO staff")},
                                                {QStringLiteral("starts_at"), QStringLiteral("2026-06-01T08:00:00Z")}});
    const QUuid open = a.insert("feedback", {{QStringLiteral("meeting"), meeting},
                                              {QStringLiteral("agency"), agency},
                                              {QStringLiteral("rating_planning"), 4},
                                              {QStringLiteral("what_worked"), QStringLiteral("Real case files, anonymised")}});
    const QUuid internal = a.insert("feedback", {{QStringLiteral("meeting"), meeting},
                                                  {QStringLiteral("agency"), agency},
                                                  {QStringLiteral("rating_safety"), 2},
                                                  {QStringLiteral("what_to_change"), QStringLiteral("Internal remark")},
                                                  {QStringLiteral("sharing"), QStringLiteral("office")}});
    send(a, b, true);
    CHECK(holds(b, "feedback", open));
    CHECK(holds(b, "meeting", meeting));
    CHECK_FALSE(holds(b, "feedback", internal));
    CHECK_FALSE(b.dump().contains(QStringLiteral("Internal remark")));
}
