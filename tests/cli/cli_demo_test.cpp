// demo through the real executable: a new or existing file, the summary, determinism, check.

#include "clirun.h"

#include "domain/duesteps.h"
#include "store/store.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace tandem;
using namespace tandem::test;

namespace {

// A Wednesday morning, for the demos that must be alike whenever the test runs.
const QString kNow = QStringLiteral("2026-11-18T10:30:00Z");

CliRun demo(const QString& path, const QString& operations, const QString& seed,
            const QString& now = kNow)
{
    return cli({QStringLiteral("demo"), path, QStringLiteral("--operations"), operations,
                QStringLiteral("--seed"), seed, QStringLiteral("--now"), now});
}

CliRun dump(const QString& path)
{
    return cli({QStringLiteral("dump"), path});
}

qint64 scalar(const Store& s, const QString& sql, const QVariantList& binds = {})
{
    Result<QSqlQuery> q = s.exec(sql, binds);
    REQUIRE(q);
    REQUIRE(q->next());
    return q->value(0).toLongLong();
}

QString listJson(const QString& path, const QString& type)
{
    const CliRun r = cli({QStringLiteral("list"), path, type, QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    return r.out;
}

} // namespace

TEST_CASE("demo makes a new file with a summary, and the same seed gives the same records")
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.tandem"));
    const CliRun r = demo(a, QStringLiteral("3"), QStringLiteral("11"));
    INFO("stderr: " << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.err.isEmpty()); // no progress when stderr is not a terminal

    // "N rows written to FILE in S s:" then one "  entity  count" line per entity, adding up.
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() >= 2);
    const QRegularExpressionMatch head =
        QRegularExpression(QStringLiteral("^(\\d+) rows written to (.+) in \\d+\\.\\d s:$"))
            .match(lines.front());
    REQUIRE(head.hasMatch());
    CHECK(head.captured(2) == a);
    qint64 sum = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("^  ([a-z_]+) +(\\d+)$")).match(lines[i]);
        INFO(lines[i].toStdString());
        REQUIRE(m.hasMatch());
        sum += m.captured(2).toLongLong();
    }
    CHECK(sum == head.captured(1).toLongLong());

    const QJsonArray offices =
        QJsonDocument::fromJson(listJson(a, QStringLiteral("office")).toUtf8()).array();
    REQUIRE(offices.size() >= 1);
    CHECK(offices.at(0)[QStringLiteral("name")] == QStringLiteral("Demo Office"));
    CHECK(offices.at(0)[QStringLiteral("self")] == true);
    CHECK(
        QJsonDocument::fromJson(listJson(a, QStringLiteral("operation")).toUtf8()).array().size() ==
        3);

    const CliRun checked = cli({QStringLiteral("check"), a});
    INFO(checked.out.toStdString());
    CHECK(checked.exitCode == 0);

    const QString b = dir.filePath(QStringLiteral("b.tandem"));
    REQUIRE(demo(b, QStringLiteral("3"), QStringLiteral("11")).exitCode == 0);
    for (const char* type : {"agency", "operation", "survivor", "checklist_item"})
        CHECK(listJson(a, QString::fromLatin1(type)) == listJson(b, QString::fromLatin1(type)));

    const QString c = dir.filePath(QStringLiteral("c.tandem"));
    REQUIRE(demo(c, QStringLiteral("3"), QStringLiteral("12")).exitCode == 0);
    CHECK(listJson(a, QStringLiteral("operation")) != listJson(c, QStringLiteral("operation")));
}

TEST_CASE("demo adds to an existing file and keeps its office")
{
    CliFile f(QStringLiteral("Harbour Unit"));
    const CliRun r = demo(f.path(), QStringLiteral("2"), QStringLiteral("5"));
    INFO("stderr: " << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject self = f.show(QStringLiteral("office"), f.officeId());
    CHECK(self[QStringLiteral("name")] == QStringLiteral("Harbour Unit"));
    CHECK(f.run(QStringLiteral("list"), {QStringLiteral("operation"), QStringLiteral("--json")})
              .jsonArray()
              .size() == 2);
}

TEST_CASE("demo --now makes the same file every time: byte-identical dumps")
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.tandem"));
    const QString b = dir.filePath(QStringLiteral("b.tandem"));
    REQUIRE(demo(a, QStringLiteral("12"), QStringLiteral("4")).exitCode == 0);
    REQUIRE(demo(b, QStringLiteral("12"), QStringLiteral("4")).exitCode == 0);
    const CliRun da = dump(a);
    const CliRun db = dump(b);
    REQUIRE(da.exitCode == 0);
    REQUIRE(db.exitCode == 0);
    CHECK(da.out.size() > 100000);
    CHECK(da.out.toUtf8() == db.out.toUtf8()); // the office, its keys and every version too
    CHECK(cli({QStringLiteral("check"), b}).exitCode == 0);

    // Another seed, or another moment, is another demo (and another office).
    const QString c = dir.filePath(QStringLiteral("c.tandem"));
    const QString d = dir.filePath(QStringLiteral("d.tandem"));
    REQUIRE(demo(c, QStringLiteral("12"), QStringLiteral("5")).exitCode == 0);
    REQUIRE(demo(d, QStringLiteral("12"), QStringLiteral("4"), QStringLiteral("2026-11-19T10:30:00Z")).exitCode == 0);
    CHECK(dump(c).out != da.out);
    CHECK(dump(d).out != da.out);
    CHECK(listJson(a, QStringLiteral("office")) != listJson(c, QStringLiteral("office")));
}

TEST_CASE("demo --now: the day it opens on has a little overdue, steps due soon, an operation under way, a meeting ahead")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.tandem"));
    // The window's demo: the default number of operations and seed.
    const CliRun r = cli({QStringLiteral("demo"), path, QStringLiteral("--now"), kNow});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);

    Result<std::unique_ptr<Store>> store = Store::open(path, Store::Access::ReadOnly);
    REQUIRE(store);
    const Store& s = **store;
    const QDateTime now = QDateTime::fromString(kNow, Qt::ISODate);
    const qint64 at = now.toSecsSinceEpoch();
    const qint64 steps = scalar(s, QStringLiteral("SELECT count(*) FROM checklist_item WHERE deleted = 0"));
    Result<qint64> overdue = dueStepCount(s, DueBand::Overdue, now);
    Result<qint64> soon = dueStepCount(s, DueBand::Soon, now);
    REQUIRE(overdue);
    REQUIRE(soon);
    INFO(*overdue << " of " << steps << " steps overdue, " << *soon << " due in the next 24 hours");
    CHECK(steps > 5000);
    CHECK(*overdue * 100 >= steps);     // at least 1%
    CHECK(*overdue * 100 <= steps * 5); // at most 5%
    CHECK(*soon >= 3);
    CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM operation WHERE status = 'in_progress' AND deleted = 0 "
                                   "AND starts_at >= ? AND starts_at <= ? AND ends_at > ?"),
                 {at - at % 86400, at, at}) == 1);
    CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM meeting WHERE deleted = 0 AND starts_at > ? AND starts_at <= ?"),
                 {at, at + 7 * 86400}) >= 1);
}

TEST_CASE("demo --now refuses what is not a moment, or one far ahead of the clock")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.tandem"));
    for (const QString& now : {QStringLiteral("yesterday"), QStringLiteral("2026-11-18"),
                               QStringLiteral("2026-11-18T10:30:00")}) {
        const CliRun r = cli({QStringLiteral("demo"), path, QStringLiteral("--now"), now});
        INFO(now.toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("--now \"%1\" is not a time").arg(now)));
    }
    const QString ahead = QDateTime::currentDateTimeUtc().addDays(3).toString(Qt::ISODate);
    const CliRun r = cli({QStringLiteral("demo"), path, QStringLiteral("--now"), ahead});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("more than a day ahead")));
    CHECK_FALSE(QFileInfo::exists(path));
}
