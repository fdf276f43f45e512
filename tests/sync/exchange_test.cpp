// Exchange between offices: export, merge, conflicts, sharing, relays (DESIGN.md §3).

#include "officefixture.h"

#include "store/hlc.h"
#include "sync/bundle.h"
#include "sync/conflicts.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace tandem;
using namespace tandem::test;

namespace {

QString text(Office& o, const char* entity, const QUuid& id, const char* field)
{
    Result<Row> row = o.store->get(QString::fromLatin1(entity), id);
    REQUIRE(row);
    return row->text(QString::fromLatin1(field));
}

// Everything the payload of `bundle` holds, as text, decrypted with `reader`'s keys.
QString payloadText(Office& reader, const QString& bundlePath, QTemporaryDir& dir)
{
    const QString payloadPath = dir.filePath(QStringLiteral("inspect.sqlite"));
    Result<bundle::Opened> opened = bundle::open(
        bundlePath, payloadPath, reader.store->siteId(), *reader.keys,
        [&](const QString&, const QByteArray& site) -> std::optional<PublicKeys> {
            Result<std::optional<Partner>> p = partnerBySite(*reader.store, site);
            return p && *p ? std::optional<PublicKeys>((*p)->keys) : std::nullopt;
        });
    REQUIRE(opened);
    QString all;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
        db.setDatabaseName(payloadPath);
        REQUIRE(db.open());
        QSqlQuery tables(db);
        REQUIRE(tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'")));
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        for (const QString& t : names) {
            QSqlQuery q(db);
            REQUIRE(q.exec(QStringLiteral("SELECT * FROM ") + t));
            while (q.next()) {
                for (int i = 0; i < q.record().count(); ++i)
                    all += q.value(i).toString() + QLatin1Char('\n');
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
    QFile::remove(payloadPath);
    return all;
}

} // namespace

TEST_CASE("two offices that exchange everything hold identical dumps")
{
    QTemporaryDir dir;
    Office a(QStringLiteral("Eastfold Police Service"), dir);
    Office b(QStringLiteral("Harbourside Women's Shelter"), dir);
    trustEachOther({&a, &b});

    const QUuid agency = a.insert("agency", {{QStringLiteral("name"), QStringLiteral("Eastfold Police")},
                                              {QStringLiteral("kind"), QStringLiteral("police")}});
    const QUuid op = a.insert("operation", {{QStringLiteral("code_name"), QStringLiteral("Lantern")},
                                             {QStringLiteral("lead_agency"), agency}});
    a.insert("target", {{QStringLiteral("operation"), op},
                         {QStringLiteral("label"), QStringLiteral("Farmhouse")},
                         {QStringLiteral("address"), QStringLiteral("4 Mill Lane, Eastfold")}});
    b.insert("service", {{QStringLiteral("name"), QStringLiteral("Harbourside Shelter")},
                          {QStringLiteral("kind"), QStringLiteral("shelter")}});

    const MergeSummary first = send(a, b);
    CHECK(first.senderName == QStringLiteral("Eastfold Police Service"));
    CHECK(first.perEntity.value(QStringLiteral("operation")).added == 1);
    CHECK(first.perEntity.value(QStringLiteral("target")).added == 1);
    CHECK(first.conflicts == 0);
    send(b, a);
    CHECK(a.dump() == b.dump());
    CHECK(text(b, "operation", op, "code_name") == QStringLiteral("Lantern"));
}

TEST_CASE("merging the same bundle twice, or an older one, changes nothing")
{
    QTemporaryDir dir;
    Office a(QStringLiteral("A"), dir);
    Office b(QStringLiteral("B"), dir);
    trustEachOther({&a, &b});
    const QUuid op = a.insert("operation", {{QStringLiteral("code_name"), QStringLiteral("Lantern")}});
    const QString old = a.exportFor({&b});
    b.merge(old);
    a.set("operation", op, {{QStringLiteral("objectives"), QStringLiteral("Newer plan")}});
    b.merge(a.exportFor({&b}));
    const QString before = b.dump(); // shared state
    const QString beforeAll = dumpText(*b.store, true);

    const MergeSummary again = b.merge(old);
    CHECK(again.total().added == 0);
    CHECK(again.total().updated == 0);
    CHECK(again.conflicts == 0);
    CHECK(b.dump() == before);
    CHECK(dumpText(*b.store, true) == beforeAll);
    CHECK(text(b, "operation", op, "objectives") == QStringLiteral("Newer plan"));
}

TEST_CASE("concurrent edits of one field converge and are listed as a conflict at both offices")
{
    QTemporaryDir dir;
    Office a(QStringLiteral("A"), dir);
    Office b(QStringLiteral("B"), dir);
    trustEachOther({&a, &b});
    const QUuid op = a.insert("operation", {{QStringLiteral("code_name"), QStringLiteral("Lantern")}});
    send(a, b);

    a.set("operation", op, {{QStringLiteral("objectives"), QStringLiteral("Plan of A")},
                             {QStringLiteral("risk_level"), QStringLiteral("high")}});
    b.set("operation", op, {{QStringLiteral("objectives"), QStringLiteral("Plan of B")},
                             {QStringLiteral("comms_plan"), QStringLiteral("Channel 4")}});
    const QString fromA = a.exportFor({&b});
    const QString fromB = b.exportFor({&a});
    const MergeSummary atB = b.merge(fromA);
    const MergeSummary atA = a.merge(fromB);
    CHECK(atA.conflicts == 1);
    CHECK(atB.conflicts == 1);
    CHECK(a.dump() == b.dump());
    // Edits of other fields are all kept.
    CHECK(text(a, "operation", op, "risk_level") == QStringLiteral("high"));
    CHECK(text(a, "operation", op, "comms_plan") == QStringLiteral("Channel 4"));

    Result<std::vector<Conflict>> list = conflicts(*a.store);
    REQUIRE(list);
    REQUIRE(list->size() == 1);
    const Conflict& c = list->front();
    CHECK(c.field == QStringLiteral("objectives"));
    CHECK(c.kind == QStringLiteral("edit"));
    CHECK(c.kept.toString() == text(a, "operation", op, "objectives"));
    CHECK(QSet<QString>{c.kept.toString(), c.other.toString()}
          == QSet<QString>{QStringLiteral("Plan of A"), QStringLiteral("Plan of B")});
    CHECK(QSet<QString>{c.keptBy, c.otherBy} == QSet<QString>{QStringLiteral("A"), QStringLiteral("B")});
}

TEST_CASE("an edit made after seeing the other office's edit is not a conflict")
{
    QTemporaryDir dir;
    Office a(QStringLiteral("A"), dir);
    Office b(QStringLiteral("B"), dir);
    trustEachOther({&a, &b});
    const QUuid op = a.insert("operation", {{QStringLiteral("code_name"), QStringLiteral("Lantern")}});
    a.set("operation", op, {{QStringLiteral("objectives"), QStringLiteral("First")}});
    send(a, b);
    b.set("operation", op, {{QStringLiteral("objectives"), QStringLiteral("Second, having read the first")}});
    const MergeSummary atA = send(b, a);
    CHECK(atA.conflicts == 0);
    CHECK(atA.perEntity.value(QStringLiteral("operation")).updated == 1);
    CHECK(text(a, "operation", op, "objectives") == QStringLiteral("Second, having read the first"));
    CHECK(send(a, b).conflicts == 0);
    CHECK(a.dump() == b.dump());
}

TEST_CASE("a delete and a concurrent edit: the delete stays, the edit is listed, and can be restored")
{
    QTemporaryDir dir;
    Office a(QStringLiteral("A"), dir);
    Office b(QStringLiteral("B"), dir);
    trustEachOther({&a, &b});
    const QUuid op = a.insert("operation", {{QStringLiteral("code_name"), QStringLiteral("Lantern")}});
    const QUuid target = a.insert("target", {{QStringLiteral("operation"), op},
                                              {QStringLiteral("label"), QStringLiteral("Barn")},
                                              {QStringLiteral("address"), QStringLiteral("1 Field Road")}});
    send(a, b);
    REQUIRE(a.store->remove(QStringLiteral("target"), target));
    b.set("target", target, {{QStringLiteral("hazards"), QStringLiteral("Dog on site")}});
    const QString fromA = a.exportFor({&b});
    const QString fromB = b.exportFor({&a});
    const MergeSummary atB = b.merge(fromA);
    const MergeSummary atA = a.merge(fromB);
    CHECK(atB.conflicts == 1);
    CHECK(atA.conflicts == 1);
    CHECK(atB.perEntity.value(QStringLiteral("target")).deleted == 1);
    CHECK(a.dump() == b.dump());
    REQUIRE(b.store->get(QStringLiteral("target"), target)->deleted);
    CHECK(b.store->get(QStringLiteral("target"), target)->isNull(QStringLiteral("hazards")));

    // B takes its edit back: the row is restored with B's values, and A gets the restore.
    Result<std::vector<Conflict>> list = conflicts(*b.store);
    REQUIRE(list);
    REQUIRE(list->size() == 1);
    CHECK(list->front().kind == QStringLiteral("delete"));
    CHECK(list->front().other.toMap().value(QStringLiteral("hazards")).toString() == QStringLiteral("Dog on site"));
    REQUIRE(resolveConflict(*b.store, list->front().id, Resolution::TakeOther));
    CHECK_FALSE(b.store->get(QStringLiteral("target"), target)->deleted);
    CHECK(text(b, "target", target, "hazards") == QStringLiteral("Dog on site"));
    CHECK(send(b, a).conflicts == 0);
    CHECK(text(a, "target", target, "label") == QStringLiteral("Barn"));
    CHECK(a.dump() == b.dump());
}

TEST_CASE("taking the other value of a conflict is an edit that travels without a new conflict")
{
    QTemporaryDir dir;
    Office a(QStringLiteral("A"), dir);
    Office b(QStringLiteral("B"), dir);
    trustEachOther({&a, &b});
    const QUuid op = a.insert("operation", {{QStringLiteral("code_name"), QStringLiteral("Lantern")}});
    send(a, b);
    a.set("operation", op, {{QStringLiteral("comms_plan"), QStringLiteral("Radio")}});
    b.set("operation", op, {{QStringLiteral("comms_plan"), QStringLiteral("Phones")}});
    // B merges A's edit first: B is the office that sees both edits, so B lists the conflict.
    // A then gets B's export, made after B had seen A's edit: for A that is a later edit, no
    // conflict.
    CHECK(send(a, b).conflicts == 1);
    CHECK(send(b, a).conflicts == 0);
    CHECK(a.dump() == b.dump());
    Result<std::vector<Conflict>> list = conflicts(*b.store);
    REQUIRE((list && list->size() == 1));
    const QString loser = list->front().other.toString();
    REQUIRE(resolveConflict(*b.store, list->front().id, Resolution::TakeOther));
    CHECK(text(b, "operation", op, "comms_plan") == loser);
    CHECK(conflicts(*b.store)->empty());
    CHECK(conflicts(*b.store, true)->size() == 1);
    CHECK(send(b, a).conflicts == 0);
    CHECK(text(a, "operation", op, "comms_plan") == loser);
    CHECK(a.dump() == b.dump());
    Result<void> twice = resolveConflict(*b.store, list->front().id, Resolution::KeepWinner);
    REQUIRE_FALSE(twice);
    CHECK(twice.error().message.contains(QStringLiteral("already resolved")));
}

TEST_CASE("a resolved conflict can be reopened, and is then open to resolve again")
{
    QTemporaryDir dir;
    Office a(QStringLiteral("A"), dir);
    Office b(QStringLiteral("B"), dir);
    trustEachOther({&a, &b});
    const QUuid op = a.insert("operation", {{QStringLiteral("code_name"), QStringLiteral("Lantern")}});
    send(a, b);
    a.set("operation", op, {{QStringLiteral("objectives"), QStringLiteral("Find the workshop")}});
    b.set("operation", op, {{QStringLiteral("objectives"), QStringLiteral("Find the farm")}});
    REQUIRE(send(a, b).conflicts == 1);
    const Conflict c = conflicts(*b.store)->front();

    // An open conflict cannot be reopened, nor an unknown one.
    Result<void> open = reopenConflict(*b.store, c.id);
    REQUIRE_FALSE(open);
    CHECK(open.error().message.contains(QStringLiteral("still open")));
    Result<void> unknown = reopenConflict(*b.store, QUuid::createUuid());
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().message.contains(QStringLiteral("no such conflict")));

    const QString before = text(b, "operation", op, "objectives");
    REQUIRE(resolveConflict(*b.store, c.id, Resolution::KeepWinner));
    CHECK(conflicts(*b.store)->empty());
    REQUIRE(reopenConflict(*b.store, c.id));
    Result<std::vector<Conflict>> again = conflicts(*b.store);
    REQUIRE((again && again->size() == 1));
    CHECK(again->front().id == c.id);
    CHECK_FALSE(again->front().resolvedAt.isValid());
    CHECK(again->front().resolution.isEmpty());
    CHECK(again->front().kept == c.kept);
    CHECK(again->front().other == c.other);
    // Reopening changes no record.
    CHECK(text(b, "operation", op, "objectives") == before);

    REQUIRE(resolveConflict(*b.store, c.id, Resolution::TakeOther));
    CHECK(text(b, "operation", op, "objectives") == c.other.toString());
    CHECK(conflicts(*b.store, true)->front().resolution == QStringLiteral("took_other"));
}

TEST_CASE("bundles relayed through a third office merge with their origin")
{
    QTemporaryDir dir;
    Office a(QStringLiteral("A"), dir);
    Office b(QStringLiteral("B"), dir);
    Office c(QStringLiteral("C"), dir);
    trustEachOther({&a, &b});
    trustEachOther({&b, &c});
    // Shared with the whole network: relayed onward (a "partners" row would reach only the
    // offices A trusts: distribution_test.cpp).
    const QUuid op = a.insert("operation", {{QStringLiteral("code_name"), QStringLiteral("Lantern")},
                                             {QStringLiteral("sharing"), QStringLiteral("network")}});
    send(a, b);
    send(b, c);
    CHECK(text(c, "operation", op, "code_name") == QStringLiteral("Lantern"));
    const QByteArray v = c.store->versions(QStringLiteral("operation"), op)->value(QStringLiteral("code_name_v"));
    CHECK(versionSite(v) == a.store->siteId());

    // C edits it, the edit comes back to A through B, with no conflict anywhere.
    c.set("operation", op, {{QStringLiteral("objectives"), QStringLiteral("From C")}});
    CHECK(send(c, b).conflicts == 0);
    CHECK(send(b, a).conflicts == 0);
    CHECK(text(a, "operation", op, "objectives") == QStringLiteral("From C"));
}

TEST_CASE("incremental export sends only what the partner has not acknowledged")
{
    QTemporaryDir dir;
    Office a(QStringLiteral("A"), dir);
    Office b(QStringLiteral("B"), dir);
    trustEachOther({&a, &b});
    for (int i = 0; i < 5; ++i)
        a.insert("agency", {{QStringLiteral("name"), QStringLiteral("Agency %1").arg(i)},
                             {QStringLiteral("kind"), QStringLiteral("ngo_victim_services")}});
    CHECK(send(a, b).total().added >= 5);
    send(b, a); // carries B's acknowledgement
    const QUuid late = a.insert("agency", {{QStringLiteral("name"), QStringLiteral("Late agency")},
                                            {QStringLiteral("kind"), QStringLiteral("shelter")}});
    ExportOptions options;
    options.recipients << b.store->siteId();
    Result<ExportSummary> incremental = exportBundle(*a.store, *a.keys, options, dir.filePath(QStringLiteral("inc.bundle")));
    REQUIRE(incremental);
    CHECK(incremental->perEntity.value(QStringLiteral("agency")) == 1);
    options.full = true;
    Result<ExportSummary> full = exportBundle(*a.store, *a.keys, options, dir.filePath(QStringLiteral("full.bundle")));
    REQUIRE(full);
    CHECK(full->perEntity.value(QStringLiteral("agency")) == 6);
    b.merge(dir.filePath(QStringLiteral("inc.bundle")));
    CHECK(text(b, "agency", late, "name") == QStringLiteral("Late agency"));
}

TEST_CASE("office-only rows and unconsented identities never leave, consented ones reach only their office")
{
    QTemporaryDir dir;
    Office a(QStringLiteral("A"), dir);
    Office b(QStringLiteral("B"), dir);
    Office c(QStringLiteral("C"), dir);
    trustEachOther({&a, &b, &c});

    const QUuid secret = a.insert("operation", {{QStringLiteral("code_name"), QStringLiteral("Quiet Harbour")},
                                                 {QStringLiteral("sharing"), QStringLiteral("office")}});
    a.insert("note", {{QStringLiteral("operation"), secret},
                       {QStringLiteral("at"), QStringLiteral("2026-03-01T10:00:00Z")},
                       {QStringLiteral("text"), QStringLiteral("Informant Teodor at the pier")}});
    a.insert("tip", {{QStringLiteral("received_at"), QStringLiteral("2026-03-01T10:00:00Z")},
                      {QStringLiteral("channel"), QStringLiteral("hotline")},
                      {QStringLiteral("place"), QStringLiteral("Pier 4 warehouses")},
                      {QStringLiteral("source"), QStringLiteral("Caller from flat 12")}});
    const QUuid s1 = a.insert("survivor", {{QStringLiteral("code"), QStringLiteral("V-2026-0001")}});
    const QUuid s2 = a.insert("survivor", {{QStringLiteral("code"), QStringLiteral("V-2026-0002")}});
    a.insert("survivor_identity", {{QStringLiteral("survivor"), s1}, {QStringLiteral("name"), QStringLiteral("Oriana Velsk")}});
    a.insert("survivor_identity", {{QStringLiteral("survivor"), s2}, {QStringLiteral("name"), QStringLiteral("Mireille Osk")}});
    a.insert("consent", {{QStringLiteral("survivor"), s2},
                          {QStringLiteral("recipient_office"), b.store->officeId()},
                          {QStringLiteral("scope"), QStringLiteral("identity")},
                          {QStringLiteral("given_at"), QStringLiteral("2026-03-01T10:00:00Z")}});

    const QString forB = a.exportFor({&b});
    const QString payload = payloadText(b, forB, dir);
    CHECK(payload.contains(QStringLiteral("V-2026-0001")));
    CHECK_FALSE(payload.contains(QStringLiteral("Quiet Harbour")));
    CHECK_FALSE(payload.contains(QStringLiteral("Teodor")));
    CHECK_FALSE(payload.contains(QStringLiteral("flat 12")));
    CHECK_FALSE(payload.contains(QStringLiteral("Oriana")));
    CHECK(payload.contains(QStringLiteral("Mireille")));

    // For B and C together: only what both may see.
    const QString forBoth = a.exportFor({&b, &c});
    const QString both = payloadText(c, forBoth, dir);
    CHECK_FALSE(both.contains(QStringLiteral("Mireille")));
    CHECK(both.contains(QStringLiteral("V-2026-0002")));
    c.merge(forBoth);
    Result<std::vector<Row>> atC = c.store->select(QStringLiteral("survivor_identity"));
    REQUIRE(atC);
    CHECK(atC->empty());

    // Withdrawn consent: the identity no longer leaves.
    b.merge(forB);
    Result<std::vector<Row>> consents = a.store->select(QStringLiteral("consent"));
    REQUIRE((consents && consents->size() == 1));
    a.set("consent", consents->front().id, {{QStringLiteral("withdrawn_at"), QStringLiteral("2026-03-02T10:00:00Z")},
                                             {QStringLiteral("withdrawn_reason"), QStringLiteral("asked to stop")}});
    CHECK_FALSE(payloadText(b, a.exportFor({&b}, true), dir).contains(QStringLiteral("Mireille")));
}
