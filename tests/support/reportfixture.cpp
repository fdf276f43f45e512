#include "reportfixture.h"

#include "domain/consent.h"
#include "domain/protocols.h"
#include "domain/survivors.h"
#include "domain/tick.h"

#include <stdexcept>

namespace tandem::test {
namespace {

template <typename T>
T must(Result<T> r, const char* what)
{
    if (!r)
        throw std::runtime_error(std::string(what) + ": " + r.error().message.toStdString());
    return std::move(*r);
}

void must(Result<void> r, const char* what)
{
    if (!r)
        throw std::runtime_error(std::string(what) + ": " + r.error().message.toStdString());
}

} // namespace

QDateTime ReportFixture::utc(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

// The figures, by hand (period April and May 2026, judged at 2026-05-20 12:00):
// - operations: April 1 completed (labour), May 1 planned (sexual exploitation); the draft has no start.
// - survivors: April 1 adult, 1 minor.
// - steps (protocol "Fixture protocol": Safety +1 h police, Medical +2 h medical, Advocate +30 h
//   ngo_advocate): Safety done at +30 min and +90 min: median 1.0 h, 90th percentile
//   0.5 + 0.9 × 1.0 = 1.4 h, 50 % within target; Advocate done at +20 h for survivor 1 only.
//   Overdue now: Medical ×2 (medical), Advocate of survivor 2 (ngo_advocate); done late: Safety
//   of survivor 2 (police). The answerable agency (Lantern's victim services): Harbour Outreach
//   Services, 3 overdue and 1 late.
// - participation: Northbridge Police 2 operations, 2 assignments, 1 acknowledged, 18 people;
//   Harbour Outreach Services 1, 1, 0, 3.
// - tips: April "Dockside" ×2 (debt_bondage ×2, documents_withheld ×1; 1 credible, 1 linked),
//   May without a place (isolation); one in March, outside the period.
ReportFixture::ReportFixture() : t(QStringLiteral("Northbridge Task Force"))
{
    clock.now = now().toMSecsSinceEpoch();
    t->setWallClock(clock.fn());
    Store& s = *t;
    ProtocolFile p;
    p.name = QStringLiteral("Fixture protocol");
    auto step = [](const char* key, const char* title, const char* role, int minutes, bool mandatory) {
        ProtocolStepSpec st;
        st.key = QString::fromLatin1(key);
        st.title = QString::fromLatin1(title);
        st.ownerRole = QString::fromLatin1(role);
        st.dueOffsetMinutes = minutes;
        st.mandatory = mandatory;
        return st;
    };
    p.steps = {step("safety", "Safety", "police", 60, true), step("medical", "Medical", "medical", 120, false),
               step("advocate", "Advocate", "ngo_advocate", 30 * 60, true)};
    must(importProtocol(s, p), "protocol");

    auto insert = [&s](const char* entity, const QVariantMap& values) {
        return must(s.insert(QString::fromLatin1(entity), values), entity);
    };
    harbourOffice = insert("office", {{QStringLiteral("name"), QStringLiteral("Harbour Outreach")}});
    prosecutorOffice = insert("office", {{QStringLiteral("name"), QStringLiteral("Eastfold Prosecutors")}});
    police = insert("agency", {{QStringLiteral("name"), QStringLiteral("Northbridge Police")},
                               {QStringLiteral("kind"), QStringLiteral("police")},
                               {QStringLiteral("contact_person"), QStringLiteral("Sgt. Example")}});
    outreach = insert("agency", {{QStringLiteral("name"), QStringLiteral("Harbour Outreach Services")},
                                 {QStringLiteral("kind"), QStringLiteral("ngo_victim_services")}});
    lantern = insert("operation",
                     {{QStringLiteral("code_name"), QStringLiteral("Lantern")},
                      {QStringLiteral("status"), QStringLiteral("completed")},
                      {QStringLiteral("trafficking_type"), QStringLiteral("labour_exploitation")},
                      {QStringLiteral("lead_agency"), police},
                      {QStringLiteral("starts_at"), utc(2026, 4, 10, 6)},
                      {QStringLiteral("ends_at"), utc(2026, 4, 10, 14)},
                      {QStringLiteral("objectives"), QStringLiteral("Secure the packing plant and assist workers.")},
                      {QStringLiteral("risk_level"), QStringLiteral("high")},
                      {QStringLiteral("contingency_plan"), QStringLiteral("Fall back to the depot car park.")},
                      {QStringLiteral("prepared_by"), QStringLiteral("Insp. Example")},
                      {QStringLiteral("approved_by"), QStringLiteral("Supt. Sample")}});
    kestrel = insert("operation", {{QStringLiteral("code_name"), QStringLiteral("Kestrel")},
                                   {QStringLiteral("status"), QStringLiteral("planned")},
                                   {QStringLiteral("trafficking_type"), QStringLiteral("sexual_exploitation")},
                                   {QStringLiteral("lead_agency"), police},
                                   {QStringLiteral("starts_at"), utc(2026, 5, 2, 5)}});
    insert("operation", {{QStringLiteral("code_name"), QStringLiteral("Sketch")}});

    insert("target", {{QStringLiteral("operation"), lantern},
                      {QStringLiteral("label"), QStringLiteral("Packing plant")},
                      {QStringLiteral("address"), QStringLiteral("7 Mill Lane, Northbridge")},
                      {QStringLiteral("occupants_expected"), 14}});
    insert("assignment", {{QStringLiteral("operation"), lantern}, {QStringLiteral("agency"), police},
                          {QStringLiteral("role"), QStringLiteral("lead")}, {QStringLiteral("headcount"), 12},
                          {QStringLiteral("team_lead"), QStringLiteral("Insp. Example")},
                          {QStringLiteral("reporting_location"), QStringLiteral("Depot car park")},
                          {QStringLiteral("reporting_at"), utc(2026, 4, 10, 5)},
                          {QStringLiteral("radio_channel"), QStringLiteral("TAC-3")},
                          {QStringLiteral("acknowledged"), true}});
    insert("assignment", {{QStringLiteral("operation"), lantern}, {QStringLiteral("agency"), outreach},
                          {QStringLiteral("role"), QStringLiteral("victim_services")},
                          {QStringLiteral("headcount"), 3}});
    insert("assignment", {{QStringLiteral("operation"), kestrel}, {QStringLiteral("agency"), police},
                          {QStringLiteral("role"), QStringLiteral("entry")}, {QStringLiteral("headcount"), 6}});
    insert("task", {{QStringLiteral("operation"), lantern}, {QStringLiteral("phase"), QStringLiteral("execution")},
                    {QStringLiteral("title"), QStringLiteral("Entry at the loading bay")},
                    {QStringLiteral("owner_agency"), police},
                    {QStringLiteral("due_at"), utc(2026, 4, 10, 6)},
                    {QStringLiteral("done_at"), utc(2026, 4, 10, 6, 20)}});
    insert("task", {{QStringLiteral("operation"), lantern}, {QStringLiteral("phase"), QStringLiteral("debrief")},
                    {QStringLiteral("title"), QStringLiteral("Hot debrief")},
                    {QStringLiteral("due_at"), utc(2026, 4, 10, 16)}});
    // Log entries that a spreadsheet would take for formulas.
    insert("note", {{QStringLiteral("operation"), lantern}, {QStringLiteral("at"), utc(2026, 4, 10, 6, 5)},
                    {QStringLiteral("author"), QStringLiteral("Control")},
                    {QStringLiteral("text"), QStringLiteral("=HYPERLINK(\"http://example.invalid\",\"x\")")}});
    insert("note", {{QStringLiteral("operation"), lantern}, {QStringLiteral("at"), utc(2026, 4, 10, 6, 30)},
                    {QStringLiteral("author"), QStringLiteral("Control")},
                    {QStringLiteral("text"), QStringLiteral("+14 workers found, 2 need a doctor")}});
    insert("note", {{QStringLiteral("operation"), lantern}, {QStringLiteral("at"), utc(2026, 4, 11, 9)},
                    {QStringLiteral("kind"), QStringLiteral("lesson")},
                    {QStringLiteral("text"), QStringLiteral("-2 interpreters short: book three next time")}});
    insert("note", {{QStringLiteral("operation"), lantern}, {QStringLiteral("at"), utc(2026, 4, 11, 9, 30)},
                    {QStringLiteral("kind"), QStringLiteral("lesson")},
                    {QStringLiteral("text"), QStringLiteral("@control: radios worked on TAC-3")}});
    insert("feedback", {{QStringLiteral("operation"), lantern}, {QStringLiteral("agency"), outreach},
                        {QStringLiteral("rating_planning"), 4}, {QStringLiteral("rating_communication"), 2},
                        {QStringLiteral("rating_victim_care"), 5}, {QStringLiteral("rating_safety"), 4},
                        {QStringLiteral("what_worked"), QStringLiteral("Quiet room for the first interviews")},
                        {QStringLiteral("what_to_change"), QStringLiteral("Call victim services before entry")}});

    survivor1 = insert("survivor", {{QStringLiteral("code"), QStringLiteral("V-2026-0001")},
                                    {QStringLiteral("operation"), lantern},
                                    {QStringLiteral("age_band"), QStringLiteral("25_34")},
                                    {QStringLiteral("nationality"), QStringLiteral("Ruritanian")}});
    survivor2 = insert("survivor", {{QStringLiteral("code"), QStringLiteral("V-2026-0002")},
                                    {QStringLiteral("operation"), lantern},
                                    {QStringLiteral("age_band"), QStringLiteral("16_17")},
                                    {QStringLiteral("minor"), true}});
    insert("survivor_identity", {{QStringLiteral("survivor"), survivor1}, {QStringLiteral("name"), kNameCovered},
                                 {QStringLiteral("date_of_birth"), QDate(1994, 3, 2)}});
    insert("survivor_identity", {{QStringLiteral("survivor"), survivor2}, {QStringLiteral("name"), kNameWithheld},
                                 {QStringLiteral("date_of_birth"), QDate(2010, 7, 9)}});
    must(setRescueTime(s, survivor1, utc(2026, 4, 10, 8)), "T0 of survivor 1");
    must(setRescueTime(s, survivor2, utc(2026, 4, 10, 9)), "T0 of survivor 2");
    NewConsent consent;
    consent.recipient.office = harbourOffice;
    consent.scope = QStringLiteral("identity");
    consent.givenAt = utc(2026, 4, 11, 10);
    must(recordConsent(s, survivor1, consent), "consent");

    auto itemOf = [&s](const QUuid& survivor, const char* title) {
        Result<QSqlQuery> q = s.exec(QStringLiteral("SELECT i.id FROM checklist_item i JOIN protocol_step p ON p.id = i.step "
                                                    "WHERE i.survivor = ? AND p.title = ?"),
                                     {survivor.toRfc4122(), QString::fromLatin1(title)});
        if (!q || !q->next())
            throw std::runtime_error(std::string("no step ") + title);
        return QUuid::fromRfc4122(q->value(0).toByteArray());
    };
    auto done = [&](const QUuid& survivor, const char* title, const QDateTime& at) {
        TickOptions o;
        o.at = at;
        o.by = QStringLiteral("Liaison A");
        must(tick(s, itemOf(survivor, title), o), title);
    };
    done(survivor1, "Safety", utc(2026, 4, 10, 8, 30));
    done(survivor2, "Safety", utc(2026, 4, 10, 10, 30));
    done(survivor1, "Advocate", utc(2026, 4, 11, 4));

    auto tip = [&](const QDateTime& at, const QString& place, const QStringList& indicators, const char* credibility,
                   const QUuid& operation) {
        QVariantMap v{{QStringLiteral("received_at"), at}, {QStringLiteral("channel"), QStringLiteral("hotline")},
                      {QStringLiteral("place"), place}, {QStringLiteral("indicators"), indicators},
                      {QStringLiteral("credibility"), QString::fromLatin1(credibility)}};
        if (!operation.isNull())
            v.insert(QStringLiteral("operation"), operation);
        insert("tip", v);
    };
    tip(utc(2026, 4, 2, 10), QStringLiteral("Dockside"),
        {QStringLiteral("documents_withheld"), QStringLiteral("debt_bondage")}, "high", lantern);
    tip(utc(2026, 4, 20, 10), QStringLiteral("Dockside"), {QStringLiteral("debt_bondage")}, "low", {});
    tip(utc(2026, 5, 3, 10), QString(), {QStringLiteral("isolation")}, "unknown", {});
    tip(utc(2026, 3, 3, 10), QStringLiteral("Mill Lane"), {QStringLiteral("isolation")}, "high", {});
}

} // namespace tandem::test
