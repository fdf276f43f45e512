// Protocol versions: a used protocol is never edited in place, existing checklists keep their
// version, retiring and reactivating, and edits checked like a protocol file.

#include "catchqt.h"
#include "testsupport.h"

#include "domain/checklist.h"
#include "domain/protocols.h"
#include "domain/survivors.h"

#include <QSqlQuery>

using namespace tandem;
using namespace tandem::test;

namespace {

ProtocolFile ownProtocol()
{
    ProtocolFile p;
    p.name = QStringLiteral("Harbour district follow-up");
    p.jurisdiction = QStringLiteral("Invented district");
    auto step = [](const char* key, const char* title, const char* role, int minutes, bool mandatory) {
        ProtocolStepSpec s;
        s.key = QString::fromLatin1(key);
        s.title = QString::fromLatin1(title);
        s.ownerRole = QString::fromLatin1(role);
        s.dueOffsetMinutes = minutes;
        s.mandatory = mandatory;
        return s;
    };
    p.steps = {step("call", "Call the survivor", "ngo_advocate", 60, true),
               step("visit", "Home visit", "case_manager", 7 * 1440, false),
               step("review", "Thirty-day review", "case_manager", 30 * 1440, true)};
    return p;
}

QStringList titles(const Store& store, const QUuid& protocol)
{
    QStringList out;
    const std::vector<Row> steps = *protocolSteps(store, protocol); // not a range over a temporary
    for (const Row& r : steps)
        out << r.text(QStringLiteral("title"));
    return out;
}

QString status(const Store& store, const QUuid& protocol)
{
    return store.get(QStringLiteral("protocol"), protocol)->text(QStringLiteral("status"));
}

struct Office {
    TempStore t;
    ManualClock clock;
    Office() { t->setWallClock(clock.fn()); }

    QUuid survivorWithChecklist(const QString& code)
    {
        const QUuid id = *t->insert(QStringLiteral("survivor"), {{QStringLiteral("code"), code}});
        REQUIRE(setRescueTime(*t, id, QDateTime::fromMSecsSinceEpoch(clock.now, Qt::UTC).addSecs(-3600)));
        return id;
    }

    // The protocols the checklist of `survivor` was made from.
    QList<QUuid> protocolsOf(const QUuid& survivor)
    {
        Result<QSqlQuery> q = t->exec(QStringLiteral("SELECT DISTINCT p.protocol FROM checklist_item i "
                                                     "JOIN protocol_step p ON p.id = i.step WHERE i.survivor = ?"),
                                      {survivor.toRfc4122()});
        REQUIRE(q);
        QList<QUuid> out;
        while (q->next())
            out << QUuid::fromRfc4122(q->value(0).toByteArray());
        return out;
    }
};

} // namespace

TEST_CASE("a new protocol is saved as version 1 of a new family, and an unused one changes in place")
{
    Office o;
    Result<SavedProtocol> saved = saveProtocol(*o.t, {}, ownProtocol());
    REQUIRE(saved);
    CHECK(saved->version == 1);
    CHECK_FALSE(saved->newVersion);
    CHECK(status(*o.t, saved->id) == QStringLiteral("active"));
    CHECK(*changeMakesNewVersion(*o.t, saved->id) == false);

    // Reorder, rename, drop one, add one: nobody follows it yet, so the version changes.
    ProtocolFile edited = *protocolFromStore(*o.t, saved->id);
    std::swap(edited.steps[0], edited.steps[2]);
    edited.steps[1].title = QStringLiteral("Home visit with the advocate");
    edited.steps.pop_back();
    ProtocolStepSpec added;
    added.title = QStringLiteral("Check the placement is still safe");
    added.ownerRole = QStringLiteral("shelter");
    added.dueOffsetMinutes = 48 * 60;
    edited.steps.push_back(added);
    edited.changeNotes = QStringLiteral("Placement check added.");
    Result<SavedProtocol> again = saveProtocol(*o.t, saved->id, edited);
    REQUIRE(again);
    CHECK(again->id == saved->id);
    CHECK(again->version == 1);
    CHECK_FALSE(again->newVersion);
    CHECK(titles(*o.t, saved->id) == QStringList{QStringLiteral("Thirty-day review"),
                                                  QStringLiteral("Home visit with the advocate"),
                                                  QStringLiteral("Check the placement is still safe")});
    const ProtocolFile back = *protocolFromStore(*o.t, saved->id);
    CHECK(back.steps[2].key == QStringLiteral("check_the_placement_is_still_safe"));
    CHECK(back.steps[0].key == QStringLiteral("review"));
    CHECK(back.changeNotes == QStringLiteral("Placement check added."));
    Result<QSqlQuery> n = o.t->exec(QStringLiteral("SELECT count(*) FROM protocol"));
    REQUIRE(n->next());
    CHECK(n->value(0).toInt() == 1);
}

TEST_CASE("changing a used protocol makes a new version; existing checklists keep theirs")
{
    Office o;
    const QUuid v1 = saveProtocol(*o.t, {}, ownProtocol())->id;
    const QUuid first = o.survivorWithChecklist(QStringLiteral("V-2026-0201"));
    const QUuid second = o.survivorWithChecklist(QStringLiteral("V-2026-0202"));
    CHECK(o.protocolsOf(first) == QList<QUuid>{v1});
    const ProtocolUse use = *protocolUse(*o.t, v1);
    CHECK(use.survivors == 2);
    CHECK(use.items == 6);
    CHECK(use.codes == QStringList{QStringLiteral("V-2026-0201"), QStringLiteral("V-2026-0202")});
    CHECK(*changeMakesNewVersion(*o.t, v1));

    ProtocolFile edited = *protocolFromStore(*o.t, v1);
    edited.steps[0].dueOffsetMinutes = 30;
    edited.steps[0].title = QStringLiteral("Call the survivor within half an hour");
    Result<SavedProtocol> saved = saveProtocol(*o.t, v1, edited);
    REQUIRE(saved);
    CHECK(saved->newVersion);
    CHECK(saved->version == 2);
    CHECK(saved->retired == v1);
    CHECK(saved->id == protocolRowId(edited.family, 2));
    CHECK(status(*o.t, v1) == QStringLiteral("retired"));
    CHECK(status(*o.t, saved->id) == QStringLiteral("active"));
    // Version 1 is as it was: same steps, same titles, still followed by the same survivors.
    CHECK(titles(*o.t, v1).first() == QStringLiteral("Call the survivor"));
    CHECK(protocolUse(*o.t, v1)->codes == use.codes);
    CHECK(o.protocolsOf(first) == QList<QUuid>{v1});
    CHECK(protocolUse(*o.t, saved->id)->survivors == 0);

    // A survivor found now gets version 2.
    const QUuid third = o.survivorWithChecklist(QStringLiteral("V-2026-0203"));
    CHECK(o.protocolsOf(third) == QList<QUuid>{saved->id});
    CHECK(o.protocolsOf(second) == QList<QUuid>{v1});
    const std::vector<Row> active = *activeProtocols(*o.t);
    REQUIRE(active.size() == 1);
    CHECK(active.front().id == saved->id);

    // Editing the retired version 1 again makes version 3, the one in force.
    ProtocolFile fromFirst = *protocolFromStore(*o.t, v1);
    fromFirst.steps[1].dueOffsetMinutes = 5 * 1440;
    Result<SavedProtocol> third3 = saveProtocol(*o.t, v1, fromFirst);
    REQUIRE(third3);
    CHECK(third3->version == 3);
    CHECK(status(*o.t, saved->id) == QStringLiteral("retired"));
    CHECK(activeProtocols(*o.t)->front().id == third3->id);
}

TEST_CASE("a default protocol is never changed in place, and saving what is there changes nothing")
{
    Office o;
    REQUIRE(installDefaultProtocols(*o.t));
    const Row general = activeProtocols(*o.t)->front();
    CHECK(protocolUse(*o.t, general.id)->items == 0);
    CHECK(*changeMakesNewVersion(*o.t, general.id));

    const qint64 seq = o.t->localSeq();
    Result<SavedProtocol> same = saveProtocol(*o.t, general.id, *protocolFromStore(*o.t, general.id));
    REQUIRE(same);
    CHECK_FALSE(same->newVersion);
    CHECK(same->id == general.id);
    CHECK(o.t->localSeq() == seq);

    ProtocolFile edited = *protocolFromStore(*o.t, general.id);
    edited.jurisdiction = QStringLiteral("Invented county");
    Result<SavedProtocol> saved = saveProtocol(*o.t, general.id, edited);
    REQUIRE(saved);
    CHECK(saved->newVersion);
    CHECK(saved->version == 2);
}

TEST_CASE("an edit is checked like a protocol file and refused whole, naming the step")
{
    Office o;
    const QUuid id = saveProtocol(*o.t, {}, ownProtocol())->id;
    const QString before = dumpText(*o.t, true);
    struct Case {
        const char* what;
        std::function<void(ProtocolFile&)> change;
        const char* message;
    };
    const std::vector<Case> cases = {
        {"duplicate title", [](ProtocolFile& p) { p.steps[2].title = QStringLiteral("home VISIT"); },
         "step 3 (\"home VISIT\"): the same title as step 2"},
        {"unknown owner role", [](ProtocolFile& p) { p.steps[1].ownerRole = QStringLiteral("janitor"); },
         "step 2 (\"Home visit\"): unknown owner role \"janitor\""},
        {"negative offset", [](ProtocolFile& p) { p.steps[0].dueOffsetMinutes = -60; },
         "step \"Call the survivor\": the due offset is negative"},
        {"empty title", [](ProtocolFile& p) { p.steps[1].title.clear(); }, "step 2: \"title\" is empty"},
        {"no steps", [](ProtocolFile& p) { p.steps.clear(); }, "the protocol has no steps"},
        {"no name", [](ProtocolFile& p) { p.name.clear(); }, "\"name\" is empty"},
        {"too late", [](ProtocolFile& p) { p.steps[0].dueOffsetMinutes = 400 * 1440; }, "more than 366 days"},
    };
    for (const Case& c : cases) {
        INFO(c.what);
        ProtocolFile edited = *protocolFromStore(*o.t, id);
        c.change(edited);
        Result<SavedProtocol> r = saveProtocol(*o.t, id, edited);
        REQUIRE_FALSE(r);
        CHECK(r.error().message.contains(QString::fromUtf8(c.message)));
        CHECK(dumpText(*o.t, true) == before);
    }
}

TEST_CASE("retiring takes a version out of force, reactivating one retires the others")
{
    Office o;
    const QUuid v1 = saveProtocol(*o.t, {}, ownProtocol())->id;
    o.survivorWithChecklist(QStringLiteral("V-2026-0301"));
    ProtocolFile edited = *protocolFromStore(*o.t, v1);
    edited.steps[1].mandatory = true;
    const QUuid v2 = saveProtocol(*o.t, v1, edited)->id;

    CHECK_FALSE(setProtocolStatus(*o.t, v2, QStringLiteral("retired"))); // without a reason
    REQUIRE(setProtocolStatus(*o.t, v2, QStringLiteral("retired"), QStringLiteral("the step is under review")));
    CHECK(activeProtocols(*o.t)->empty());
    const QUuid none = *o.t->insert(QStringLiteral("survivor"), {{QStringLiteral("code"), QStringLiteral("V-2026-0302")}});
    Result<RescueTimeChange> change = setRescueTime(*o.t, none, QDateTime::fromMSecsSinceEpoch(o.clock.now, Qt::UTC));
    REQUIRE(change);
    CHECK(change->noProtocol);

    // Going back to version 1 on purpose.
    REQUIRE(setProtocolStatus(*o.t, v1, QStringLiteral("active")));
    CHECK(status(*o.t, v2) == QStringLiteral("retired"));
    REQUIRE(setProtocolStatus(*o.t, v2, QStringLiteral("active")));
    CHECK(status(*o.t, v1) == QStringLiteral("retired"));
    CHECK(activeProtocols(*o.t)->front().id == v2);

    CHECK_FALSE(setProtocolStatus(*o.t, v2, QStringLiteral("draft")));
}

TEST_CASE("a step stored without a key exports with one made from its title")
{
    Office o;
    const QUuid protocol = *o.t->insert(QStringLiteral("protocol"), {{QStringLiteral("family"), QUuid::createUuid()},
                                                                      {QStringLiteral("name"), QStringLiteral("Old rows")}});
    REQUIRE(o.t->insert(QStringLiteral("protocol_step"), {{QStringLiteral("protocol"), protocol},
                                                          {QStringLiteral("position"), 0},
                                                          {QStringLiteral("title"), QStringLiteral("Safety plan (first)")},
                                                          {QStringLiteral("owner_role"), QStringLiteral("police")}}));
    const ProtocolFile p = *protocolFromStore(*o.t, protocol);
    REQUIRE(p.steps.size() == 1);
    CHECK(p.steps[0].key == QStringLiteral("safety_plan_first"));
    CHECK(parseProtocolFile(writeProtocolFile(p), QStringLiteral("old.json")));
}
