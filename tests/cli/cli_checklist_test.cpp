// `list checklist_item --json` tells a script which steps are overdue, now.

#include "clirun.h"

#include <QDateTime>

using namespace tandem::test;

namespace {

QString iso(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

} // namespace

TEST_CASE("list checklist_item --json has each step's due time, state and whether it is overdue")
{
    CliFile f;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QUuid survivor = f.add(QStringLiteral("survivor"), {QStringLiteral("code=V-2026-0091"),
                                                              QStringLiteral("recovered_at=") + iso(now.addDays(-1))});
    const QUuid protocol = f.add(QStringLiteral("protocol"), {QStringLiteral("family=") + idText(QUuid::createUuid()),
                                                              QStringLiteral("name=Script check")});
    const QUuid step = f.add(QStringLiteral("protocol_step"),
                             {QStringLiteral("protocol=") + idText(protocol), QStringLiteral("position=0"),
                              QStringLiteral("title=Safe accommodation"), QStringLiteral("owner_role=shelter")});
    auto item = [&](const QDateTime& due, const QString& state) {
        QStringList fields{QStringLiteral("survivor=") + idText(survivor), QStringLiteral("step=") + idText(step),
                           QStringLiteral("state=") + state};
        if (due.isValid())
            fields << QStringLiteral("due_at=") + iso(due);
        return f.add(QStringLiteral("checklist_item"), fields);
    };
    const QUuid late = item(now.addSecs(-3600), QStringLiteral("open"));
    const QUuid lateInProgress = item(now.addSecs(-60), QStringLiteral("in_progress"));
    const QUuid coming = item(now.addSecs(3600), QStringLiteral("open"));
    const QUuid interview = item({}, QStringLiteral("open"));
    const QUuid declined = item(now.addSecs(-7200), QStringLiteral("open"));
    REQUIRE(f.run(QStringLiteral("tick"), {idText(declined), QStringLiteral("--state"), QStringLiteral("declined"),
                                           QStringLiteral("--reason"), QStringLiteral("her choice")})
                .exitCode == 0);

    const CliRun r = f.run(QStringLiteral("list"), {QStringLiteral("checklist_item"), QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    // The survivor's rescue time made the checklist of the default protocols too (issue 17): the
    // five steps made here are those of this test's protocol step.
    std::map<QString, QJsonObject> byId;
    for (const QJsonValue& v : r.jsonArray()) {
        if (v[QStringLiteral("step")].toString() == idText(step))
            byId[v[QStringLiteral("id")].toString()] = v.toObject();
    }
    REQUIRE(byId.size() == 5);
    for (const auto& [id, o] : byId) {
        INFO(id.toStdString());
        CHECK(o.contains(QStringLiteral("due_at")));
        CHECK(o.contains(QStringLiteral("state")));
        CHECK(o.value(QStringLiteral("overdue")).isBool());
    }
    CHECK(byId[idText(late)][QStringLiteral("overdue")] == true);
    CHECK(byId[idText(lateInProgress)][QStringLiteral("overdue")] == true);
    CHECK(byId[idText(coming)][QStringLiteral("overdue")] == false);
    CHECK(byId[idText(interview)][QStringLiteral("overdue")] == false);
    CHECK(byId[idText(interview)][QStringLiteral("due_at")].isNull());
    CHECK(byId[idText(declined)][QStringLiteral("overdue")] == false);
    CHECK(byId[idText(declined)][QStringLiteral("state")] == QStringLiteral("declined"));

    // show says the same; ticking the late step done ends its being overdue.
    CHECK(f.show(QStringLiteral("checklist_item"), late)[QStringLiteral("overdue")] == true);
    REQUIRE(f.run(QStringLiteral("tick"), {idText(late)}).exitCode == 0);
    CHECK(f.show(QStringLiteral("checklist_item"), late)[QStringLiteral("overdue")] == false);
}
