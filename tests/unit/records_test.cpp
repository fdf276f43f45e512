// People and rules (issue 17), rules in the core: edits by field (domain/records.h, what tandem-cli
// add and set call) keep the rules of each kind of record, and check finds the rules a file breaks
// when something wrote around them (domain/invariants.h).

#include "catchqt.h"
#include "testsupport.h"

#include "domain/invariants.h"
#include "domain/protocols.h"
#include "domain/records.h"
#include "store/store.h"
#include "store/value.h"

#include <QSqlQuery>

using namespace tandem;
using namespace tandem::test;

namespace {

qint64 countOf(Store& store, const QString& sql)
{
    Result<QSqlQuery> q = store.exec(sql);
    REQUIRE(q);
    REQUIRE(q->next());
    return q->value(0).toLongLong();
}

} // namespace

TEST_CASE("an operation's status set by field follows the workflow, all or nothing")
{
    TempStore t;
    Result<QUuid> op = records::add(*t, QStringLiteral("operation"), {{QStringLiteral("code_name"), QStringLiteral("Lantern")}});
    REQUIRE(op);
    // A bare draft is neither approved nor moved two steps.
    Result<void> approved = records::set(*t, QStringLiteral("operation"), *op, {{QStringLiteral("status"), QStringLiteral("approved")}});
    REQUIRE_FALSE(approved);
    REQUIRE(records::set(*t, QStringLiteral("operation"), *op, {{QStringLiteral("status"), QStringLiteral("planned")}}));
    Result<void> bare = records::set(*t, QStringLiteral("operation"), *op,
                                     {{QStringLiteral("risk_level"), QStringLiteral("high")},
                                      {QStringLiteral("status"), QStringLiteral("approved")}});
    REQUIRE_FALSE(bare);
    CHECK(bare.error().message.contains(QStringLiteral("lead agency")));
    Result<Row> row = t->get(QStringLiteral("operation"), *op);
    REQUIRE(row);
    CHECK(row->text(QStringLiteral("status")) == QStringLiteral("planned"));
    CHECK(row->isNull(QStringLiteral("risk_level"))); // the good field of the refused set is not written
    // A new operation starts as a draft.
    CHECK_FALSE(records::add(*t, QStringLiteral("operation"),
                             {{QStringLiteral("code_name"), QStringLiteral("Kite")}, {QStringLiteral("status"), QStringLiteral("closed")}}));
}

TEST_CASE("fields a domain command keeps are refused by field, naming the command")
{
    CHECK(records::commandFor(QStringLiteral("checklist_item"), QStringLiteral("state")) == QStringLiteral("tick"));
    CHECK(records::commandFor(QStringLiteral("consent"), QStringLiteral("withdrawn_at")) == QStringLiteral("withdraw-consent"));
    CHECK(records::commandFor(QStringLiteral("protocol"), QStringLiteral("status")) == QStringLiteral("retire-protocol"));
    CHECK(records::commandFor(QStringLiteral("checklist_item"), QStringLiteral("note")).isEmpty());
    CHECK(records::commandFor(QStringLiteral("operation"), QStringLiteral("status")).isEmpty()); // runs the workflow

    TempStore t;
    REQUIRE(installDefaultProtocols(*t));
    Result<QSqlQuery> q = t->exec(QStringLiteral("SELECT id FROM protocol WHERE deleted = 0 LIMIT 1"));
    REQUIRE(q);
    REQUIRE(q->next());
    const QUuid protocol = QUuid::fromRfc4122(q->value(0).toByteArray());
    q->finish();
    Result<void> r = records::set(*t, QStringLiteral("protocol"), protocol,
                                  {{QStringLiteral("status"), QStringLiteral("retired")},
                                   {QStringLiteral("retired_reason"), QStringLiteral("old")}});
    REQUIRE_FALSE(r);
    CHECK(r.error().message.contains(QStringLiteral("retire-protocol")));
}

TEST_CASE("a survivor added with a rescue time gets its checklist and check finds one without")
{
    TempStore t;
    REQUIRE(installDefaultProtocols(*t));
    const QDateTime t0 = QDateTime::fromMSecsSinceEpoch(t->wallClock(), Qt::UTC).addSecs(-3600);
    Result<QUuid> s = records::add(*t, QStringLiteral("survivor"),
                                   {{QStringLiteral("code"), QStringLiteral("V-2026-0501")}, {QStringLiteral("recovered_at"), t0}});
    REQUIRE(s);
    CHECK(countOf(*t, QStringLiteral("SELECT count(*) FROM checklist_item WHERE deleted = 0")) > 0);

    CheckReport clean;
    REQUIRE(checkDomain(*t, clean));
    CHECK(clean.clean());

    // A survivor written with a T0 around the rules has none: check names it.
    Result<QUuid> bare = t->insert(QStringLiteral("survivor"),
                                   {{QStringLiteral("code"), QStringLiteral("V-2026-0502")}, {QStringLiteral("recovered_at"), t0}});
    REQUIRE(bare);
    CheckReport report;
    REQUIRE(checkDomain(*t, report));
    REQUIRE(report.errors == 1);
    CHECK(report.problems.front().record == value::idText(*bare));
    CHECK(report.problems.front().field == QStringLiteral("recovered_at"));
}
