// Seats (issue 20, sync/seats.h): another machine of an office joins from an invitation, gets every
// row of the office (rows kept to the office included) and no partner gets those; partners take
// the new machine's bundles in the office's name; a removed machine gets nothing more and its
// bundles are refused on every machine of the office; identities only go where the person may
// read them.

#include "officefixture.h"

#include "domain/erasure.h"
#include "domain/officecode.h"
#include "domain/people.h"
#include "domain/survivors.h"
#include "store/audit.h"
#include "sync/exchangefolder.h"
#include "sync/seats.h"

#include <QDir>
#include <QFile>

using namespace tandem;
using namespace tandem::test;

namespace {

void actAsLead(Office& o)
{
    Result<std::vector<Person>> all = people::list(*o.store);
    REQUIRE(all);
    for (const Person& p : *all) {
        if (p.roles.contains(QStringLiteral("lead"))) {
            people::actAs(*o.store, p);
            return;
        }
    }
    FAIL("no lead");
}

// A new machine of `office` for `person` (the acting lead when null), joined with kPassphrase.
std::unique_ptr<Office> join(Office& office, QTemporaryDir& dir, const QString& name, const QUuid& person = {})
{
    const QString invitation = dir.filePath(name + QStringLiteral(".invitation"));
    Result<MadeInvitation> made = inviteSeat(*office.store, *office.keys, {person, name}, invitation);
    INFO((made ? QString() : made.error().text()).toStdString());
    REQUIRE(made);
    Result<SeatInvitation> opened = readInvitation(invitation, made->passphrase, office.store->wallClock());
    INFO((opened ? QString() : opened.error().text()).toStdString());
    REQUIRE(opened);
    const QString path = dir.filePath(name + QStringLiteral(".tandem"));
    {
        Result<std::unique_ptr<Store>> joined = joinAsSeat(path, *opened, kPassphrase, KdfCost::Minimal);
        INFO((joined ? QString() : joined.error().text()).toStdString());
        REQUIRE(joined);
        CHECK((*joined)->siteId() == made->site);
        CHECK((*joined)->officeId() == office.store->officeId());
        CHECK((*joined)->isSeat());
        // The joining is the invited person's act in the new file's log.
        Result<std::vector<AuditEntry>> joinedLog = readAudit(**joined, QStringLiteral("join office"));
        REQUIRE(joinedLog);
        REQUIRE(joinedLog->size() == 1);
        CHECK(joinedLog->front().actor == opened->person.name);
    }
    auto machine = std::make_unique<Office>(path);
    Result<Person> me = people::solePerson(*machine->store);
    REQUIRE(me);
    people::actAs(*machine->store, *me);
    return machine;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QString exportTo(Office& from, const QByteArray& site)
{
    ExportOptions options;
    options.recipients << site;
    static int n = 0;
    const QString bundle = from.path + QStringLiteral(".to-%1.bundle").arg(++n);
    Result<ExportSummary> r = exportBundle(*from.store, *from.keys, options, bundle);
    INFO((r ? QString() : r.error().text()).toStdString());
    REQUIRE(r);
    return bundle;
}

bool has(Office& o, const char* entity, const QUuid& id)
{
    Result<Row> row = o.store->get(QString::fromLatin1(entity), id);
    return row && !row->deleted;
}

QUuid operation(Office& o, const QString& name, const QString& sharing)
{
    return o.insert("operation", {{QStringLiteral("code_name"), name}, {QStringLiteral("sharing"), sharing}});
}

} // namespace

TEST_CASE("a machine of an office gets every row of it, office-only ones too, and no partner gets those")
{
    QTemporaryDir dir;
    Office a(QStringLiteral("A"), dir);
    Office p(QStringLiteral("P"), dir);
    trustEachOther({&a, &p});
    actAsLead(a);
    const QUuid kept = operation(a, QStringLiteral("Kept Here"), QStringLiteral("office"));
    const QUuid shared = operation(a, QStringLiteral("Shared Out"), QStringLiteral("partners"));

    auto s = join(a, dir, QStringLiteral("Laptop 2"));
    // The new machine knows the office's partners and the office's first machine.
    Result<std::vector<Partner>> known = partners(*s->store);
    REQUIRE(known);
    REQUIRE(known->size() == 1);
    CHECK(known->front().site == p.store->siteId());
    Result<std::vector<Seat>> machines = seats(*s->store);
    REQUIRE(machines);
    REQUIRE(machines->size() == 1);
    CHECK(machines->front().machine.site == a.store->siteId());

    // First machine -> new machine: everything, the office-only operation too.
    const MergeSummary first = s->merge(exportTo(a, s->store->siteId()));
    CHECK(first.conflicts == 0);
    CHECK(has(*s, "operation", kept));
    CHECK(has(*s, "operation", shared));
    Result<Row> record = s->store->get(QStringLiteral("office"), a.store->officeId());
    REQUIRE(record);
    CHECK(record->text(QStringLiteral("name")) == QStringLiteral("A"));

    // The new machine's own office-only row reaches the first machine.
    const QUuid mine = operation(*s, QStringLiteral("Seat Only"), QStringLiteral("office"));
    s->set("operation", kept, {{QStringLiteral("objectives"), QStringLiteral("Edited on the laptop")}});
    CHECK(a.merge(exportTo(*s, a.store->siteId())).conflicts == 0);
    CHECK(has(a, "operation", mine));
    CHECK(a.store->get(QStringLiteral("operation"), kept)->text(QStringLiteral("objectives")) == QStringLiteral("Edited on the laptop"));

    // The new machine sends to the partner in the office's name: the partner takes it, learns the
    // machine as one of A's, and gets nothing kept to the office.
    const MergeSummary atPartner = p.merge(exportTo(*s, p.store->siteId()));
    CHECK(atPartner.senderName == QStringLiteral("A"));
    CHECK(has(p, "operation", shared));
    CHECK_FALSE(p.store->get(QStringLiteral("operation"), kept));
    CHECK_FALSE(p.store->get(QStringLiteral("operation"), mine));
    Result<std::optional<Partner>> learned = partnerBySite(*p.store, s->store->siteId());
    REQUIRE(learned);
    REQUIRE(learned->has_value());
    CHECK((*learned)->office == a.store->officeSite());
    CHECK_FALSE((*learned)->seat);
    Result<std::vector<Partner>> offices = partners(*p.store);
    REQUIRE(offices);
    CHECK(offices->size() == 1); // still one partner office

    // The partner's bundle for office A is taken by either machine.
    const QUuid fromP = operation(p, QStringLiteral("Partner Op"), QStringLiteral("partners"));
    const QString forA = exportTo(p, a.store->officeSite());
    s->merge(forA);
    a.merge(forA);
    CHECK(has(*s, "operation", fromP));
    CHECK(has(a, "operation", fromP));
    // ... and both go on exchanging with the partner: each machine's own sequence is acknowledged
    // to it alone (a's bundle would be refused if the partner took s's numbers for a's).
    operation(a, QStringLiteral("From A Later"), QStringLiteral("partners"));
    operation(*s, QStringLiteral("From S Later"), QStringLiteral("partners"));
    p.merge(exportTo(a, p.store->siteId()));
    p.merge(exportTo(*s, p.store->siteId()));
    a.merge(exportTo(p, a.store->officeSite()));
    s->merge(exportTo(p, a.store->officeSite()));

    // Both machines of the office hold the same records.
    for (int round = 0; round < 2; ++round) {
        s->merge(exportTo(a, s->store->siteId()));
        a.merge(exportTo(*s, a.store->siteId()));
    }
    CHECK(a.dump() == s->dump());
}

TEST_CASE("a removed machine gets no bundle, and its bundles are refused on every machine of the office")
{
    QTemporaryDir dir;
    Office a(QStringLiteral("A"), dir);
    actAsLead(a);
    auto s1 = join(a, dir, QStringLiteral("Desk"));
    auto s2 = join(a, dir, QStringLiteral("Laptop"));
    // The first machine tells the desk about the laptop, and the laptop about the desk.
    s1->merge(exportTo(a, s1->store->siteId()));
    s2->merge(exportTo(a, s2->store->siteId()));
    Result<std::vector<Seat>> atDesk = seats(*s1->store);
    REQUIRE(atDesk);
    CHECK(atDesk->size() == 2);
    // The desk takes the laptop's bundle: they are machines of one office.
    const QUuid fromLaptop = operation(*s2, QStringLiteral("Laptop Op"), QStringLiteral("office"));
    s1->merge(exportTo(*s2, s1->store->siteId()));
    CHECK(has(*s1, "operation", fromLaptop));

    // A planner may not remove a machine; a lead may.
    Result<QUuid> planner = people::add(*a.store, *a.keys, {QStringLiteral("Plan Ner"), {QStringLiteral("planner")}, {}},
                                        QStringLiteral("planner passphrase 42"));
    REQUIRE(planner);
    Result<Seat> laptop = findSeat(*a.store, QStringLiteral("laptop"));
    REQUIRE(laptop);
    {
        Result<Person> who = people::get(*a.store, *planner);
        REQUIRE(who);
        people::actAs(*a.store, *who);
        Result<Partner> refused = removeSeat(*a.store, laptop->machine.site);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message.contains(QStringLiteral("only a lead")));
        actAsLead(a);
    }
    const QString beforeRemoval = exportTo(*s2, a.store->siteId());
    REQUIRE(removeSeat(*a.store, laptop->machine.site));
    Result<AuditHead> head = auditHead(*a.store);
    REQUIRE(head);

    // No bundle for it any more, and what it sends is refused.
    ExportOptions options;
    options.recipients << laptop->machine.site;
    CHECK_FALSE(exportBundle(*a.store, *a.keys, options, dir.filePath(QStringLiteral("none.bundle"))));
    Result<MergeSummary> refused = mergeBundle(*a.store, *a.keys, beforeRemoval);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("removed from this office")));

    // The removal reaches the desk with the first machine's next bundle: the desk refuses the
    // laptop from then on too, and no longer writes for it.
    s1->merge(exportTo(a, s1->store->siteId()));
    Result<MergeSummary> atDeskRefused = mergeBundle(*s1->store, *s1->keys, exportTo(*s2, s1->store->siteId()));
    REQUIRE_FALSE(atDeskRefused);
    CHECK(atDeskRefused.error().message.contains(QStringLiteral("removed from this office")));
    Result<std::vector<Seat>> live = seats(*s1->store);
    REQUIRE(live);
    REQUIRE(live->size() == 1);
    CHECK(live->front().machine.site == a.store->siteId());

    // Through a folder: the first machine writes for the desk only, and clears what it wrote for
    // the laptop before.
    const QString folder = dir.filePath(QStringLiteral("exchange"));
    REQUIRE(QDir().mkpath(folder));
    Result<FolderPass> passed = syncFolder(*a.store, *a.keys, folder);
    REQUIRE(passed);
    REQUIRE(passed->written.size() == 1);
    CHECK(passed->written.first().contains(QString::fromLatin1(s1->store->siteId().toHex())));
}

TEST_CASE("a machine whose person may not read identities gets none, and still exchanges, and a lead's gets them")
{
    QTemporaryDir dir;
    Office a(QStringLiteral("A"), dir);
    actAsLead(a);
    const QUuid survivor = a.insert("survivor", {{QStringLiteral("code"), QStringLiteral("A-2026-0001")}});
    a.insert("survivor_identity", {{QStringLiteral("survivor"), survivor}, {QStringLiteral("name"), QStringLiteral("Synthetic Person")}});
    Result<QUuid> planner = people::add(*a.store, *a.keys, {QStringLiteral("Plan Ner"), {QStringLiteral("planner")}, {}},
                                        QStringLiteral("planner passphrase 42"));
    REQUIRE(planner);
    auto s = join(a, dir, QStringLiteral("Planning"), *planner);
    CHECK_FALSE(s->keys->canOpenIdentities());
    s->merge(exportTo(a, s->store->siteId()));
    CHECK(has(*s, "survivor", survivor));
    Result<QSqlQuery> q = s->store->exec(QStringLiteral("SELECT count(*) FROM survivor_identity WHERE deleted = 0"));
    REQUIRE(q);
    REQUIRE(q->next());
    CHECK(q->value(0).toInt() == 0);
    // The planner's machine writes and sends back.
    const QUuid op = operation(*s, QStringLiteral("Analysed"), QStringLiteral("office"));
    s->set("operation", op, {{QStringLiteral("objectives"), QStringLiteral("x")}});
    a.merge(exportTo(*s, a.store->siteId()));
    CHECK(has(a, "operation", op));

    // A lead's machine gets the identity, and opens it.
    auto lead = join(a, dir, QStringLiteral("Lead Laptop"));
    CHECK(lead->keys->canOpenIdentities());
    lead->merge(exportTo(a, lead->store->siteId()));
    lead->store->setIdentityKeys(&*lead->keys);
    Result<std::vector<Row>> identities = lead->store->select(QStringLiteral("survivor_identity"), QStringLiteral("survivor = ?"),
                                                              {survivor.toRfc4122()});
    REQUIRE(identities);
    REQUIRE(identities->size() == 1);
    CHECK(identities->front().text(QStringLiteral("name")) == QStringLiteral("Synthetic Person"));
    lead->store->setIdentityKeys(nullptr);
}

TEST_CASE("an invitation is refused with the wrong passphrase, when expired or damaged, and to anyone but a lead")
{
    QTemporaryDir dir;
    Office a(QStringLiteral("A"), dir);
    actAsLead(a);
    const QString path = dir.filePath(QStringLiteral("one.invitation"));
    Result<MadeInvitation> made = inviteSeat(*a.store, *a.keys, {}, path);
    REQUIRE(made);
    CHECK(made->passphrase.size() >= 20);
    // Never over an existing file.
    CHECK_FALSE(inviteSeat(*a.store, *a.keys, {}, path));

    Result<SeatInvitation> wrong = readInvitation(path, QStringLiteral("not-the-pass-phrase"), a.store->wallClock());
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().message.contains(QStringLiteral("wrong passphrase")));
    const qint64 later = a.store->wallClock() + qint64(kInvitationDays + 1) * 86'400'000;
    Result<SeatInvitation> expired = readInvitation(path, made->passphrase, later);
    REQUIRE_FALSE(expired);
    CHECK(expired.error().message.contains(QStringLiteral("expired")));

    QByteArray bytes = readFile(path);
    bytes[bytes.size() - 3] = char(bytes[bytes.size() - 3] ^ 0x40);
    const QString damaged = dir.filePath(QStringLiteral("damaged.invitation"));
    REQUIRE(writeFile(damaged, bytes));
    CHECK_FALSE(readInvitation(damaged, made->passphrase, a.store->wallClock()));
    const QString garbage = dir.filePath(QStringLiteral("garbage.invitation"));
    REQUIRE(writeFile(garbage, QByteArray("TANDEMI1\xff\xff\xff\xff{}")));
    Result<SeatInvitation> notOne = readInvitation(garbage, made->passphrase, a.store->wallClock());
    REQUIRE_FALSE(notOne);
    CHECK(notOne.error().context == garbage);

    // The invitation holds no plaintext: the office's name is not in the file.
    CHECK_FALSE(readFile(path).contains("\"office_name\""));

    Result<QUuid> planner = people::add(*a.store, *a.keys, {QStringLiteral("Plan Ner"), {QStringLiteral("planner")}, {}},
                                        QStringLiteral("planner passphrase 42"));
    REQUIRE(planner);
    Result<Person> who = people::get(*a.store, *planner);
    REQUIRE(who);
    people::actAs(*a.store, *who);
    Result<MadeInvitation> byPlanner = inviteSeat(*a.store, *a.keys, {}, dir.filePath(QStringLiteral("two.invitation")));
    REQUIRE_FALSE(byPlanner);
    CHECK(byPlanner.error().message.contains(QStringLiteral("only a lead")));
}

TEST_CASE("an identity erased on another machine of the office is erased at the partner it was given to")
{
    QTemporaryDir dir;
    Office a(QStringLiteral("A"), dir);
    Office p(QStringLiteral("P"), dir);
    trustEachOther({&a, &p});
    actAsLead(a);
    const QUuid survivor = a.insert("survivor", {{QStringLiteral("code"), QStringLiteral("A-2026-0002")}});
    a.insert("consent", {{QStringLiteral("survivor"), survivor},
                         {QStringLiteral("recipient_office"), p.store->officeId()},
                         {QStringLiteral("scope"), QStringLiteral("identity")},
                         {QStringLiteral("given_at"), QStringLiteral("2026-03-01T10:00:00Z")}});
    a.insert("survivor_identity", {{QStringLiteral("survivor"), survivor}, {QStringLiteral("name"), QStringLiteral("Synthetic Person")}});
    send(a, p);
    const auto liveIdentities = [&](Office& o) {
        Result<QSqlQuery> q = o.store->exec(QStringLiteral("SELECT count(*) FROM survivor_identity WHERE survivor = ? AND deleted = 0 "
                                                           "AND name IS NOT NULL"),
                                            {survivor.toRfc4122()});
        REQUIRE(q);
        REQUIRE(q->next());
        return q->value(0).toInt();
    };
    REQUIRE(liveIdentities(p) == 1);

    auto s = join(a, dir, QStringLiteral("Liaison Laptop"));
    s->merge(exportTo(a, s->store->siteId()));
    REQUIRE(liveIdentities(*s) == 1);
    Result<erasure::Receipt> erased = erasure::eraseIdentity(*s->store, survivor, QStringLiteral("asked by the survivor"),
                                                             QStringLiteral("erased"));
    INFO((erased ? QString() : erased.error().text()).toStdString());
    REQUIRE(erased);
    CHECK(erased->everywhere);
    // The recall names the office, not the machine, and the partner carries it out.
    Result<Row> recall = s->store->get(QStringLiteral("recall"), erased->recall);
    REQUIRE(recall);
    CHECK(recall->value(QStringLiteral("issued_by")).toUuid() == a.store->officeId());
    const MergeSummary atPartner = p.merge(exportTo(*s, p.store->siteId()));
    CHECK(atPartner.erased == 1);
    CHECK(liveIdentities(p) == 0);
    a.merge(exportTo(*s, a.store->siteId()));
    CHECK(liveIdentities(a) == 0);
}

TEST_CASE("in a shared folder, a partner's bundle with identities waits for the machine that can open them")
{
    QTemporaryDir dir;
    Office a(QStringLiteral("A"), dir);
    Office p(QStringLiteral("P"), dir);
    trustEachOther({&a, &p});
    actAsLead(a);
    Result<QUuid> planner = people::add(*a.store, *a.keys, {QStringLiteral("Plan Ner"), {QStringLiteral("planner")}, {}},
                                        QStringLiteral("planner passphrase 42"));
    REQUIRE(planner);
    auto s = join(a, dir, QStringLiteral("Planning"), *planner);
    // The partner shares a survivor's identity with office A.
    const QUuid survivor = p.insert("survivor", {{QStringLiteral("code"), QStringLiteral("P-2026-0001")}});
    p.insert("consent", {{QStringLiteral("survivor"), survivor},
                         {QStringLiteral("recipient_office"), a.store->officeId()},
                         {QStringLiteral("scope"), QStringLiteral("identity")},
                         {QStringLiteral("given_at"), QStringLiteral("2026-03-01T10:00:00Z")}});
    p.insert("survivor_identity", {{QStringLiteral("survivor"), survivor}, {QStringLiteral("name"), QStringLiteral("Synthetic Person")}});
    const QString folder = dir.filePath(QStringLiteral("exchange"));
    REQUIRE(QDir().mkpath(folder));
    Result<FolderPass> written = syncFolder(*p.store, *p.keys, folder);
    REQUIRE(written);
    REQUIRE(written->written.size() == 1);
    // Make the bundle look settled (written long ago).
    QFile bundle(QDir(folder).filePath(written->written.first()));
    REQUIRE(bundle.open(QIODevice::ReadWrite));
    REQUIRE(bundle.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-3600), QFileDevice::FileModificationTime));
    bundle.close();

    // The planner's machine leaves it in place, not set aside.
    Result<FolderPass> atPlanner = syncFolder(*s->store, *s->keys, folder);
    INFO((atPlanner ? QString() : atPlanner.error().text()).toStdString());
    REQUIRE(atPlanner);
    CHECK(atPlanner->setAside.empty());
    REQUIRE(atPlanner->forIdentities.size() == 1);
    CHECK(QFile::exists(bundle.fileName()));
    // The lead's machine merges it.
    Result<FolderPass> atLead = syncFolder(*a.store, *a.keys, folder);
    REQUIRE(atLead);
    bool fromPartner = false;
    for (const MergeSummary& m : atLead->merged)
        fromPartner = fromPartner || m.senderName == QStringLiteral("P");
    CHECK(fromPartner);
    CHECK(has(a, "survivor", survivor));
    CHECK_FALSE(QFile::exists(bundle.fileName()));
}

TEST_CASE("a partner trusted or revoked on one machine of the office is trusted or revoked on the others")
{
    QTemporaryDir dir;
    Office a(QStringLiteral("A"), dir);
    Office p(QStringLiteral("P"), dir);
    Office q(QStringLiteral("Q"), dir);
    trustEachOther({&a, &p});
    actAsLead(a);
    auto s = join(a, dir, QStringLiteral("Laptop"));
    // Later, on the first machine: Q is trusted, P revoked.
    trustEachOther({&a, &q});
    REQUIRE(untrustPartner(*a.store, p.store->officeSite()));
    s->merge(exportTo(a, s->store->siteId()));
    Result<std::vector<Partner>> trusted = partners(*s->store);
    REQUIRE(trusted);
    REQUIRE(trusted->size() == 1);
    CHECK(trusted->front().site == q.store->officeSite());
    // The laptop exchanges with Q in the office's name, and no longer with P.
    const QUuid op = operation(*s, QStringLiteral("For Q"), QStringLiteral("partners"));
    q.merge(exportTo(*s, q.store->officeSite()));
    CHECK(has(q, "operation", op));
    ExportOptions toP;
    toP.recipients << p.store->officeSite();
    CHECK_FALSE(exportBundle(*s->store, *s->keys, toP, dir.filePath(QStringLiteral("p.bundle"))));
    // A decision older than the one here does not undo it: the laptop trusts P again, and the
    // first machine's older revocation, sent again, leaves it trusted.
    actAsLead(*s);
    const qint64 later = a.store->wallClock() + 5'000;
    s->store->setWallClock([later] { return later; });
    REQUIRE(trustPartner(*s->store, p.card()));
    s->merge(exportTo(a, s->store->siteId()));
    Result<std::optional<Partner>> again = partnerBySite(*s->store, p.store->officeSite());
    REQUIRE(again);
    CHECK(again->has_value());
}

TEST_CASE("two machines of an office numbering survivors at the same moment never give the same code")
{
    QTemporaryDir dir;
    Office a(QStringLiteral("Northbridge Task Force"), dir);
    actAsLead(a);
    auto s = join(a, dir, QStringLiteral("Laptop"));
    auto t = join(a, dir, QStringLiteral("Tablet"));
    CHECK(machineNumber(*a.store) == 1);
    CHECK(machineNumber(*s->store) == 2);
    CHECK(machineNumber(*t->store) == 3);
    Result<QString> atA = nextSurvivorCode(*a.store, 2026);
    Result<QString> atS = nextSurvivorCode(*s->store, 2026);
    Result<QString> atT = nextSurvivorCode(*t->store, 2026);
    REQUIRE(atA);
    REQUIRE(atS);
    REQUIRE(atT);
    CHECK(*atA == QStringLiteral("NTF-2026-0001"));
    CHECK(*atS == QStringLiteral("NTF-2026-20001"));
    CHECK(*atT == QStringLiteral("NTF-2026-30001"));
    // Each machine's codes, merged everywhere, leave the others' ranges alone.
    a.insert("survivor", {{QStringLiteral("code"), *atA}});
    s->insert("survivor", {{QStringLiteral("code"), *atS}});
    a.merge(exportTo(*s, a.store->siteId()));
    s->merge(exportTo(a, s->store->siteId()));
    CHECK(*nextSurvivorCode(*a.store, 2026) == QStringLiteral("NTF-2026-0002"));
    CHECK(*nextSurvivorCode(*s->store, 2026) == QStringLiteral("NTF-2026-20002"));
    // A machine invited by another takes the next number the inviter knows.
    auto u = join(*s, dir, QStringLiteral("Phone"));
    CHECK(machineNumber(*u->store) == 4);
}
