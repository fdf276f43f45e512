// core/query/protocollist.h and survivorchecklist.h: the protocols list, and a survivor's steps.

#include "catchqt.h"
#include "querysample.h"

#include "query/protocollist.h"
#include "query/survivorchecklist.h"

using namespace tandem;
using namespace tandem::test;

namespace {

struct Protocols {
    TempStore t;
    QUuid family = QUuid::createUuid();
    QUuid v1, v2, other;
    QUuid stepA, stepB, stepC;
    QUuid survivor, otherSurvivor;

    QUuid protocol(const QUuid& fam, const char* name, int version, const char* status = "active")
    {
        QVariantMap v{{QStringLiteral("family"), fam}, {QStringLiteral("name"), QString::fromLatin1(name)},
                      {QStringLiteral("version"), version}, {QStringLiteral("status"), QString::fromLatin1(status)}};
        if (qstrcmp(status, "retired") == 0)
            v.insert(QStringLiteral("retired_reason"), QStringLiteral("replaced"));
        return add(*t, "protocol", v);
    }
    QUuid step(const QUuid& p, int position, const char* title, bool mandatory = false)
    {
        return add(*t, "protocol_step", {{QStringLiteral("protocol"), p}, {QStringLiteral("position"), position},
                                         {QStringLiteral("title"), QString::fromLatin1(title)},
                                         {QStringLiteral("guidance"), QStringLiteral("Ask first.")},
                                         {QStringLiteral("owner_role"), QStringLiteral("ngo_advocate")},
                                         {QStringLiteral("mandatory"), mandatory}});
    }
    QUuid item(const QUuid& who, const QUuid& s, const QVariantMap& more = {})
    {
        QVariantMap v{{QStringLiteral("survivor"), who}, {QStringLiteral("step"), s}};
        v.insert(more);
        return add(*t, "checklist_item", v);
    }

    Protocols()
    {
        v1 = protocol(family, "first contact", 1, "retired");
        v2 = protocol(family, "first contact", 2);
        other = protocol(QUuid::createUuid(), "Aftercare", 1);
        stepA = step(v2, 0, "Shelter", true);
        stepB = step(v2, 1, "Interpreter");
        stepC = step(v1, 0, "Old step");
        const QUuid gone = step(v2, 2, "Deleted step");
        remove(*t, "protocol_step", gone);
        survivor = add(*t, "survivor", {{QStringLiteral("code"), QStringLiteral("V-101")}});
        otherSurvivor = add(*t, "survivor", {{QStringLiteral("code"), QStringLiteral("V-102")}});
        const QUuid goneSurvivor = add(*t, "survivor", {{QStringLiteral("code"), QStringLiteral("V-103")}});
        item(otherSurvivor, stepB);
        item(goneSurvivor, stepA);
        remove(*t, "survivor", goneSurvivor);
        const QUuid retiredGone = protocol(QUuid::createUuid(), "Deleted protocol", 1);
        remove(*t, "protocol", retiredGone);
    }
};

} // namespace

TEST_CASE("the protocols list: live versions by name, newest first, with steps and survivors")
{
    Protocols f;
    f.item(f.survivor, f.stepA);
    f.item(f.survivor, f.stepB);
    Result<std::vector<ProtocolListRow>> rows = readProtocolList(*f.t);
    REQUIRE(rows);
    REQUIRE(rows->size() == 3);
    CHECK((*rows)[0].id == f.other); // "Aftercare" before "first contact", case aside
    CHECK((*rows)[1].id == f.v2);
    CHECK((*rows)[2].id == f.v1);
    const ProtocolListRow& v2 = (*rows)[1];
    CHECK(v2.family == f.family);
    CHECK(v2.name == QStringLiteral("first contact"));
    CHECK(v2.version == 2);
    CHECK(v2.status == QStringLiteral("active"));
    CHECK(v2.steps == 2);     // the deleted step left out
    CHECK(v2.survivors == 2); // each survivor once; the deleted one left out
    CHECK((*rows)[2].status == QStringLiteral("retired"));
    CHECK((*rows)[2].steps == 1);
    CHECK((*rows)[2].survivors == 0);
}

TEST_CASE("a survivor's checklist: live steps by due time, then position, with their protocol and referral")
{
    Protocols f;
    Store& s = *f.t;
    const QUuid shelter = add(s, "service", {{QStringLiteral("name"), QStringLiteral("Harbour House")},
                                             {QStringLiteral("kind"), QStringLiteral("shelter")}});
    const QUuid late = f.item(f.survivor, f.stepB, {{QStringLiteral("due_at"), utc("2026-06-20T10:00:00Z")}});
    const QUuid early = f.item(f.survivor, f.stepA, {{QStringLiteral("due_at"), utc("2026-06-10T10:00:00Z")},
                                                     {QStringLiteral("service"), shelter},
                                                     {QStringLiteral("state"), QStringLiteral("done")},
                                                     {QStringLiteral("done_by"), QStringLiteral("A. Advocate")},
                                                     {QStringLiteral("done_at"), utc("2026-06-09T10:00:00Z")}});
    const QUuid undated = f.item(f.survivor, f.stepC);
    const QUuid gone = f.item(f.survivor, f.stepC, {{QStringLiteral("due_at"), utc("2026-06-11T10:00:00Z")}});
    remove(s, "checklist_item", gone);

    Result<std::vector<SurvivorChecklistRow>> rows = readSurvivorChecklist(s, f.survivor);
    REQUIRE(rows);
    REQUIRE(rows->size() == 3);
    CHECK((*rows)[0].id == undated); // no due time sorts first in SQL; the model ranks them
    CHECK((*rows)[1].id == early);
    CHECK((*rows)[2].id == late);
    const SurvivorChecklistRow& e = (*rows)[1];
    CHECK(e.stepKnown);
    CHECK(e.title == QStringLiteral("Shelter"));
    CHECK(e.guidance == QStringLiteral("Ask first."));
    CHECK(e.ownerRole == QStringLiteral("ngo_advocate"));
    CHECK(e.mandatory);
    CHECK(e.state == QStringLiteral("done"));
    CHECK(e.dueAt == utc("2026-06-10T10:00:00Z"));
    CHECK(e.doneBy == QStringLiteral("A. Advocate"));
    CHECK(e.doneAt == utc("2026-06-09T10:00:00Z"));
    CHECK(e.service == shelter);
    CHECK(e.serviceName == QStringLiteral("Harbour House"));
    CHECK(e.protocolName == QStringLiteral("first contact"));
    CHECK(e.protocolVersion == 2);
    CHECK((*rows)[2].service.isNull());
    CHECK((*rows)[0].protocolVersion == 1);

    // A deleted service keeps the referral but not the name.
    remove(s, "service", shelter);
    rows = readSurvivorChecklist(s, f.survivor);
    REQUIRE(rows);
    CHECK((*rows)[1].service == shelter);
    CHECK((*rows)[1].serviceName.isEmpty());
    // Another survivor's steps are not this one's.
    rows = readSurvivorChecklist(s, f.otherSurvivor);
    REQUIRE(rows);
    REQUIRE(rows->size() == 1);
    CHECK((*rows)[0].title == QStringLiteral("Interpreter"));
}
