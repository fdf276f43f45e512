// `tandem-cli dashboard` (issue 19): the dashboard's figures over a period, as the window shows
// them, checked against the records themselves; bad periods refused.

#include "clirun.h"

#include <QDateTime>

using namespace tandem::test;

namespace {

const QString kNow = QStringLiteral("2026-11-18T10:30:00Z");

QJsonObject figure(const QJsonObject& dashboard, const QString& key)
{
    for (const QJsonValue& f : dashboard.value(QStringLiteral("figures")).toArray()) {
        if (f.toObject().value(QStringLiteral("key")).toString() == key)
            return f.toObject();
    }
    FAIL("no figure " << key.toStdString());
    return {};
}

double total(const QJsonObject& figure)
{
    double sum = 0;
    for (const QJsonValue& row : figure.value(QStringLiteral("rows")).toArray()) {
        const QJsonObject values = row.toObject().value(QStringLiteral("values")).toObject();
        for (auto it = values.begin(); it != values.end(); ++it)
            sum += it.value().toDouble();
    }
    return sum;
}

} // namespace

TEST_CASE("cli: dashboard prints the figures of a period, counting what the records hold")
{
    CliFile f;
    requireOk(cli({QStringLiteral("demo"), f.path(), QStringLiteral("--operations"), QStringLiteral("30"), QStringLiteral("--seed"),
                   QStringLiteral("7"), QStringLiteral("--now"), kNow}));
    const QStringList period{QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"), QStringLiteral("2026-11-30")};
    const CliRun json = f.run(QStringLiteral("dashboard"), period + QStringList{QStringLiteral("--json")});
    requireOk(json);
    const QJsonObject dashboard = json.jsonObject();
    CHECK(dashboard.value(QStringLiteral("from")) == QStringLiteral("2026-01-01"));
    CHECK(dashboard.value(QStringLiteral("to")) == QStringLiteral("2026-11-30"));
    CHECK(dashboard.value(QStringLiteral("figures")).toArray().size() == 10);

    // Operations by the month they start: as many as the records say started in the period.
    const QDateTime from(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime until(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);
    int started = 0;
    const CliRun operations = f.run(QStringLiteral("list"), {QStringLiteral("operation"), QStringLiteral("--json")});
    requireOk(operations);
    for (const QJsonValue& op : operations.jsonArray()) {
        const QDateTime starts = QDateTime::fromString(op.toObject().value(QStringLiteral("starts_at")).toString(), Qt::ISODate);
        started += starts.isValid() && starts >= from && starts < until;
    }
    REQUIRE(started > 0);
    const QJsonObject byStatus = figure(dashboard, QStringLiteral("operations_by_status"));
    CHECK(byStatus.value(QStringLiteral("rows")).toArray().size() == 11); // January to November
    CHECK(total(byStatus) == started);
    CHECK(total(figure(dashboard, QStringLiteral("operations_by_type"))) == started);

    // The same figures as text, one table each.
    const CliRun text = f.run(QStringLiteral("dashboard"), period);
    requireOk(text);
    CHECK(text.out.startsWith(QStringLiteral("Dashboard from 2026-01-01 to 2026-11-30\n")));
    CHECK(text.out.contains(QStringLiteral("\nOperations per month by status\nMonth")));
    CHECK(text.out.contains(QStringLiteral("Nov 2026")));

    requireRefused(f.run(QStringLiteral("dashboard"), {QStringLiteral("--from"), QStringLiteral("2026-12-01"), QStringLiteral("--to"),
                                                       QStringLiteral("2026-01-01")}),
                   QStringLiteral("the period ends (2026-01-01) before it starts (2026-12-01)"));
    requireRefused(f.run(QStringLiteral("dashboard"), {QStringLiteral("--type"), QStringLiteral("nonsense")}),
                   QStringLiteral("\"nonsense\" is not a trafficking type"));
    CHECK(f.run(QStringLiteral("dashboard"), {QStringLiteral("--from"), QStringLiteral("2026-13-01")}).exitCode == 2);
}
