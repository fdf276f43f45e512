// How long identities are kept (issue 18, DESIGN.md §8): the retention period and who sets it,
// which identities fall due, erasing them with a receipt, and a version-5 file that gains recalls.

#include "catchqt.h"
#include "testsupport.h"

#include "domain/erasure.h"
#include "domain/people.h"
#include "domain/retention.h"
#include "store/recalls.h"

#include <QSqlQuery>

using namespace tandem;
using namespace tandem::test;

namespace {

QUuid insert(Store& s, const char* entity, const QVariantMap& values)
{
    Result<QUuid> id = s.insert(QString::fromLatin1(entity), values);
    INFO((id ? QString() : id.error().text()).toStdString());
    REQUIRE(id);
    return *id;
}

// A survivor of `operation` with an identity.
QUuid survivorOf(Store& s, const QUuid& operation, const QString& code)
{
    const QUuid id = insert(s, "survivor", {{QStringLiteral("code"), code}, {QStringLiteral("operation"), operation}});
    insert(s, "survivor_identity", {{QStringLiteral("survivor"), id}, {QStringLiteral("name"), QStringLiteral("Invented Name ") + code}});
    return id;
}

QStringList dueCodes(const Store& s, const QDateTime& now)
{
    Result<std::vector<retention::Due>> due = retention::due(s, now);
    REQUIRE(due);
    QStringList out;
    for (const retention::Due& d : *due)
        out << d.code;
    return out;
}

} // namespace

TEST_CASE("a retention period is 1 to 1200 months, set by a lead, none by default")
{
    TempStore t;
    CHECK_FALSE(*retention::period(*t));
    for (int wrong : {-1, 0, 1201}) {
        Result<void> r = retention::setPeriod(*t, wrong);
        REQUIRE_FALSE(r);
        CHECK(r.error().message.contains(QStringLiteral("a whole number of months from 1 to 1200")));
    }
    CHECK_FALSE(*retention::period(*t));
    REQUIRE(retention::setPeriod(*t, 24));
    CHECK(*retention::period(*t) == 24);
    REQUIRE(retention::setPeriod(*t, std::nullopt));
    CHECK_FALSE(*retention::period(*t));

    // Not an analyst's choice.
    Result<std::vector<Person>> all = people::list(*t);
    REQUIRE((all && !all->empty()));
    people::actAs(*t, all->front());
    Result<QUuid> analyst = people::add(*t, *t.keys, {QStringLiteral("Ana Ruiz"), {QStringLiteral("analyst")}, {}},
                                        QStringLiteral("analyst passphrase, not a secret"));
    REQUIRE(analyst);
    people::actAs(*t, *people::get(*t, *analyst));
    Result<void> refused = retention::setPeriod(*t, 12);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.startsWith(QStringLiteral("only a lead sets how long identities are kept")));
    CHECK_FALSE(*retention::period(*t));
}

TEST_CASE("identities are due when the operation closed longer ago than the period, with no consent or open step")
{
    TempStore t;
    ManualClock clock;
    t->setWallClock(clock.fn());
    t->setWriteRulesPaused(true); // history: operations written as they ended up
    const QUuid closed = insert(*t, "operation", {{QStringLiteral("code_name"), QStringLiteral("Slate Harbour")},
                                                  {QStringLiteral("status"), QStringLiteral("closed")}});
    const QUuid running = insert(*t, "operation", {{QStringLiteral("code_name"), QStringLiteral("Amber Weir")},
                                                   {QStringLiteral("status"), QStringLiteral("in_progress")}});
    t->setWriteRulesPaused(false);
    const QUuid due = survivorOf(*t, closed, QStringLiteral("TO-2025-0001"));
    const QUuid consented = survivorOf(*t, closed, QStringLiteral("TO-2025-0002"));
    survivorOf(*t, running, QStringLiteral("TO-2025-0003"));
    const QUuid agency = insert(*t, "agency", {{QStringLiteral("name"), QStringLiteral("Harbour Street Clinic")}, {QStringLiteral("kind"), QStringLiteral("medical")}});
    insert(*t, "consent", {{QStringLiteral("survivor"), consented}, {QStringLiteral("recipient_agency"), agency},
                           {QStringLiteral("scope"), QStringLiteral("medical")},
                           {QStringLiteral("given_at"), QDateTime::fromMSecsSinceEpoch(clock.now, Qt::UTC)}});

    QDateTime now = QDateTime::fromMSecsSinceEpoch(clock.now, Qt::UTC);
    CHECK(dueCodes(*t, now.addYears(5)).isEmpty()); // no period
    REQUIRE(retention::setPeriod(*t, 12));
    CHECK(dueCodes(*t, now.addMonths(11)).isEmpty());
    CHECK(dueCodes(*t, now.addMonths(13)) == QStringList{QStringLiteral("TO-2025-0001")});
    Result<std::vector<retention::Due>> list = retention::due(*t, now.addMonths(13));
    REQUIRE((list && list->size() == 1));
    CHECK(list->front().operation == QStringLiteral("Slate Harbour"));
    CHECK(list->front().dueAt == list->front().closedAt.addMonths(12));

    // Erasing them leaves a receipt and nothing due.
    clock.now = now.addMonths(13).toMSecsSinceEpoch();
    Result<std::vector<erasure::Receipt>> done = retention::apply(*t, now.addMonths(13));
    INFO((done ? QString() : done.error().text()).toStdString());
    REQUIRE(done);
    REQUIRE(done->size() == 1);
    CHECK(done->front().survivor == due);
    CHECK(done->front().kind == QStringLiteral("retention"));
    CHECK(done->front().reason == QStringLiteral("retention period of 12 months after Slate Harbour closed"));
    CHECK(done->front().pending.isEmpty());
    CHECK(dueCodes(*t, now.addMonths(13)).isEmpty());
    Result<QSqlQuery> left = t->exec(QStringLiteral("SELECT count(*) FROM survivor_identity WHERE deleted = 0"));
    REQUIRE((left && left->next()));
    CHECK(left->value(0).toInt() == 2);
}

TEST_CASE("a version-5 file opens with recalls, and erases")
{
    TempStore t;
    const QUuid s = insert(*t, "survivor", {{QStringLiteral("code"), QStringLiteral("TO-2026-0001")}});
    insert(*t, "survivor_identity", {{QStringLiteral("survivor"), s}, {QStringLiteral("name"), QStringLiteral("Invented Name")}});
    REQUIRE(dropColumnsSince(*t, 5));
    t.reopen();
    CHECK(t->schemaVersion() == Store::currentSchemaVersion());
    Result<erasure::Receipt> r = erasure::eraseIdentity(*t, s, QStringLiteral("asked by the survivor"));
    INFO((r ? QString() : r.error().text()).toStdString());
    REQUIRE(r);
    CHECK(r->everywhere);
    Result<bool> pending = recalls::scrubPending(*t);
    REQUIRE(pending);
    CHECK_FALSE(*pending);
}
