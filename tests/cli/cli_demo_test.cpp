// demo through the real executable: a new or existing file, the summary, determinism, check.

#include "clirun.h"

#include <QJsonDocument>
#include <QRegularExpression>

using namespace tandem::test;

namespace {

CliRun demo(const QString& path, const QString& operations, const QString& seed)
{
    return cli({QStringLiteral("demo"), path, QStringLiteral("--operations"), operations,
                QStringLiteral("--seed"), seed});
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
