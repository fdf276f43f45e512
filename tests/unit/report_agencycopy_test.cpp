// Per-agency copies (issue 18): a copy of the operation order, or an assignment sheet, made for an
// agency holds its own part and the parts every agency shares; the need-to-know items (entry
// points, hazards, intelligence, code words) only when one of its roles is among the operation's
// need-to-know roles; never another agency's team leads, people, tasks or channels. Read back from
// the files as written (HTML, PDF text, CSV, ODT), and from the audit log.

#include "catchqt.h"
#include "reportfixture.h"
#include "reportread.h"

#include "domain/needtoknow.h"
#include "report/export.h"
#include "store/value.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace tandem;
using namespace tandem::test;
using namespace tandem::report;

namespace {

// What only the need-to-know roles may read, and what belongs to one agency only.
const QString kEntryPoints = QStringLiteral("Loading bay roller door, then the side room");
const QString kTargetHazards = QStringLiteral("Forklifts moving in the yard");
const QString kTargetNotes = QStringLiteral("Informant says the foreman keeps the passports");
const QString kOpHazards = QStringLiteral("One suspect keeps a crossbow");
const QString kCodeWord = QStringLiteral("Stand-down word: TEAPOT");
const QString kPoliceLead = QStringLiteral("Gatewarden"); // the police's team lead
const QString kPoliceChannel = QStringLiteral("TAC-3");
const QString kPoliceTask = QStringLiteral("Entry at the loading bay");
const QString kLogEntry = QStringLiteral("+14 workers found");
const QString kEntryLead = QStringLiteral("Doorwright");
const QString kEntryChannel = QStringLiteral("TAC-9");
const QString kShelterLead = QStringLiteral("Shelterby");
const QString kShelterPoint = QStringLiteral("Gullwing reception room");
const QString kShelterTask = QStringLiteral("Beds ready for fourteen");

// The fixture's Lantern with three more things to keep apart: a shelter (victim services), an
// entry team of another agency, and the need-to-know items filled in.
struct CopyFixture {
    ReportFixture f;
    QUuid shelter;
    QUuid entry;
    QUuid bystander; // an agency of the directory that takes no part in Lantern

    CopyFixture()
    {
        Store& s = *f.t;
        auto add = [&s](const char* entity, const QVariantMap& v) {
            Result<QUuid> id = s.insert(QString::fromLatin1(entity), v);
            REQUIRE(id);
            return *id;
        };
        shelter = add("agency", {{QStringLiteral("name"), QStringLiteral("Gullwing Shelter")},
                                 {QStringLiteral("kind"), QStringLiteral("shelter")}});
        entry = add("agency", {{QStringLiteral("name"), QStringLiteral("Eastfold Entry Unit")},
                               {QStringLiteral("kind"), QStringLiteral("police")}});
        bystander = add("agency", {{QStringLiteral("name"), QStringLiteral("Quiet Harbour Refuge")},
                                   {QStringLiteral("kind"), QStringLiteral("shelter")}});
        add("assignment", {{QStringLiteral("operation"), f.lantern}, {QStringLiteral("agency"), shelter},
                           {QStringLiteral("role"), QStringLiteral("victim_services")},
                           {QStringLiteral("team_lead"), kShelterLead}, {QStringLiteral("headcount"), 4},
                           {QStringLiteral("reporting_location"), kShelterPoint},
                           {QStringLiteral("radio_channel"), QStringLiteral("Care-1")}});
        add("assignment", {{QStringLiteral("operation"), f.lantern}, {QStringLiteral("agency"), entry},
                           {QStringLiteral("role"), QStringLiteral("entry")}, {QStringLiteral("team_lead"), kEntryLead},
                           {QStringLiteral("headcount"), 8}, {QStringLiteral("radio_channel"), kEntryChannel}});
        add("task", {{QStringLiteral("operation"), f.lantern}, {QStringLiteral("phase"), QStringLiteral("preparation")},
                     {QStringLiteral("title"), kShelterTask}, {QStringLiteral("owner_agency"), shelter}});
        Result<std::vector<Row>> police = s.select(QStringLiteral("assignment"), QStringLiteral("operation = ? AND agency = ?"),
                                                   {f.lantern.toRfc4122(), f.police.toRfc4122()});
        REQUIRE(police);
        REQUIRE(police->size() == 1);
        REQUIRE(s.update(QStringLiteral("assignment"), police->front().id, {{QStringLiteral("team_lead"), QStringLiteral("Insp. Gatewarden")}}));
        Result<std::vector<Row>> targets = s.select(QStringLiteral("target"), QStringLiteral("operation = ?"), {f.lantern.toRfc4122()});
        REQUIRE(targets);
        REQUIRE(targets->size() == 1);
        REQUIRE(s.update(QStringLiteral("target"), targets->front().id,
                         {{QStringLiteral("entry_points"), kEntryPoints}, {QStringLiteral("hazards"), kTargetHazards},
                          {QStringLiteral("notes"), kTargetNotes}}));
        REQUIRE(s.update(QStringLiteral("operation"), f.lantern,
                         {{QStringLiteral("risk_hazards"), kOpHazards}, {QStringLiteral("code_words"), kCodeWord}}));
    }

    Options options(const QUuid& agency, Kind kind = Kind::OperationOrder) const
    {
        Options o;
        o.kind = kind;
        o.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
        o.timeZone = QTimeZone::utc();
        o.recipient = Recipient::agency(agency);
        return o;
    }
};

QString written(const Document& d, Format format)
{
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    REQUIRE(write(d, format, out, {}));
    return QString::fromUtf8(out.data());
}

// The text of an ODT's content, its markup taken out.
QString odtText(const Document& d)
{
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    REQUIRE(write(d, Format::Odt, out, {}));
    const QMap<QString, QByteArray> entries = readStoredZip(out.data());
    QString xml = QString::fromUtf8(entries.value(QStringLiteral("content.xml")) + entries.value(QStringLiteral("styles.xml")));
    xml.replace(QRegularExpression(QStringLiteral("<[^>]*>")), QStringLiteral(" "));
    return xml.replace(QStringLiteral("&apos;"), QStringLiteral("'")).replace(QStringLiteral("&amp;"), QStringLiteral("&"));
}

// A text as one line of words: a cell's text may wrap over lines in its column.
QString flat(const QString& text)
{
    return text.simplified();
}

// Whether every word of `phrase` is in `text` (a PDF's columns wrap and interleave lines).
bool hasWords(const QString& text, const QString& phrase)
{
    for (const QString& word : phrase.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!text.contains(word))
            return false;
    }
    return true;
}

const QStringList kNeedToKnow{kEntryPoints, kTargetHazards, kTargetNotes, kOpHazards, kCodeWord, kLogEntry};
// A word of each that appears nowhere else in the fixture: absent, the item is absent however it wraps.
const QStringList kNeedToKnowWords{QStringLiteral("roller"), QStringLiteral("Forklifts"), QStringLiteral("passports"),
                                   QStringLiteral("crossbow"), QStringLiteral("TEAPOT"), QStringLiteral("+14")};

void checkNoNeedToKnow(const QString& text)
{
    for (const QString& secret : kNeedToKnowWords) {
        INFO(secret.toStdString());
        CHECK_FALSE(text.contains(secret));
    }
}

void checkNeedToKnow(const QString& text)
{
    for (const QString& secret : kNeedToKnow) {
        INFO(secret.toStdString());
        CHECK(hasWords(text, secret));
    }
}

QStringList reportAudit(const Store& store)
{
    Result<QSqlQuery> q = store.exec(QStringLiteral("SELECT details FROM audit_log WHERE action = 'report' ORDER BY seq"));
    REQUIRE(q);
    QStringList details;
    while (q->next())
        details << q->value(0).toString();
    return details;
}

} // namespace

TEST_CASE("a shelter's copy of the order holds its own part and none of another agency's leads or the entry points")
{
    CopyFixture c;
    Result<Document> d = buildReport(*c.f.t, c.f.lantern, c.options(c.shelter));
    REQUIRE(d);
    CHECK(d->marking.agencyCopy);
    CHECK_FALSE(d->needToKnow);

    const QString html = written(*d, Format::Html);
    const QString path = c.f.t.file(QStringLiteral("shelter.pdf"));
    REQUIRE(exportDocument(*c.f.t, *d, Format::Pdf, path));
    const QStringList pages = pdfPageTexts(path);
    REQUIRE(!pages.isEmpty());
    const QString pdf = pages.join(QStringLiteral("\n"));
    for (const QString& text : {html, pdf, written(*d, Format::Csv), odtText(*d)}) {
        // Its own part: team lead, people, reporting point, comms, tasks; the shared parts.
        CHECK(text.contains(kShelterLead));
        CHECK(hasWords(text, kShelterPoint));
        CHECK(text.contains(QStringLiteral("Care-1")));
        CHECK(hasWords(text, kShelterTask));
        CHECK(hasWords(text, QStringLiteral("Hot debrief"))); // a task of no agency in particular
        CHECK(hasWords(text, QStringLiteral("Fall back to the depot car park."))); // contingency
        CHECK(hasWords(text, QStringLiteral("7 Mill Lane, Northbridge")));
        // Other agencies by name and role only.
        CHECK(hasWords(text, QStringLiteral("Eastfold Entry Unit")));
        CHECK_FALSE(flat(text).contains(kPoliceLead));
        CHECK_FALSE(flat(text).contains(kEntryLead));
        CHECK_FALSE(flat(text).contains(kPoliceChannel));
        CHECK_FALSE(flat(text).contains(kEntryChannel));
        CHECK_FALSE(text.contains(QStringLiteral("loading"))); // the police's task
        CHECK_FALSE(text.contains(QStringLiteral("Sgt. Example"))); // the police's contact person
        checkNoNeedToKnow(text);
    }
    CHECK(html.contains(QStringLiteral("Copy for: Gullwing Shelter")));
    // Whose copy it is, on every page.
    for (const QString& page : pages)
        CHECK(page.contains(QStringLiteral("Copy for: Gullwing Shelter")));
    // The audit entry names the agency and what its copy held.
    const QStringList audit = reportAudit(*c.f.t);
    REQUIRE(audit.size() == 1);
    CHECK(audit[0].contains(QStringLiteral("for the agency Gullwing Shelter (%1)").arg(value::idText(c.shelter))));
    CHECK(audit[0].contains(QStringLiteral("without the need-to-know items")));
}

TEST_CASE("an entry team's copy holds the entry points, hazards and code words, and still no other agency's lead")
{
    CopyFixture c;
    Result<Document> d = buildReport(*c.f.t, c.f.lantern, c.options(c.entry));
    REQUIRE(d);
    CHECK(d->needToKnow);
    const QString path = c.f.t.file(QStringLiteral("entry.pdf"));
    REQUIRE(exportDocument(*c.f.t, *d, Format::Pdf, path));
    for (const QString& text : {written(*d, Format::Html), pdfText(path)}) {
        checkNeedToKnow(text);
        CHECK(text.contains(kEntryLead));
        CHECK_FALSE(flat(text).contains(kPoliceLead));
        CHECK_FALSE(flat(text).contains(kShelterLead));
        CHECK_FALSE(text.contains(QStringLiteral("fourteen"))); // the shelter's task
        CHECK_FALSE(text.contains(QStringLiteral("loading"))); // the police's task
    }
    CHECK(reportAudit(*c.f.t).value(0).contains(QStringLiteral("with the need-to-know items")));
}

TEST_CASE("the full copy, with nobody named or for an office, holds every agency's part as before")
{
    CopyFixture c;
    for (const Recipient& r : {Recipient{}, Recipient::office(c.f.harbourOffice)}) {
        Options o = c.options({});
        o.recipient = r;
        Result<Document> d = buildReport(*c.f.t, c.f.lantern, o);
        REQUIRE(d);
        CHECK_FALSE(d->marking.agencyCopy);
        const QString html = written(*d, Format::Html);
        for (const QString& text : QStringList{kPoliceLead, kEntryLead, kShelterLead, kPoliceTask, kShelterTask} + kNeedToKnow) {
            INFO(text.toStdString());
            CHECK(html.contains(text));
        }
        CHECK_FALSE(html.contains(QStringLiteral("Copy for:")));
    }
}

TEST_CASE("the operation's need-to-know roles decide which copies hold the need-to-know items")
{
    CopyFixture c;
    REQUIRE(c.f.t->update(QStringLiteral("operation"), c.f.lantern,
                          {{QStringLiteral("need_to_know_roles"), QStringList{QStringLiteral("victim_services")}}}));
    Result<Document> shelter = buildReport(*c.f.t, c.f.lantern, c.options(c.shelter));
    Result<Document> entry = buildReport(*c.f.t, c.f.lantern, c.options(c.entry));
    Result<Document> police = buildReport(*c.f.t, c.f.lantern, c.options(c.f.police));
    REQUIRE(shelter);
    REQUIRE(entry);
    REQUIRE(police);
    const QString shelterHtml = written(*shelter, Format::Html);
    CHECK(shelterHtml.contains(kEntryPoints));
    CHECK(shelterHtml.contains(kCodeWord));
    CHECK_FALSE(shelterHtml.contains(kEntryLead)); // still no other agency's lead
    checkNoNeedToKnow(written(*entry, Format::Html));
    // The lead always needs to know: it wrote the plan.
    CHECK(written(*police, Format::Html).contains(kEntryPoints));
    CHECK(needtoknow::roles(*c.f.t->get(QStringLiteral("operation"), c.f.lantern))
          == QStringList{QStringLiteral("lead"), QStringLiteral("victim_services")});

    // Cleared: the default again (lead, entry, perimeter).
    REQUIRE(c.f.t->update(QStringLiteral("operation"), c.f.lantern, {{QStringLiteral("need_to_know_roles"), QVariant()}}));
    checkNoNeedToKnow(written(*buildReport(*c.f.t, c.f.lantern, c.options(c.shelter)), Format::Html));
    CHECK(written(*buildReport(*c.f.t, c.f.lantern, c.options(c.entry)), Format::Html).contains(kEntryPoints));
}

TEST_CASE("an assignment sheet is one agency's ICS-204 sheet in every format")
{
    CopyFixture c;
    Result<Document> d = buildReport(*c.f.t, c.f.lantern, c.options(c.shelter, Kind::AssignmentSheet));
    REQUIRE(d);
    CHECK(d->kind == Kind::AssignmentSheet);
    CHECK(d->documentType == QStringLiteral("Assignment sheet (ICS-204)"));
    const QString path = c.f.t.file(QStringLiteral("sheet.pdf"));
    REQUIRE(exportDocument(*c.f.t, *d, Format::Pdf, path));
    for (const QString& text : {written(*d, Format::Html), pdfText(path), written(*d, Format::Csv), odtText(*d)}) {
        for (const QString& own : {kShelterLead, kShelterPoint, QStringLiteral("Care-1"), kShelterTask,
                                   QStringLiteral("Fall back to the depot car park."), QStringLiteral("Copy for")}) {
            INFO(own.toStdString());
            CHECK(hasWords(text, own));
        }
        for (const QString& other : {kPoliceLead, kEntryLead, kPoliceChannel, kPoliceTask, QStringLiteral("Hot debrief"),
                                     QStringLiteral("Eastfold Entry Unit")}) {
            INFO(other.toStdString());
            CHECK_FALSE(flat(text).contains(other));
        }
        checkNoNeedToKnow(text);
    }
    // The entry team's sheet carries the need-to-know items.
    Result<Document> entry = buildReport(*c.f.t, c.f.lantern, c.options(c.entry, Kind::AssignmentSheet));
    REQUIRE(entry);
    const QString html = written(*entry, Format::Html);
    for (const QString& secret : {kEntryPoints, kTargetHazards, kTargetNotes, kOpHazards, kCodeWord})
        CHECK(html.contains(secret));
    CHECK(html.contains(kEntryLead));
    CHECK_FALSE(html.contains(kShelterLead));
}

TEST_CASE("agency copies are refused for an agency that takes no part, and an assignment sheet needs an agency")
{
    CopyFixture c;
    for (const Kind kind : {Kind::OperationOrder, Kind::AssignmentSheet}) {
        Result<Document> d = buildReport(*c.f.t, c.f.lantern, c.options(c.bystander, kind));
        REQUIRE_FALSE(d);
        CHECK(d.error().message == QStringLiteral("Quiet Harbour Refuge has no assignment in Lantern"));
    }
    for (const Recipient& r : {Recipient{}, Recipient::office(c.f.harbourOffice)}) {
        Options o = c.options({}, Kind::AssignmentSheet);
        o.recipient = r;
        Result<Document> d = buildReport(*c.f.t, c.f.lantern, o);
        REQUIRE_FALSE(d);
        CHECK(d.error().message.contains(QStringLiteral("one agency's")));
    }
    // The after-action review may still go to an agency that took no part (a prosecutor's office).
    CHECK(buildReport(*c.f.t, c.f.lantern, c.options(c.bystander, Kind::AfterAction)));
    // A deleted agency's assignment does not make it take part.
    REQUIRE(c.f.t->remove(QStringLiteral("agency"), c.entry));
    CHECK_FALSE(buildReport(*c.f.t, c.f.lantern, c.options(c.entry)));
}

TEST_CASE("an agency is found by its id or its name, and an unknown or shared name is refused")
{
    CopyFixture c;
    Store& s = *c.f.t;
    CHECK(*needtoknow::findAgency(s, value::idText(c.shelter)) == c.shelter);
    CHECK(*needtoknow::findAgency(s, QStringLiteral("  gullwing SHELTER ")) == c.shelter);
    Result<QUuid> unknown = needtoknow::findAgency(s, QStringLiteral("Nowhere Shelter"));
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().message == QStringLiteral("no agency of this database's directory is named \"Nowhere Shelter\""));
    REQUIRE(s.insert(QStringLiteral("agency"), {{QStringLiteral("name"), QStringLiteral("Gullwing Shelter")},
                                                {QStringLiteral("kind"), QStringLiteral("shelter")}}));
    Result<QUuid> shared = needtoknow::findAgency(s, QStringLiteral("Gullwing Shelter"));
    REQUIRE_FALSE(shared);
    CHECK(shared.error().message.contains(QStringLiteral("2 agencies are named")));
}

TEST_CASE("a version-4 file migrates to version 5: operations get code words and need-to-know roles, unset")
{
    TempStore t;
    Result<QUuid> op = t->insert(QStringLiteral("operation"), {{QStringLiteral("code_name"), QStringLiteral("Wren")},
                                                               {QStringLiteral("comms_plan"), QStringLiteral("TAC-1")}});
    REQUIRE(op);
    REQUIRE(dropColumnsSince(*t, 4));
    t.reopen();
    CHECK(t->schemaVersion() == Store::currentSchemaVersion());
    Result<Row> row = t->get(QStringLiteral("operation"), *op);
    REQUIRE(row);
    CHECK(row->text(QStringLiteral("comms_plan")) == QStringLiteral("TAC-1"));
    CHECK(row->isNull(QStringLiteral("code_words")));
    CHECK(row->isNull(QStringLiteral("need_to_know_roles")));
    // Unset: the default roles.
    CHECK(needtoknow::roles(*row) == needtoknow::defaultRoles());
    REQUIRE(t->update(QStringLiteral("operation"), *op,
                      {{QStringLiteral("code_words"), QStringLiteral("WREN-STOP")},
                       {QStringLiteral("need_to_know_roles"), QStringLiteral("lead, medical")}}));
    row = t->get(QStringLiteral("operation"), *op);
    CHECK(row->text(QStringLiteral("code_words")) == QStringLiteral("WREN-STOP"));
    CHECK(needtoknow::roles(*row) == QStringList{QStringLiteral("lead"), QStringLiteral("medical")});
    // A role that is not an assignment role is refused.
    CHECK_FALSE(t->update(QStringLiteral("operation"), *op, {{QStringLiteral("need_to_know_roles"), QStringLiteral("lead, janitor")}}));
    // A new operation gets the default written.
    Result<QUuid> fresh = t->insert(QStringLiteral("operation"), {{QStringLiteral("code_name"), QStringLiteral("Finch")}});
    REQUIRE(fresh);
    CHECK(t->get(QStringLiteral("operation"), *fresh)->value(QStringLiteral("need_to_know_roles")).toStringList()
          == needtoknow::defaultRoles());
}
