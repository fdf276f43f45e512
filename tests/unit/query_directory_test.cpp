// The directory's reads for the window (core/query/directory.h): agencies and offices to choose,
// the recipients of a consent and of a report, this office's name, an agency's operations and its
// open action items. Deleted rows never come back; the order is the one each chooser shows.

#include "catchqt.h"
#include "querysample.h"

#include "query/directory.h"

using namespace tandem;
using namespace tandem::test;

namespace {

template <typename Row>
QStringList names(const std::vector<Row>& rows)
{
    QStringList out;
    for (const Row& r : rows)
        out << r.name;
    return out;
}

} // namespace

TEST_CASE("agencies to choose: live ones only, by name as stored or ignoring case")
{
    TempStore t;
    const QUuid bravo = addAgency(*t, QStringLiteral("bravo Outreach"));
    addAgency(*t, QStringLiteral("Alder Police"));
    addAgency(*t, QStringLiteral("Cedar Labour Inspectorate"));
    const QUuid gone = addAgency(*t, QStringLiteral("Aardvark Deleted"));
    REQUIRE(t->remove(QStringLiteral("agency"), gone));

    Result<std::vector<query::NamedRow>> stored = query::agencies(*t, query::NameOrder::Stored);
    REQUIRE(stored);
    CHECK(names(*stored)
          == QStringList{QStringLiteral("Alder Police"), QStringLiteral("Cedar Labour Inspectorate"), QStringLiteral("bravo Outreach")});
    CHECK(stored->back().id == bravo);

    Result<std::vector<query::NamedRow>> folded = query::agencies(*t, query::NameOrder::IgnoringCase);
    REQUIRE(folded);
    CHECK(names(*folded)
          == QStringList{QStringLiteral("Alder Police"), QStringLiteral("bravo Outreach"), QStringLiteral("Cedar Labour Inspectorate")});
}

TEST_CASE("recipients: a consent may name any office, a report only a partner office, each in its group")
{
    TempStore t(QStringLiteral("Home Office"));
    const QUuid police = addAgency(*t, QStringLiteral("harbour Police"));
    addAgency(*t, QStringLiteral("Zephyr Advocacy"));
    REQUIRE(t->remove(QStringLiteral("agency"), addAgency(*t, QStringLiteral("Deleted Agency"))));
    const QUuid partner = add(*t, "office", {{QStringLiteral("name"), QStringLiteral("Aster Office")}});
    REQUIRE(t->remove(QStringLiteral("office"), add(*t, "office", {{QStringLiteral("name"), QStringLiteral("Gone Office")}})));

    Result<std::vector<query::RecipientRow>> consent = query::consentRecipients(*t);
    REQUIRE(consent);
    // Agencies first, then offices (this one included), each by name ignoring case.
    CHECK(names(*consent)
          == QStringList{QStringLiteral("harbour Police"), QStringLiteral("Zephyr Advocacy"), QStringLiteral("Aster Office"),
                         QStringLiteral("Home Office")});
    CHECK((*consent)[0].kind == query::RecipientRow::Kind::Agency);
    CHECK((*consent)[0].id == police);
    CHECK((*consent)[2].kind == query::RecipientRow::Kind::Office);
    CHECK((*consent)[3].id == t->officeId());

    Result<std::vector<query::RecipientRow>> report = query::reportRecipients(*t);
    REQUIRE(report);
    // Partner offices first (never this one), then the agencies.
    CHECK(names(*report)
          == QStringList{QStringLiteral("Aster Office"), QStringLiteral("harbour Police"), QStringLiteral("Zephyr Advocacy")});
    CHECK((*report)[0].kind == query::RecipientRow::Kind::Office);
    CHECK((*report)[0].id == partner);
    CHECK((*report)[1].kind == query::RecipientRow::Kind::Agency);
}

TEST_CASE("this office's name")
{
    TempStore t(QStringLiteral("Northfield Task Force"));
    Result<QString> name = query::officeName(*t);
    REQUIRE(name);
    CHECK(*name == QStringLiteral("Northfield Task Force"));
}

TEST_CASE("an agency's operations: as lead or assigned, each once, live ones only")
{
    TempStore t;
    const QUuid police = addAgency(*t, QStringLiteral("Alder Police"));
    const QUuid other = addAgency(*t, QStringLiteral("Birch Outreach"));
    const auto operation = [&](const char* name, const QUuid& lead) {
        QVariantMap values{{QStringLiteral("code_name"), QString::fromLatin1(name)}};
        if (!lead.isNull())
            values.insert(QStringLiteral("lead_agency"), lead);
        return add(*t, "operation", values);
    };
    const QUuid led = operation("Operation Lantern", police);
    add(*t, "assignment", {{QStringLiteral("operation"), led}, {QStringLiteral("agency"), police}, {QStringLiteral("role"), QStringLiteral("lead")}});
    const QUuid assigned = operation("Operation Kestrel", other);
    add(*t, "assignment", {{QStringLiteral("operation"), assigned}, {QStringLiteral("agency"), police}, {QStringLiteral("role"), QStringLiteral("perimeter")}});
    const QUuid deleted = operation("Operation Gone", police);
    REQUIRE(t->remove(QStringLiteral("operation"), deleted));
    const QUuid unassigned = operation("Operation Heron", QUuid());
    const QUuid removedAssignment = add(*t, "assignment", {{QStringLiteral("operation"), unassigned}, {QStringLiteral("agency"), police},
                                                          {QStringLiteral("role"), QStringLiteral("perimeter")}});
    REQUIRE(t->remove(QStringLiteral("assignment"), removedAssignment));

    Result<qint64> n = query::agencyOperationCount(*t, police);
    REQUIRE(n);
    CHECK(*n == 2);
    CHECK(*query::agencyOperationCount(*t, other) == 1);
}

TEST_CASE("an agency's open action items: undone and live, by due time (none last), then title, up to the limit")
{
    TempStore t;
    const QUuid police = addAgency(*t, QStringLiteral("Alder Police"));
    const QUuid other = addAgency(*t, QStringLiteral("Birch Outreach"));
    const QUuid op = add(*t, "operation", {{QStringLiteral("code_name"), QStringLiteral("Operation Lantern")}});
    const QUuid meeting = add(*t, "meeting", {{QStringLiteral("kind"), QStringLiteral("coordination")},
                                              {QStringLiteral("title"), QStringLiteral("June coordination")},
                                              {QStringLiteral("starts_at"), QStringLiteral("2026-06-01T08:00:00Z")}});
    const auto item = [&](const char* title, const QVariant& due, const QVariantMap& more = {}) {
        QVariantMap values = more;
        values.insert(QStringLiteral("title"), QString::fromLatin1(title));
        values.insert(QStringLiteral("owner_agency"), police);
        if (due.isValid())
            values.insert(QStringLiteral("due_at"), due);
        return add(*t, "action_item", values);
    };
    item("Send the list", QStringLiteral("2026-06-10T09:00:00Z"), {{QStringLiteral("meeting"), meeting}});
    item("Book the room", QStringLiteral("2026-06-03T09:00:00Z"), {{QStringLiteral("operation"), op}});
    item("Agree the phrasebook", QVariant());
    item("Already done", QStringLiteral("2026-06-02T09:00:00Z"), {{QStringLiteral("done_at"), QStringLiteral("2026-06-02T10:00:00Z")}});
    REQUIRE(t->remove(QStringLiteral("action_item"), item("Deleted one", QStringLiteral("2026-06-01T09:00:00Z"))));
    add(*t, "action_item", {{QStringLiteral("title"), QStringLiteral("Someone else's")}, {QStringLiteral("owner_agency"), other}});

    Result<std::vector<query::OpenActionItem>> items = query::openActionItems(*t, police, 200);
    REQUIRE(items);
    REQUIRE(items->size() == 3);
    CHECK((*items)[0].title == QStringLiteral("Book the room"));
    CHECK((*items)[0].operation == QStringLiteral("Operation Lantern"));
    CHECK((*items)[0].meeting.isEmpty());
    CHECK((*items)[0].due == QDateTime(QDate(2026, 6, 3), QTime(9, 0), Qt::UTC));
    CHECK((*items)[1].title == QStringLiteral("Send the list"));
    CHECK((*items)[1].meeting == QStringLiteral("June coordination"));
    CHECK((*items)[2].title == QStringLiteral("Agree the phrasebook"));
    CHECK(!(*items)[2].due.isValid());

    // A deleted operation is not named.
    REQUIRE(t->remove(QStringLiteral("operation"), op));
    CHECK(query::openActionItems(*t, police, 200)->front().operation.isEmpty());

    Result<std::vector<query::OpenActionItem>> first = query::openActionItems(*t, police, 2);
    REQUIRE(first);
    CHECK(first->size() == 2);
}
