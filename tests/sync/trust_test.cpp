// Revoking a partner and replacing its key (issue 15, item 6); a clock that ran more than a day
// ahead, and its way back (item 7).

#include "craftedbundle.h"

#include "crypto/card.h"
#include "store/audit.h"
#include "store/hlc.h"
#include "sync/clockrepair.h"

using namespace tandem;
using namespace tandem::test;

TEST_CASE("an untrusted partner's bundles are refused, none is made for it, and trusting it again resumes")
{
    QTemporaryDir dir;
    Office a(QStringLiteral("A"), dir);
    Office b(QStringLiteral("B"), dir);
    trustEachOther({&a, &b});
    REQUIRE(a.store->insert(QStringLiteral("agency"), {{QStringLiteral("name"), QStringLiteral("Quay Police")},
                                                       {QStringLiteral("kind"), QStringLiteral("police")}}));
    send(a, b);
    send(b, a);
    const QString fromB = b.exportFor({&a});

    Result<Partner> revoked = untrustPartner(*a.store, b.store->siteId());
    REQUIRE(revoked);
    CHECK(revoked->name == QStringLiteral("B"));
    CHECK(partners(*a.store)->empty());
    const Error refused = refusal(a, fromB);
    CHECK(refused.message.startsWith(QStringLiteral("bundle was signed by an office you do not trust")));
    ExportOptions options;
    options.recipients << b.store->siteId();
    Result<ExportSummary> forB = exportBundle(*a.store, *a.keys, options, dir.filePath(QStringLiteral("x.bundle")));
    REQUIRE_FALSE(forB);
    CHECK(forB.error().message == QStringLiteral("not a trusted partner office"));
    // Its record stays; revoking twice says it is no partner.
    CHECK_FALSE(a.store->get(QStringLiteral("office"), b.store->officeId())->deleted);
    CHECK_FALSE(untrustPartner(*a.store, b.store->siteId()));
    Result<std::vector<AuditEntry>> audit = readAudit(*a.store, QStringLiteral("untrust"));
    REQUIRE((audit && audit->size() == 1));

    // Trusted again: the exchange goes on where it stood (its acknowledgements are not refused).
    a.trust(b);
    a.merge(fromB);
    send(b, a);
    send(a, b);
    CHECK(a.dump() == b.dump());
}

TEST_CASE("a partner's new card replaces the old one after a fingerprint check and the old key's bundles are refused")
{
    Pair p;
    const QString oldBundle = p.a.exportFor({&p.b});
    // A makes new keys (here by the test): its new card has the same site.
    const OfficeKeys newKeys = OfficeKeys::generate();
    KeyCard card = p.a.card();
    card.keys = newKeys.publicKeys();

    Result<TrustResult> unconfirmed = trustPartner(*p.b.store, card);
    REQUIRE_FALSE(unconfirmed);
    CHECK(unconfirmed.error().message.contains(QStringLiteral("already trusted with other keys")));
    Result<TrustResult> wrong = trustPartner(*p.b.store, card, {}, p.a.card().fingerprint());
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().message.contains(QStringLiteral("is not the one of this card")));

    const QString oldFingerprint = p.a.card().fingerprint();
    Result<TrustResult> replaced = trustPartner(*p.b.store, card, {}, card.fingerprint());
    REQUIRE(replaced);
    CHECK(replaced->replacedFingerprint == oldFingerprint);
    CHECK((*partnerBySite(*p.b.store, p.a.store->siteId()))->fingerprint == card.fingerprint());
    CHECK(readAudit(*p.b.store, QStringLiteral("rekey"))->size() == 1);

    // A bundle signed with the old key, made before or after: refused.
    CHECK(refusal(p.b, oldBundle).message
          == QStringLiteral("bundle was signed by an office you do not trust (fingerprint %1)").arg(oldFingerprint));
    // One signed with the new key: merged.
    const QString payload = p.dir.filePath(QStringLiteral("new.sqlite"));
    REQUIRE(bundle::open(oldBundle, payload, p.b.store->siteId(), *p.b.keys,
                         [&](const QString&, const QByteArray&) { return std::optional<PublicKeys>(p.a.keys->publicKeys()); }));
    const QString signedNew = p.dir.filePath(QStringLiteral("new.bundle"));
    REQUIRE(bundle::seal(payload, signedNew, {p.a.store->siteId(), card.fingerprint(), &newKeys},
                         {{p.b.store->siteId(), p.b.keys->publicKeys().box}}));
    Result<MergeSummary> merged = mergeBundle(*p.b.store, *p.b.keys, signedNew);
    INFO((merged ? QString() : merged.error().text()).toStdString());
    CHECK(merged);
}

TEST_CASE("an office whose clock ran more than a day ahead is refused until it repairs its clock")
{
    QTemporaryDir dir;
    Office a(QStringLiteral("A"), dir);
    Office b(QStringLiteral("B"), dir);
    trustEachOther({&a, &b});
    ManualClock clock;
    a.setWallClock(clock.fn());
    Result<QUuid> agency = a.store->insert(QStringLiteral("agency"), {{QStringLiteral("name"), QStringLiteral("Quay Police")},
                                                                      {QStringLiteral("kind"), QStringLiteral("police")}});
    REQUIRE(agency);
    send(a, b);
    send(b, a);

    // A's clock runs three days ahead for a while: its edits carry that time.
    constexpr qint64 kDay = 24 * 3600 * 1000;
    const qint64 right = clock.now;
    clock.now += 3 * kDay;
    REQUIRE(a.store->update(QStringLiteral("agency"), *agency, {{QStringLiteral("phone"), QStringLiteral("+44 20 7946 0000")}}));
    Result<QUuid> later = a.store->insert(QStringLiteral("agency"), {{QStringLiteral("name"), QStringLiteral("Made in the future")},
                                                                     {QStringLiteral("kind"), QStringLiteral("shelter")}});
    REQUIRE(later);
    const QString whileAhead = a.exportFor({&b});
    CHECK(refusal(b, whileAhead).message.contains(QStringLiteral("more than a day ahead")));

    // The clock is set right; its hybrid clock alone never goes back, so the export would still
    // be refused everywhere. Export says so, and what to do.
    clock.now = right + 60 * 1000;
    ExportOptions options;
    options.recipients << b.store->siteId();
    Result<ExportSummary> refusedExport = exportBundle(*a.store, *a.keys, options, dir.filePath(QStringLiteral("y.bundle")));
    REQUIRE_FALSE(refusedExport);
    CHECK(refusedExport.error().message.contains(QStringLiteral("repair-clock")));

    Result<ClockRepair> repair = repairClock(*a.store);
    REQUIRE(repair);
    CHECK(repair->aheadUntil.toMSecsSinceEpoch() / 1000 >= (right + 3 * kDay) / 1000);
    CHECK(repair->rows >= 2);
    CHECK(Hlc::millis(a.store->clock()) <= clock.now + kDay);
    send(a, b);
    send(b, a);
    CHECK(a.dump() == b.dump());
    CHECK(b.store->get(QStringLiteral("agency"), *agency)->text(QStringLiteral("phone")) == QStringLiteral("+44 20 7946 0000"));
    CHECK_FALSE(b.store->get(QStringLiteral("agency"), *later)->deleted);
    // Nothing left to repair; new edits travel as ever.
    CHECK_FALSE(repairClock(*a.store)->aheadUntil.isValid());
    REQUIRE(a.store->update(QStringLiteral("agency"), *agency, {{QStringLiteral("phone"), QStringLiteral("+44 20 7946 0001")}}));
    send(a, b);
    CHECK(a.dump() == b.dump());
}

TEST_CASE("after a clock repair, the office's own versions partners took while it was less than a day ahead come back")
{
    QTemporaryDir dir;
    Office a(QStringLiteral("A"), dir);
    Office b(QStringLiteral("B"), dir);
    Office c(QStringLiteral("C"), dir);
    trustEachOther({&a, &b, &c});
    ManualClock clock;
    a.setWallClock(clock.fn());
    const qint64 right = clock.now;
    clock.now += 20 * 3600 * 1000; // 20 hours ahead: partners still take it
    Result<QUuid> agency = a.store->insert(QStringLiteral("agency"), {{QStringLiteral("name"), QStringLiteral("Quay Police")},
                                                                      {QStringLiteral("kind"), QStringLiteral("police")}});
    REQUIRE(agency);
    send(a, b);
    clock.now += 10 * 3600 * 1000; // then 30 hours ahead
    REQUIRE(a.store->update(QStringLiteral("agency"), *agency, {{QStringLiteral("phone"), QStringLiteral("+44 20 7946 0000")}}));
    clock.now = right;
    REQUIRE(repairClock(*a.store));
    for (int round = 0; round < 2; ++round)
        for (Office* from : {&a, &b, &c})
            for (Office* to : {&a, &b, &c})
                if (from != to)
                    send(*from, *to);
    CHECK(a.dump() == b.dump());
    CHECK(b.dump() == c.dump());
}
