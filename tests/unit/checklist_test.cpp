// A survivor's checklist: which steps apply, when each is due, and that it is made only once.

#include "catchqt.h"
#include "testsupport.h"

#include "domain/checklist.h"
#include "domain/protocols.h"

#include <QSqlQuery>
#include <QTimeZone>

using namespace tandem;
using namespace tandem::test;

namespace {

QUuid addSurvivor(Store& s, const QString& code, const QString& t0, bool minor = false,
                  bool foreign = false, bool sexualViolence = false)
{
    QVariantMap values{{QStringLiteral("code"), code},
                       {QStringLiteral("minor"), minor},
                       {QStringLiteral("foreign_national"), foreign},
                       {QStringLiteral("sexual_violence"), sexualViolence}};
    if (!t0.isEmpty())
        values.insert(QStringLiteral("recovered_at"), t0);
    Result<QUuid> id = s.insert(QStringLiteral("survivor"), values);
    REQUIRE(id);
    return *id;
}

// How many steps of the defaults apply to each group.
std::map<QString, int> stepsPerGroup()
{
    std::map<QString, int> n;
    Result<std::vector<ProtocolFile>> defaults = defaultProtocols();
    REQUIRE(defaults);
    for (const ProtocolFile& p : *defaults) {
        for (const ProtocolStepSpec& s : p.steps)
            ++n[s.appliesTo];
    }
    return n;
}

std::map<QString, const ChecklistEntry*> byTitle(const std::vector<ChecklistEntry>& items)
{
    std::map<QString, const ChecklistEntry*> m;
    for (const ChecklistEntry& e : items)
        m[e.step.title] = &e;
    return m;
}

} // namespace

TEST_CASE("a checklist has the steps that apply to the survivor and no others")
{
    TempStore t;
    REQUIRE(installDefaultProtocols(*t));
    std::map<QString, int> n = stepsPerGroup();
    REQUIRE(n[QStringLiteral("all")] > 0);
    REQUIRE(n[QStringLiteral("minors")] > 0);
    REQUIRE(n[QStringLiteral("foreign_nationals")] > 0);
    REQUIRE(n[QStringLiteral("sexual_violence")] > 0);
    const QString t0 = QStringLiteral("2026-04-10T05:40:00Z");

    struct Case {
        bool minor, foreign, sexualViolence;
    };
    int number = 0;
    for (const Case c : {Case{false, false, false}, Case{true, false, false}, Case{false, true, false},
                         Case{false, false, true}, Case{true, true, true}}) {
        const QUuid survivor = addSurvivor(*t, QStringLiteral("V-2026-%1").arg(++number, 4, 10, QLatin1Char('0')), t0,
                                           c.minor, c.foreign, c.sexualViolence);
        Result<std::vector<ChecklistEntry>> items = createChecklist(*t, survivor);
        REQUIRE(items);
        const int expected = n[QStringLiteral("all")] + (c.minor ? n[QStringLiteral("minors")] : 0)
                             + (c.foreign ? n[QStringLiteral("foreign_nationals")] : 0)
                             + (c.sexualViolence ? n[QStringLiteral("sexual_violence")] : 0);
        CHECK(int(items->size()) == expected);
        for (const ChecklistEntry& e : *items) {
            CHECK(stepApplies(e.step.appliesTo, c.minor, c.foreign, c.sexualViolence));
            Result<Row> row = t->get(QStringLiteral("checklist_item"), e.item);
            REQUIRE(row);
            CHECK(row->value(QStringLiteral("survivor")).toUuid() == survivor);
            CHECK(row->value(QStringLiteral("step")).toUuid() == e.step.id);
            CHECK(row->text(QStringLiteral("state")) == QStringLiteral("open"));
        }
    }
    CHECK_FALSE(stepApplies(QStringLiteral("minors"), false, true, true));
    CHECK(stepApplies(QStringLiteral("all"), false, false, false));
}

TEST_CASE("steps are due at T0 plus their offset, steps before the first interview have no due time")
{
    TempStore t;
    REQUIRE(installDefaultProtocols(*t));
    const QDateTime t0(QDate(2026, 4, 10), QTime(5, 40), Qt::UTC);
    const QUuid survivor = addSurvivor(*t, QStringLiteral("V-2026-0001"), QStringLiteral("2026-04-10T07:40:00+02:00"),
                                       false, false, true);
    Result<std::vector<ChecklistEntry>> items = createChecklist(*t, survivor);
    REQUIRE(items);
    const auto m = byTitle(*items);
    REQUIRE(m.count(QStringLiteral("Advocate meets the survivor in person")));
    CHECK(m.at(QStringLiteral("Advocate meets the survivor in person"))->dueAt == t0.addSecs(3600));
    CHECK(m.at(QStringLiteral("HIV post-exposure prophylaxis offered within 72 hours"))->dueAt == t0.addSecs(72 * 3600));
    CHECK(m.at(QStringLiteral("Longer-term housing arranged"))->dueAt == t0.addSecs(30 * 86400));
    const ChecklistEntry* interpreter = m.at(QStringLiteral("Interpreter arranged before any interview"));
    CHECK_FALSE(interpreter->dueAt.isValid());
    Result<Row> row = t->get(QStringLiteral("checklist_item"), interpreter->item);
    REQUIRE(row);
    CHECK(row->isNull(QStringLiteral("due_at")));
    for (const ChecklistEntry& e : *items) {
        Result<Row> r = t->get(QStringLiteral("checklist_item"), e.item);
        REQUIRE(r);
        CHECK(r->value(QStringLiteral("due_at")).toDateTime() == e.dueAt);
    }
}

TEST_CASE("a daylight-saving change between T0 and the due time does not move the due instant")
{
    TempStore t;
    REQUIRE(installDefaultProtocols(*t));
    // Half an hour before clocks in Central Europe go forward (2026-03-29, 02:00 CET -> 03:00 CEST).
    const QTimeZone berlin("Europe/Berlin");
    REQUIRE(berlin.isValid());
    const QDateTime t0(QDate(2026, 3, 29), QTime(1, 30), berlin);
    REQUIRE(t0.toUTC() == QDateTime(QDate(2026, 3, 29), QTime(0, 30), Qt::UTC));
    const QUuid survivor = addSurvivor(*t, QStringLiteral("V-2026-0002"), QStringLiteral("2026-03-29T01:30:00+01:00"));
    Result<std::vector<ChecklistEntry>> items = createChecklist(*t, survivor);
    REQUIRE(items);
    const auto m = byTitle(*items);
    for (const ChecklistEntry& e : *items) {
        if (e.step.dueAnchor != QLatin1String("t0"))
            continue;
        INFO(e.step.title.toStdString());
        CHECK(e.dueAt.toSecsSinceEpoch() - t0.toSecsSinceEpoch() == qint64(e.step.dueOffsetMinutes) * 60);
    }
    // An hour after T0 is 03:30 on Berlin's clocks, two wall-clock hours later: the instant
    // counts, not the clock face.
    const QDateTime advocate = m.at(QStringLiteral("Advocate meets the survivor in person"))->dueAt;
    CHECK(advocate.toTimeZone(berlin).time() == QTime(3, 30));
    // Thirty days later is 02:30 CEST on Berlin's clocks (not 01:30): exactly 30 × 86,400 s.
    const QDateTime housing = m.at(QStringLiteral("Longer-term housing arranged"))->dueAt;
    CHECK(housing.toSecsSinceEpoch() == t0.toSecsSinceEpoch() + 30 * 86400);
    CHECK(housing.toTimeZone(berlin).time() == QTime(2, 30));
}

TEST_CASE("a checklist is refused without T0, without protocols, or when it already exists")
{
    TempStore t;
    const QUuid early = addSurvivor(*t, QStringLiteral("V-2026-0003"), QStringLiteral("2026-05-01T06:00:00Z"));
    Result<std::vector<ChecklistEntry>> none = createChecklist(*t, early);
    REQUIRE_FALSE(none);
    CHECK(none.error().message.contains(QStringLiteral("no active protocol")));

    REQUIRE(installDefaultProtocols(*t));
    const QUuid noT0 = addSurvivor(*t, QStringLiteral("V-2026-0004"), {});
    Result<std::vector<ChecklistEntry>> missing = createChecklist(*t, noT0);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().context == QStringLiteral("survivor V-2026-0004"));
    CHECK(missing.error().message.contains(QStringLiteral("T0")));

    REQUIRE(createChecklist(*t, early));
    const QString before = dumpText(*t, true);
    Result<std::vector<ChecklistEntry>> twice = createChecklist(*t, early);
    REQUIRE_FALSE(twice);
    CHECK(twice.error().message.contains(QStringLiteral("already has a checklist")));
    CHECK(dumpText(*t, true) == before);
}

TEST_CASE("checklist items take their ids from the given source")
{
    TempStore t;
    REQUIRE(installDefaultProtocols(*t));
    const QUuid survivor = addSurvivor(*t, QStringLiteral("V-2026-0005"), QStringLiteral("2026-05-01T06:00:00Z"));
    quint64 n = 0;
    Result<std::vector<ChecklistEntry>> items =
        createChecklist(*t, survivor, [&n] { return QUuid::fromString(QStringLiteral("019bbef3-b000-7000-8000-%1").arg(++n, 12, 10, QLatin1Char('0'))); });
    REQUIRE(items);
    CHECK(items->front().item == QUuid::fromString(QStringLiteral("019bbef3-b000-7000-8000-000000000001")));
    CHECK(items->back().item.toString(QUuid::WithoutBraces).endsWith(QStringLiteral("%1").arg(items->size(), 12, 10, QLatin1Char('0'))));
}

TEST_CASE("open mandatory steps of an operation's survivors are listed, overdue first")
{
    TempStore t;
    REQUIRE(installDefaultProtocols(*t));
    Result<QUuid> op = t->insert(QStringLiteral("operation"), {{QStringLiteral("code_name"), QStringLiteral("Lantern")}});
    REQUIRE(op);
    const QUuid s = addSurvivor(*t, QStringLiteral("V-2026-0007"), QStringLiteral("2026-03-01T05:00:00Z"));
    REQUIRE(t->update(QStringLiteral("survivor"), s, {{QStringLiteral("operation"), *op}}));
    Result<std::vector<ChecklistEntry>> items = createChecklist(*t, s);
    REQUIRE(items);

    Result<std::vector<OpenMandatoryStep>> open = openMandatorySteps(*t, *op);
    REQUIRE(open);
    const auto mandatory = std::count_if(items->begin(), items->end(), [](const ChecklistEntry& e) { return e.step.mandatory; });
    REQUIRE(mandatory > 1);
    CHECK(qsizetype(open->size()) == mandatory);
    CHECK(open->front().survivorCode == QStringLiteral("V-2026-0007"));
    CHECK(open->front().dueAt.isValid());

    // Done, not applicable and declined all count as settled.
    const std::vector<QString> settled{QStringLiteral("done"), QStringLiteral("not_applicable"), QStringLiteral("declined")};
    size_t k = 0;
    for (const ChecklistEntry& e : *items) {
        if (e.step.mandatory) {
            const QString state = settled[k++ % settled.size()];
            QVariantMap values{{QStringLiteral("state"), state}};
            if (state != QLatin1String("done"))
                values.insert(QStringLiteral("reason"), QStringLiteral("agreed with the survivor"));
            REQUIRE(t->update(QStringLiteral("checklist_item"), e.item, values));
        }
    }
    CHECK(openMandatorySteps(*t, *op)->empty());
}

TEST_CASE("a checklist made with steps already taken writes each item once, under the item's rules")
{
    TempStore t;
    REQUIRE(installDefaultProtocols(*t));
    Result<ChecklistTemplate> steps = loadChecklistTemplate(*t);
    REQUIRE(steps);
    const QUuid survivor = addSurvivor(*t, QStringLiteral("V-2026-0001"), QStringLiteral("2026-04-10T05:40:00Z"));
    SECTION("the settled values are what is written, the survivor and step are the checklist's")
    {
        int asked = 0;
        Result<std::vector<ChecklistEntry>> items = createChecklist(
            *t, survivor, *steps, {}, [&asked, &survivor](const ChecklistEntry& e) -> QVariantMap {
                ++asked;
                if (!e.dueAt.isValid())
                    return {};
                return {{QStringLiteral("state"), QStringLiteral("done")},
                        {QStringLiteral("done_at"), e.dueAt},
                        // Not the checklist's to change.
                        {QStringLiteral("survivor"), QUuid::createUuid()}};
            });
        REQUIRE(items);
        CHECK(asked == int(items->size()));
        for (const ChecklistEntry& e : *items) {
            Result<Row> row = t->get(QStringLiteral("checklist_item"), e.item);
            REQUIRE(row);
            CHECK(row->value(QStringLiteral("survivor")).toUuid() == survivor);
            CHECK(row->text(QStringLiteral("state")) == (e.dueAt.isValid() ? QStringLiteral("done") : QStringLiteral("open")));
        }
    }
    SECTION("an item the rules refuse leaves no checklist")
    {
        // Declining needs a reason (the store's rule): the fourth item has none.
        int n = 0;
        Result<std::vector<ChecklistEntry>> items = createChecklist(*t, survivor, *steps, {}, [&n](const ChecklistEntry&) {
            return ++n == 4 ? QVariantMap{{QStringLiteral("state"), QStringLiteral("declined")}} : QVariantMap{};
        });
        REQUIRE_FALSE(items);
        INFO(items.error().text().toStdString());
        CHECK(items.error().message.contains(QStringLiteral("reason")));
        Result<QSqlQuery> q = t->exec(QStringLiteral("SELECT count(*) FROM checklist_item"));
        REQUIRE(q);
        REQUIRE(q->next());
        CHECK(q->value(0).toLongLong() == 0);
    }
}
