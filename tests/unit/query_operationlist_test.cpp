// core/query/operationlistquery.h: the keys of the shut (closed, cancelled) operations.

#include "catchqt.h"
#include "querysample.h"

#include "query/operationlistquery.h"

#include <QSqlQuery>

using namespace tandem;
using namespace tandem::test;

TEST_CASE("the search keys of the live closed and cancelled operations, in ascending order")
{
    TempStore t;
    Store& s = *t;
    addOperation(s, QStringLiteral("Operation Open"), QStringLiteral("in_progress"));
    const QUuid closed = addOperation(s, QStringLiteral("Operation Closed"), QStringLiteral("closed"));
    const QUuid cancelled = addOperation(s, QStringLiteral("Operation Cancelled"), QStringLiteral("cancelled"));
    // Cancelled, not closed: a closed operation is read only, not deleted (plangate.h).
    const QUuid gone = addOperation(s, QStringLiteral("Operation Gone"), QStringLiteral("cancelled"));
    remove(s, "operation", gone);

    std::vector<std::int64_t> expected;
    for (const QUuid& id : {closed, cancelled}) {
        Result<QSqlQuery> q = s.exec(QStringLiteral("SELECT key FROM search_key WHERE id = ?"), {id.toRfc4122()});
        REQUIRE(q);
        REQUIRE(q->next());
        expected.push_back(q->value(0).toLongLong());
    }
    std::sort(expected.begin(), expected.end());
    Result<std::vector<std::int64_t>> keys = shutOperationKeys(s);
    REQUIRE(keys);
    CHECK(*keys == expected);
}
