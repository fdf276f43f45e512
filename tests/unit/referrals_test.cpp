// Referrals (issue 14): the services a survivor's referral is chosen from, filtered by what the
// survivor needs (a minor sees the services that take minors; languages match as languages), and
// the service's answer (accepted, refused with its reason) and the outcome, with the rules the
// store itself keeps, so that `tandem-cli set` cannot record a refusal without its reason either.

#include "catchqt.h"
#include "referralfixture.h"

#include "domain/referrals.h"

using namespace tandem;
using namespace tandem::test;

namespace {

QStringList names(const std::vector<ServiceOption>& services)
{
    QStringList out;
    for (const ServiceOption& s : services)
        out << s.name;
    return out;
}

QStringList found(const Store& store, const ServiceFilter& filter)
{
    Result<std::vector<ServiceOption>> r = findServices(store, filter);
    REQUIRE(r);
    return names(*r);
}

} // namespace

TEST_CASE("languages match as languages: codes of two and three letters, English names, case aside")
{
    CHECK(sameLanguage(QStringLiteral("ro"), QStringLiteral("Romanian")));
    CHECK(sameLanguage(QStringLiteral("RO"), QStringLiteral("ron")));
    CHECK(sameLanguage(QStringLiteral("albanian"), QStringLiteral("sq")));
    CHECK_FALSE(sameLanguage(QStringLiteral("ro"), QStringLiteral("sq")));
    CHECK_FALSE(sameLanguage(QStringLiteral("en"), QStringLiteral("Romanian")));
    // Text that names no language matches itself only.
    CHECK(sameLanguage(QStringLiteral("Quayside sign"), QStringLiteral("quayside SIGN")));
    CHECK_FALSE(sameLanguage(QStringLiteral("Quayside sign"), QStringLiteral("en")));
}

TEST_CASE("the services a referral is chosen from: capacity, languages and minors, filtered by the survivor's needs")
{
    ReferralFixture f;
    const Store& s = *f.t;
    // Every live service, by name; the deleted one never.
    CHECK(found(s, {}) == QStringList{QStringLiteral("Eastfold Trafficking Helpline"),
                                      QStringLiteral("Gullhaven Family Shelter"),
                                      QStringLiteral("Harbourside Women's Shelter"),
                                      QStringLiteral("Marrow Quay Foster Network"),
                                      QStringLiteral("Survivor Legal Aid Panel")});
    Result<std::vector<ServiceOption>> all = findServices(s, {});
    REQUIRE(all);
    const ServiceOption& shelter = (*all)[2];
    CHECK(shelter.capacity == 14);
    CHECK(shelter.languages == QStringList{QStringLiteral("en"), QStringLiteral("ro"), QStringLiteral("sq")});
    CHECK_FALSE(shelter.acceptsMinors);
    CHECK_FALSE((*all)[0].capacity.has_value()); // a helpline has no places

    SECTION("a minor who speaks Albanian: the services that take minors and speak it")
    {
        Result<ServiceFilter> needs = referralFilter(s, f.minorStep);
        REQUIRE(needs);
        CHECK(needs->acceptsMinors);
        CHECK(needs->languages == QStringList{QStringLiteral("Albanian")});
        Result<std::vector<ServiceOption>> r = findServices(s, *needs);
        REQUIRE(r);
        CHECK(names(*r) == QStringList{QStringLiteral("Eastfold Trafficking Helpline"),
                                       QStringLiteral("Marrow Quay Foster Network")});
        CHECK(r->front().languagesMatched == QStringList{QStringLiteral("Albanian")});
    }
    SECTION("an adult who speaks Romanian: every service that speaks it, written as a code or a name")
    {
        Result<ServiceFilter> needs = referralFilter(s, f.adultStep);
        REQUIRE(needs);
        CHECK_FALSE(needs->acceptsMinors);
        CHECK(found(s, *needs) == QStringList{QStringLiteral("Eastfold Trafficking Helpline"),
                                              QStringLiteral("Harbourside Women's Shelter"),
                                              QStringLiteral("Marrow Quay Foster Network")});
    }
    SECTION("capacity: a service recorded as full is left out; one without places (a hotline) is not")
    {
        ServiceFilter minors;
        minors.acceptsMinors = true;
        CHECK(found(s, minors).contains(QStringLiteral("Gullhaven Family Shelter")));
        minors.withPlaces = true;
        CHECK(found(s, minors) == QStringList{QStringLiteral("Eastfold Trafficking Helpline"),
                                              QStringLiteral("Marrow Quay Foster Network"),
                                              QStringLiteral("Survivor Legal Aid Panel")});
    }
    SECTION("kind and words")
    {
        ServiceFilter f2;
        f2.kind = QStringLiteral("shelter");
        CHECK(found(s, f2) == QStringList{QStringLiteral("Gullhaven Family Shelter"),
                                          QStringLiteral("Harbourside Women's Shelter")});
        f2.text = QStringLiteral("harbour women");
        CHECK(found(s, f2) == QStringList{QStringLiteral("Harbourside Women's Shelter")});
        f2.kind = QStringLiteral("castle");
        CHECK_FALSE(findServices(s, f2));
    }
    SECTION("an unknown step is refused")
    {
        Result<ServiceFilter> unknown = referralFilter(s, QUuid::createUuid());
        REQUIRE_FALSE(unknown);
    }
}

TEST_CASE("a referral's answer: accepted, or refused with the reason; the outcome; a new service starts afresh")
{
    ReferralFixture f;
    Store& s = *f.t;
    auto row = [&]() {
        Result<Row> r = s.get(QStringLiteral("checklist_item"), f.minorStep);
        REQUIRE(r);
        return *r;
    };

    // No referral yet: nothing to answer.
    ReferralAnswer accepted;
    accepted.answer = QStringLiteral("accepted");
    Result<void> early = answerReferral(s, f.minorStep, accepted);
    REQUIRE_FALSE(early);
    CHECK(early.error().message.contains(QStringLiteral("no referral")));

    REQUIRE(refer(s, f.minorStep, f.foster));
    CHECK(row().value(QStringLiteral("service")).toUuid() == f.foster);
    CHECK(row().isNull(QStringLiteral("referral_answer")));

    SECTION("refused needs its reason; a reason goes with a refusal only; the store is unchanged")
    {
        const QString before = dumpText(s, true);
        ReferralAnswer refused;
        refused.answer = QStringLiteral("refused");
        Result<void> r = answerReferral(s, f.minorStep, refused);
        REQUIRE_FALSE(r);
        CHECK(r.error().message.contains(QStringLiteral("reason")));
        CHECK(r.error().context.startsWith(QStringLiteral("checklist_item ")));
        ReferralAnswer reasoned = accepted;
        reasoned.reason = QStringLiteral("no bed");
        REQUIRE_FALSE(answerReferral(s, f.minorStep, reasoned));
        ReferralAnswer unknown;
        unknown.answer = QStringLiteral("maybe");
        REQUIRE_FALSE(answerReferral(s, f.minorStep, unknown));
        ReferralAnswer future = accepted;
        future.at = ReportFixture::now().addDays(3);
        REQUIRE_FALSE(answerReferral(s, f.minorStep, future));
        CHECK(dumpText(s, true) == before);

        refused.reason = QStringLiteral("  No foster carer free before Monday ");
        REQUIRE(answerReferral(s, f.minorStep, refused));
        CHECK(row().text(QStringLiteral("referral_answer")) == QStringLiteral("refused"));
        CHECK(row().text(QStringLiteral("referral_reason")) == QStringLiteral("No foster carer free before Monday"));
        CHECK(row().value(QStringLiteral("referral_answered_at")).toDateTime() == ReportFixture::now());
    }
    SECTION("the store keeps the rules for writes that go around them (tandem-cli set)")
    {
        Result<void> r = s.update(QStringLiteral("checklist_item"), f.minorStep, {{QStringLiteral("referral_answer"), QStringLiteral("refused")}});
        REQUIRE_FALSE(r);
        CHECK(r.error().message.contains(QStringLiteral("reason")));
        REQUIRE_FALSE(s.update(QStringLiteral("checklist_item"), f.adultStep, {{QStringLiteral("referral_answer"), QStringLiteral("accepted")}}));
        REQUIRE_FALSE(s.update(QStringLiteral("checklist_item"), f.minorStep, {{QStringLiteral("referral_reason"), QStringLiteral("full")}}));
    }
    SECTION("accepted, with a time given and an outcome later; a new service clears both")
    {
        accepted.at = ReportFixture::now().addSecs(-3600);
        REQUIRE(answerReferral(s, f.minorStep, accepted));
        ReferralAnswer outcome;
        outcome.outcome = QStringLiteral("Placed with a foster family on 20 May");
        REQUIRE(answerReferral(s, f.minorStep, outcome));
        CHECK(row().text(QStringLiteral("referral_answer")) == QStringLiteral("accepted"));
        CHECK(row().value(QStringLiteral("referral_answered_at")).toDateTime() == ReportFixture::now().addSecs(-3600));
        CHECK(row().text(QStringLiteral("referral_outcome")) == QStringLiteral("Placed with a foster family on 20 May"));

        // The same service again changes nothing.
        REQUIRE(refer(s, f.minorStep, f.foster));
        CHECK(row().text(QStringLiteral("referral_answer")) == QStringLiteral("accepted"));
        // Another service: the answer and outcome were the foster network's.
        REQUIRE(refer(s, f.minorStep, f.helpline));
        CHECK(row().value(QStringLiteral("service")).toUuid() == f.helpline);
        CHECK(row().isNull(QStringLiteral("referral_answer")));
        CHECK(row().isNull(QStringLiteral("referral_answered_at")));
        CHECK(row().isNull(QStringLiteral("referral_outcome")));
        // And none.
        REQUIRE(refer(s, f.minorStep, QUuid()));
        CHECK(row().isNull(QStringLiteral("service")));
    }
    SECTION("a deleted or unknown service is refused")
    {
        Result<void> deleted = refer(s, f.minorStep, f.gone);
        REQUIRE_FALSE(deleted);
        CHECK(deleted.error().message.contains(QStringLiteral("deleted")));
        REQUIRE_FALSE(refer(s, f.minorStep, QUuid::createUuid()));
        CHECK(row().value(QStringLiteral("service")).toUuid() == f.foster);
    }
}
