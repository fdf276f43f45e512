// The entity registry of DESIGN.md §2: every shared entity, declared once. The schema, the generic
// read and write path, dump and the CLI's field access are all derived from these declarations.
// Schema changes are append-only: a new field or entity gets `since = <next schema version>`.

#include "registry.h"
#include "row.h"

#include <QCoreApplication>
#include <QDateTime>

namespace tandem {
namespace {

#define FIELD_LABEL(text) QT_TRANSLATE_NOOP("tandem::Field", text)
#define VALUE_LABEL(text) QT_TRANSLATE_NOOP("tandem::Value", text)
#define ENTITY_LABEL(text) QT_TRANSLATE_NOOP("tandem::Entity", text)

// Small fluent helpers so each declaration reads as one line.
struct F {
    FieldDef d;
    F(const char* name, const char* label, FieldType type)
    {
        d.name = QString::fromLatin1(name);
        d.label = label;
        d.type = type;
    }
    F& required()
    {
        d.required = true;
        return *this;
    }
    F& range(double lo, double hi)
    {
        d.min = lo;
        d.max = hi;
        return *this;
    }
    F& maxLength(int n)
    {
        d.maxLength = n;
        return *this;
    }
    F& group(const char* g)
    {
        d.group = QString::fromLatin1(g);
        return *this;
    }
    F& byDefault(const QVariant& v)
    {
        d.defaultValue = v;
        return *this;
    }
    F& sealed()
    {
        d.sealed = true;
        return *this;
    }
    // The schema version that added the field (append-only: a new field gets the next version).
    F& since(int version)
    {
        d.since = version;
        return *this;
    }
    operator FieldDef() const { return d; }
};

F text(const char* n, const char* l) { return F(n, l, FieldType::Text); }
F longText(const char* n, const char* l) { return F(n, l, FieldType::LongText); }
F integer(const char* n, const char* l) { return F(n, l, FieldType::Int); }
F real(const char* n, const char* l) { return F(n, l, FieldType::Real); }
F boolean(const char* n, const char* l) { return F(n, l, FieldType::Bool).byDefault(false); }
F time(const char* n, const char* l) { return F(n, l, FieldType::Time); }
F date(const char* n, const char* l) { return F(n, l, FieldType::Date); }
F uuid(const char* n, const char* l) { return F(n, l, FieldType::Uuid); }
F ref(const char* n, const char* l, const char* entity)
{
    F f(n, l, FieldType::Ref);
    f.d.ref = QString::fromLatin1(entity);
    return f;
}
F choice(const char* n, const char* l, std::vector<EnumValue> values)
{
    F f(n, l, FieldType::Enum);
    f.d.values = std::move(values);
    return f;
}
F list(const char* n, const char* l, std::vector<EnumValue> values = {})
{
    F f(n, l, FieldType::List);
    f.d.values = std::move(values);
    return f;
}

const std::vector<EnumValue> kAgencyKinds = {
    {"police", VALUE_LABEL("Police")},
    {"federal", VALUE_LABEL("Federal agency")},
    {"prosecutor", VALUE_LABEL("Prosecutor")},
    {"labour_inspection", VALUE_LABEL("Labour inspection")},
    {"immigration", VALUE_LABEL("Immigration")},
    {"ngo_victim_services", VALUE_LABEL("NGO victim services")},
    {"shelter", VALUE_LABEL("Shelter")},
    {"medical", VALUE_LABEL("Medical")},
    {"child_protection", VALUE_LABEL("Child protection")},
    {"community_organisation", VALUE_LABEL("Community organisation")},
};

const std::vector<EnumValue> kTraffickingTypes = {
    {"sexual_exploitation", VALUE_LABEL("Sexual exploitation")},
    {"labour_exploitation", VALUE_LABEL("Labour exploitation")},
    {"domestic_servitude", VALUE_LABEL("Domestic servitude")},
    {"forced_criminality", VALUE_LABEL("Forced criminality")},
    {"forced_begging", VALUE_LABEL("Forced begging")},
    {"forced_marriage", VALUE_LABEL("Forced marriage")},
    {"organ_removal", VALUE_LABEL("Organ removal")},
    {"mixed", VALUE_LABEL("Mixed or unclear")},
};

const std::vector<EnumValue> kOperationStatus = {
    {"draft", VALUE_LABEL("Draft")},
    {"planned", VALUE_LABEL("Planned")},
    {"approved", VALUE_LABEL("Approved")},
    {"briefed", VALUE_LABEL("Briefed")},
    {"in_progress", VALUE_LABEL("In progress")},
    {"completed", VALUE_LABEL("Completed")},
    {"closed", VALUE_LABEL("Closed")},
    {"cancelled", VALUE_LABEL("Cancelled")},
};

const std::vector<EnumValue> kRiskLevels = {
    {"low", VALUE_LABEL("Low")},
    {"medium", VALUE_LABEL("Medium")},
    {"high", VALUE_LABEL("High")},
    {"critical", VALUE_LABEL("Critical")},
};

const std::vector<EnumValue> kAssignmentRoles = {
    {"lead", VALUE_LABEL("Lead")},
    {"entry", VALUE_LABEL("Entry")},
    {"perimeter", VALUE_LABEL("Perimeter")},
    {"evidence", VALUE_LABEL("Evidence")},
    {"victim_services", VALUE_LABEL("Victim services")},
    {"medical", VALUE_LABEL("Medical")},
    {"interpreter", VALUE_LABEL("Interpreter")},
    {"transport", VALUE_LABEL("Transport")},
    {"child_protection", VALUE_LABEL("Child protection")},
};

const std::vector<EnumValue> kPhases = {
    {"preparation", VALUE_LABEL("Preparation")},
    {"briefing", VALUE_LABEL("Briefing")},
    {"execution", VALUE_LABEL("Execution")},
    {"post_rescue", VALUE_LABEL("Post-rescue")},
    {"follow_up", VALUE_LABEL("Follow-up")},
    {"debrief", VALUE_LABEL("Debrief")},
};

const std::vector<EnumValue> kAgeBands = {
    {"under_12", VALUE_LABEL("Under 12")},
    {"12_15", VALUE_LABEL("12–15")},
    {"16_17", VALUE_LABEL("16–17")},
    {"18_24", VALUE_LABEL("18–24")},
    {"25_34", VALUE_LABEL("25–34")},
    {"35_49", VALUE_LABEL("35–49")},
    {"50_plus", VALUE_LABEL("50 and over")},
    {"unknown", VALUE_LABEL("Unknown")},
};

const std::vector<EnumValue> kGenders = {
    {"female", VALUE_LABEL("Female")},
    {"male", VALUE_LABEL("Male")},
    {"non_binary", VALUE_LABEL("Non-binary")},
    {"undisclosed", VALUE_LABEL("Not disclosed")},
};

const std::vector<EnumValue> kConsentScopes = {
    {"identity", VALUE_LABEL("Identity (name, date of birth)")},
    {"contact", VALUE_LABEL("Contact details")},
    {"case_details", VALUE_LABEL("Case details")},
    {"medical", VALUE_LABEL("Medical information")},
};

const std::vector<EnumValue> kProtocolStatus = {
    {"active", VALUE_LABEL("Active")},
    {"retired", VALUE_LABEL("Retired")},
};

const std::vector<EnumValue> kOwnerRoles = {
    {"task_force_lead", VALUE_LABEL("Task-force lead")},
    {"police", VALUE_LABEL("Police")},
    {"ngo_advocate", VALUE_LABEL("NGO advocate")},
    {"medical", VALUE_LABEL("Medical")},
    {"legal", VALUE_LABEL("Legal")},
    {"shelter", VALUE_LABEL("Shelter")},
    {"child_protection", VALUE_LABEL("Child protection")},
    {"case_manager", VALUE_LABEL("Case manager")},
};

const std::vector<EnumValue> kDueAnchors = {
    {"t0", VALUE_LABEL("After the rescue (T0)")},
    {"first_interview", VALUE_LABEL("Before the first interview")},
};

const std::vector<EnumValue> kAppliesTo = {
    {"all", VALUE_LABEL("All survivors")},
    {"minors", VALUE_LABEL("Minors")},
    {"foreign_nationals", VALUE_LABEL("Foreign nationals")},
    {"sexual_violence", VALUE_LABEL("After sexual violence")},
};

const std::vector<EnumValue> kItemStates = {
    {"open", VALUE_LABEL("Open")},
    {"in_progress", VALUE_LABEL("In progress")},
    {"done", VALUE_LABEL("Done")},
    {"not_applicable", VALUE_LABEL("Not applicable")},
    {"declined", VALUE_LABEL("Declined by survivor")},
};

const std::vector<EnumValue> kServiceKinds = {
    {"shelter", VALUE_LABEL("Shelter")},
    {"legal_aid", VALUE_LABEL("Legal aid")},
    {"counselling", VALUE_LABEL("Counselling")},
    {"hotline", VALUE_LABEL("Hotline")},
    {"medical", VALUE_LABEL("Medical care")},
    {"interpreter", VALUE_LABEL("Interpreting")},
    {"child_services", VALUE_LABEL("Child services")},
    {"employment", VALUE_LABEL("Employment and training")},
};

const std::vector<EnumValue> kNoteKinds = {
    {"log", VALUE_LABEL("Operation log")},
    {"lesson", VALUE_LABEL("Lesson learned")},
};

const std::vector<EnumValue> kMeetingKinds = {
    {"coordination", VALUE_LABEL("Coordination meeting")},
    {"training", VALUE_LABEL("Joint training")},
    {"outreach", VALUE_LABEL("Community outreach")},
    {"review", VALUE_LABEL("After-action review")},
};

const std::vector<EnumValue> kTipChannels = {
    {"hotline", VALUE_LABEL("Hotline")},
    {"walk_in", VALUE_LABEL("Walk-in")},
    {"online", VALUE_LABEL("Online")},
    {"partner_referral", VALUE_LABEL("Partner referral")},
};

const std::vector<EnumValue> kCredibility = {
    {"unknown", VALUE_LABEL("Not yet assessed")},
    {"low", VALUE_LABEL("Low")},
    {"medium", VALUE_LABEL("Medium")},
    {"high", VALUE_LABEL("High")},
};

const std::vector<EnumValue> kTipStatus = {
    {"new", VALUE_LABEL("New")},
    {"assessed", VALUE_LABEL("Assessed")},
    {"linked", VALUE_LABEL("Linked to an operation")},
    {"closed", VALUE_LABEL("Closed")},
};

// Common indicators of trafficking, in our own words, after the lists published by the UNODC
// ("Human trafficking indicators") and the ILO ("Indicators of forced labour", 2012).
const std::vector<EnumValue> kIndicators = {
    {"documents_withheld", VALUE_LABEL("Identity documents held by someone else")},
    {"debt_bondage", VALUE_LABEL("Debt that cannot be paid off")},
    {"movement_restricted", VALUE_LABEL("Not free to come and go")},
    {"lives_at_workplace", VALUE_LABEL("Lives where they work")},
    {"excessive_hours", VALUE_LABEL("Excessive working hours")},
    {"no_or_low_pay", VALUE_LABEL("Unpaid or paid far below the norm")},
    {"signs_of_abuse", VALUE_LABEL("Signs of physical abuse")},
    {"fearful_or_coached", VALUE_LABEL("Fearful, or answers seem coached")},
    {"minor_in_commercial_sex", VALUE_LABEL("A minor in commercial sex")},
    {"third_party_controls", VALUE_LABEL("Someone else speaks or decides for them")},
    {"threats_to_family", VALUE_LABEL("Threats against them or their family")},
    {"isolation", VALUE_LABEL("Isolated, no contact with family or community")},
    {"deceptive_recruitment", VALUE_LABEL("Recruited with false promises")},
    {"many_people_one_address", VALUE_LABEL("Many people housed at one address")},
};

QString sharedDateOrder(const Row& row, const char* first, const char* second, const char* what)
{
    const QDateTime a = row.value(QString::fromLatin1(first)).toDateTime();
    const QDateTime b = row.value(QString::fromLatin1(second)).toDateTime();
    if (a.isValid() && b.isValid() && b < a)
        return QCoreApplication::translate("tandem::Entity", what);
    return {};
}

} // namespace

std::vector<EntityDef> declareEntities()
{
    std::vector<EntityDef> e;

    e.push_back({
        .name = QStringLiteral("office"),
        .label = ENTITY_LABEL("Office"),
        .pluralLabel = ENTITY_LABEL("Offices"),
        .fields = {
            text("name", FIELD_LABEL("Name")).required(),
            choice("kind", FIELD_LABEL("Kind"), kAgencyKinds),
            text("sign_public_key", FIELD_LABEL("Signing key")),
            text("box_public_key", FIELD_LABEL("Encryption key")),
            text("fingerprint", FIELD_LABEL("Fingerprint")),
        },
        .displayField = QStringLiteral("name"),
        .sharing = SharingRule::Always,
    });

    e.push_back({
        .name = QStringLiteral("agency"),
        .label = ENTITY_LABEL("Agency"),
        .pluralLabel = ENTITY_LABEL("Agencies"),
        .fields = {
            text("name", FIELD_LABEL("Name")).required(),
            choice("kind", FIELD_LABEL("Kind"), kAgencyKinds).required(),
            text("jurisdiction", FIELD_LABEL("Jurisdiction")),
            text("contact_person", FIELD_LABEL("Contact person")),
            text("phone", FIELD_LABEL("Phone")).maxLength(60),
            text("email", FIELD_LABEL("E-mail")).maxLength(254),
            longText("notes", FIELD_LABEL("Notes")),
        },
        .displayField = QStringLiteral("name"),
    });

    e.push_back({
        .name = QStringLiteral("operation"),
        .label = ENTITY_LABEL("Operation"),
        .pluralLabel = ENTITY_LABEL("Operations"),
        .fields = {
            text("code_name", FIELD_LABEL("Code name")).required().maxLength(120),
            choice("status", FIELD_LABEL("Status"), kOperationStatus)
                .required()
                .byDefault(QStringLiteral("draft")),
            choice("trafficking_type", FIELD_LABEL("Trafficking type"), kTraffickingTypes),
            ref("lead_agency", FIELD_LABEL("Lead agency"), "agency"),
            time("starts_at", FIELD_LABEL("Starts")),
            time("ends_at", FIELD_LABEL("Ends")),
            time("briefing_at", FIELD_LABEL("Briefing time")),
            text("briefing_place", FIELD_LABEL("Briefing place")),
            longText("objectives", FIELD_LABEL("Objectives")),
            longText("legal_authority", FIELD_LABEL("Legal authority (warrants)")),
            choice("risk_level", FIELD_LABEL("Risk level"), kRiskLevels),
            longText("risk_hazards", FIELD_LABEL("Hazards")),
            longText("risk_mitigations", FIELD_LABEL("Mitigations")),
            longText("comms_plan", FIELD_LABEL("Communications plan")),
            longText("contingency_plan", FIELD_LABEL("Contingency plan")),
            longText("medical_plan", FIELD_LABEL("Medical plan")),
            text("nearest_hospital", FIELD_LABEL("Nearest hospital")),
            integer("expected_survivors", FIELD_LABEL("Expected survivors")).range(0, 10000),
            integer("expected_minors", FIELD_LABEL("Expected minors")).range(0, 10000),
            list("expected_languages", FIELD_LABEL("Expected languages")),
            longText("special_needs", FIELD_LABEL("Special needs")),
            text("prepared_by", FIELD_LABEL("Prepared by")),
            text("approved_by", FIELD_LABEL("Approved by")),
        },
        .displayField = QStringLiteral("code_name"),
        .indexes = {{QStringLiteral("status")}, {QStringLiteral("starts_at")}},
        .validate = [](const Row& r) -> QString {
            const QString order = sharedDateOrder(
                r, "starts_at", "ends_at", QT_TRANSLATE_NOOP("tandem::Entity", "the operation ends before it starts"));
            if (!order.isEmpty())
                return order;
            const QVariant minors = r.value(QStringLiteral("expected_minors"));
            const QVariant all = r.value(QStringLiteral("expected_survivors"));
            if (!minors.isNull() && !all.isNull() && minors.toLongLong() > all.toLongLong())
                return QCoreApplication::translate(
                    "tandem::Entity", "more minors are expected than survivors in all");
            return {};
        },
    });

    e.push_back({
        .name = QStringLiteral("target"),
        .label = ENTITY_LABEL("Target"),
        .pluralLabel = ENTITY_LABEL("Targets"),
        .fields = {
            ref("operation", FIELD_LABEL("Operation"), "operation").required(),
            text("label", FIELD_LABEL("Label")).required().maxLength(120),
            text("address", FIELD_LABEL("Address")).required(),
            real("latitude", FIELD_LABEL("Latitude")).range(-90, 90).group("coordinates"),
            real("longitude", FIELD_LABEL("Longitude")).range(-180, 180).group("coordinates"),
            longText("entry_points", FIELD_LABEL("Entry points")),
            longText("hazards", FIELD_LABEL("Hazards")),
            integer("occupants_expected", FIELD_LABEL("Occupants expected")).range(0, 10000),
            text("assigned_team", FIELD_LABEL("Assigned team")),
            longText("notes", FIELD_LABEL("Notes")),
        },
        .parent = QStringLiteral("operation"),
        .displayField = QStringLiteral("label"),
    });

    e.push_back({
        .name = QStringLiteral("assignment"),
        .label = ENTITY_LABEL("Assignment"),
        .pluralLabel = ENTITY_LABEL("Assignments"),
        .fields = {
            ref("operation", FIELD_LABEL("Operation"), "operation").required(),
            ref("agency", FIELD_LABEL("Agency"), "agency").required(),
            choice("role", FIELD_LABEL("Role"), kAssignmentRoles).required(),
            text("team_lead", FIELD_LABEL("Team lead")),
            integer("headcount", FIELD_LABEL("Headcount")).range(0, 10000),
            text("reporting_location", FIELD_LABEL("Reporting location")),
            time("reporting_at", FIELD_LABEL("Reporting time")),
            text("radio_channel", FIELD_LABEL("Radio channel")).maxLength(60),
            boolean("acknowledged", FIELD_LABEL("Acknowledged")),
        },
        .parent = QStringLiteral("operation"),
        .displayField = QStringLiteral("role"),
    });

    e.push_back({
        .name = QStringLiteral("task"),
        .label = ENTITY_LABEL("Task"),
        .pluralLabel = ENTITY_LABEL("Tasks"),
        .fields = {
            ref("operation", FIELD_LABEL("Operation"), "operation").required(),
            choice("phase", FIELD_LABEL("Phase"), kPhases).required(),
            text("title", FIELD_LABEL("Title")).required(),
            ref("owner_agency", FIELD_LABEL("Owner agency"), "agency"),
            time("due_at", FIELD_LABEL("Due")),
            time("done_at", FIELD_LABEL("Done")),
            longText("notes", FIELD_LABEL("Notes")),
        },
        .parent = QStringLiteral("operation"),
        .displayField = QStringLiteral("title"),
        .indexes = {{QStringLiteral("due_at")}},
    });

    e.push_back({
        .name = QStringLiteral("survivor"),
        .label = ENTITY_LABEL("Survivor"),
        .pluralLabel = ENTITY_LABEL("Survivors"),
        .fields = {
            text("code", FIELD_LABEL("Code")).required().maxLength(20),
            ref("operation", FIELD_LABEL("Operation"), "operation"),
            ref("target", FIELD_LABEL("Recovered at"), "target"),
            time("recovered_at", FIELD_LABEL("Rescue time (T0)")),
            choice("age_band", FIELD_LABEL("Age band"), kAgeBands).byDefault(QStringLiteral("unknown")),
            boolean("minor", FIELD_LABEL("Minor")),
            choice("gender", FIELD_LABEL("Gender"), kGenders).byDefault(QStringLiteral("undisclosed")),
            text("nationality", FIELD_LABEL("Nationality")).maxLength(60),
            boolean("foreign_national", FIELD_LABEL("Foreign national")),
            list("languages", FIELD_LABEL("Languages")),
            choice("trafficking_type", FIELD_LABEL("Trafficking type"), kTraffickingTypes),
            boolean("sexual_violence", FIELD_LABEL("Sexual violence reported")),
        },
        .displayField = QStringLiteral("code"),
        .indexes = {{QStringLiteral("code")}},
    });

    e.push_back({
        .name = QStringLiteral("survivor_identity"),
        .label = ENTITY_LABEL("Survivor identity"),
        .pluralLabel = ENTITY_LABEL("Survivor identities"),
        .fields = {
            ref("survivor", FIELD_LABEL("Survivor"), "survivor").required(),
            text("name", FIELD_LABEL("Name")).sealed(),
            date("date_of_birth", FIELD_LABEL("Date of birth")).sealed(),
            text("contact", FIELD_LABEL("Contact")).sealed(),
            longText("notes", FIELD_LABEL("Notes")).sealed(),
        },
        .parent = QStringLiteral("survivor"),
        .displayField = QStringLiteral("survivor"),
        .sharing = SharingRule::Identity,
    });

    e.push_back({
        .name = QStringLiteral("consent"),
        .label = ENTITY_LABEL("Consent"),
        .pluralLabel = ENTITY_LABEL("Consents"),
        .fields = {
            ref("survivor", FIELD_LABEL("Survivor"), "survivor").required(),
            ref("recipient_office", FIELD_LABEL("Recipient office"), "office"),
            ref("recipient_agency", FIELD_LABEL("Recipient agency"), "agency"),
            choice("scope", FIELD_LABEL("Scope"), kConsentScopes).required(),
            time("given_at", FIELD_LABEL("Given")).required(),
            time("withdrawn_at", FIELD_LABEL("Withdrawn")),
            time("expires_at", FIELD_LABEL("Expires")),
            longText("notes", FIELD_LABEL("Notes")),
        },
        .parent = QStringLiteral("survivor"),
        .displayField = QStringLiteral("scope"),
        .validate = [](const Row& r) -> QString {
            if (r.isNull(QStringLiteral("recipient_office"))
                && r.isNull(QStringLiteral("recipient_agency")))
                return QCoreApplication::translate(
                    "tandem::Entity", "a consent needs a recipient office or agency");
            QString e = sharedDateOrder(r, "given_at", "withdrawn_at",
                                        QT_TRANSLATE_NOOP("tandem::Entity",
                                                          "consent is withdrawn before it was given"));
            if (e.isEmpty())
                e = sharedDateOrder(r, "given_at", "expires_at",
                                    QT_TRANSLATE_NOOP("tandem::Entity",
                                                      "consent expires before it was given"));
            return e;
        },
    });

    e.push_back({
        .name = QStringLiteral("protocol"),
        .label = ENTITY_LABEL("Protocol"),
        .pluralLabel = ENTITY_LABEL("Protocols"),
        .fields = {
            uuid("family", FIELD_LABEL("Family")).required(),
            text("name", FIELD_LABEL("Name")).required(),
            integer("version", FIELD_LABEL("Version")).required().range(1, 100000).byDefault(1),
            text("jurisdiction", FIELD_LABEL("Jurisdiction")),
            choice("status", FIELD_LABEL("Status"), kProtocolStatus)
                .required()
                .byDefault(QStringLiteral("active")),
            time("next_review_at", FIELD_LABEL("Next review")),
            text("reviewed_by", FIELD_LABEL("Reviewed by")),
            longText("change_notes", FIELD_LABEL("What changed")),
        },
        .displayField = QStringLiteral("name"),
        .indexes = {{QStringLiteral("family")}},
    });

    e.push_back({
        .name = QStringLiteral("protocol_step"),
        .label = ENTITY_LABEL("Protocol step"),
        .pluralLabel = ENTITY_LABEL("Protocol steps"),
        .fields = {
            ref("protocol", FIELD_LABEL("Protocol"), "protocol").required(),
            integer("position", FIELD_LABEL("Position")).required().range(0, 100000),
            text("title", FIELD_LABEL("Title")).required(),
            longText("guidance", FIELD_LABEL("Guidance")),
            choice("owner_role", FIELD_LABEL("Owner role"), kOwnerRoles).required(),
            choice("due_anchor", FIELD_LABEL("Due relative to"), kDueAnchors)
                .required()
                .byDefault(QStringLiteral("t0")),
            integer("due_offset_minutes", FIELD_LABEL("Due offset (minutes)"))
                .range(0, 60 * 24 * 366),
            boolean("mandatory", FIELD_LABEL("Mandatory")),
            choice("applies_to", FIELD_LABEL("Applies to"), kAppliesTo)
                .required()
                .byDefault(QStringLiteral("all")),
            // The step's key in the protocol file ("advocate"), kept so that an exported protocol
            // reads as it was written. Older rows have none; export then makes one from the title.
            text("key", FIELD_LABEL("Key")).maxLength(64).since(3),
        },
        .parent = QStringLiteral("protocol"),
        .displayField = QStringLiteral("title"),
    });

    e.push_back({
        .name = QStringLiteral("checklist_item"),
        .label = ENTITY_LABEL("Checklist step"),
        .pluralLabel = ENTITY_LABEL("Checklist steps"),
        .fields = {
            ref("survivor", FIELD_LABEL("Survivor"), "survivor").required(),
            ref("step", FIELD_LABEL("Protocol step"), "protocol_step").required(),
            time("due_at", FIELD_LABEL("Due")),
            choice("state", FIELD_LABEL("State"), kItemStates)
                .required()
                .byDefault(QStringLiteral("open")),
            text("done_by", FIELD_LABEL("Done by")),
            time("done_at", FIELD_LABEL("Done at")),
            longText("note", FIELD_LABEL("Note")),
            ref("service", FIELD_LABEL("Referred to"), "service"),
        },
        .parent = QStringLiteral("survivor"),
        .displayField = QStringLiteral("step"),
        .indexes = {{QStringLiteral("state"), QStringLiteral("due_at")}},
    });

    e.push_back({
        .name = QStringLiteral("service"),
        .label = ENTITY_LABEL("Service"),
        .pluralLabel = ENTITY_LABEL("Services"),
        .fields = {
            text("name", FIELD_LABEL("Name")).required(),
            choice("kind", FIELD_LABEL("Kind"), kServiceKinds).required(),
            integer("capacity", FIELD_LABEL("Capacity")).range(0, 100000),
            list("languages", FIELD_LABEL("Languages")),
            boolean("accepts_minors", FIELD_LABEL("Accepts minors")),
            text("contact", FIELD_LABEL("Contact person")),
            text("phone", FIELD_LABEL("Phone")).maxLength(60),
            text("email", FIELD_LABEL("E-mail")).maxLength(254),
            text("address", FIELD_LABEL("Address")),
            longText("notes", FIELD_LABEL("Notes")),
        },
        .displayField = QStringLiteral("name"),
    });

    e.push_back({
        .name = QStringLiteral("note"),
        .label = ENTITY_LABEL("Note"),
        .pluralLabel = ENTITY_LABEL("Notes"),
        .fields = {
            ref("operation", FIELD_LABEL("Operation"), "operation").required(),
            time("at", FIELD_LABEL("Time")).required(),
            text("author", FIELD_LABEL("Author")),
            choice("kind", FIELD_LABEL("Kind"), kNoteKinds).required().byDefault(QStringLiteral("log")),
            longText("text", FIELD_LABEL("Text")).required(),
        },
        .parent = QStringLiteral("operation"),
        .displayField = QStringLiteral("text"),
    });

    e.push_back({
        .name = QStringLiteral("meeting"),
        .label = ENTITY_LABEL("Meeting"),
        .pluralLabel = ENTITY_LABEL("Meetings"),
        .fields = {
            choice("kind", FIELD_LABEL("Kind"), kMeetingKinds).required(),
            text("title", FIELD_LABEL("Title")).required(),
            time("starts_at", FIELD_LABEL("Starts")).required(),
            time("ends_at", FIELD_LABEL("Ends")),
            text("place", FIELD_LABEL("Place")),
            ref("organiser", FIELD_LABEL("Organiser"), "agency"),
            longText("topics", FIELD_LABEL("Topics")),
            longText("minutes", FIELD_LABEL("Minutes")),
        },
        .displayField = QStringLiteral("title"),
        .indexes = {{QStringLiteral("starts_at")}},
        .validate = [](const Row& r) {
            return sharedDateOrder(r, "starts_at", "ends_at",
                                   QT_TRANSLATE_NOOP("tandem::Entity", "the meeting ends before it starts"));
        },
    });

    // Attendance is a collection of its own rows (DESIGN.md §3) so that two offices recording
    // attendance of one meeting concurrently both keep theirs.
    e.push_back({
        .name = QStringLiteral("attendance"),
        .label = ENTITY_LABEL("Attendance"),
        .pluralLabel = ENTITY_LABEL("Attendance"),
        .fields = {
            ref("meeting", FIELD_LABEL("Meeting"), "meeting").required(),
            ref("agency", FIELD_LABEL("Agency"), "agency").required(),
            integer("headcount", FIELD_LABEL("People")).range(0, 10000),
        },
        .parent = QStringLiteral("meeting"),
        .displayField = QStringLiteral("agency"),
    });

    e.push_back({
        .name = QStringLiteral("action_item"),
        .label = ENTITY_LABEL("Action item"),
        .pluralLabel = ENTITY_LABEL("Action items"),
        .fields = {
            ref("meeting", FIELD_LABEL("Meeting"), "meeting"),
            ref("operation", FIELD_LABEL("Operation"), "operation"),
            text("title", FIELD_LABEL("Title")).required(),
            ref("owner_agency", FIELD_LABEL("Owner agency"), "agency"),
            time("due_at", FIELD_LABEL("Due")),
            time("done_at", FIELD_LABEL("Done")),
        },
        .displayField = QStringLiteral("title"),
        .indexes = {{QStringLiteral("due_at")}},
    });

    e.push_back({
        .name = QStringLiteral("tip"),
        .label = ENTITY_LABEL("Tip"),
        .pluralLabel = ENTITY_LABEL("Tips"),
        .fields = {
            time("received_at", FIELD_LABEL("Received")).required(),
            choice("channel", FIELD_LABEL("Channel"), kTipChannels).required(),
            text("place", FIELD_LABEL("Place")),
            list("indicators", FIELD_LABEL("Indicators"), kIndicators),
            longText("description", FIELD_LABEL("Description")),
            longText("source", FIELD_LABEL("Source (protected)")),
            choice("credibility", FIELD_LABEL("Credibility"), kCredibility)
                .required()
                .byDefault(QStringLiteral("unknown")),
            choice("status", FIELD_LABEL("Status"), kTipStatus).required().byDefault(QStringLiteral("new")),
            ref("operation", FIELD_LABEL("Linked operation"), "operation"),
        },
        .displayField = QStringLiteral("place"),
        .defaultSharing = QStringLiteral("office"),
        .indexes = {{QStringLiteral("received_at")}},
    });

    e.push_back({
        .name = QStringLiteral("feedback"),
        .label = ENTITY_LABEL("Feedback"),
        .pluralLabel = ENTITY_LABEL("Feedback"),
        .fields = {
            ref("operation", FIELD_LABEL("Operation"), "operation"),
            ref("meeting", FIELD_LABEL("Meeting"), "meeting"),
            ref("agency", FIELD_LABEL("Agency"), "agency").required(),
            integer("rating_planning", FIELD_LABEL("Planning (1–5)")).range(1, 5),
            integer("rating_communication", FIELD_LABEL("Communication (1–5)")).range(1, 5),
            integer("rating_victim_care", FIELD_LABEL("Victim care (1–5)")).range(1, 5),
            integer("rating_safety", FIELD_LABEL("Safety (1–5)")).range(1, 5),
            longText("what_worked", FIELD_LABEL("What worked")),
            longText("what_to_change", FIELD_LABEL("What to change")),
        },
        .displayField = QStringLiteral("agency"),
        .validate = [](const Row& r) -> QString {
            if (r.isNull(QStringLiteral("operation")) == r.isNull(QStringLiteral("meeting")))
                return QCoreApplication::translate(
                    "tandem::Entity", "feedback is about exactly one operation or one meeting");
            return {};
        },
    });

    return e;
}

} // namespace tandem
