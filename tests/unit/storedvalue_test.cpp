// One rule for stored values (issue 15, item 5): what a local write stores passes both the C++
// description and the SQL check a merge runs over a bundle, and the two agree on every value,
// stored right or wrong, for every field of every entity. Also: a file of schema 3 migrates to
// schema 4 (what partners were sent, the withdrawals).

#include "catchqt.h"
#include "testsupport.h"
#include "store/schema.h"

#include "store/storedvalue.h"
#include "store/value.h"

#include <QDate>
#include <QSqlQuery>
#include <QUuid>

using namespace tandem;
using namespace tandem::test;

namespace {

// Raw values of every storage type, right and wrong: what a partner's bundle could hold.
QVariantList candidates(const FieldDef& f)
{
    QVariantList v{
        QVariant(QString()), QStringLiteral("x"), QStringLiteral(" padded "), QStringLiteral("two\nlines"),
        QStringLiteral("tab\there"), QStringLiteral("bell\x07"), QString(QChar(0x7f)), QStringLiteral("Łódź — ناصر"),
        QString::fromUtf8("\xF0\x9F\x98\x80").repeated(61), QString(1001, QLatin1Char('a')), QString(1000, QLatin1Char('a')),
        QString(100001, QLatin1Char('b')), QStringLiteral("2026-02-30"), QStringLiteral("2026-02-28"), QStringLiteral("1899-12-31"),
        QStringLiteral("[\"ro\",\"vi\"]"), QStringLiteral("[\"ro\",\"ro\"]"), QStringLiteral("[]"), QStringLiteral("[1]"),
        QStringLiteral("{\"a\":1}"), QStringLiteral("[\" ro\"]"), QStringLiteral("[\"documents_withheld\"]"),
        qint64(-5), qint64(0), qint64(1), qint64(2), qint64(5), qint64(10000), qint64(10001), qint64(-4000000000),
        qint64(1767225600), 0.5, -91.0, 90.0, 1e300, QByteArray(16, '\x01'), QByteArray(16, '\0'), QByteArray(2, '\x01'),
        QByteArray("\x00\xff", 2),
        // Around the edges of the text rule, which a merge checks in one pass of C
        // (tandem_text_invalid): tabs and spaces at either end, line breaks of both kinds, a NUL
        // inside, more UTF-8 bytes than the limit but not more UTF-16 units.
        QStringLiteral("\ttabbed"), QStringLiteral("tabbed\t"), QStringLiteral("trailing "), QStringLiteral(" "),
        QStringLiteral("line\r\nbreak"), QStringLiteral("\nstarts with a break"), QString::fromUtf8("nul\0inside", 10),
        QString(600, QChar(0xe9)), QString(1001, QChar(0xe9)), QStringLiteral("del\x7f"), QStringLiteral("esc\x1b["),
    };
    for (const EnumValue& e : f.values)
        v << QString::fromLatin1(e.token);
    return v;
}

} // namespace

TEST_CASE("the stored-value rule is one rule: the SQL check and the C++ description agree everywhere")
{
    TempStore t;
    int checked = 0;
    for (const EntityDef& e : Registry::instance().entities()) {
        for (const FieldDef& f : e.fields) {
            INFO(e.name.toStdString() << "." << f.name.toStdString());
            for (const QVariant& raw : candidates(f)) {
                Result<QSqlQuery> q = t->exec(QStringLiteral("SELECT typeof(x), %1 FROM (SELECT ? AS x)")
                                                  .arg(stored::invalidSql(f, QStringLiteral("x"))),
                                              {raw});
                INFO((q ? QString() : q.error().text()).toStdString());
                REQUIRE(q);
                REQUIRE(q->next());
                const QString type = q->value(0).toString();
                const bool sqlInvalid = q->value(1).toInt() == 1;
                const QString problem = stored::problem(f, raw, type);
                INFO("value " << raw.toString().left(40).toStdString() << " (" << type.toStdString() << "): " << problem.toStdString());
                CHECK(sqlInvalid == !problem.isEmpty());
                ++checked;
            }
        }
    }
    CHECK(checked > 1000);
}

TEST_CASE("whatever a local write stores passes the stored-value rule")
{
    TempStore t;
    for (const EntityDef& e : Registry::instance().entities()) {
        for (const FieldDef& f : e.fields) {
            if (f.sealed)
                continue;
            INFO(e.name.toStdString() << "." << f.name.toStdString());
            for (const QVariant& input : candidates(f)) {
                const QVariant text = input.typeId() == QMetaType::QByteArray ? QVariant(QUuid::fromRfc4122(input.toByteArray()).toString()) : input;
                Result<QVariant> normal = value::normalise(e, f, text);
                if (!normal || normal->isNull())
                    continue;
                const QVariant stored = value::toSql(f, *normal);
                Result<QSqlQuery> q = t->exec(QStringLiteral("SELECT typeof(x), %1 FROM (SELECT ? AS x)")
                                                  .arg(stored::invalidSql(f, QStringLiteral("x"))),
                                              {stored});
                REQUIRE(q);
                REQUIRE(q->next());
                INFO("stored " << stored.toString().left(40).toStdString());
                CHECK(q->value(1).toInt() == 0);
                CHECK(stored::problem(f, stored, q->value(0).toString()).isEmpty());
            }
        }
    }
}

TEST_CASE("a file of schema 3 migrates to 4: partners were sent up to its sequence, nothing is withdrawn")
{
    TempStore t;
    REQUIRE(t->insert(QStringLiteral("agency"), {{QStringLiteral("name"), QStringLiteral("Quay Police")},
                                                 {QStringLiteral("kind"), QStringLiteral("police")}}));
    const qint64 seq = t->localSeq();
    REQUIRE(t->exec(QStringLiteral("INSERT INTO partner (site, name, sign_pk, box_pk, fingerprint, trusted_at) "
                                   "VALUES (randomblob(16), 'Harbour', randomblob(32), randomblob(32), '1', 0)")));
    REQUIRE(dropColumnsSince(*t, 3));
    REQUIRE_FALSE(t->exec(QStringLiteral("SELECT sent_seq FROM partner")));
    t.reopen();
    CHECK(t->schemaVersion() == Store::currentSchemaVersion()); // 4, and every step after
    Result<QSqlQuery> q = t->exec(QStringLiteral("SELECT sent_seq, epoch, revoked_at FROM partner"));
    REQUIRE(q);
    REQUIRE(q->next());
    CHECK(q->value(0).toLongLong() == seq);
    CHECK(q->value(1).toLongLong() == 0);
    CHECK(q->value(2).isNull());
    q->finish();
    Result<QSqlQuery> w = t->exec(QStringLiteral("SELECT count(*) FROM withdrawal"));
    REQUIRE((w && w->next()));
    CHECK(w->value(0).toLongLong() == 0);
}
