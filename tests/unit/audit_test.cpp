// Reading the audit log as its view does (core/store/audit.h): pages newest first, filters by
// action and by text, counts, the actions present.

#include "catchqt.h"
#include "testsupport.h"

#include "store/audit.h"

using namespace tandem;
using namespace tandem::test;

namespace {

QList<qint64> seqs(const std::vector<AuditEntry>& entries)
{
    QList<qint64> out;
    for (const AuditEntry& e : entries)
        out << e.seq;
    return out;
}

} // namespace

TEST_CASE("the audit log reads in pages, newest first, filtered by action and text")
{
    TempStore t;
    // 1..10: export, merge, export, merge, ... with subjects naming two partners.
    for (int i = 1; i <= 10; ++i)
        REQUIRE(appendAudit(*t, i % 2 ? QStringLiteral("export") : QStringLiteral("merge"),
                            i % 3 ? QStringLiteral("Harbour Shelter") : QStringLiteral("Quay Police"),
                            QStringLiteral("%1 rows").arg(i * 10)));
    Result<qint64> last = lastAuditSeq(*t);
    REQUIRE(last);
    CHECK(*last == 10);

    SECTION("pages follow each other without gaps or repeats")
    {
        Result<std::vector<AuditEntry>> first = readAuditPage(*t, {}, 0, 4);
        REQUIRE(first);
        CHECK(seqs(*first) == QList<qint64>{10, 9, 8, 7});
        Result<std::vector<AuditEntry>> second = readAuditPage(*t, {}, first->back().seq, 4);
        REQUIRE(second);
        CHECK(seqs(*second) == QList<qint64>{6, 5, 4, 3});
        Result<std::vector<AuditEntry>> rest = readAuditPage(*t, {}, second->back().seq, 4);
        REQUIRE(rest);
        CHECK(seqs(*rest) == QList<qint64>{2, 1});
        CHECK(*countAudit(*t) == 10);
    }
    SECTION("by action")
    {
        Result<std::vector<AuditEntry>> merges = readAuditPage(*t, {QStringLiteral("merge"), {}, {}}, 0, -1);
        REQUIRE(merges);
        CHECK(seqs(*merges) == QList<qint64>{10, 8, 6, 4, 2});
        CHECK(*countAudit(*t, {QStringLiteral("merge"), {}, {}}) == 5);
        CHECK(*auditActions(*t) == QStringList{QStringLiteral("export"), QStringLiteral("merge")});
    }
    SECTION("by text in any column, ignoring case, with the action")
    {
        Result<std::vector<AuditEntry>> quay = readAuditPage(*t, {{}, QStringLiteral("quay"), {}}, 0, -1);
        REQUIRE(quay);
        CHECK(seqs(*quay) == QList<qint64>{9, 6, 3});
        Result<std::vector<AuditEntry>> quayMerges =
            readAuditPage(*t, {QStringLiteral("merge"), QStringLiteral("QUAY"), {}}, 0, -1);
        REQUIRE(quayMerges);
        CHECK(seqs(*quayMerges) == QList<qint64>{6});
        CHECK(*countAudit(*t, {{}, QStringLiteral("100 rows"), {}}) == 1);
        // The actor is searched too: every entry was made by this user.
        CHECK(*countAudit(*t, {{}, readAudit(*t)->front().actor, {}}) == 10);
    }
    SECTION("the search text is literal: LIKE's wildcards match only themselves")
    {
        REQUIRE(appendAudit(*t, QStringLiteral("export"), QStringLiteral("100% sure_thing"), {}));
        CHECK(*countAudit(*t, {{}, QStringLiteral("%"), {}}) == 1);
        CHECK(*countAudit(*t, {{}, QStringLiteral("_"), {}}) == 1);
        CHECK(*countAudit(*t, {{}, QStringLiteral("0%"), {}}) == 1);
        CHECK(*countAudit(*t, {{}, QStringLiteral("x_y"), {}}) == 0);
    }
}

TEST_CASE("an empty audit log reads as empty")
{
    TempStore t;
    CHECK(*lastAuditSeq(*t) == 0);
    CHECK(*countAudit(*t) == 0);
    CHECK(auditActions(*t)->isEmpty());
    Result<std::vector<AuditEntry>> page = readAuditPage(*t, {QStringLiteral("no such action"), {}, {}}, 0, 50);
    REQUIRE(page);
    CHECK(page->empty());
}
