// A day without a slip (issue 14), the rules that moved into core: a reason for setting
// something aside (a step declined or not applicable, a consent withdrawn, a protocol retired),
// one version of a protocol in force, an age band under 18 makes a minor, no empty tip, no action
// item due before its meeting, no more minors than survivors, owner-only backups; and a version-3
// file that opens and migrates.

#include "catchqt.h"
#include "testsupport.h"

#include "domain/ageband.h"
#include "domain/consent.h"
#include "domain/protocols.h"
#include "domain/survivors.h"
#include "domain/tick.h"
#include "store/backup.h"
#include "store/check.h"
#include "store/schema.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace tandem;
using namespace tandem::test;

namespace {

const QUuid kFamily = QUuid::fromString(QStringLiteral("019bbef3-b000-7aaa-8000-000000000042"));

ProtocolFile labourProtocol(int version)
{
    ProtocolFile p;
    p.family = kFamily;
    p.name = QStringLiteral("Labour site checklist");
    p.version = version;
    ProtocolStepSpec step;
    step.key = QStringLiteral("wages");
    step.title = QStringLiteral("Unpaid wages recorded");
    step.ownerRole = QStringLiteral("case_manager");
    step.dueOffsetMinutes = 60 * 24;
    p.steps.push_back(step);
    return p;
}

QString statusOf(Store& s, int version)
{
    return s.get(QStringLiteral("protocol"), protocolRowId(kFamily, version))->text(QStringLiteral("status"));
}

// A survivor with T0 a day ago and a checklist of the default protocols.
struct Survivor {
    TempStore t;
    ManualClock clock;
    QUuid id;
    QUuid item;

    explicit Survivor(const QString& band = QStringLiteral("25_34"))
    {
        t->setWallClock(clock.fn());
        REQUIRE(installDefaultProtocols(*t));
        id = *t->insert(QStringLiteral("survivor"), {{QStringLiteral("code"), QStringLiteral("V-2026-0042")},
                                                     {QStringLiteral("age_band"), band}});
        REQUIRE(setRescueTime(*t, id, QDateTime::fromMSecsSinceEpoch(clock.now, Qt::UTC).addDays(-1)));
        Result<std::vector<Row>> items = t->select(QStringLiteral("checklist_item"), QStringLiteral("survivor = ?"),
                                                   {id.toRfc4122()});
        REQUIRE((items && !items->empty()));
        item = items->front().id;
    }
    Row row(const QString& entity, const QUuid& rowId) { return *t->get(entity, rowId); }
    QStringList titles()
    {
        Result<QSqlQuery> q = t->exec(QStringLiteral("SELECT p.title FROM checklist_item i JOIN protocol_step p ON p.id = i.step "
                                                     "WHERE i.survivor = ? AND i.deleted = 0"),
                                      {id.toRfc4122()});
        QStringList out;
        while (q->next())
            out << q->value(0).toString();
        return out;
    }
};

} // namespace

TEST_CASE("a step is declined or set aside as not applicable only with a reason, kept and then cleared")
{
    Survivor s;
    for (const QString& state : {QStringLiteral("declined"), QStringLiteral("not_applicable")}) {
        INFO(state.toStdString());
        TickOptions o;
        o.state = state;
        o.defaultBy = QStringLiteral("liaison7");
        Result<void> bare = tick(*s.t, s.item, o);
        REQUIRE_FALSE(bare);
        CHECK(bare.error().message.contains(QStringLiteral("(reason)")));
        CHECK(s.row(QStringLiteral("checklist_item"), s.item).text(QStringLiteral("state")) == QStringLiteral("open"));
        o.reason = QStringLiteral("  ");
        CHECK_FALSE(tick(*s.t, s.item, o));
        o.reason = QStringLiteral("She has her own doctor");
        REQUIRE(tick(*s.t, s.item, o));
        CHECK(s.row(QStringLiteral("checklist_item"), s.item).text(QStringLiteral("reason")) == QStringLiteral("She has her own doctor"));
        // Ticked again into the same state without a reason: the reason stays.
        o.reason.clear();
        REQUIRE(tick(*s.t, s.item, o));
        CHECK(s.row(QStringLiteral("checklist_item"), s.item).text(QStringLiteral("reason")) == QStringLiteral("She has her own doctor"));
        // Reopened: the reason goes with the state.
        TickOptions reopen;
        reopen.state = QStringLiteral("open");
        REQUIRE(tick(*s.t, s.item, reopen));
        CHECK(s.row(QStringLiteral("checklist_item"), s.item).isNull(QStringLiteral("reason")));
    }
    // A reason with a state that takes none is refused, and so is the store's back door.
    TickOptions done;
    done.state = QStringLiteral("done");
    done.defaultBy = QStringLiteral("liaison7");
    done.reason = QStringLiteral("why not");
    CHECK_FALSE(tick(*s.t, s.item, done));
    Result<void> direct = s.t->update(QStringLiteral("checklist_item"), s.item, {{QStringLiteral("state"), QStringLiteral("declined")}});
    REQUIRE_FALSE(direct);
    CHECK(direct.error().message.contains(QStringLiteral("say why the survivor declined this step")));
}

TEST_CASE("withdrawing a consent needs a reason, recorded with it")
{
    Survivor s;
    const QUuid agency = *s.t->insert(QStringLiteral("agency"), {{QStringLiteral("name"), QStringLiteral("Millbrook Refuge")},
                                                                 {QStringLiteral("kind"), QStringLiteral("shelter")}});
    NewConsent c;
    c.recipient.agency = agency;
    c.scope = QStringLiteral("contact");
    c.givenAt = QDateTime::fromMSecsSinceEpoch(s.clock.now, Qt::UTC).addSecs(-3600);
    const QUuid consent = *recordConsent(*s.t, s.id, c);
    Result<void> bare = withdrawConsent(*s.t, consent, QString());
    REQUIRE_FALSE(bare);
    CHECK(bare.error().message.contains(QStringLiteral("say why the consent is withdrawn")));
    CHECK(s.row(QStringLiteral("consent"), consent).isNull(QStringLiteral("withdrawn_at")));
    REQUIRE(withdrawConsent(*s.t, consent, QStringLiteral(" Asked by phone to stop ")));
    CHECK(s.row(QStringLiteral("consent"), consent).text(QStringLiteral("withdrawn_reason")) == QStringLiteral("Asked by phone to stop"));
    // A reason without a withdrawal is not one.
    const QUuid other = *recordConsent(*s.t, s.id, c);
    CHECK_FALSE(s.t->update(QStringLiteral("consent"), other, {{QStringLiteral("withdrawn_reason"), QStringLiteral("x")}}));
}

TEST_CASE("importing a protocol's next version retires the earlier ones; an older one comes retired")
{
    TempStore t;
    REQUIRE(importProtocol(*t, labourProtocol(1)));
    ProtocolFile two = labourProtocol(2);
    REQUIRE(importProtocol(*t, two));
    CHECK(statusOf(*t, 1) == QStringLiteral("retired"));
    CHECK(statusOf(*t, 2) == QStringLiteral("active"));

    QList<int> retired;
    REQUIRE(importProtocol(*t, labourProtocol(3), &retired));
    CHECK(retired == QList<int>{2});
    CHECK(statusOf(*t, 2) == QStringLiteral("retired"));
    CHECK(t->get(QStringLiteral("protocol"), protocolRowId(kFamily, 2))->text(QStringLiteral("retired_reason"))
          == QStringLiteral("replaced by version 3"));
    CHECK(statusOf(*t, 3) == QStringLiteral("active"));

    // An older version arriving late (4 after 5) changes nothing in force: it comes retired.
    ProtocolFile late = labourProtocol(5);
    REQUIRE(importProtocol(*t, late));
    ProtocolFile older = labourProtocol(4);
    retired.clear();
    REQUIRE(importProtocol(*t, older, &retired));
    CHECK(retired.isEmpty());
    CHECK(statusOf(*t, 4) == QStringLiteral("retired"));
    CHECK(statusOf(*t, 5) == QStringLiteral("active"));
    Result<std::vector<Row>> active = t->select(QStringLiteral("protocol"), QStringLiteral("family = ? AND status = 'active'"),
                                                {kFamily.toRfc4122()});
    CHECK(active->size() == 1);
}

TEST_CASE("retiring a protocol version needs a reason; making it active again clears it")
{
    TempStore t;
    const QUuid v1 = *importProtocol(*t, labourProtocol(1));
    Result<void> bare = setProtocolStatus(*t, v1, QStringLiteral("retired"));
    REQUIRE_FALSE(bare);
    CHECK(bare.error().message.contains(QStringLiteral("say why this version is retired")));
    CHECK(statusOf(*t, 1) == QStringLiteral("active"));
    REQUIRE(setProtocolStatus(*t, v1, QStringLiteral("retired"), QStringLiteral("Replaced by the regional protocol")));
    CHECK(t->get(QStringLiteral("protocol"), v1)->text(QStringLiteral("retired_reason")) == QStringLiteral("Replaced by the regional protocol"));
    REQUIRE(setProtocolStatus(*t, v1, QStringLiteral("active")));
    CHECK(t->get(QStringLiteral("protocol"), v1)->isNull(QStringLiteral("retired_reason")));
    // The store's own path keeps the rule too.
    CHECK_FALSE(t->update(QStringLiteral("protocol"), v1, {{QStringLiteral("status"), QStringLiteral("retired")}}));
}

TEST_CASE("an age band under 18 makes a minor, and the child-protection steps follow")
{
    CHECK(minorByAgeBand(QStringLiteral("12_15")) == true);
    CHECK(minorByAgeBand(QStringLiteral("16_17")) == true);
    CHECK(minorByAgeBand(QStringLiteral("18_24")) == false);
    CHECK_FALSE(minorByAgeBand(QStringLiteral("unknown")).has_value());

    Survivor s;
    CHECK_FALSE(s.titles().contains(QStringLiteral("Placement suited to a child")));
    Result<std::vector<ChecklistEntry>> added = editSurvivor(*s.t, s.id, {{QStringLiteral("age_band"), QStringLiteral("12_15")}});
    REQUIRE(added);
    CHECK(added->size() > 0);
    CHECK(s.row(QStringLiteral("survivor"), s.id).value(QStringLiteral("minor")).toBool());
    CHECK(s.titles().contains(QStringLiteral("Placement suited to a child")));

    // A contradiction is refused, whatever path writes it.
    Result<void> adult = s.t->update(QStringLiteral("survivor"), s.id, {{QStringLiteral("minor"), false}});
    REQUIRE_FALSE(adult);
    CHECK(adult.error().message.contains(QStringLiteral("makes the survivor a minor")));
    CHECK_FALSE(s.t->insert(QStringLiteral("survivor"), {{QStringLiteral("code"), QStringLiteral("V-2026-0043")},
                                                        {QStringLiteral("age_band"), QStringLiteral("35_49")},
                                                        {QStringLiteral("minor"), true}}));
    // Grown up (a corrected band): no longer a minor. Unknown age: the box is the liaison's.
    REQUIRE(s.t->update(QStringLiteral("survivor"), s.id, {{QStringLiteral("age_band"), QStringLiteral("18_24")}}));
    CHECK_FALSE(s.row(QStringLiteral("survivor"), s.id).value(QStringLiteral("minor")).toBool());
    REQUIRE(s.t->update(QStringLiteral("survivor"), s.id, {{QStringLiteral("age_band"), QStringLiteral("unknown")},
                                                          {QStringLiteral("minor"), true}}));
    CHECK(s.row(QStringLiteral("survivor"), s.id).value(QStringLiteral("minor")).toBool());

    // A merge can still bring the two apart (each field its own latest value): check says so.
    REQUIRE(s.t->exec(QStringLiteral("UPDATE survivor SET age_band = '12_15', minor = 0 WHERE id = ?"), {s.id.toRfc4122()}));
    Result<CheckReport> report = check(*s.t);
    REQUIRE(report);
    bool found = false;
    for (const CheckProblem& p : report->problems)
        found = found || p.message.contains(QStringLiteral("the minor box disagree"));
    CHECK(found);
}

TEST_CASE("an empty tip, an action item due before its meeting and more minors than survivors are refused")
{
    TempStore t;
    const QDateTime received = QDateTime(QDate(2026, 5, 4), QTime(9, 0), Qt::UTC);
    Result<QUuid> empty = t->insert(QStringLiteral("tip"), {{QStringLiteral("received_at"), received},
                                                           {QStringLiteral("channel"), QStringLiteral("hotline")}});
    REQUIRE_FALSE(empty);
    CHECK(empty.error().message.contains(QStringLiteral("a tip needs what was reported")));
    const QUuid tip = *t->insert(QStringLiteral("tip"), {{QStringLiteral("received_at"), received},
                                                        {QStringLiteral("channel"), QStringLiteral("hotline")},
                                                        {QStringLiteral("place"), QStringLiteral("Car wash on Quay Road")}});
    CHECK_FALSE(t->update(QStringLiteral("tip"), tip, {{QStringLiteral("place"), QString()}}));

    const QUuid meeting = *t->insert(QStringLiteral("meeting"), {{QStringLiteral("kind"), QStringLiteral("coordination")},
                                                                {QStringLiteral("title"), QStringLiteral("Monthly coordination")},
                                                                {QStringLiteral("starts_at"), received}});
    Result<QUuid> early = t->insert(QStringLiteral("action_item"), {{QStringLiteral("meeting"), meeting},
                                                                   {QStringLiteral("title"), QStringLiteral("Share the shelter list")},
                                                                   {QStringLiteral("due_at"), received.addDays(-1)}});
    REQUIRE_FALSE(early);
    CHECK(early.error().message.contains(QStringLiteral("before its meeting starts")));
    const QUuid item = *t->insert(QStringLiteral("action_item"), {{QStringLiteral("meeting"), meeting},
                                                                 {QStringLiteral("title"), QStringLiteral("Share the shelter list")},
                                                                 {QStringLiteral("due_at"), received.addDays(7)}});
    CHECK_FALSE(t->update(QStringLiteral("action_item"), item, {{QStringLiteral("due_at"), received.addSecs(-60)}}));
    // Nor does the meeting move past what was agreed at it.
    Result<void> moved = t->update(QStringLiteral("meeting"), meeting, {{QStringLiteral("starts_at"), received.addDays(8)}});
    REQUIRE_FALSE(moved);
    CHECK(moved.error().message.contains(QStringLiteral("Share the shelter list")));
    REQUIRE(t->update(QStringLiteral("meeting"), meeting, {{QStringLiteral("starts_at"), received.addDays(1)}}));

    Result<QUuid> op = t->insert(QStringLiteral("operation"), {{QStringLiteral("code_name"), QStringLiteral("Operation Wren")},
                                                              {QStringLiteral("expected_survivors"), 4},
                                                              {QStringLiteral("expected_minors"), 9}});
    REQUIRE_FALSE(op);
    CHECK(op.error().message.contains(QStringLiteral("more minors are expected than survivors")));
}

TEST_CASE("backups are readable by their owner only, and keep the newest set")
{
    TempStore t;
    const int before = backupsToKeep();
    setBackupsToKeep(2);
    for (int i = 0; i < 4; ++i)
        REQUIRE(makeBackup(*t, QStringLiteral("routine %1").arg(i)));
    Result<std::vector<BackupInfo>> list = listBackups(t.path());
    REQUIRE(list);
    CHECK(list->size() == 2);
    for (const BackupInfo& b : *list) {
        const QFileDevice::Permissions p = QFile::permissions(b.path);
        CHECK(p.testFlag(QFileDevice::ReadOwner));
        CHECK_FALSE(p.testFlag(QFileDevice::ReadGroup));
        CHECK_FALSE(p.testFlag(QFileDevice::ReadOther));
        CHECK_FALSE(p.testFlag(QFileDevice::WriteOther));
    }
    const QFileDevice::Permissions folder = QFile::permissions(backupFolder(t.path()));
    CHECK_FALSE(folder.testFlag(QFileDevice::ReadOther));
    setBackupsToKeep(before);
}

TEST_CASE("a version-3 file opens and migrates: its declined steps, withdrawals and retired versions stay as they were")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.tandem"));
    const QByteArray site = QUuid::createUuid().toRfc4122();
    const QByteArray survivor = QUuid::createUuid().toRfc4122();
    const QByteArray protocol = QUuid::createUuid().toRfc4122();
    const QByteArray step = QUuid::createUuid().toRfc4122();
    const QByteArray item = QUuid::createUuid().toRfc4122();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(schema::kApplicationId)));
        for (int v = 1; v <= 3; ++v) {
            for (const QString& sql : schema::migrationStep(v)) {
                INFO(sql.toStdString());
                REQUIRE(q.exec(sql));
            }
        }
        const auto exec = [&q](const QString& sql, const QVariantList& binds) {
            REQUIRE(q.prepare(sql));
            for (const QVariant& b : binds)
                q.addBindValue(b);
            INFO(sql.toStdString());
            REQUIRE(q.exec());
        };
        exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('site_id', ?), ('local_seq', 4), ('hlc', 0)"), {site});
        exec(QStringLiteral("INSERT INTO survivor (id, code, age_band, minor, sharing, local_seq) VALUES (?, 'V-2026-0001', '12_15', 0, 'partners', 1)"),
             {survivor});
        exec(QStringLiteral("INSERT INTO protocol (id, family, name, version, status, sharing, local_seq) "
                            "VALUES (?, ?, 'Old protocol', 1, 'retired', 'partners', 2)"),
             {protocol, QUuid::createUuid().toRfc4122()});
        exec(QStringLiteral("INSERT INTO protocol_step (id, protocol, position, title, owner_role, due_anchor, applies_to, mandatory, sharing, local_seq) "
                            "VALUES (?, ?, 0, 'Medical check', 'medical', 't0', 'all', 0, 'partners', 3)"),
             {step, protocol});
        exec(QStringLiteral("INSERT INTO checklist_item (id, survivor, step, state, done_by, done_at, note, sharing, local_seq) "
                            "VALUES (?, ?, ?, 'declined', 'liaison7', 1780000000, 'said no', 'partners', 4)"),
             {item, survivor, step});
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 3")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v3"));

    Result<std::unique_ptr<Store>> opened = Store::open(path);
    REQUIRE(opened);
    Store& s = **opened;
    CHECK(s.schemaVersion() == schema::currentVersion());
    const QUuid itemId = QUuid::fromRfc4122(item);
    Row row = *s.get(QStringLiteral("checklist_item"), itemId);
    CHECK(row.text(QStringLiteral("state")) == QStringLiteral("declined"));
    CHECK(row.isNull(QStringLiteral("reason")));
    CHECK(s.get(QStringLiteral("protocol"), QUuid::fromRfc4122(protocol))->isNull(QStringLiteral("retired_reason")));
    // Declined before reasons were asked: still editable, as it was.
    REQUIRE(s.update(QStringLiteral("checklist_item"), itemId, {{QStringLiteral("note"), QStringLiteral("said no, twice")}}));
    // A new decline of it (as not applicable) asks why, as any.
    CHECK_FALSE(s.update(QStringLiteral("checklist_item"), itemId, {{QStringLiteral("state"), QStringLiteral("not_applicable")}}));
    // The survivor written before the age band decided: check names it; any write sets it right.
    REQUIRE(s.update(QStringLiteral("survivor"), QUuid::fromRfc4122(survivor), {{QStringLiteral("nationality"), QStringLiteral("Ruritanian")}}));
    CHECK(s.get(QStringLiteral("survivor"), QUuid::fromRfc4122(survivor))->value(QStringLiteral("minor")).toBool());
}
