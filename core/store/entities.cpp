// The entity registry of DESIGN.md §2: every shared entity, declared once. The schema, the generic
// read and write path, dump and the CLI's field access are all derived from these declarations.
// Schema changes are append-only: a new field or entity gets `since = <next schema version>`.

#include "registry.h"
#include "row.h"
#include "store.h"
#include "recalls.h"
#include "sharing.h"
#include "value.h"
#include "domain/ageband.h"
#include "domain/officecode.h"
#include "domain/plangate.h"
#include "domain/warrants.h"
#include "store/attachmentstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace tandem {
namespace {

// Labels are written out as QT_TRANSLATE_NOOP("tandem::Field" | "tandem::Value" | "tandem::Entity",
// ...) at each use: lupdate does not expand macros, so a shorter macro would hide them from the
// .ts.

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
    F& person()
    {
        d.person = true;
        return *this;
    }
    F& needToKnow()
    {
        d.needToKnow = true;
        return *this;
    }
    // The schema version that added the field (append-only: a new field gets the next version).
    F& since(int version)
    {
        d.since = version;
        return *this;
    }
    // A list whose items are ids of rows of `entity` (a warrant's targets).
    F& refs(const char* entity)
    {
        d.ref = QString::fromLatin1(entity);
        return *this;
    }
    operator FieldDef() const { return d; }
};

F text(const char* n, const char* l)
{
    return F(n, l, FieldType::Text);
}
F longText(const char* n, const char* l)
{
    return F(n, l, FieldType::LongText);
}
F integer(const char* n, const char* l)
{
    return F(n, l, FieldType::Int);
}
F real(const char* n, const char* l)
{
    return F(n, l, FieldType::Real);
}
F boolean(const char* n, const char* l)
{
    return F(n, l, FieldType::Bool).byDefault(false);
}
F time(const char* n, const char* l)
{
    return F(n, l, FieldType::Time);
}
F date(const char* n, const char* l)
{
    return F(n, l, FieldType::Date);
}
F uuid(const char* n, const char* l)
{
    return F(n, l, FieldType::Uuid);
}
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
    {"police", QT_TRANSLATE_NOOP("tandem::Value", "Police")},
    {"federal", QT_TRANSLATE_NOOP("tandem::Value", "Federal agency")},
    {"prosecutor", QT_TRANSLATE_NOOP("tandem::Value", "Prosecutor")},
    {"labour_inspection", QT_TRANSLATE_NOOP("tandem::Value", "Labour inspection")},
    {"immigration", QT_TRANSLATE_NOOP("tandem::Value", "Immigration")},
    {"ngo_victim_services", QT_TRANSLATE_NOOP("tandem::Value", "NGO victim services")},
    {"shelter", QT_TRANSLATE_NOOP("tandem::Value", "Shelter")},
    {"medical", QT_TRANSLATE_NOOP("tandem::Value", "Medical")},
    {"child_protection", QT_TRANSLATE_NOOP("tandem::Value", "Child protection")},
    {"community_organisation", QT_TRANSLATE_NOOP("tandem::Value", "Community organisation")},
};

const std::vector<EnumValue> kTraffickingTypes = {
    {"sexual_exploitation", QT_TRANSLATE_NOOP("tandem::Value", "Sexual exploitation")},
    {"labour_exploitation", QT_TRANSLATE_NOOP("tandem::Value", "Labour exploitation")},
    {"domestic_servitude", QT_TRANSLATE_NOOP("tandem::Value", "Domestic servitude")},
    {"forced_criminality", QT_TRANSLATE_NOOP("tandem::Value", "Forced criminality")},
    {"forced_begging", QT_TRANSLATE_NOOP("tandem::Value", "Forced begging")},
    {"forced_marriage", QT_TRANSLATE_NOOP("tandem::Value", "Forced marriage")},
    {"organ_removal", QT_TRANSLATE_NOOP("tandem::Value", "Organ removal")},
    {"mixed", QT_TRANSLATE_NOOP("tandem::Value", "Mixed or unclear")},
};

const std::vector<EnumValue> kOperationStatus = {
    {"draft", QT_TRANSLATE_NOOP("tandem::Value", "Draft")},
    {"planned", QT_TRANSLATE_NOOP("tandem::Value", "Planned")},
    {"approved", QT_TRANSLATE_NOOP("tandem::Value", "Approved")},
    {"briefed", QT_TRANSLATE_NOOP("tandem::Value", "Briefed")},
    {"in_progress", QT_TRANSLATE_NOOP("tandem::Value", "In progress")},
    {"completed", QT_TRANSLATE_NOOP("tandem::Value", "Completed")},
    {"closed", QT_TRANSLATE_NOOP("tandem::Value", "Closed")},
    {"cancelled", QT_TRANSLATE_NOOP("tandem::Value", "Cancelled")},
};

const std::vector<EnumValue> kRiskLevels = {
    {"low", QT_TRANSLATE_NOOP("tandem::Value", "Low")},
    {"medium", QT_TRANSLATE_NOOP("tandem::Value", "Medium")},
    {"high", QT_TRANSLATE_NOOP("tandem::Value", "High")},
    {"critical", QT_TRANSLATE_NOOP("tandem::Value", "Critical")},
};

const std::vector<EnumValue> kAssignmentRoles = {
    {"lead", QT_TRANSLATE_NOOP("tandem::Value", "Lead")},
    {"entry", QT_TRANSLATE_NOOP("tandem::Value", "Entry")},
    {"perimeter", QT_TRANSLATE_NOOP("tandem::Value", "Perimeter")},
    {"evidence", QT_TRANSLATE_NOOP("tandem::Value", "Evidence")},
    {"victim_services", QT_TRANSLATE_NOOP("tandem::Value", "Victim services")},
    {"medical", QT_TRANSLATE_NOOP("tandem::Value", "Medical")},
    {"interpreter", QT_TRANSLATE_NOOP("tandem::Value", "Interpreter")},
    {"transport", QT_TRANSLATE_NOOP("tandem::Value", "Transport")},
    {"child_protection", QT_TRANSLATE_NOOP("tandem::Value", "Child protection")},
};

const std::vector<EnumValue> kPhases = {
    {"preparation", QT_TRANSLATE_NOOP("tandem::Value", "Preparation")},
    {"briefing", QT_TRANSLATE_NOOP("tandem::Value", "Briefing")},
    {"execution", QT_TRANSLATE_NOOP("tandem::Value", "Execution")},
    {"post_rescue", QT_TRANSLATE_NOOP("tandem::Value", "Post-rescue")},
    {"follow_up", QT_TRANSLATE_NOOP("tandem::Value", "Follow-up")},
    {"debrief", QT_TRANSLATE_NOOP("tandem::Value", "Debrief")},
};

const std::vector<EnumValue> kAgeBands = {
    {"under_12", QT_TRANSLATE_NOOP("tandem::Value", "Under 12")},
    {"12_15", QT_TRANSLATE_NOOP("tandem::Value", "12–15")},
    {"16_17", QT_TRANSLATE_NOOP("tandem::Value", "16–17")},
    {"18_24", QT_TRANSLATE_NOOP("tandem::Value", "18–24")},
    {"25_34", QT_TRANSLATE_NOOP("tandem::Value", "25–34")},
    {"35_49", QT_TRANSLATE_NOOP("tandem::Value", "35–49")},
    {"50_plus", QT_TRANSLATE_NOOP("tandem::Value", "50 and over")},
    {"unknown", QT_TRANSLATE_NOOP("tandem::Value", "Unknown")},
};

const std::vector<EnumValue> kGenders = {
    {"female", QT_TRANSLATE_NOOP("tandem::Value", "Female")},
    {"male", QT_TRANSLATE_NOOP("tandem::Value", "Male")},
    {"non_binary", QT_TRANSLATE_NOOP("tandem::Value", "Non-binary")},
    {"undisclosed", QT_TRANSLATE_NOOP("tandem::Value", "Not disclosed")},
};

const std::vector<EnumValue> kConsentScopes = {
    {"identity", QT_TRANSLATE_NOOP("tandem::Value", "Identity (name, date of birth)")},
    {"contact", QT_TRANSLATE_NOOP("tandem::Value", "Contact details")},
    {"case_details", QT_TRANSLATE_NOOP("tandem::Value", "Case details")},
    {"medical", QT_TRANSLATE_NOOP("tandem::Value", "Medical information")},
};

// Why an identity is recalled (schema 6).
const std::vector<EnumValue> kRecallKinds = {
    {"withdrawn", QT_TRANSLATE_NOOP("tandem::Value", "Consent withdrawn")},
    {"erased", QT_TRANSLATE_NOOP("tandem::Value", "Identity erased")},
    {"retention", QT_TRANSLATE_NOOP("tandem::Value", "Retention period over")},
};

const std::vector<EnumValue> kProtocolStatus = {
    {"active", QT_TRANSLATE_NOOP("tandem::Value", "Active")},
    {"retired", QT_TRANSLATE_NOOP("tandem::Value", "Retired")},
};

const std::vector<EnumValue> kOwnerRoles = {
    {"task_force_lead", QT_TRANSLATE_NOOP("tandem::Value", "Task-force lead")},
    {"police", QT_TRANSLATE_NOOP("tandem::Value", "Police")},
    {"ngo_advocate", QT_TRANSLATE_NOOP("tandem::Value", "NGO advocate")},
    {"medical", QT_TRANSLATE_NOOP("tandem::Value", "Medical")},
    {"legal", QT_TRANSLATE_NOOP("tandem::Value", "Legal")},
    {"shelter", QT_TRANSLATE_NOOP("tandem::Value", "Shelter")},
    {"child_protection", QT_TRANSLATE_NOOP("tandem::Value", "Child protection")},
    {"case_manager", QT_TRANSLATE_NOOP("tandem::Value", "Case manager")},
};

const std::vector<EnumValue> kDueAnchors = {
    {"t0", QT_TRANSLATE_NOOP("tandem::Value", "After the rescue (T0)")},
    {"first_interview", QT_TRANSLATE_NOOP("tandem::Value", "Before the first interview")},
};

const std::vector<EnumValue> kAppliesTo = {
    {"all", QT_TRANSLATE_NOOP("tandem::Value", "All survivors")},
    {"minors", QT_TRANSLATE_NOOP("tandem::Value", "Minors")},
    {"foreign_nationals", QT_TRANSLATE_NOOP("tandem::Value", "Foreign nationals")},
    {"sexual_violence", QT_TRANSLATE_NOOP("tandem::Value", "After sexual violence")},
};

const std::vector<EnumValue> kItemStates = {
    {"open", QT_TRANSLATE_NOOP("tandem::Value", "Open")},
    {"in_progress", QT_TRANSLATE_NOOP("tandem::Value", "In progress")},
    {"done", QT_TRANSLATE_NOOP("tandem::Value", "Done")},
    {"not_applicable", QT_TRANSLATE_NOOP("tandem::Value", "Not applicable")},
    {"declined", QT_TRANSLATE_NOOP("tandem::Value", "Declined by survivor")},
};

// A service's answer to a referral (schema 4). No answer yet is no value.
const std::vector<EnumValue> kReferralAnswers = {
    {"accepted", QT_TRANSLATE_NOOP("tandem::Value", "Accepted")},
    {"refused", QT_TRANSLATE_NOOP("tandem::Value", "Refused")},
};

const std::vector<EnumValue> kServiceKinds = {
    {"shelter", QT_TRANSLATE_NOOP("tandem::Value", "Shelter")},
    {"legal_aid", QT_TRANSLATE_NOOP("tandem::Value", "Legal aid")},
    {"counselling", QT_TRANSLATE_NOOP("tandem::Value", "Counselling")},
    {"hotline", QT_TRANSLATE_NOOP("tandem::Value", "Hotline")},
    {"medical", QT_TRANSLATE_NOOP("tandem::Value", "Medical care")},
    {"interpreter", QT_TRANSLATE_NOOP("tandem::Value", "Interpreting")},
    {"child_services", QT_TRANSLATE_NOOP("tandem::Value", "Child services")},
    {"employment", QT_TRANSLATE_NOOP("tandem::Value", "Employment and training")},
};

const std::vector<EnumValue> kNoteKinds = {
    {"log", QT_TRANSLATE_NOOP("tandem::Value", "Operation log")},
    {"lesson", QT_TRANSLATE_NOOP("tandem::Value", "Lesson learned")},
};

const std::vector<EnumValue> kMeetingKinds = {
    {"coordination", QT_TRANSLATE_NOOP("tandem::Value", "Coordination meeting")},
    {"training", QT_TRANSLATE_NOOP("tandem::Value", "Joint training")},
    {"outreach", QT_TRANSLATE_NOOP("tandem::Value", "Community outreach")},
    {"review", QT_TRANSLATE_NOOP("tandem::Value", "After-action review")},
};

const std::vector<EnumValue> kTipChannels = {
    {"hotline", QT_TRANSLATE_NOOP("tandem::Value", "Hotline")},
    {"walk_in", QT_TRANSLATE_NOOP("tandem::Value", "Walk-in")},
    {"online", QT_TRANSLATE_NOOP("tandem::Value", "Online")},
    {"partner_referral", QT_TRANSLATE_NOOP("tandem::Value", "Partner referral")},
};

const std::vector<EnumValue> kCredibility = {
    {"unknown", QT_TRANSLATE_NOOP("tandem::Value", "Not yet assessed")},
    {"low", QT_TRANSLATE_NOOP3("tandem::Value", "Low", "a tip's credibility")},
    {"medium", QT_TRANSLATE_NOOP3("tandem::Value", "Medium", "a tip's credibility")},
    {"high", QT_TRANSLATE_NOOP3("tandem::Value", "High", "a tip's credibility")},
};

const std::vector<EnumValue> kTipStatus = {
    {"new", QT_TRANSLATE_NOOP3("tandem::Value", "New", "a tip's status")},
    {"assessed", QT_TRANSLATE_NOOP3("tandem::Value", "Assessed", "a tip's status")},
    {"linked", QT_TRANSLATE_NOOP3("tandem::Value", "Linked to an operation", "a tip's status")},
    {"closed", QT_TRANSLATE_NOOP3("tandem::Value", "Closed", "a tip's status")},
};

// Common indicators of trafficking, in our own words, after the lists published by the UNODC
// ("Human trafficking indicators") and the ILO ("Indicators of forced labour", 2012).
const std::vector<EnumValue> kIndicators = {
    {"documents_withheld",
     QT_TRANSLATE_NOOP("tandem::Value", "Identity documents held by someone else")},
    {"debt_bondage", QT_TRANSLATE_NOOP("tandem::Value", "Debt that cannot be paid off")},
    {"movement_restricted", QT_TRANSLATE_NOOP("tandem::Value", "Not free to come and go")},
    {"lives_at_workplace", QT_TRANSLATE_NOOP("tandem::Value", "Lives where they work")},
    {"excessive_hours", QT_TRANSLATE_NOOP("tandem::Value", "Excessive working hours")},
    {"no_or_low_pay", QT_TRANSLATE_NOOP("tandem::Value", "Unpaid or paid far below the norm")},
    {"signs_of_abuse", QT_TRANSLATE_NOOP("tandem::Value", "Signs of physical abuse")},
    {"fearful_or_coached", QT_TRANSLATE_NOOP("tandem::Value", "Fearful, or answers seem coached")},
    {"minor_in_commercial_sex", QT_TRANSLATE_NOOP("tandem::Value", "A minor in commercial sex")},
    {"third_party_controls",
     QT_TRANSLATE_NOOP("tandem::Value", "Someone else speaks or decides for them")},
    {"threats_to_family",
     QT_TRANSLATE_NOOP("tandem::Value", "Threats against them or their family")},
    {"isolation",
     QT_TRANSLATE_NOOP("tandem::Value", "Isolated, no contact with family or community")},
    {"deceptive_recruitment", QT_TRANSLATE_NOOP("tandem::Value", "Recruited with false promises")},
    {"many_people_one_address",
     QT_TRANSLATE_NOOP("tandem::Value", "Many people housed at one address")},
};

QString ageBandLabel(const QString& token)
{
    for (const EnumValue& v : kAgeBands) {
        if (token == QLatin1String(v.token))
            return QCoreApplication::translate("tandem::Value", v.label.source, v.label.comment);
    }
    return token;
}

// A field a transition needs (a reason): empty or only spaces is none.
bool blank(const Row& row, const char* field)
{
    return row.text(QString::fromLatin1(field)).trimmed().isEmpty();
}

// A field that goes only with a certain state (a reason with a decline, a withdrawal, a
// retirement): cleared when the state is left, refused when given without it.
QString onlyWith(Row& row, const QVariantMap& given, const char* field, bool allowed, const char* refusal)
{
    const QString name = QString::fromLatin1(field);
    if (allowed || row.isNull(name))
        return {};
    if (given.contains(name) && !given.value(name).toString().trimmed().isEmpty())
        return QCoreApplication::translate("tandem::Entity", refusal);
    row.setValue(name, QVariant());
    return {};
}

bool stateNeedsReason(const QString& state)
{
    return state == QLatin1String("declined") || state == QLatin1String("not_applicable");
}

QString sharedDateOrder(const Row& row, const char* first, const char* second, const char* what)
{
    const QDateTime a = row.value(QString::fromLatin1(first)).toDateTime();
    const QDateTime b = row.value(QString::fromLatin1(second)).toDateTime();
    if (a.isValid() && b.isValid() && b < a)
        return QCoreApplication::translate("tandem::Entity", what);
    return {};
}


// Attachments (schema 10, issue 21, DESIGN.md §10): one entity per kind of record a file attaches
// to, so that each travels under its owner's distribution like any child record (a survivor's
// under its identity's consent). The bytes are not in the row: `chunks` lists the keyed names of
// the sealed chunks that hold them (store/attachmentstore.h). A survivor's attachment is an
// identifying detail: its title and file name are sealed.
EntityDef attachmentOf(const char* owner, const char* label, const char* pluralLabel, const char* ownerLabel, bool identifying)
{
    F title = text("title", QT_TRANSLATE_NOOP("tandem::Field", "Title"));
    title.required().maxLength(200);
    F fileName = text("file_name", QT_TRANSLATE_NOOP("tandem::Field", "File name"));
    fileName.required().maxLength(255);
    if (identifying) {
        title.sealed();
        fileName.sealed();
    }
    EntityDef d{
        .name = QString::fromLatin1(owner) + QStringLiteral("_attachment"),
        .label = label,
        .pluralLabel = pluralLabel,
        .fields =
            {
                ref(owner, ownerLabel, owner).required(),
                title,
                fileName,
                text("media_type", QT_TRANSLATE_NOOP("tandem::Field", "Kind of file")).maxLength(100).group("content"),
                integer("size", QT_TRANSLATE_NOOP("tandem::Field", "Size")).range(0, 1e12).required().group("content"),
                longText("chunks", QT_TRANSLATE_NOOP("tandem::Field", "Content")).required().group("content"),
                text("attached_by", QT_TRANSLATE_NOOP("tandem::Field", "Attached by")).person(),
                time("attached_at", QT_TRANSLATE_NOOP("tandem::Field", "Attached")).required(),
            },
        .parent = QString::fromLatin1(owner),
        .displayField = QStringLiteral("title"),
        .sharing = identifying ? SharingRule::Identity : SharingRule::PerRow,
        .since = 10,
        .validate = attachments::rowProblem,
    };
    return d;
}

} // namespace

std::vector<EntityDef> declareEntities()
{
    std::vector<EntityDef> e;

    e.push_back({
        .name = QStringLiteral("office"),
        .label = QT_TRANSLATE_NOOP("tandem::Entity", "Office"),
        .pluralLabel = QT_TRANSLATE_NOOP("tandem::Entity", "Offices"),
        .fields =
            {
                text("name", QT_TRANSLATE_NOOP("tandem::Field", "Name")).required(),
                choice("kind", QT_TRANSLATE_NOOP("tandem::Field", "Kind"), kAgencyKinds),
                text("sign_public_key", QT_TRANSLATE_NOOP("tandem::Field", "Signing key")),
                text("box_public_key", QT_TRANSLATE_NOOP("tandem::Field", "Encryption key")),
                text("fingerprint", QT_TRANSLATE_NOOP("tandem::Field", "Fingerprint")),
                // The office's short code, the prefix of the survivor codes it mints
                // (domain/officecode.h); empty in files from before schema 5.
                text("code", QT_TRANSLATE_NOOP("tandem::Field", "Office code")).maxLength(5).since(5),
                // The offices this office trusts (their ids), as its partner list says: relays
                // hand its "partners" rows to these only (sharing.h). Written by trusting and
                // untrusting (sync/partners.h), never by hand.
                list("trusts", QT_TRANSLATE_NOOP("tandem::Field", "Trusts")).since(5),
            },
        .displayField = QStringLiteral("name"),
        .sharing = SharingRule::Always,
        .validate = [](const Row& r) -> QString {
            const QString code = r.text(QStringLiteral("code"));
            return code.isEmpty() ? QString() : officeCodeProblem(code);
        },
        .checkChange = [](const Store&, const Row* before, const Row& after) -> QString {
            const QVariant trusts = after.value(QStringLiteral("trusts"));
            if (before ? before->value(QStringLiteral("trusts")) != trusts : !trusts.isNull())
                return QCoreApplication::translate("tandem::Entity", "the offices an office trusts follow from trusting "
                                                                     "partners (Exchange); they are not written by hand");
            return {};
        },
    });

    // A sharing group (schema 5): a named list of offices that records shared "with a group" go
    // to, whichever office relays them (sharing.h). The group itself goes to its members only.
    e.push_back({
        .name = kGroupEntity,
        .label = QT_TRANSLATE_NOOP("tandem::Entity", "Sharing group"),
        .pluralLabel = QT_TRANSLATE_NOOP("tandem::Entity", "Sharing groups"),
        .fields =
            {
                text("name", QT_TRANSLATE_NOOP("tandem::Field", "Name")).required().maxLength(80),
                list("members", QT_TRANSLATE_NOOP("tandem::Field", "Member offices")).required(),
            },
        .displayField = QStringLiteral("name"),
        .sharing = SharingRule::Always,
        .since = 5,
        .checkChange = [](const Store& store, const Row* before, const Row& after) -> QString {
            return groupProblem(store, before, after);
        },
        // A member added here may hold records of the group that were sent before it joined.
        .onWrite = [](Store& store, const Row* before, const Row* after) -> Result<void> {
            if (!after)
                return {};
            const QStringList earlier = before ? before->value(QStringLiteral("members")).toStringList() : QStringList();
            for (const QString& m : after->value(QStringLiteral("members")).toStringList()) {
                if (!earlier.contains(m))
                    return offerAgain(store, inGroupLevel(after->id.toRfc4122()));
            }
            return {};
        },
    });

    e.push_back({
        .name = QStringLiteral("agency"),
        .label = QT_TRANSLATE_NOOP("tandem::Entity", "Agency"),
        .pluralLabel = QT_TRANSLATE_NOOP("tandem::Entity", "Agencies"),
        .fields =
            {
                text("name", QT_TRANSLATE_NOOP("tandem::Field", "Name")).required(),
                choice("kind", QT_TRANSLATE_NOOP("tandem::Field", "Kind"), kAgencyKinds).required(),
                text("jurisdiction", QT_TRANSLATE_NOOP("tandem::Field", "Jurisdiction")),
                text("contact_person", QT_TRANSLATE_NOOP("tandem::Field", "Contact person")),
                text("phone", QT_TRANSLATE_NOOP("tandem::Field", "Phone")).maxLength(60),
                text("email", QT_TRANSLATE_NOOP("tandem::Field", "E-mail")).maxLength(254),
                longText("notes", QT_TRANSLATE_NOOP("tandem::Field", "Notes")),
            },
        .displayField = QStringLiteral("name"),
    });

    e.push_back({
        .name = QStringLiteral("operation"),
        .label = QT_TRANSLATE_NOOP("tandem::Entity", "Operation"),
        .pluralLabel = QT_TRANSLATE_NOOP("tandem::Entity", "Operations"),
        .fields =
            {
                text("code_name", QT_TRANSLATE_NOOP("tandem::Field", "Code name"))
                    .required()
                    .maxLength(120),
                choice("status", QT_TRANSLATE_NOOP("tandem::Field", "Status"), kOperationStatus)
                    .required()
                    .byDefault(QStringLiteral("draft")),
                choice("trafficking_type", QT_TRANSLATE_NOOP("tandem::Field", "Trafficking type"),
                       kTraffickingTypes),
                ref("lead_agency", QT_TRANSLATE_NOOP("tandem::Field", "Lead agency"), "agency"),
                time("starts_at", QT_TRANSLATE_NOOP("tandem::Field", "Starts")),
                time("ends_at", QT_TRANSLATE_NOOP("tandem::Field", "Ends")),
                time("briefing_at", QT_TRANSLATE_NOOP("tandem::Field", "Briefing time")),
                text("briefing_place", QT_TRANSLATE_NOOP("tandem::Field", "Briefing place")),
                longText("objectives", QT_TRANSLATE_NOOP("tandem::Field", "Objectives")),
                longText("legal_authority",
                         QT_TRANSLATE_NOOP("tandem::Field", "Legal authority (warrants)")),
                choice("risk_level", QT_TRANSLATE_NOOP("tandem::Field", "Risk level"), kRiskLevels),
                longText("risk_hazards", QT_TRANSLATE_NOOP("tandem::Field", "Hazards")).needToKnow(),
                longText("risk_mitigations", QT_TRANSLATE_NOOP("tandem::Field", "Mitigations")),
                longText("comms_plan", QT_TRANSLATE_NOOP("tandem::Field", "Communications plan")),
                longText("contingency_plan",
                         QT_TRANSLATE_NOOP("tandem::Field", "Contingency plan")),
                longText("medical_plan", QT_TRANSLATE_NOOP("tandem::Field", "Medical plan")),
                text("nearest_hospital", QT_TRANSLATE_NOOP("tandem::Field", "Nearest hospital")),
                integer("expected_survivors",
                        QT_TRANSLATE_NOOP("tandem::Field", "Expected survivors"))
                    .range(0, 10000),
                integer("expected_minors", QT_TRANSLATE_NOOP("tandem::Field", "Expected minors"))
                    .range(0, 10000),
                list("expected_languages",
                     QT_TRANSLATE_NOOP("tandem::Field", "Expected languages")),
                longText("special_needs", QT_TRANSLATE_NOOP("tandem::Field", "Special needs")),
                text("prepared_by", QT_TRANSLATE_NOOP("tandem::Field", "Prepared by")).person(),
                text("approved_by", QT_TRANSLATE_NOOP("tandem::Field", "Approved by")),
                // When the plan was approved (schema 5): written with approved_by by the move to
                // approved (domain/operations.h), and what a later change of the plan is measured
                // against (plan_change.approval).
                time("approved_at", QT_TRANSLATE_NOOP("tandem::Field", "Approved on")).since(5),
                // Code words (the stand-down word, schema 5): need to know, apart from the comms
                // plan every agency's copy carries.
                longText("code_words", QT_TRANSLATE_NOOP("tandem::Field", "Code words")).needToKnow().since(5),
                // The assignment roles whose agencies' copies hold the need-to-know items (schema
                // 5; domain/needtoknow.h). Not set: lead, entry and perimeter.
                list("need_to_know_roles", QT_TRANSLATE_NOOP("tandem::Field", "Need-to-know roles"),
                     kAssignmentRoles)
                    .byDefault(QStringList{QStringLiteral("lead"), QStringLiteral("entry"), QStringLiteral("perimeter")})
                    .since(5),
            },
        .displayField = QStringLiteral("code_name"),
        .indexes = {{QStringLiteral("status")}, {QStringLiteral("starts_at")}},
        .validate = [](const Row& r) -> QString {
            const QString order = sharedDateOrder(
                r, "starts_at", "ends_at",
                QT_TRANSLATE_NOOP("tandem::Entity", "the operation ends before it starts"));
            if (!order.isEmpty())
                return order;
            const QVariant minors = r.value(QStringLiteral("expected_minors"));
            const QVariant all = r.value(QStringLiteral("expected_survivors"));
            if (!minors.isNull() && !all.isNull() && minors.toLongLong() > all.toLongLong())
                return QCoreApplication::translate(
                    "tandem::Entity", "more minors are expected than survivors in all");
            return {};
        },
        .onWrite = plangate::onWrite,
    });

    e.push_back({
        .name = QStringLiteral("target"),
        .label = QT_TRANSLATE_NOOP("tandem::Entity", "Target"),
        .pluralLabel = QT_TRANSLATE_NOOP("tandem::Entity", "Targets"),
        .fields =
            {
                ref("operation", QT_TRANSLATE_NOOP("tandem::Field", "Operation"), "operation")
                    .required(),
                text("label", QT_TRANSLATE_NOOP("tandem::Field", "Label"))
                    .required()
                    .maxLength(120),
                text("address", QT_TRANSLATE_NOOP("tandem::Field", "Address")).required(),
                real("latitude", QT_TRANSLATE_NOOP("tandem::Field", "Latitude"))
                    .range(-90, 90)
                    .group("coordinates"),
                real("longitude", QT_TRANSLATE_NOOP("tandem::Field", "Longitude"))
                    .range(-180, 180)
                    .group("coordinates"),
                longText("entry_points", QT_TRANSLATE_NOOP("tandem::Field", "Entry points")).needToKnow(),
                longText("hazards", QT_TRANSLATE_NOOP("tandem::Field", "Hazards")).needToKnow(),
                integer("occupants_expected",
                        QT_TRANSLATE_NOOP("tandem::Field", "Occupants expected"))
                    .range(0, 10000),
                text("assigned_team", QT_TRANSLATE_NOOP("tandem::Field", "Assigned team")).needToKnow(),
                longText("notes", QT_TRANSLATE_NOOP("tandem::Field", "Notes")).needToKnow(),
                // A search warrant is needed to enter (issue 21): approving or starting the
                // operation checks that a warrant valid on its start covers the target
                // (domain/warrants.h).
                boolean("needs_warrant", QT_TRANSLATE_NOOP("tandem::Field", "Needs a warrant")).since(10),
            },
        .parent = QStringLiteral("operation"),
        .displayField = QStringLiteral("label"),
        .onWrite = plangate::onWrite,
    });

    e.push_back({
        .name = QStringLiteral("assignment"),
        .label = QT_TRANSLATE_NOOP("tandem::Entity", "Assignment"),
        .pluralLabel = QT_TRANSLATE_NOOP("tandem::Entity", "Assignments"),
        .fields =
            {
                ref("operation", QT_TRANSLATE_NOOP("tandem::Field", "Operation"), "operation")
                    .required(),
                ref("agency", QT_TRANSLATE_NOOP("tandem::Field", "Agency"), "agency").required(),
                choice("role", QT_TRANSLATE_NOOP("tandem::Field", "Role"), kAssignmentRoles)
                    .required(),
                text("team_lead", QT_TRANSLATE_NOOP("tandem::Field", "Team lead")),
                integer("headcount", QT_TRANSLATE_NOOP("tandem::Field", "Headcount"))
                    .range(0, 10000),
                text("reporting_location",
                     QT_TRANSLATE_NOOP("tandem::Field", "Reporting location")),
                time("reporting_at", QT_TRANSLATE_NOOP("tandem::Field", "Reporting time")),
                text("radio_channel", QT_TRANSLATE_NOOP("tandem::Field", "Radio channel"))
                    .maxLength(60),
                boolean("acknowledged", QT_TRANSLATE_NOOP("tandem::Field", "Acknowledged")),
            },
        .parent = QStringLiteral("operation"),
        .displayField = QStringLiteral("role"),
        .onWrite = plangate::onWrite,
    });

    e.push_back({
        .name = QStringLiteral("task"),
        .label = QT_TRANSLATE_NOOP("tandem::Entity", "Task"),
        .pluralLabel = QT_TRANSLATE_NOOP("tandem::Entity", "Tasks"),
        .fields =
            {
                ref("operation", QT_TRANSLATE_NOOP("tandem::Field", "Operation"), "operation")
                    .required(),
                choice("phase", QT_TRANSLATE_NOOP("tandem::Field", "Phase"), kPhases).required(),
                text("title", QT_TRANSLATE_NOOP("tandem::Field", "Title")).required(),
                ref("owner_agency", QT_TRANSLATE_NOOP("tandem::Field", "Owner agency"), "agency"),
                time("due_at", QT_TRANSLATE_NOOP("tandem::Field", "Due")),
                time("done_at", QT_TRANSLATE_NOOP("tandem::Field", "Done")),
                longText("notes", QT_TRANSLATE_NOOP("tandem::Field", "Notes")),
            },
        .parent = QStringLiteral("operation"),
        .displayField = QStringLiteral("title"),
        .indexes = {{QStringLiteral("due_at")}},
        .onWrite = plangate::onWrite,
    });

    e.push_back({
        .name = QStringLiteral("survivor"),
        .label = QT_TRANSLATE_NOOP("tandem::Entity", "Survivor"),
        .pluralLabel = QT_TRANSLATE_NOOP("tandem::Entity", "Survivors"),
        .fields =
            {
                text("code", QT_TRANSLATE_NOOP("tandem::Field", "Code")).required().maxLength(20),
                ref("operation", QT_TRANSLATE_NOOP("tandem::Field", "Operation"), "operation"),
                ref("target", QT_TRANSLATE_NOOP("tandem::Field", "Recovered at"), "target"),
                time("recovered_at", QT_TRANSLATE_NOOP("tandem::Field", "Rescue time (T0)")),
                choice("age_band", QT_TRANSLATE_NOOP("tandem::Field", "Age band"), kAgeBands)
                    .byDefault(QStringLiteral("unknown")),
                boolean("minor", QT_TRANSLATE_NOOP("tandem::Field", "Minor")),
                choice("gender", QT_TRANSLATE_NOOP("tandem::Field", "Gender"), kGenders)
                    .byDefault(QStringLiteral("undisclosed")),
                text("nationality", QT_TRANSLATE_NOOP("tandem::Field", "Nationality"))
                    .maxLength(60),
                boolean("foreign_national", QT_TRANSLATE_NOOP("tandem::Field", "Foreign national")),
                list("languages", QT_TRANSLATE_NOOP("tandem::Field", "Languages")),
                choice("trafficking_type", QT_TRANSLATE_NOOP("tandem::Field", "Trafficking type"),
                       kTraffickingTypes),
                boolean("sexual_violence",
                        QT_TRANSLATE_NOOP("tandem::Field", "Sexual violence reported")),
            },
        .displayField = QStringLiteral("code"),
        .indexes = {{QStringLiteral("code")}},
        // A merge of concurrent edits (one office sets the band, another the box) can leave the
        // two apart; `check` says so.
        .validate = [](const Row& r) -> QString {
            const std::optional<bool> minor = minorByAgeBand(r.text(QStringLiteral("age_band")));
            if (minor && *minor != r.value(QStringLiteral("minor")).toBool())
                return QCoreApplication::translate("tandem::Entity", "the age band %1 and the minor box disagree")
                    .arg(ageBandLabel(r.text(QStringLiteral("age_band"))));
            return {};
        },
        // A known age band decides whether the survivor is a minor (domain/ageband.h); the box is
        // the liaison's only while the age is unknown.
        .derive = [](Row& r, const QVariantMap& given) -> QString {
            const QString band = r.text(QStringLiteral("age_band"));
            const std::optional<bool> minor = minorByAgeBand(band);
            if (!minor)
                return {};
            const QString field = QStringLiteral("minor");
            if (given.contains(field) && !given.value(field).isNull() && r.value(field).toBool() != *minor)
                return *minor ? QCoreApplication::translate("tandem::Entity",
                                                            "the age band %1 makes the survivor a minor; to "
                                                            "record an adult, change the age band")
                                    .arg(ageBandLabel(band))
                              : QCoreApplication::translate("tandem::Entity",
                                                            "the age band %1 is an adult's; when the age is in "
                                                            "doubt, choose the age band Unknown to record a "
                                                            "presumed minor")
                                    .arg(ageBandLabel(band));
            r.setValue(field, *minor);
            return {};
        },
    });

    e.push_back({
        .name = QStringLiteral("survivor_identity"),
        .label = QT_TRANSLATE_NOOP("tandem::Entity", "Survivor identity"),
        .pluralLabel = QT_TRANSLATE_NOOP("tandem::Entity", "Survivor identities"),
        .fields =
            {
                ref("survivor", QT_TRANSLATE_NOOP("tandem::Field", "Survivor"), "survivor")
                    .required(),
                text("name", QT_TRANSLATE_NOOP("tandem::Field", "Name")).sealed(),
                date("date_of_birth", QT_TRANSLATE_NOOP("tandem::Field", "Date of birth")).sealed(),
                text("contact", QT_TRANSLATE_NOOP("tandem::Field", "Contact")).sealed(),
                longText("notes", QT_TRANSLATE_NOOP("tandem::Field", "Notes")).sealed(),
            },
        .parent = QStringLiteral("survivor"),
        .displayField = QStringLiteral("survivor"),
        .sharing = SharingRule::Identity,
    });

    e.push_back({
        .name = QStringLiteral("consent"),
        .label = QT_TRANSLATE_NOOP("tandem::Entity", "Consent"),
        .pluralLabel = QT_TRANSLATE_NOOP("tandem::Entity", "Consents"),
        .fields =
            {
                ref("survivor", QT_TRANSLATE_NOOP("tandem::Field", "Survivor"), "survivor")
                    .required(),
                ref("recipient_office", QT_TRANSLATE_NOOP("tandem::Field", "Recipient office"),
                    "office"),
                ref("recipient_agency", QT_TRANSLATE_NOOP("tandem::Field", "Recipient agency"),
                    "agency"),
                choice("scope", QT_TRANSLATE_NOOP("tandem::Field", "Scope"), kConsentScopes)
                    .required(),
                time("given_at", QT_TRANSLATE_NOOP("tandem::Field", "Given")).required(),
                time("withdrawn_at", QT_TRANSLATE_NOOP("tandem::Field", "Withdrawn")),
                time("expires_at", QT_TRANSLATE_NOOP("tandem::Field", "Expires")),
                longText("notes", QT_TRANSLATE_NOOP("tandem::Field", "Notes")),
                text("withdrawn_reason", QT_TRANSLATE_NOOP("tandem::Field", "Reason for withdrawal"))
                    .since(4),
            },
        .parent = QStringLiteral("survivor"),
        .displayField = QStringLiteral("scope"),
        .validate = [](const Row& r) -> QString {
            if (r.isNull(QStringLiteral("recipient_office")) &&
                r.isNull(QStringLiteral("recipient_agency")))
                return QCoreApplication::translate("tandem::Entity",
                                                   "a consent needs a recipient office or agency");
            QString e = sharedDateOrder(
                r, "given_at", "withdrawn_at",
                QT_TRANSLATE_NOOP("tandem::Entity", "consent is withdrawn before it was given"));
            if (e.isEmpty())
                e = sharedDateOrder(
                    r, "given_at", "expires_at",
                    QT_TRANSLATE_NOOP("tandem::Entity", "consent expires before it was given"));
            return e;
        },
        .derive = [](Row& r, const QVariantMap& given) {
            return onlyWith(r, given, "withdrawn_reason", !r.isNull(QStringLiteral("withdrawn_at")),
                            QT_TRANSLATE_NOOP("tandem::Entity",
                                              "a reason for withdrawal goes only with the date of withdrawal "
                                              "(withdrawn_at)"));
        },
        // Withdrawing a consent is recorded with why (DESIGN.md §8: it recalls what was shared).
        .checkChange = [](const Store&, const Row* before, const Row& after) -> QString {
            const bool withdrawn = !after.isNull(QStringLiteral("withdrawn_at"));
            const bool was = before && !before->isNull(QStringLiteral("withdrawn_at"));
            if (withdrawn && !was && blank(after, "withdrawn_reason"))
                return QCoreApplication::translate("tandem::Entity",
                                                   "say why the consent is withdrawn (withdrawn_reason)");
            return {};
        },
        // An office's copy of the identity goes when its consent does (store/recalls.h).
        .onWrite = recalls::onConsentWrite,
    });

    e.push_back({
        .name = QStringLiteral("protocol"),
        .label = QT_TRANSLATE_NOOP("tandem::Entity", "Protocol"),
        .pluralLabel = QT_TRANSLATE_NOOP("tandem::Entity", "Protocols"),
        .fields =
            {
                uuid("family", QT_TRANSLATE_NOOP("tandem::Field", "Family")).required(),
                text("name", QT_TRANSLATE_NOOP("tandem::Field", "Name")).required(),
                integer("version", QT_TRANSLATE_NOOP("tandem::Field", "Version"))
                    .required()
                    .range(1, 100000)
                    .byDefault(1),
                text("jurisdiction", QT_TRANSLATE_NOOP("tandem::Field", "Jurisdiction")),
                choice("status", QT_TRANSLATE_NOOP("tandem::Field", "Status"), kProtocolStatus)
                    .required()
                    .byDefault(QStringLiteral("active")),
                time("next_review_at", QT_TRANSLATE_NOOP("tandem::Field", "Next review")),
                text("reviewed_by", QT_TRANSLATE_NOOP("tandem::Field", "Reviewed by")),
                longText("change_notes", QT_TRANSLATE_NOOP("tandem::Field", "What changed")),
                text("retired_reason", QT_TRANSLATE_NOOP("tandem::Field", "Reason for retiring"))
                    .since(4),
            },
        .displayField = QStringLiteral("name"),
        .indexes = {{QStringLiteral("family")}},
        .derive = [](Row& r, const QVariantMap& given) {
            return onlyWith(r, given, "retired_reason", r.text(QStringLiteral("status")) == QLatin1String("retired"),
                            QT_TRANSLATE_NOOP("tandem::Entity", "a reason for retiring goes only with a retired version"));
        },
        .checkChange = [](const Store&, const Row* before, const Row& after) -> QString {
            const bool retired = after.text(QStringLiteral("status")) == QLatin1String("retired");
            const bool was = before && before->text(QStringLiteral("status")) == QLatin1String("retired");
            if (retired && !was && blank(after, "retired_reason"))
                return QCoreApplication::translate("tandem::Entity",
                                                   "say why this version is retired (retired_reason)");
            return {};
        },
    });

    e.push_back({
        .name = QStringLiteral("protocol_step"),
        .label = QT_TRANSLATE_NOOP("tandem::Entity", "Protocol step"),
        .pluralLabel = QT_TRANSLATE_NOOP("tandem::Entity", "Protocol steps"),
        .fields =
            {
                ref("protocol", QT_TRANSLATE_NOOP("tandem::Field", "Protocol"), "protocol")
                    .required(),
                integer("position", QT_TRANSLATE_NOOP("tandem::Field", "Position"))
                    .required()
                    .range(0, 100000),
                text("title", QT_TRANSLATE_NOOP("tandem::Field", "Title")).required(),
                longText("guidance", QT_TRANSLATE_NOOP("tandem::Field", "Guidance")),
                choice("owner_role", QT_TRANSLATE_NOOP("tandem::Field", "Owner role"), kOwnerRoles)
                    .required(),
                choice("due_anchor", QT_TRANSLATE_NOOP("tandem::Field", "Due relative to"),
                       kDueAnchors)
                    .required()
                    .byDefault(QStringLiteral("t0")),
                integer("due_offset_minutes",
                        QT_TRANSLATE_NOOP("tandem::Field", "Due offset (minutes)"))
                    .range(0, 60 * 24 * 366),
                boolean("mandatory", QT_TRANSLATE_NOOP("tandem::Field", "Mandatory")),
                choice("applies_to", QT_TRANSLATE_NOOP("tandem::Field", "Applies to"), kAppliesTo)
                    .required()
                    .byDefault(QStringLiteral("all")),
                // The step's key in the protocol file ("advocate"), kept so that an exported
                // protocol reads as it was written. Older rows have none; export then makes one
                // from the title.
                text("key", QT_TRANSLATE_NOOP("tandem::Field", "Key")).maxLength(64).since(3),
            },
        .parent = QStringLiteral("protocol"),
        .displayField = QStringLiteral("title"),
    });

    e.push_back({
        .name = QStringLiteral("checklist_item"),
        .label = QT_TRANSLATE_NOOP("tandem::Entity", "Checklist step"),
        .pluralLabel = QT_TRANSLATE_NOOP("tandem::Entity", "Checklist steps"),
        .fields =
            {
                ref("survivor", QT_TRANSLATE_NOOP("tandem::Field", "Survivor"), "survivor")
                    .required(),
                ref("step", QT_TRANSLATE_NOOP("tandem::Field", "Protocol step"), "protocol_step")
                    .required(),
                time("due_at", QT_TRANSLATE_NOOP("tandem::Field", "Due")),
                choice("state", QT_TRANSLATE_NOOP("tandem::Field", "State"), kItemStates)
                    .required()
                    .byDefault(QStringLiteral("open")),
                text("done_by", QT_TRANSLATE_NOOP("tandem::Field", "Done by")),
                time("done_at", QT_TRANSLATE_NOOP("tandem::Field", "Done at")),
                longText("note", QT_TRANSLATE_NOOP("tandem::Field", "Note")),
                ref("service", QT_TRANSLATE_NOOP("tandem::Field", "Referred to"), "service"),
                // The service's answer to the referral (domain/referrals.h): accepted or refused
                // (with the reason), and when; one version, so that a merge never pairs one
                // office's "refused" with another's reason. The outcome is written later.
                choice("referral_answer", QT_TRANSLATE_NOOP("tandem::Field", "Referral answer"), kReferralAnswers)
                    .group("referral_answer")
                    .since(4),
                text("referral_reason", QT_TRANSLATE_NOOP("tandem::Field", "Reason refused"))
                    .maxLength(500)
                    .group("referral_answer")
                    .since(4),
                time("referral_answered_at", QT_TRANSLATE_NOOP("tandem::Field", "Answered"))
                    .group("referral_answer")
                    .since(4),
                longText("referral_outcome", QT_TRANSLATE_NOOP("tandem::Field", "Referral outcome")).since(4),
                // Why a step was declined by the survivor or does not apply (asked for each time).
                text("reason", QT_TRANSLATE_NOOP("tandem::Field", "Reason")).since(4),
            },
        .parent = QStringLiteral("survivor"),
        .displayField = QStringLiteral("step"),
        .indexes = {{QStringLiteral("state"), QStringLiteral("due_at")}},
        .validate = [](const Row& r) -> QString {
            const QString answer = r.text(QStringLiteral("referral_answer"));
            if (!answer.isEmpty() && r.isNull(QStringLiteral("service")))
                return QCoreApplication::translate(
                    "tandem::Entity", "a referral's answer needs the service the survivor was referred to");
            if (answer == QLatin1String("refused") && r.text(QStringLiteral("referral_reason")).trimmed().isEmpty())
                return QCoreApplication::translate("tandem::Entity",
                                                   "a refused referral needs the reason the service gave");
            if (answer != QLatin1String("refused") && !r.text(QStringLiteral("referral_reason")).isEmpty())
                return QCoreApplication::translate("tandem::Entity",
                                                   "a reason is recorded only for a refused referral");
            if (answer.isEmpty() && !r.isNull(QStringLiteral("referral_answered_at")))
                return QCoreApplication::translate("tandem::Entity",
                                                   "a referral has a time of answer but no answer");
            return {};
        },
        .derive = [](Row& r, const QVariantMap& given) {
            return onlyWith(r, given, "reason", stateNeedsReason(r.text(QStringLiteral("state"))),
                            QT_TRANSLATE_NOOP("tandem::Entity",
                                              "a reason is recorded only for a step declined by the survivor "
                                              "or not applicable"));
        },
        // A step is not set aside without a word: declined and not applicable say why.
        .checkChange = [](const Store&, const Row* before, const Row& after) -> QString {
            const QString state = after.text(QStringLiteral("state"));
            if (!stateNeedsReason(state) || (before && before->text(QStringLiteral("state")) == state)
                || !blank(after, "reason"))
                return {};
            return state == QLatin1String("declined")
                       ? QCoreApplication::translate("tandem::Entity",
                                                     "say why the survivor declined this step (reason)")
                       : QCoreApplication::translate("tandem::Entity",
                                                     "say why this step does not apply to the survivor (reason)");
        },
    });

    e.push_back({
        .name = QStringLiteral("service"),
        .label = QT_TRANSLATE_NOOP("tandem::Entity", "Service"),
        .pluralLabel = QT_TRANSLATE_NOOP("tandem::Entity", "Services"),
        .fields =
            {
                text("name", QT_TRANSLATE_NOOP("tandem::Field", "Name")).required(),
                choice("kind", QT_TRANSLATE_NOOP("tandem::Field", "Kind"), kServiceKinds)
                    .required(),
                integer("capacity", QT_TRANSLATE_NOOP("tandem::Field", "Capacity"))
                    .range(0, 100000),
                list("languages", QT_TRANSLATE_NOOP("tandem::Field", "Languages")),
                boolean("accepts_minors", QT_TRANSLATE_NOOP("tandem::Field", "Accepts minors")),
                text("contact", QT_TRANSLATE_NOOP("tandem::Field", "Contact person")),
                text("phone", QT_TRANSLATE_NOOP("tandem::Field", "Phone")).maxLength(60),
                text("email", QT_TRANSLATE_NOOP("tandem::Field", "E-mail")).maxLength(254),
                text("address", QT_TRANSLATE_NOOP("tandem::Field", "Address")),
                longText("notes", QT_TRANSLATE_NOOP("tandem::Field", "Notes")),
            },
        .displayField = QStringLiteral("name"),
    });

    e.push_back({
        .name = QStringLiteral("note"),
        .label = QT_TRANSLATE_NOOP("tandem::Entity", "Note"),
        .pluralLabel = QT_TRANSLATE_NOOP("tandem::Entity", "Notes"),
        .fields =
            {
                ref("operation", QT_TRANSLATE_NOOP("tandem::Field", "Operation"), "operation")
                    .required(),
                time("at", QT_TRANSLATE_NOOP("tandem::Field", "Time")).required(),
                text("author", QT_TRANSLATE_NOOP("tandem::Field", "Author")).person(),
                choice("kind", QT_TRANSLATE_NOOP("tandem::Field", "Kind"), kNoteKinds)
                    .required()
                    .byDefault(QStringLiteral("log")),
                longText("text", QT_TRANSLATE_NOOP("tandem::Field", "Text")).required(),
                // A log entry marked as a lesson learned (schema 4): it stays in the log at its
                // time and is listed with the lessons of the after-action report.
                boolean("lesson", QT_TRANSLATE_NOOP("tandem::Field", "Lesson learned")).since(4),
            },
        .parent = QStringLiteral("operation"),
        .displayField = QStringLiteral("text"),
        .onWrite = plangate::onWrite,
    });

    e.push_back({
        .name = QStringLiteral("meeting"),
        .label = QT_TRANSLATE_NOOP("tandem::Entity", "Meeting"),
        .pluralLabel = QT_TRANSLATE_NOOP("tandem::Entity", "Meetings"),
        .fields =
            {
                choice("kind", QT_TRANSLATE_NOOP("tandem::Field", "Kind"), kMeetingKinds)
                    .required(),
                text("title", QT_TRANSLATE_NOOP("tandem::Field", "Title")).required(),
                time("starts_at", QT_TRANSLATE_NOOP("tandem::Field", "Starts")).required(),
                time("ends_at", QT_TRANSLATE_NOOP("tandem::Field", "Ends")),
                text("place", QT_TRANSLATE_NOOP("tandem::Field", "Place")),
                ref("organiser", QT_TRANSLATE_NOOP("tandem::Field", "Organiser"), "agency"),
                longText("topics", QT_TRANSLATE_NOOP("tandem::Field", "Topics")),
                longText("minutes", QT_TRANSLATE_NOOP("tandem::Field", "Minutes")),
            },
        .displayField = QStringLiteral("title"),
        .indexes = {{QStringLiteral("starts_at")}},
        .validate =
            [](const Row& r) {
                return sharedDateOrder(
                    r, "starts_at", "ends_at",
                    QT_TRANSLATE_NOOP("tandem::Entity", "the meeting ends before it starts"));
            },
        // What was agreed at a meeting is due after it: a meeting does not move past its own
        // action items.
        .checkChange = [](const Store& store, const Row* before, const Row& after) -> QString {
            const QDateTime starts = after.value(QStringLiteral("starts_at")).toDateTime();
            if (!before || !starts.isValid() || before->value(QStringLiteral("starts_at")).toDateTime() == starts)
                return {};
            Result<QSqlQuery> q = store.exec(
                QStringLiteral("SELECT title, due_at FROM action_item WHERE meeting = ? AND deleted = 0 "
                               "AND due_at < ? ORDER BY due_at LIMIT 1"),
                {after.id.toRfc4122(), starts.toSecsSinceEpoch()});
            if (!q || !q->next())
                return {};
            return QCoreApplication::translate("tandem::Entity",
                                               "its action item \"%1\" is due (%2) before the new start (%3); "
                                               "move the action item first")
                .arg(q->value(0).toString(),
                     value::isoTime(QDateTime::fromSecsSinceEpoch(q->value(1).toLongLong(), Qt::UTC)),
                     value::isoTime(starts));
        },
    });

    // Attendance is a collection of its own rows (DESIGN.md §3) so that two offices recording
    // attendance of one meeting concurrently both keep theirs.
    e.push_back({
        .name = QStringLiteral("attendance"),
        .label = QT_TRANSLATE_NOOP("tandem::Entity", "Attendance"),
        .pluralLabel = QT_TRANSLATE_NOOP("tandem::Entity", "Attendance"),
        .fields =
            {
                ref("meeting", QT_TRANSLATE_NOOP("tandem::Field", "Meeting"), "meeting").required(),
                ref("agency", QT_TRANSLATE_NOOP("tandem::Field", "Agency"), "agency").required(),
                integer("headcount", QT_TRANSLATE_NOOP("tandem::Field", "People")).range(0, 10000),
            },
        .parent = QStringLiteral("meeting"),
        .displayField = QStringLiteral("agency"),
    });

    e.push_back({
        .name = QStringLiteral("action_item"),
        .label = QT_TRANSLATE_NOOP("tandem::Entity", "Action item"),
        .pluralLabel = QT_TRANSLATE_NOOP("tandem::Entity", "Action items"),
        .fields =
            {
                ref("meeting", QT_TRANSLATE_NOOP("tandem::Field", "Meeting"), "meeting"),
                ref("operation", QT_TRANSLATE_NOOP("tandem::Field", "Operation"), "operation"),
                text("title", QT_TRANSLATE_NOOP("tandem::Field", "Title")).required(),
                ref("owner_agency", QT_TRANSLATE_NOOP("tandem::Field", "Owner agency"), "agency"),
                time("due_at", QT_TRANSLATE_NOOP("tandem::Field", "Due")),
                time("done_at", QT_TRANSLATE_NOOP("tandem::Field", "Done")),
            },
        .displayField = QStringLiteral("title"),
        .indexes = {{QStringLiteral("due_at")}},
        // Agreed at a meeting, due after it starts.
        .checkChange = [](const Store& store, const Row* before, const Row& after) -> QString {
            const QDateTime due = after.value(QStringLiteral("due_at")).toDateTime();
            const QUuid meeting = after.value(QStringLiteral("meeting")).toUuid();
            if (!due.isValid() || meeting.isNull()
                || (before && before->value(QStringLiteral("due_at")).toDateTime() == due
                    && before->value(QStringLiteral("meeting")).toUuid() == meeting))
                return {};
            Result<Row> m = store.get(QStringLiteral("meeting"), meeting);
            const QDateTime starts = m && !m->deleted ? m->value(QStringLiteral("starts_at")).toDateTime() : QDateTime();
            if (!starts.isValid() || due >= starts)
                return {};
            return QCoreApplication::translate("tandem::Entity",
                                               "the action item is due (%1) before its meeting starts (%2)")
                .arg(value::isoTime(due), value::isoTime(starts));
        },
    });

    e.push_back({
        .name = QStringLiteral("tip"),
        .label = QT_TRANSLATE_NOOP("tandem::Entity", "Tip"),
        .pluralLabel = QT_TRANSLATE_NOOP("tandem::Entity", "Tips"),
        .fields =
            {
                time("received_at", QT_TRANSLATE_NOOP("tandem::Field", "Received")).required(),
                choice("channel", QT_TRANSLATE_NOOP("tandem::Field", "Channel"), kTipChannels)
                    .required(),
                text("place", QT_TRANSLATE_NOOP("tandem::Field", "Place")),
                list("indicators", QT_TRANSLATE_NOOP("tandem::Field", "Indicators"), kIndicators),
                longText("description", QT_TRANSLATE_NOOP("tandem::Field", "Description")),
                longText("source", QT_TRANSLATE_NOOP("tandem::Field", "Source (protected)")),
                choice("credibility", QT_TRANSLATE_NOOP("tandem::Field", "Credibility"),
                       kCredibility)
                    .required()
                    .byDefault(QStringLiteral("unknown")),
                choice("status", QT_TRANSLATE_NOOP("tandem::Field", "Status"), kTipStatus)
                    .required()
                    .byDefault(QStringLiteral("new")),
                ref("operation", QT_TRANSLATE_NOOP("tandem::Field", "Linked operation"),
                    "operation"),
            },
        .displayField = QStringLiteral("place"),
        .defaultSharing = QStringLiteral("office"),
        .indexes = {{QStringLiteral("received_at")}},
        // A tip records what was reported; one that says nothing cannot be assessed or linked.
        .validate = [](const Row& r) -> QString {
            if (blank(r, "place") && blank(r, "description") && r.value(QStringLiteral("indicators")).toStringList().isEmpty())
                return QCoreApplication::translate("tandem::Entity",
                                                   "a tip needs what was reported: a place, an indicator or a "
                                                   "description");
            return {};
        },
    });

    e.push_back({
        .name = QStringLiteral("feedback"),
        .label = QT_TRANSLATE_NOOP("tandem::Entity", "Feedback"),
        .pluralLabel = QT_TRANSLATE_NOOP("tandem::Entity", "Feedback"),
        .fields =
            {
                ref("operation", QT_TRANSLATE_NOOP("tandem::Field", "Operation"), "operation"),
                ref("meeting", QT_TRANSLATE_NOOP("tandem::Field", "Meeting"), "meeting"),
                ref("agency", QT_TRANSLATE_NOOP("tandem::Field", "Agency"), "agency").required(),
                integer("rating_planning", QT_TRANSLATE_NOOP("tandem::Field", "Planning (1–5)"))
                    .range(1, 5),
                integer("rating_communication",
                        QT_TRANSLATE_NOOP("tandem::Field", "Communication (1–5)"))
                    .range(1, 5),
                integer("rating_victim_care",
                        QT_TRANSLATE_NOOP("tandem::Field", "Victim care (1–5)"))
                    .range(1, 5),
                integer("rating_safety", QT_TRANSLATE_NOOP("tandem::Field", "Safety (1–5)"))
                    .range(1, 5),
                longText("what_worked", QT_TRANSLATE_NOOP("tandem::Field", "What worked")),
                longText("what_to_change", QT_TRANSLATE_NOOP("tandem::Field", "What to change")),
            },
        .displayField = QStringLiteral("agency"),
        .validate = [](const Row& r) -> QString {
            if (r.isNull(QStringLiteral("operation")) == r.isNull(QStringLiteral("meeting")))
                return QCoreApplication::translate(
                    "tandem::Entity", "feedback is about exactly one operation or one meeting");
            return {};
        },
    });

    // What changed in a plan after it was approved (schema 5): one row per field of the operation,
    // its targets, assignments or timeline changed while it was approved or briefed, written by
    // the plan's rule on the Store's write path (domain/plangate.h), never by hand. A plan with a
    // change made since its approval (approval equal to the operation's approved_at) must be
    // approved again before it is briefed or started.
    e.push_back({
        .name = QStringLiteral("plan_change"),
        .label = QT_TRANSLATE_NOOP("tandem::Entity", "Change since approval"),
        .pluralLabel = QT_TRANSLATE_NOOP("tandem::Entity", "Changes since approval"),
        .fields =
            {
                ref("operation", QT_TRANSLATE_NOOP("tandem::Field", "Operation"), "operation").required(),
                text("subject", QT_TRANSLATE_NOOP("tandem::Field", "Record type")).required().maxLength(40),
                uuid("record", QT_TRANSLATE_NOOP("tandem::Field", "Record")).required(),
                text("record_label", QT_TRANSLATE_NOOP("tandem::Field", "Record")),
                text("field", QT_TRANSLATE_NOOP("tandem::Field", "Field")).maxLength(60),
                longText("old_value", QT_TRANSLATE_NOOP("tandem::Field", "Old value")),
                longText("new_value", QT_TRANSLATE_NOOP("tandem::Field", "New value")),
                text("changed_by", QT_TRANSLATE_NOOP("tandem::Field", "Changed by")),
                time("changed_at", QT_TRANSLATE_NOOP("tandem::Field", "Changed")).required(),
                time("approval", QT_TRANSLATE_NOOP("tandem::Field", "Approval")),
            },
        .parent = QStringLiteral("operation"),
        .displayField = QStringLiteral("field"),
        .since = 5,
        .onWrite = plangate::onWrite,
    });

    // A recall (schema 6, DESIGN.md §8): a survivor's identity, or one office's copy of it, is to
    // be erased. Made by erasing an identity (domain/erasure.h) and by withdrawing a consent for
    // an office; it travels to every office, and each office it addresses erases its copy when it
    // merges it (store/recalls.h). It names the survivor by id only. Never changed once made.
    e.push_back({
        .name = QStringLiteral("recall"),
        .label = QT_TRANSLATE_NOOP("tandem::Entity", "Recall"),
        .pluralLabel = QT_TRANSLATE_NOOP("tandem::Entity", "Recalls"),
        .fields =
            {
                uuid("survivor", QT_TRANSLATE_NOOP("tandem::Field", "Survivor")).required(),
                // The office whose copy is recalled; none: every office's.
                uuid("recipient", QT_TRANSLATE_NOOP("tandem::Field", "Recipient office")),
                choice("kind", QT_TRANSLATE_NOOP("tandem::Field", "Kind"), kRecallKinds).required(),
                text("reason", QT_TRANSLATE_NOOP("tandem::Field", "Reason")).required().maxLength(500),
                time("issued_at", QT_TRANSLATE_NOOP("tandem::Field", "Issued")).required(),
                // The office that issued it (schema 9): any machine of it may (sync/seats.h), so
                // the site of its version no longer tells. Versioned with the survivor field: a
                // recall is written once. Older recalls have none; their version's site is their
                // office's.
                uuid("issued_by", QT_TRANSLATE_NOOP("tandem::Field", "Issued by")).group("survivor").since(9),
            },
        .displayField = QStringLiteral("kind"),
        .sharing = SharingRule::Always,
        .indexes = {{QStringLiteral("survivor")}},
        .since = 6,
        .checkChange = [](const Store&, const Row* before, const Row&) -> QString {
            if (before)
                return QCoreApplication::translate("tandem::Entity", "a recall is not changed once it is made");
            return {};
        },
        .onWrite = [](Store&, const Row* before, const Row* after) -> Result<void> {
            if (before && !after)
                return makeError(QCoreApplication::translate("tandem::Entity", "a recall stays: it is what keeps "
                                                                               "an erased identity erased"));
            return {};
        },
    });

    // A warrant (schema 10, issue 21): the legal authority to enter the targets it covers, valid
    // from its issue to its expiry. Its "targets" are ids of targets of its own operation
    // (domain/warrants.h); a target that needs a warrant is covered by one valid on the
    // operation's start before the operation is approved or started.
    e.push_back({
        .name = QStringLiteral("warrant"),
        .label = QT_TRANSLATE_NOOP("tandem::Entity", "Warrant"),
        .pluralLabel = QT_TRANSLATE_NOOP("tandem::Entity", "Warrants"),
        .fields =
            {
                ref("operation", QT_TRANSLATE_NOOP("tandem::Field", "Operation"), "operation").required(),
                text("number", QT_TRANSLATE_NOOP("tandem::Field", "Warrant number")).required().maxLength(80),
                text("court", QT_TRANSLATE_NOOP("tandem::Field", "Issuing court")).required().maxLength(200),
                text("judge", QT_TRANSLATE_NOOP("tandem::Field", "Judge")).maxLength(200),
                time("issued_at", QT_TRANSLATE_NOOP("tandem::Field", "Issued")).required(),
                time("expires_at", QT_TRANSLATE_NOOP("tandem::Field", "Expires")).required(),
                list("targets", QT_TRANSLATE_NOOP("tandem::Field", "Targets covered")).refs("target"),
                longText("notes", QT_TRANSLATE_NOOP("tandem::Field", "Notes")),
            },
        .parent = QStringLiteral("operation"),
        .displayField = QStringLiteral("number"),
        .since = 10,
        .validate = [](const Row& row) -> QString {
            const QDateTime issued = row.value(QStringLiteral("issued_at")).toDateTime();
            const QDateTime expires = row.value(QStringLiteral("expires_at")).toDateTime();
            if (issued.isValid() && expires.isValid() && expires < issued)
                return QCoreApplication::translate("tandem::Entity", "a warrant expires after it is issued");
            return {};
        },
        .derive = warrants::canonicalTargets,
        .checkChange = warrants::targetsProblem,
        .onWrite = plangate::onWrite,
    });

    e.push_back(attachmentOf("operation", QT_TRANSLATE_NOOP("tandem::Entity", "Operation attachment"),
                             QT_TRANSLATE_NOOP("tandem::Entity", "Operation attachments"),
                             QT_TRANSLATE_NOOP("tandem::Field", "Operation"), false));
    e.back().onWrite = plangate::onWrite;
    e.push_back(attachmentOf("target", QT_TRANSLATE_NOOP("tandem::Entity", "Target attachment"),
                             QT_TRANSLATE_NOOP("tandem::Entity", "Target attachments"), QT_TRANSLATE_NOOP("tandem::Field", "Target"),
                             false));
    e.push_back(attachmentOf("warrant", QT_TRANSLATE_NOOP("tandem::Entity", "Warrant scan"),
                             QT_TRANSLATE_NOOP("tandem::Entity", "Warrant scans"), QT_TRANSLATE_NOOP("tandem::Field", "Warrant"),
                             false));
    e.push_back(attachmentOf("survivor", QT_TRANSLATE_NOOP("tandem::Entity", "Survivor attachment"),
                             QT_TRANSLATE_NOOP("tandem::Entity", "Survivor attachments"),
                             QT_TRANSLATE_NOOP("tandem::Field", "Survivor"), true));
    e.push_back(attachmentOf("meeting", QT_TRANSLATE_NOOP("tandem::Entity", "Meeting attachment"),
                             QT_TRANSLATE_NOOP("tandem::Entity", "Meeting attachments"),
                             QT_TRANSLATE_NOOP("tandem::Field", "Meeting"), false));
    e.push_back(attachmentOf("tip", QT_TRANSLATE_NOOP("tandem::Entity", "Tip attachment"),
                             QT_TRANSLATE_NOOP("tandem::Entity", "Tip attachments"), QT_TRANSLATE_NOOP("tandem::Field", "Tip"), false));

    return e;
}

} // namespace tandem
