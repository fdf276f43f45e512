// Restoring a backup leaves the exchange correct (issue 15, items 1 and 8): the restored file's
// clock and change numbers never go back, partners send again what it lost, its new edits reach
// them, and only a backup of the office's own file is taken.

#include "officefixture.h"

#include "store/backup.h"
#include "sync/conflicts.h"

using namespace tandem;
using namespace tandem::test;

namespace {

QUuid agency(Office& o, const QString& name)
{
    Result<QUuid> id = o.store->insert(QStringLiteral("agency"), {{QStringLiteral("name"), name}, {QStringLiteral("kind"), QStringLiteral("police")}});
    REQUIRE(id);
    return *id;
}

bool has(Office& o, const QUuid& id)
{
    Result<Row> row = o.store->get(QStringLiteral("agency"), id);
    return row && !row->deleted;
}

} // namespace

TEST_CASE("after a restore, new edits reach partners and what the restore lost comes back from them")
{
    QTemporaryDir dir;
    Office a(QStringLiteral("A"), dir);
    Office b(QStringLiteral("B"), dir);
    trustEachOther({&a, &b});
    const QUuid kept = agency(a, QStringLiteral("Kept before the backup"));
    send(a, b);
    send(b, a);
    const QString backup = a.backup();

    // After the backup: an edit of A's that reached B, and one of B's that reached A; both
    // offices acknowledged all of it.
    const QUuid lostOwn = agency(a, QStringLiteral("A's, made after the backup"));
    const QUuid lostTheirs = agency(b, QStringLiteral("B's, merged after the backup"));
    for (int round = 0; round < 2; ++round) {
        send(a, b);
        send(b, a);
    }
    const qint64 seqBefore = a.store->localSeq();
    const std::uint64_t clockBefore = a.store->clock();

    a.restore(backup);
    CHECK_FALSE(has(a, lostOwn));
    CHECK_FALSE(has(a, lostTheirs));
    CHECK(has(a, kept));
    // The counter and the clock never go back: no change number or version is issued twice.
    CHECK(a.store->localSeq() >= seqBefore);
    CHECK(a.store->clock() >= clockBefore);

    // Ordinary exchange from here on: B's acknowledgements were ahead of the restored file, yet
    // every new edit of A's reaches B, and B sends again what A lost.
    const QUuid first = agency(a, QStringLiteral("A's first after the restore"));
    send(a, b);
    send(b, a);
    const QUuid second = agency(a, QStringLiteral("A's second after the restore"));
    send(a, b);
    send(b, a);
    send(a, b);
    CHECK(has(b, first));
    CHECK(has(b, second));
    CHECK(has(a, lostOwn));
    CHECK(has(a, lostTheirs));
    CHECK(a.dump() == b.dump());
    CHECK(conflicts(*a.store)->empty());
    CHECK(conflicts(*b.store)->empty());
}

TEST_CASE("a restore with partners on either side: three offices converge, incremental equals full")
{
    QTemporaryDir dir;
    Office a(QStringLiteral("A"), dir);
    Office b(QStringLiteral("B"), dir);
    Office c(QStringLiteral("C"), dir);
    trustEachOther({&a, &b, &c});
    agency(a, QStringLiteral("First"));
    send(a, b);
    send(b, c);
    const QString backup = a.backup();
    agency(a, QStringLiteral("Second"));
    agency(c, QStringLiteral("From C"));
    send(a, c);
    send(c, a);
    send(c, b);
    a.restore(backup);
    agency(a, QStringLiteral("Third"));
    for (int round = 0; round < 2; ++round) {
        for (Office* from : {&a, &b, &c})
            for (Office* to : {&a, &b, &c})
                if (from != to)
                    send(*from, *to);
    }
    CHECK(a.dump() == b.dump());
    CHECK(b.dump() == c.dump());
    // An incremental bundle from the restored office equals a full one.
    auto inc = b.copy(dir.filePath(QStringLiteral("inc.tandem")));
    auto full = b.copy(dir.filePath(QStringLiteral("full.tandem")));
    agency(a, QStringLiteral("Fourth"));
    inc->merge(a.exportFor({&b}, false));
    full->merge(a.exportFor({&b}, true));
    CHECK(inc->dump() == full->dump());
}

TEST_CASE("a restore keeps trust as it is now: a partner revoked after the backup stays revoked")
{
    QTemporaryDir dir;
    Office a(QStringLiteral("A"), dir);
    Office b(QStringLiteral("B"), dir);
    trustEachOther({&a, &b});
    const QString backup = a.backup();
    REQUIRE(untrustPartner(*a.store, b.store->siteId()));
    a.restore(backup);
    CHECK(partners(*a.store)->empty());
    CHECK_FALSE(mergeBundle(*a.store, *a.keys, b.exportFor({&a})));
}

TEST_CASE("restore takes only a backup of the same office and site")
{
    QTemporaryDir dir;
    Office a(QStringLiteral("A"), dir);
    Office b(QStringLiteral("B"), dir);
    agency(a, QStringLiteral("A's agency"));
    const QString before = dumpText(*a.store, true);
    a.store.reset();
    // B's live file, or a backup of it, in A's place would make two files with one site.
    Result<void> r = restoreBackup(a.path, b.path);
    REQUIRE_FALSE(r);
    CHECK(r.error().context == b.path);
    CHECK(r.error().message.contains(QStringLiteral("another office's file (\"B\"")));
    Result<std::unique_ptr<Store>> reopened = Store::open(a.path);
    REQUIRE(reopened);
    CHECK(dumpText(**reopened, true) == before);
    CHECK((*reopened)->siteId() != b.store->siteId());
}
