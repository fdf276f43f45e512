// The consent ledger: when a consent is in force, for whom, and withdrawing it.

#include "catchqt.h"
#include "testsupport.h"

#include "domain/consent.h"
#include "util/timeformat.h"

using namespace tandem;
using namespace tandem::test;

namespace {

const QString kWhy = QStringLiteral("asked by phone to stop sharing");

QDateTime at(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

struct Ledger {
    TempStore t;
    ManualClock clock;
    QUuid survivor;
    QUuid agency;
    QUuid otherAgency;

    Ledger()
    {
        clock.now = at("2026-06-15T12:00:00Z").toMSecsSinceEpoch();
        t->setWallClock(clock.fn());
        survivor = *t->insert(QStringLiteral("survivor"), {{QStringLiteral("code"), QStringLiteral("V-2026-0101")}});
        agency = *t->insert(QStringLiteral("agency"), {{QStringLiteral("name"), QStringLiteral("Quayside Shelter")},
                                                       {QStringLiteral("kind"), QStringLiteral("shelter")}});
        otherAgency = *t->insert(QStringLiteral("agency"), {{QStringLiteral("name"), QStringLiteral("Lowfield Police")},
                                                            {QStringLiteral("kind"), QStringLiteral("police")}});
    }

    Row consent(const QDateTime& given, const QDateTime& withdrawn = {}, const QDateTime& expires = {})
    {
        QVariantMap values{{QStringLiteral("survivor"), survivor},
                           {QStringLiteral("recipient_agency"), agency},
                           {QStringLiteral("scope"), QStringLiteral("identity")},
                           {QStringLiteral("given_at"), given}};
        if (withdrawn.isValid()) {
            values.insert(QStringLiteral("withdrawn_at"), withdrawn);
            values.insert(QStringLiteral("withdrawn_reason"), QStringLiteral("asked to stop"));
        }
        if (expires.isValid())
            values.insert(QStringLiteral("expires_at"), expires);
        Result<QUuid> id = t->insert(QStringLiteral("consent"), values);
        REQUIRE(id);
        return *t->get(QStringLiteral("consent"), *id);
    }
};

} // namespace

TEST_CASE("a consent is in force from its given time until it is withdrawn or expires")
{
    Ledger l;
    const Row c = l.consent(at("2026-06-01T10:00:00Z"), at("2026-06-20T09:00:00Z"), at("2026-07-01T00:00:00Z"));
    // The boundaries are those of the exchange's SQL rule: given_at <= t < withdrawn_at, expires_at.
    CHECK(consentStatus(c, at("2026-06-01T09:59:59Z")) == ConsentStatus::NotYetGiven);
    CHECK(consentStatus(c, at("2026-06-01T10:00:00Z")) == ConsentStatus::Active);
    CHECK(consentStatus(c, at("2026-06-20T08:59:59Z")) == ConsentStatus::Active);
    CHECK(consentStatus(c, at("2026-06-20T09:00:00Z")) == ConsentStatus::Withdrawn);
    // After both withdrawal and expiry, it reads as withdrawn: the survivor's act is what counts.
    CHECK(consentStatus(c, at("2026-08-01T00:00:00Z")) == ConsentStatus::Withdrawn);

    const Row expiring = l.consent(at("2026-06-01T10:00:00Z"), {}, at("2026-07-01T00:00:00Z"));
    CHECK(consentInForce(expiring, at("2026-06-30T23:59:59Z")));
    CHECK(consentStatus(expiring, at("2026-07-01T00:00:00Z")) == ConsentStatus::Expired);
    const Row open = l.consent(at("2026-06-01T10:00:00Z"));
    CHECK(consentInForce(open, at("2036-01-01T00:00:00Z")));
    Row deleted = open;
    deleted.deleted = true;
    CHECK_FALSE(consentInForce(deleted, at("2026-06-02T00:00:00Z")));
}

TEST_CASE("a consent covers only its own recipient and scope")
{
    Ledger l;
    l.consent(at("2026-06-01T10:00:00Z"));
    const QDateTime now = at("2026-06-15T12:00:00Z");
    const QUuid office = l.t->officeId();
    CHECK(*hasConsent(*l.t, l.survivor, {{}, l.agency}, QStringLiteral("identity"), now));
    CHECK_FALSE(*hasConsent(*l.t, l.survivor, {{}, l.agency}, QStringLiteral("medical"), now));
    CHECK_FALSE(*hasConsent(*l.t, l.survivor, {{}, l.otherAgency}, QStringLiteral("identity"), now));
    CHECK_FALSE(*hasConsent(*l.t, l.survivor, {office, {}}, QStringLiteral("identity"), now));
    CHECK_FALSE(*hasConsent(*l.t, l.survivor, {{}, l.agency}, QStringLiteral("identity"), at("2026-05-01T00:00:00Z")));

    NewConsent toOffice;
    toOffice.recipient.office = office;
    toOffice.scope = QStringLiteral("case_details");
    toOffice.givenAt = now;
    REQUIRE(recordConsent(*l.t, l.survivor, toOffice));
    CHECK(*hasConsent(*l.t, l.survivor, {office, {}}, QStringLiteral("case_details"), now));
    CHECK_FALSE(*hasConsent(*l.t, l.survivor, {{}, l.agency}, QStringLiteral("case_details"), now));
    CHECK(consentsOf(*l.t, l.survivor)->size() == 2);
}

TEST_CASE("withdrawing is one dated act and cannot be repeated or backdated before the consent")
{
    Ledger l;
    const Row c = l.consent(at("2026-06-01T10:00:00Z"));
    REQUIRE(withdrawConsent(*l.t, c.id, kWhy));
    const Row withdrawn = *l.t->get(QStringLiteral("consent"), c.id);
    CHECK(withdrawn.value(QStringLiteral("withdrawn_at")).toDateTime() == at("2026-06-15T12:00:00Z"));
    CHECK(consentStatus(withdrawn, at("2026-06-15T12:00:00Z")) == ConsentStatus::Withdrawn);
    CHECK(consentStatus(withdrawn, at("2026-06-15T11:59:59Z")) == ConsentStatus::Active);

    Result<void> again = withdrawConsent(*l.t, c.id, kWhy, at("2026-06-16T00:00:00Z"));
    REQUIRE_FALSE(again);
    // In this computer's time, as a person reads it (issue 14), not UTC in ISO 8601.
    CHECK(again.error().message
          == QStringLiteral("this consent was already withdrawn on %1").arg(timeForPeople(at("2026-06-15T12:00:00Z"))));

    const Row other = l.consent(at("2026-06-10T10:00:00Z"));
    Result<void> early = withdrawConsent(*l.t, other.id, kWhy, at("2026-06-09T00:00:00Z"));
    REQUIRE_FALSE(early);
    CHECK(early.error().message.contains(QStringLiteral("cannot be before the consent was given")));
    Result<void> future = withdrawConsent(*l.t, other.id, kWhy, at("2026-06-17T00:00:00Z"));
    REQUIRE_FALSE(future);
    CHECK(future.error().message.contains(QStringLiteral("more than a day in the future")));
    REQUIRE(l.t->remove(QStringLiteral("consent"), other.id));
    CHECK_FALSE(withdrawConsent(*l.t, other.id, kWhy));
    CHECK(l.t->get(QStringLiteral("consent"), c.id)->value(QStringLiteral("withdrawn_at")).toDateTime()
          == at("2026-06-15T12:00:00Z"));
}

TEST_CASE("recording a consent refuses what cannot be a consent")
{
    Ledger l;
    NewConsent c;
    c.scope = QStringLiteral("identity");
    c.givenAt = at("2026-06-15T11:00:00Z");
    Result<QUuid> none = recordConsent(*l.t, l.survivor, c);
    REQUIRE_FALSE(none);
    CHECK(none.error().message.contains(QStringLiteral("one recipient")));
    c.recipient = {l.t->officeId(), l.agency};
    CHECK_FALSE(recordConsent(*l.t, l.survivor, c));
    c.recipient = {{}, l.agency};
    c.expiresAt = c.givenAt.addSecs(-60);
    Result<QUuid> expiresFirst = recordConsent(*l.t, l.survivor, c);
    REQUIRE_FALSE(expiresFirst);
    CHECK(expiresFirst.error().message.contains(QStringLiteral("expires")));
    c.expiresAt = {};
    c.givenAt = at("2026-06-17T00:00:00Z");
    CHECK_FALSE(recordConsent(*l.t, l.survivor, c));
    c.givenAt = at("2026-06-15T11:00:00Z");
    c.scope = QStringLiteral("everything");
    CHECK_FALSE(recordConsent(*l.t, l.survivor, c));
    CHECK(consentsOf(*l.t, l.survivor)->empty());
    c.scope = QStringLiteral("contact");
    Result<QUuid> ok = recordConsent(*l.t, l.survivor, c);
    REQUIRE(ok);
    CHECK(consentsOf(*l.t, l.survivor)->size() == 1);
}
