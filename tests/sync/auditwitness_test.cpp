// Partners witness each other's audit chain (DESIGN.md §7): every bundle carries the head of its
// sender's chain, the receiver keeps it, and a chain that went back or changed between two
// bundles is on record for check and in the merge's summary.

#include "officefixture.h"

#include "store/audit.h"
#include "store/check.h"

#include <QSqlQuery>

using namespace tandem;
using namespace tandem::test;

namespace {

void exec(Store& store, const QString& sql)
{
    Result<QSqlQuery> q = store.exec(sql);
    INFO((q ? QString() : q.error().text()).toStdString());
    REQUIRE(q);
}

Partner partnerOf(const Office& at, const Office& other)
{
    Result<std::optional<Partner>> p = partnerBySite(*at.store, other.store->siteId());
    REQUIRE(p);
    REQUIRE(p->has_value());
    return **p;
}

QStringList partnerProblems(const Office& office)
{
    Result<CheckReport> report = check(*office.store);
    REQUIRE(report);
    QStringList out;
    for (const CheckProblem& p : report->problems)
        if (p.entity == QLatin1String("partner"))
            out << p.message;
    return out;
}

} // namespace

TEST_CASE("a partner keeps the head of the sender's audit chain from each bundle")
{
    QTemporaryDir dir;
    Office a(QStringLiteral("Harbour Police"), dir);
    Office b(QStringLiteral("Lantern Shelter"), dir);
    trustEachOther({&a, &b});
    REQUIRE(appendAudit(*a.store, QStringLiteral("unlock"), QStringLiteral("office keys"), QStringLiteral("test")));

    const MergeSummary first = send(a, b);
    CHECK(first.auditProblem.isEmpty());
    Result<AuditHead> sent = auditHead(*a.store);
    REQUIRE(sent);
    const Partner kept = partnerOf(b, a);
    // The bundle carried the head before its own export entry was written.
    CHECK(kept.auditSeq == sent->seq - 1);
    CHECK_FALSE(kept.auditHash.isEmpty());

    SECTION("a chain that grew is no problem")
    {
        REQUIRE(appendAudit(*a.store, QStringLiteral("unlock"), QStringLiteral("office keys"), QStringLiteral("again")));
        CHECK(send(a, b).auditProblem.isEmpty());
        CHECK(partnerOf(b, a).auditSeq > kept.auditSeq);
        CHECK(partnerProblems(b).isEmpty());
    }
    SECTION("a chain cut back around Tandem shows at the next merge and in check")
    {
        exec(*a.store, QStringLiteral("DROP TRIGGER audit_log_append_only_delete"));
        exec(*a.store, QStringLiteral("DELETE FROM audit_log WHERE seq > 1"));
        const MergeSummary next = send(a, b);
        CHECK(next.auditProblem.contains(QStringLiteral("Harbour Police")));
        CHECK(next.auditProblem.contains(QStringLiteral("went back")));
        const QStringList problems = partnerProblems(b);
        REQUIRE(problems.size() == 1);
        CHECK(problems[0] == next.auditProblem);
        // Said once: a later bundle compares with the head it showed last.
        CHECK(send(a, b).auditProblem.isEmpty());
        CHECK(partnerProblems(b).size() == 1);
    }
    SECTION("an entry rewritten at the same place shows")
    {
        const qint64 head = partnerOf(b, a).auditSeq;
        exec(*a.store, QStringLiteral("DROP TRIGGER audit_log_append_only_delete"));
        exec(*a.store, QStringLiteral("DROP TRIGGER audit_log_append_only_update"));
        exec(*a.store, QStringLiteral("DELETE FROM audit_log WHERE seq > %1").arg(head));
        exec(*a.store, QStringLiteral("UPDATE audit_log SET hash = zeroblob(32) WHERE seq = %1").arg(head));
        CHECK(send(a, b).auditProblem.contains(QStringLiteral("changed")));
    }
    SECTION("a bundle merged late, or again, says nothing of the chain now")
    {
        const QString older = a.exportFor({&b});
        REQUIRE(appendAudit(*a.store, QStringLiteral("unlock"), QStringLiteral("office keys"), QStringLiteral("again")));
        CHECK(send(a, b).auditProblem.isEmpty());
        REQUIRE(a.store->update(QStringLiteral("office"), a.store->officeId(),
                                {{QStringLiteral("name"), QStringLiteral("Harbour Police HQ")}}));
        CHECK(send(a, b).auditProblem.isEmpty());
        CHECK(b.merge(older).auditProblem.isEmpty());
        CHECK(partnerProblems(b).isEmpty());
    }
}
