// Field values: parsing text as typed on a command line, canonical forms, JSON.

#include "catchqt.h"

#include "store/value.h"

#include <QDateTime>
#include <QJsonArray>

#include <vector>

using namespace tandem;

namespace {

const EntityDef& entity(const char* name)
{
    return *Registry::instance().entity(QString::fromLatin1(name));
}

Result<QVariant> parse(const char* e, const char* f, const QVariant& v)
{
    const EntityDef& def = entity(e);
    return value::normalise(def, *def.field(QString::fromLatin1(f)), v);
}

} // namespace

TEST_CASE("instants need an explicit offset and are kept as UTC")
{
    CHECK_FALSE(parse("operation", "starts_at", QStringLiteral("2026-05-01T06:00:00")));
    CHECK_FALSE(parse("operation", "starts_at", QStringLiteral("yesterday")));
    CHECK_FALSE(parse("operation", "starts_at", QStringLiteral("2026-02-30T06:00:00Z")));
    Result<QVariant> t = parse("operation", "starts_at", QStringLiteral("2026-05-01T06:00:00+02:00"));
    REQUIRE(t);
    CHECK(value::isoTime(t->toDateTime()) == QStringLiteral("2026-05-01T04:00:00Z"));
    CHECK(parse("operation", "starts_at", QStringLiteral("2026-05-01T04:00Z")));
    CHECK(parse("operation", "starts_at", QStringLiteral("2026-05-01 04:00:00.250-0130")));
}

TEST_CASE("an instant is written as Qt's ISO format would write it, whatever its offset and year")
{
    const QString format = QStringLiteral("yyyy-MM-ddTHH:mm:ssZ");
    // Every few days over four centuries, at changing times and offsets; leap days; the edges.
    std::vector<QDateTime> instants;
    for (qint64 s = -2208988800LL; s < 7258118400LL; s += 3 * 86400 + 3671)
        instants.push_back(QDateTime::fromSecsSinceEpoch(s, Qt::OffsetFromUTC, int(s % 49) * 1800 - 12 * 3600));
    instants.push_back(QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59), Qt::UTC));
    instants.push_back(QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59), Qt::UTC));
    instants.push_back(QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC));
    instants.push_back(QDateTime(QDate(1, 1, 1), QTime(0, 0, 1), Qt::UTC));
    instants.push_back(QDateTime(QDate(-44, 3, 15), QTime(12, 0), Qt::UTC));
    instants.push_back(QDateTime());
    for (const QDateTime& t : instants) {
        INFO(t.toString(Qt::ISODate).toStdString());
        CHECK(value::isoTime(t) == t.toUTC().toString(format));
    }
}

TEST_CASE("numbers, booleans and enums are checked against the declaration")
{
    CHECK(parse("assignment", "headcount", QStringLiteral("12"))->toLongLong() == 12);
    CHECK_FALSE(parse("assignment", "headcount", QStringLiteral("1.5")));
    CHECK_FALSE(parse("assignment", "headcount", 10001));
    CHECK(parse("assignment", "acknowledged", QStringLiteral("yes"))->toBool());
    CHECK_FALSE(parse("assignment", "acknowledged", QStringLiteral("perhaps")));
    CHECK(parse("assignment", "role", QStringLiteral("victim_services"))->toString() == QStringLiteral("victim_services"));
    Result<QVariant> bad = parse("assignment", "role", QStringLiteral("sniper"));
    REQUIRE_FALSE(bad);
    CHECK(bad.error().message.contains(QStringLiteral("one of lead, entry, perimeter")));
    CHECK(parse("target", "longitude", QStringLiteral("-179.5"))->toDouble() == -179.5);
    CHECK_FALSE(parse("target", "longitude", QStringLiteral("nan")));
}

TEST_CASE("lists accept JSON arrays or commas, drop blanks and duplicates, and check enum items")
{
    CHECK(parse("survivor", "languages", QStringLiteral(" ro , bg,,ro"))->toStringList()
          == QStringList{QStringLiteral("ro"), QStringLiteral("bg")});
    CHECK(parse("survivor", "languages", QStringLiteral("[\"uk\",\"ru\"]"))->toStringList()
          == QStringList{QStringLiteral("uk"), QStringLiteral("ru")});
    CHECK(parse("tip", "indicators", QStringLiteral("debt_bondage,isolation")));
    CHECK_FALSE(parse("tip", "indicators", QStringLiteral("debt_bondage,bad_vibes")));
    CHECK(parse("survivor", "languages", QString())->isNull());
}

TEST_CASE("canonical text feeds back into normalise unchanged")
{
    const EntityDef& op = entity("operation");
    for (const char* f : {"starts_at", "expected_languages", "lead_agency", "expected_survivors"}) {
        const FieldDef& field = *op.field(QString::fromLatin1(f));
        const QVariant input = field.type == FieldType::Time ? QVariant(QStringLiteral("2026-01-02T03:04:05Z"))
                               : field.type == FieldType::List ? QVariant(QStringLiteral("fr, ar"))
                               : field.type == FieldType::Ref  ? QVariant(QStringLiteral("0192f0c4-5e6a-7b3c-9d2e-1f0a2b3c4d5e"))
                                                               : QVariant(QStringLiteral("7"));
        Result<QVariant> once = value::normalise(op, field, input);
        REQUIRE(once);
        Result<QVariant> twice = value::normalise(op, field, value::toText(field, *once));
        REQUIRE(twice);
        CHECK(*once == *twice);
        CHECK(value::fromSql(field, value::toSql(field, *once)) == *once);
    }
}

TEST_CASE("JSON output uses ids, ISO instants, arrays and null")
{
    const EntityDef& op = entity("operation");
    CHECK(value::toJson(*op.field(QStringLiteral("objectives")), QVariant()).isNull());
    CHECK(value::toJson(*op.field(QStringLiteral("expected_languages")),
                        QStringList{QStringLiteral("ro")}).toArray().size() == 1);
    CHECK(value::toJson(*op.field(QStringLiteral("expected_survivors")), qint64(4)).toInteger() == 4);
}
