// People and rules (issue 17), rules in the core: the command line reaches no state the window
// would refuse. `set` of an operation's status runs the workflow (a bare draft is not approved, a
// closed operation needs its mandatory steps), `move` is the workflow's own command, guarded
// fields name the command that keeps their rules, and a survivor added with a rescue time gets a
// checklist. Each refusal: exit 1, one line, the file unchanged.

#include "clirun.h"

#include "store/store.h"

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

QString statusOf(const CliFile& f, const QUuid& op)
{
    return f.show(kOperation, op)[QStringLiteral("status")].toString();
}

// An operation with everything approval needs: lead agency, start, risk, a target, victim services.
QUuid readyOperation(const CliFile& f)
{
    const QUuid police = f.add(QStringLiteral("agency"), {QStringLiteral("name=Harbour Police"), QStringLiteral("kind=police")});
    const QUuid ngo = f.add(QStringLiteral("agency"), {QStringLiteral("name=Safe Passage"), QStringLiteral("kind=ngo_victim_services")});
    const QUuid op = f.add(kOperation, {QStringLiteral("code_name=Heron"), QStringLiteral("lead_agency=") + idText(police),
                                        QStringLiteral("starts_at=") + iso(QDateTime::currentDateTimeUtc().addDays(3)),
                                        QStringLiteral("risk_level=medium")});
    f.add(QStringLiteral("target"), {QStringLiteral("operation=") + idText(op), QStringLiteral("label=Warehouse"),
                                     QStringLiteral("address=4 Dock Road")});
    f.add(QStringLiteral("assignment"), {QStringLiteral("operation=") + idText(op), QStringLiteral("agency=") + idText(ngo),
                                         QStringLiteral("role=victim_services")});
    return op;
}

} // namespace

TEST_CASE("set cannot approve a bare draft or skip a step of the workflow")
{
    CliFile f;
    const QUuid op = f.add(kOperation, {QStringLiteral("code_name=Lantern")});
    const QString before = f.dump(true);
    // The former bypass: a draft with nothing set moved straight to approved.
    requireRefusedUnchanged(f, f.run(QStringLiteral("set"), {kOperation, idText(op), QStringLiteral("status=approved")}),
                            QStringLiteral("can move to"), before);
    REQUIRE(f.run(QStringLiteral("set"), {kOperation, idText(op), QStringLiteral("status=planned")}).exitCode == 0);
    const QString planned = f.dump(true);
    // One step forward, but approval needs what it needs: every missing thing is named.
    const CliRun r = f.run(QStringLiteral("set"), {kOperation, idText(op), QStringLiteral("status=approved")});
    requireRefusedUnchanged(f, r, QStringLiteral("lead agency"), planned);
    CHECK(r.err.contains(QStringLiteral("victim services")));
    CHECK(statusOf(f, op) == QStringLiteral("planned"));
    // All or nothing: a good field given with a refused move is not written either.
    requireRefusedUnchanged(f, f.run(QStringLiteral("set"), {kOperation, idText(op), QStringLiteral("risk_level=high"),
                                                             QStringLiteral("status=approved")}),
                            QStringLiteral("lead agency"), planned);
}

TEST_CASE("move walks the workflow with its requirements and logs the reason")
{
    CliFile f;
    const QUuid op = readyOperation(f);
    const QString draft = f.dump(true);
    requireRefusedUnchanged(f, f.run(QStringLiteral("move"), {idText(op), QStringLiteral("approved")}),
                            QStringLiteral("can move to"), draft);
    CHECK(f.run(QStringLiteral("move"), {idText(op), QStringLiteral("finished")}).exitCode == 2);
    REQUIRE(f.run(QStringLiteral("move"), {idText(op), QStringLiteral("planned")}).exitCode == 0);
    REQUIRE(f.run(QStringLiteral("move"), {idText(op), QStringLiteral("approved"), QStringLiteral("--reason"),
                                           QStringLiteral("Warrant granted")})
                .exitCode == 0);
    CHECK(statusOf(f, op) == QStringLiteral("approved"));
    const CliRun notes = f.run(QStringLiteral("list"), {QStringLiteral("note"), QStringLiteral("--json")});
    REQUIRE(notes.exitCode == 0);
    const QJsonArray all = QJsonDocument::fromJson(notes.out.toUtf8()).array();
    REQUIRE(all.size() == 2); // every move goes into the log; the last one with its reason
    QJsonObject note;
    for (const QJsonValue& n : all)
        if (n[QStringLiteral("text")].toString().contains(QStringLiteral("Warrant granted")))
            note = n.toObject();
    CHECK(note[QStringLiteral("operation")].toString() == idText(op));
    CHECK(note[QStringLiteral("text")].toString().contains(QStringLiteral("Warrant granted")));
    CHECK(note[QStringLiteral("author")].toString() == QStringLiteral("liaison7"));
    // set runs the same workflow: the way back from approved is to planned.
    REQUIRE(f.run(QStringLiteral("set"), {kOperation, idText(op), QStringLiteral("status=planned")}).exitCode == 0);
    CHECK(statusOf(f, op) == QStringLiteral("planned"));
}

TEST_CASE("a new operation starts as a draft and a new checklist step open")
{
    CliFile f;
    const QString before = f.dump(true);
    requireRefusedUnchanged(f, f.run(QStringLiteral("add"), {kOperation, QStringLiteral("code_name=Kestrel"),
                                                             QStringLiteral("status=closed")}),
                            QStringLiteral("tandem-cli move"), before);
    CHECK(f.run(QStringLiteral("add"), {kOperation, QStringLiteral("code_name=Kestrel"), QStringLiteral("status=draft")})
              .exitCode == 0);
}

TEST_CASE("a survivor added with a rescue time gets the checklist of the protocols in force")
{
    CliFile f;
    const QUuid survivor = f.add(QStringLiteral("survivor"), {QStringLiteral("code=V-2026-0310"),
                                                              QStringLiteral("recovered_at=") + iso(QDateTime::currentDateTimeUtc().addSecs(-3600))});
    const CliRun r = f.run(QStringLiteral("list"), {QStringLiteral("checklist_item"), QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    const QJsonArray items = QJsonDocument::fromJson(r.out.toUtf8()).array();
    CHECK_FALSE(items.isEmpty()); // the default protocols are in force in a new file
    for (const QJsonValue& item : items)
        CHECK(item.toObject()[QStringLiteral("survivor")].toString() == idText(survivor));
    // A time refused by the rescue-time rules leaves no survivor behind.
    const QString before = f.dump(true);
    requireRefusedUnchanged(f, f.run(QStringLiteral("add"), {QStringLiteral("survivor"), QStringLiteral("code=V-2026-0311"),
                                                             QStringLiteral("recovered_at=") + iso(QDateTime::currentDateTimeUtc().addDays(5))}),
                            QStringLiteral("in the future"), before);
}

TEST_CASE("set of a field a command keeps names that command")
{
    CliFile f;
    const QUuid survivor = f.add(QStringLiteral("survivor"), {QStringLiteral("code=V-2026-0320"),
                                                              QStringLiteral("recovered_at=") + iso(QDateTime::currentDateTimeUtc().addSecs(-7200))});
    const CliRun list = f.run(QStringLiteral("list"), {QStringLiteral("checklist_item"), QStringLiteral("--json")});
    const QJsonArray items = QJsonDocument::fromJson(list.out.toUtf8()).array();
    REQUIRE_FALSE(items.isEmpty());
    const QString item = items.first().toObject()[QStringLiteral("id")].toString();
    const QString before = f.dump(true);
    requireRefusedUnchanged(f, f.run(QStringLiteral("set"), {QStringLiteral("checklist_item"), item, QStringLiteral("state=done")}),
                            QStringLiteral("changes only through tandem-cli tick"), before);
    requireRefusedUnchanged(f, f.run(QStringLiteral("set"), {QStringLiteral("checklist_item"), item,
                                                             QStringLiteral("done_by=someone")}),
                            QStringLiteral("changes only through tandem-cli tick"), before);
    // What is not guarded still changes by set (a step's note).
    CHECK(f.run(QStringLiteral("set"), {QStringLiteral("checklist_item"), item, QStringLiteral("note=Called the shelter")})
              .exitCode == 0);
    CHECK(f.show(QStringLiteral("survivor"), survivor)[QStringLiteral("code")].toString() == QStringLiteral("V-2026-0320"));
}

TEST_CASE("check reports the rules a file breaks when something wrote around them")
{
    CliFile f;
    const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-3600);
    const QUuid op = f.add(kOperation, {QStringLiteral("code_name=Plover")});
    const QUuid rescued = f.add(QStringLiteral("survivor"), {QStringLiteral("code=V-2026-0401"), QStringLiteral("operation=") + idText(op),
                                                             QStringLiteral("recovered_at=") + iso(t0)});
    const QUuid later = f.add(QStringLiteral("survivor"), {QStringLiteral("code=V-2026-0402")});
    REQUIRE(f.run(QStringLiteral("check")).exitCode == 0);

    {
        // Written around the rules, as an older version or a tool could.
        Result<std::unique_ptr<Store>> store = Store::open(f.path());
        REQUIRE(store);
        REQUIRE((*store)->exec(QStringLiteral("UPDATE operation SET status = 'closed'")));
        REQUIRE((*store)->exec(QStringLiteral("UPDATE survivor SET code = 'V-2026-0401', recovered_at = "
                                              "(SELECT recovered_at FROM survivor WHERE id = ?) WHERE id = ?"),
                               {rescued.toRfc4122(), later.toRfc4122()}));
        REQUIRE((*store)->exec(QStringLiteral("UPDATE protocol SET family = (SELECT min(family) FROM protocol), "
                                              "version = rowid")));
    }
    const CliRun r = f.run(QStringLiteral("check"));
    INFO(r.out.toStdString());
    CHECK(r.exitCode == 1);
    CHECK(r.out.contains(QStringLiteral("error: operation %1 status: closed with mandatory checklist steps open: Survivor V-2026-0401")
                             .arg(idText(op))));
    CHECK(r.out.contains(QStringLiteral("warning: survivor %1 code: the code V-2026-0401 is also survivor %2's")
                             .arg(idText(rescued), idText(later))));
    CHECK(r.out.contains(QStringLiteral("warning: survivor %1 code: the code V-2026-0401 is also survivor %2's")
                             .arg(idText(later), idText(rescued))));
    CHECK(r.out.contains(QStringLiteral("error: survivor %1 recovered_at: V-2026-0401 has a rescue time but no checklist").arg(idText(later))));
    CHECK(r.out.contains(QStringLiteral("is active beside a later active version; retire one")));
}
