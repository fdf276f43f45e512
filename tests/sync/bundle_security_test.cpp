// What a merge must refuse, each with its own message, leaving the database unchanged.

#include "craftedbundle.h"

#include "store/audit.h"
#include "store/hlc.h"
#include "store/keystore.h"
#include "sync/bundle.h"

#include <QFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtEndian>

using namespace tandem;
using namespace tandem::test;

TEST_CASE("a bundle with any byte changed is refused")
{
    Pair p;
    const QString good = p.a.exportFor({&p.b});
    const QByteArray bytes = read(good);
    REQUIRE(bytes.size() > 200);
    const QString bad = p.dir.filePath(QStringLiteral("tampered.bundle"));
    // Where each block's length sits: changing one breaks the frame, not only the signature.
    QSet<qsizetype> lengthBytes;
    const qsizetype chunksStart = 14 + qFromBigEndian<quint32>(bytes.constData() + 10);
    for (qsizetype at = chunksStart; at < bytes.size() - 64;) {
        for (int k = 0; k < 4; ++k)
            lengthBytes.insert(at + k);
        at += 4 + qFromBigEndian<quint32>(bytes.constData() + at);
    }
    // The magic, the format, the header length, the header, many places in the ciphertext, the
    // signature.
    std::vector<qsizetype> positions{0, 7, 9, 11, 20, 60, bytes.size() - 1, bytes.size() - 64};
    for (qsizetype at = 100; at < bytes.size() - 64; at += std::max<qsizetype>(1, bytes.size() / 40))
        positions.push_back(at);
    for (qsizetype at : lengthBytes)
        positions.push_back(at);
    for (qsizetype at : positions) {
        QByteArray changed = bytes;
        changed[at] = char(changed[at] ^ 0x20);
        write(bad, changed);
        INFO("byte " << at << " of " << bytes.size());
        const Error e = refusal(p.b, bad);
        // Past the header and the first block's length, only the signature can tell.
        if (at >= chunksStart && !lengthBytes.contains(at))
            CHECK(e.message.contains(QStringLiteral("signature")));
        else if (lengthBytes.contains(at))
            CHECK((e.message.contains(QStringLiteral("truncated")) || e.message.contains(QStringLiteral("damaged"))
                   || e.message.contains(QStringLiteral("signature"))));
    }
    CHECK(refusal(p.b, bad).message.size() > 0);
    write(bad, bytes);
    CHECK(mergeBundle(*p.b.store, *p.b.keys, bad));
}

TEST_CASE("a truncated bundle is refused as truncated")
{
    Pair p;
    const QByteArray bytes = read(p.a.exportFor({&p.b}));
    const QString bad = p.dir.filePath(QStringLiteral("short.bundle"));
    for (qsizetype keep : {qsizetype(12), qsizetype(40), bytes.size() / 2, bytes.size() - 64, bytes.size() - 1}) {
        write(bad, bytes.left(keep));
        INFO("kept " << keep << " of " << bytes.size());
        const Error e = refusal(p.b, bad);
        CHECK((e.message.contains(QStringLiteral("truncated")) || e.message.contains(QStringLiteral("damaged"))
               || e.message.contains(QStringLiteral("signature"))));
    }
    write(bad, bytes.left(bytes.size() / 2));
    CHECK(refusal(p.b, bad).message == QStringLiteral("bundle is truncated"));
    write(bad, QByteArrayLiteral("hello"));
    CHECK(refusal(p.b, bad).message == QStringLiteral("not a Tandem bundle"));
}

TEST_CASE("a bundle for another office, or from an office not trusted, is refused")
{
    QTemporaryDir dir;
    Office a(QStringLiteral("A"), dir);
    Office b(QStringLiteral("B"), dir);
    Office c(QStringLiteral("C"), dir);
    trustEachOther({&a, &c});
    b.trust(c);
    a.trust(b); // A trusts B, B does not trust A

    const Error notForUs = refusal(c, a.exportFor({&b}));
    CHECK(notForUs.message.startsWith(QStringLiteral("bundle is not for this office")));

    const Error untrusted = refusal(b, a.exportFor({&b}));
    CHECK(untrusted.message == QStringLiteral("bundle was signed by an office you do not trust (fingerprint %1)")
                                   .arg(a.card().fingerprint()));
}

TEST_CASE("the wrong passphrase opens nothing")
{
    QTemporaryDir dir;
    Office a(QStringLiteral("A"), dir);
    Result<OfficeKeys> wrong = unlockOfficeKeys(*a.store, QStringLiteral("not the passphrase"));
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().message == QStringLiteral("wrong passphrase"));
    REQUIRE(changePassphrase(*a.store, kPassphrase, QStringLiteral("a new and longer passphrase")));
    CHECK_FALSE(unlockOfficeKeys(*a.store, kPassphrase));
    Result<OfficeKeys> again = unlockOfficeKeys(*a.store, QStringLiteral("a new and longer passphrase"));
    REQUIRE(again);
    CHECK(again->publicKeys() == a.keys->publicKeys());
}

TEST_CASE("a signed payload with an extra or a missing table is refused")
{
    SECTION("extra table")
    {
        Pair p;
        const QString crafted = resealed(p, [](QSqlDatabase& db) { sql(db, QStringLiteral("CREATE TABLE passwords (x)")); });
        CHECK(refusal(p.b, crafted).message == QStringLiteral("bundle payload has an unexpected table \"passwords\""));
    }
    SECTION("missing table")
    {
        Pair p;
        const QString crafted = resealed(p, [](QSqlDatabase& db) { sql(db, QStringLiteral("DROP TABLE target")); });
        CHECK(refusal(p.b, crafted).message == QStringLiteral("bundle payload lacks the table \"target\""));
    }
    SECTION("extra column")
    {
        Pair p;
        const QString crafted = resealed(p, [](QSqlDatabase& db) { sql(db, QStringLiteral("ALTER TABLE agency ADD COLUMN x")); });
        CHECK(refusal(p.b, crafted).message.contains(QStringLiteral("unexpected column \"x\"")));
    }
    SECTION("malformed versions")
    {
        Pair p;
        const QString crafted = resealed(p, [](QSqlDatabase& db) { sql(db, QStringLiteral("UPDATE agency SET name_v = x'00'")); });
        CHECK(refusal(p.b, crafted).message.contains(QStringLiteral("malformed rows")));
    }
}

TEST_CASE("changes dated more than a day ahead of our clock are refused")
{
    Pair p;
    const qint64 future = QDateTime::currentMSecsSinceEpoch() + 3LL * 24 * 3600 * 1000;
    const QString crafted = resealed(p, [&](QSqlDatabase& db) {
        QByteArray version = makeVersion(Hlc::pack(future, 0), p.a.store->siteId());
        QSqlQuery q(db);
        REQUIRE(q.prepare(QStringLiteral("UPDATE agency SET name = 'Takeover', name_v = ?")));
        q.addBindValue(version);
        REQUIRE(q.exec());
    });
    CHECK(refusal(p.b, crafted).message.contains(QStringLiteral("more than a day ahead")));

    // Less than a day ahead is accepted, and our clock moves past it.
    Pair q;
    const qint64 soon = QDateTime::currentMSecsSinceEpoch() + 3600 * 1000;
    const QString ok = resealed(q, [&](QSqlDatabase& db) {
        QSqlQuery u(db);
        REQUIRE(u.prepare(QStringLiteral("UPDATE agency SET name_v = ?")));
        u.addBindValue(makeVersion(Hlc::pack(soon, 0), q.a.store->siteId()));
        REQUIRE(u.exec());
    });
    REQUIRE(mergeBundle(*q.b.store, *q.b.keys, ok));
    CHECK(Hlc::millis(q.b.store->clock()) >= soon);
}

TEST_CASE("key cards: a forged card for a trusted site is refused, a damaged one explained")
{
    QTemporaryDir dir;
    Office a(QStringLiteral("A"), dir);
    Office b(QStringLiteral("B"), dir);
    a.trust(b);
    KeyCard forged = b.card();
    forged.keys.box = QByteArray(32, '\x07');
    Result<TrustResult> r = trustPartner(*a.store, forged);
    REQUIRE_FALSE(r);
    CHECK(r.error().message.contains(QStringLiteral("already trusted with other keys")));
    Result<TrustResult> again = trustPartner(*a.store, b.card());
    REQUIRE(again);
    CHECK(again->alreadyTrusted);
    Result<TrustResult> own = trustPartner(*a.store, a.card());
    REQUIRE_FALSE(own);

    QByteArray text = b.card().toText().toUtf8();
    CHECK(KeyCard::parse(text, QStringLiteral("b.card")));
    QByteArray changed = text;
    changed.replace("office: B", "office: Bee");
    CHECK(KeyCard::parse(changed, QStringLiteral("b.card")));  // the name is not part of the fingerprint
    changed = text;
    const qsizetype at = changed.indexOf("box: ") + 6;
    changed[at] = changed[at] == 'A' ? 'B' : 'A';
    Result<KeyCard> bad = KeyCard::parse(changed, QStringLiteral("b.card"));
    REQUIRE_FALSE(bad);
    CHECK(bad.error().context == QStringLiteral("b.card"));
    CHECK(bad.error().message.contains(QStringLiteral("fingerprint does not match")));
    CHECK(KeyCard::parse("hello", QStringLiteral("x")).error().message.contains(QStringLiteral("not a Tandem office card")));
    changed = text;
    changed.replace("site: ", "site: zz");
    CHECK(KeyCard::parse(changed, QStringLiteral("x")).error().message.contains(QStringLiteral("line 4")));
}
