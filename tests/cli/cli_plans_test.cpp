// Plans that hold (issue 17), from the command line: a closed operation is read only until a lead
// reopens it with a reason, a plan changed since its approval is approved again before it is
// briefed, moves far from the plan need --reason, and approval is recorded, never typed. Each
// refusal: exit 1, one line naming the way out, the file unchanged.

#include "clirun.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

using namespace tandem;
using namespace tandem::test;

namespace {

const QString kOperation = QStringLiteral("operation");

QString iso(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

void requireRefusedUnchanged(const CliFile& f, const CliRun& r, const QString& why, const QString& before)
{
    INFO("stderr: " << r.err.toStdString());
    CHECK(r.exitCode == 1);
    CHECK(r.errLines().size() == 1);
    CHECK(r.err.contains(why));
    CHECK(f.dump(true) == before);
}

void move(const CliFile& f, const QUuid& op, const QString& to, const QString& reason = {})
{
    QStringList args{idText(op), to};
    if (!reason.isEmpty())
        args << QStringLiteral("--reason") << reason;
    const CliRun r = f.run(QStringLiteral("move"), args);
    INFO("move to " << to.toStdString() << ": " << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
}

// A planned operation with everything approval needs, starting in `startsInHours`.
struct Ready {
    QUuid op;
    QUuid target;
};

Ready plannedOperation(const CliFile& f, int startsInHours = 12)
{
    const QUuid police = f.add(QStringLiteral("agency"), {QStringLiteral("name=Harbour Police"), QStringLiteral("kind=police")});
    const QUuid ngo = f.add(QStringLiteral("agency"), {QStringLiteral("name=Safe Passage"), QStringLiteral("kind=ngo_victim_services")});
    Ready r;
    r.op = f.add(kOperation, {QStringLiteral("code_name=Heron"), QStringLiteral("lead_agency=") + idText(police),
                              QStringLiteral("starts_at=") + iso(QDateTime::currentDateTimeUtc().addSecs(startsInHours * 3600)),
                              QStringLiteral("risk_level=medium")});
    r.target = f.add(QStringLiteral("target"), {QStringLiteral("operation=") + idText(r.op), QStringLiteral("label=Warehouse"),
                                                QStringLiteral("address=4 Dock Road")});
    f.add(QStringLiteral("assignment"), {QStringLiteral("operation=") + idText(r.op), QStringLiteral("agency=") + idText(ngo),
                                         QStringLiteral("role=victim_services")});
    move(f, r.op, QStringLiteral("planned"));
    return r;
}

} // namespace

TEST_CASE("a closed operation refuses set, add and delete until it is reopened with a reason")
{
    CliFile f;
    const Ready r = plannedOperation(f);
    for (const char* to : {"approved", "briefed", "in_progress", "completed", "closed"})
        move(f, r.op, QString::fromLatin1(to));
    const QString closed = f.dump(true);
    const QString wayOut = QStringLiteral("is closed; a lead reopens it (tandem-cli move DB %1 completed --reason T)").arg(idText(r.op));
    // The former bypasses: the closed plan was edited like any other.
    requireRefusedUnchanged(f, f.run(QStringLiteral("set"), {kOperation, idText(r.op), QStringLiteral("objectives=Rewritten")}),
                            wayOut, closed);
    requireRefusedUnchanged(f, f.run(QStringLiteral("set"), {kOperation, idText(r.op), QStringLiteral("status=completed")}),
                            QStringLiteral("needs a reason"), closed);
    requireRefusedUnchanged(f,
                            f.run(QStringLiteral("add"), {QStringLiteral("target"), QStringLiteral("operation=") + idText(r.op),
                                                          QStringLiteral("label=Annex"), QStringLiteral("address=6 Dock Road")}),
                            wayOut, closed);
    requireRefusedUnchanged(f, f.run(QStringLiteral("set"), {QStringLiteral("target"), idText(r.target), QStringLiteral("hazards=Dogs")}),
                            wayOut, closed);
    requireRefusedUnchanged(f, f.run(QStringLiteral("delete"), {QStringLiteral("target"), idText(r.target)}), wayOut, closed);
    requireRefusedUnchanged(f, f.run(QStringLiteral("delete"), {kOperation, idText(r.op)}), wayOut, closed);
    requireRefusedUnchanged(f, f.run(QStringLiteral("move"), {idText(r.op), QStringLiteral("completed")}),
                            QStringLiteral("--reason"), closed);

    move(f, r.op, QStringLiteral("completed"), QStringLiteral("the search record was incomplete"));
    CHECK(f.run(QStringLiteral("set"), {QStringLiteral("target"), idText(r.target), QStringLiteral("hazards=Dogs")}).exitCode == 0);
    // The reopening went into the log, with its reason.
    const QJsonArray notes = f.run(QStringLiteral("list"), {QStringLiteral("note"), QStringLiteral("--json")}).jsonArray();
    bool logged = false;
    for (const QJsonValue& n : notes)
        logged = logged || n[QStringLiteral("text")].toString() == QStringLiteral("Status moved from Closed to Completed: the search record was incomplete");
    CHECK(logged);
}

TEST_CASE("a plan changed since its approval is not briefed until it is approved again")
{
    CliFile f;
    const Ready r = plannedOperation(f);
    move(f, r.op, QStringLiteral("approved"));
    CHECK(f.show(kOperation, r.op)[QStringLiteral("approved_by")].toString() == QStringLiteral("liaison7"));
    CHECK(!f.show(kOperation, r.op)[QStringLiteral("approved_at")].toString().isEmpty());
    REQUIRE(f.run(QStringLiteral("set"), {kOperation, idText(r.op), QStringLiteral("risk_level=high")}).exitCode == 0);
    const QJsonArray changes = f.run(QStringLiteral("list"), {QStringLiteral("plan_change"), QStringLiteral("--json")}).jsonArray();
    REQUIRE(changes.size() == 1);
    CHECK(changes[0][QStringLiteral("field")].toString() == QStringLiteral("risk_level"));
    CHECK(changes[0][QStringLiteral("old_value")].toString() == QStringLiteral("medium"));
    CHECK(changes[0][QStringLiteral("new_value")].toString() == QStringLiteral("high"));
    CHECK(changes[0][QStringLiteral("changed_by")].toString() == QStringLiteral("liaison7"));

    const QString changed = f.dump(true);
    // The record of the change is not the user's to clear.
    const QString change = changes[0][QStringLiteral("id")].toString();
    requireRefusedUnchanged(f, f.run(QStringLiteral("delete"), {QStringLiteral("plan_change"), change}),
                            QStringLiteral("deleted only with its operation"), changed);
    requireRefusedUnchanged(f, f.run(QStringLiteral("set"), {QStringLiteral("plan_change"), change, QStringLiteral("new_value=medium")}),
                            QStringLiteral("kept as it was written"), changed);
    requireRefusedUnchanged(f, f.run(QStringLiteral("move"), {idText(r.op), QStringLiteral("briefed")}),
                            QStringLiteral("approve it again"), changed);
    requireRefusedUnchanged(f, f.run(QStringLiteral("set"), {kOperation, idText(r.op), QStringLiteral("status=briefed")}),
                            QStringLiteral("approve it again"), changed);
    move(f, r.op, QStringLiteral("approved"));
    move(f, r.op, QStringLiteral("briefed"));
}

TEST_CASE("moves far from the plan need --reason, and an approval is never typed")
{
    CliFile f;
    const Ready r = plannedOperation(f, 72);
    move(f, r.op, QStringLiteral("approved"));
    move(f, r.op, QStringLiteral("briefed"));
    const QString briefed = f.dump(true);
    requireRefusedUnchanged(f, f.run(QStringLiteral("move"), {idText(r.op), QStringLiteral("in_progress")}),
                            QStringLiteral("--reason"), briefed);
    move(f, r.op, QStringLiteral("in_progress"), QStringLiteral("the targets were moving the workers tonight"));
    f.add(QStringLiteral("task"), {QStringLiteral("operation=") + idText(r.op), QStringLiteral("phase=execution"),
                                   QStringLiteral("title=Search the yard")});
    const QString started = f.dump(true);
    requireRefusedUnchanged(f, f.run(QStringLiteral("move"), {idText(r.op), QStringLiteral("completed")}),
                            QStringLiteral("--reason"), started);
    move(f, r.op, QStringLiteral("completed"), QStringLiteral("the yard was searched by the county team"));

    requireRefusedUnchanged(f, f.run(QStringLiteral("set"), {kOperation, idText(r.op), QStringLiteral("approved_by=Somebody")}),
                            QStringLiteral("tandem-cli move"), f.dump(true));
}

TEST_CASE("a target that needs a warrant stops approval and the start until a warrant valid on the start covers it")
{
    CliFile f;
    const Ready r = plannedOperation(f, 48);
    REQUIRE(f.run(QStringLiteral("set"), {QStringLiteral("target"), idText(r.target), QStringLiteral("needs_warrant=true")}).exitCode == 0);
    const QString before = f.dump(true);
    requireRefusedUnchanged(f, f.run(QStringLiteral("move"), {idText(r.op), QStringLiteral("approved")}),
                            QStringLiteral("Target “Warehouse” needs a warrant, and no warrant of the operation covers it."), before);
    // Nor does `set` go round the rule.
    requireRefusedUnchanged(f, f.run(QStringLiteral("set"), {kOperation, idText(r.op), QStringLiteral("status=approved")}),
                            QStringLiteral("needs a warrant"), before);

    // A warrant that expires the day before the start: named with its problem.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QUuid w = f.add(QStringLiteral("warrant"),
                          {QStringLiteral("operation=") + idText(r.op), QStringLiteral("number=2026/88"),
                           QStringLiteral("court=Harbour District Court"), QStringLiteral("issued_at=") + iso(now.addDays(-2)),
                           QStringLiteral("expires_at=") + iso(now.addDays(1)), QStringLiteral("targets=") + idText(r.target)});
    const QString withWarrant = f.dump(true);
    requireRefusedUnchanged(f, f.run(QStringLiteral("move"), {idText(r.op), QStringLiteral("approved")}),
                            QStringLiteral("needs a warrant valid when the operation starts: warrant 2026/88 expires on"), withWarrant);
    // A warrant naming a target of no operation of its own is refused.
    const CliRun stray = f.run(QStringLiteral("add"), {QStringLiteral("warrant"), QStringLiteral("operation=") + idText(r.op),
                                                       QStringLiteral("number=X"), QStringLiteral("court=Y"),
                                                       QStringLiteral("issued_at=") + iso(now), QStringLiteral("expires_at=") + iso(now.addDays(9)),
                                                       QStringLiteral("targets=") + idText(r.op)});
    requireRefusedUnchanged(f, stray, QStringLiteral("there is no target with id"), withWarrant);

    REQUIRE(f.run(QStringLiteral("set"), {QStringLiteral("warrant"), idText(w), QStringLiteral("expires_at=") + iso(now.addDays(30))}).exitCode == 0);
    move(f, r.op, QStringLiteral("approved"));
}
