// The operation order (briefing pack): the plan as teams are briefed on it, ICS-204 assignments
// per agency, the timeline, and the survivors' packet for victim services.

#include "reportcontext.h"

#include "floorplan.h"
#include "store/attachmentstore.h"

#include "store/row.h"
#include "store/value.h"

#include <QMap>

namespace tandem::report::detail {
namespace {

const QStringList kPhases{QStringLiteral("preparation"), QStringLiteral("briefing"),
                          QStringLiteral("execution"),   QStringLiteral("post_rescue"),
                          QStringLiteral("follow_up"),   QStringLiteral("debrief")};

// A part of the plan: the operation's `fields`, each under its label in the registry.
Section planSection(const QString& title, const Context& c, const QStringList& fields)
{
    Section s{title, 1, {}};
    std::vector<Field> list;
    for (const QString& field : fields) {
        if (c.shows(field))
            list.push_back({c.heading(field), orNotRecorded(c.show(field))});
    }
    s.blocks.push_back(Block::fieldList(std::move(list)));
    return s;
}

// "51.50740, -0.12780" and its geo: URI (RFC 5870), or nothing when either is not recorded.
// Degrees as GPS devices and map services take them, whatever the language of the report.
std::pair<QString, QString> coordinates(const Row& target)
{
    const QVariant lat = target.value(QStringLiteral("latitude"));
    const QVariant lon = target.value(QStringLiteral("longitude"));
    if (lat.isNull() || lon.isNull())
        return {};
    const QString a = QString::number(lat.toDouble(), 'f', 5);
    const QString b = QString::number(lon.toDouble(), 'f', 5);
    return {QStringLiteral("%1, %2").arg(a, b), QStringLiteral("geo:%1,%2").arg(a, b)};
}

// The target's floor plan: its first image or PDF attached, as a picture with its title; a line
// naming the file when the keys to open it were not given or it cannot be read. Nothing when no
// such file is attached.
Result<std::optional<Block>> floorPlanBlock(const Context& c, const Row& target)
{
    Result<std::vector<attachments::Attachment>> files = attachments::list(c.store(), QStringLiteral("target"), target.id);
    if (!files)
        return files.error();
    const auto plan = std::find_if(files->begin(), files->end(),
                                   [](const attachments::Attachment& a) { return isPlanType(a.mediaType); });
    if (plan == files->end())
        return std::optional<Block>();
    const QString title = plan->title;
    if (!c.options().keys)
        return std::optional<Block>(Block::paragraph(
            Report::tr("Floor plan: “%1” (not printed: the office's keys were not unlocked for this report).").arg(title)));
    Result<QByteArray> bytes = attachments::readAll(c.store(), *c.options().keys, *plan, attachments::kMaxLimit);
    QString problem;
    const QImage image = bytes ? floorPlanImage(*bytes, plan->mediaType, &problem) : QImage();
    if (image.isNull())
        return std::optional<Block>(
            Block::paragraph(Report::tr("Floor plan: “%1” (not printed: %2).").arg(title, bytes ? problem : bytes.error().message)));
    return std::optional<Block>(Block::picture(image, Report::tr("Floor plan: %1").arg(title)));
}

// The targets, one part each: where it is (address and coordinates, a link to a map in HTML),
// how to get in, what to expect there and who goes.
Result<std::vector<Section>> targetSections(const Context& c)
{
    Result<std::vector<Row>> targets = c.children(QStringLiteral("target"), QStringLiteral("label, id"));
    if (!targets)
        return targets.error();
    std::vector<Section> out{Section{Report::tr("Targets"), 1, {}}};
    if (targets->empty()) {
        out.back().blocks.push_back(Block::paragraph(Report::tr("No targets are recorded.")));
        return out;
    }
    // The warrants that cover each target (domain/warrants.h): number, court and validity.
    Result<std::vector<Row>> warrantRows = c.children(QStringLiteral("warrant"), QStringLiteral("expires_at DESC, id"));
    if (!warrantRows)
        return warrantRows.error();
    const auto warrantText = [&](const Row& target) {
        const QString id = value::idText(target.id);
        QStringList lines;
        for (const Row& w : *warrantRows) {
            if (!w.value(QStringLiteral("targets")).toStringList().contains(id))
                continue;
            lines << Report::tr("%1, %2, valid %3 to %4")
                         .arg(w.text(QStringLiteral("number")), w.text(QStringLiteral("court")),
                              c.show(w, QStringLiteral("issued_at")), c.show(w, QStringLiteral("expires_at")));
        }
        if (lines.isEmpty())
            return target.value(QStringLiteral("needs_warrant")).toBool() ? Report::tr("Needed; none is recorded.") : QString();
        return lines.join(QLatin1Char('\n'));
    };
    for (const Row& r : *targets) {
        const auto [where, link] = coordinates(r);
        std::vector<Field> fields{
            {c.heading(QStringLiteral("target"), QStringLiteral("address")), orNotRecorded(r.text(QStringLiteral("address")))},
            {Report::tr("Coordinates"), where.isEmpty() ? Report::tr("Not recorded.") : where, link},
            {c.heading(QStringLiteral("target"), QStringLiteral("occupants_expected")),
             orNotRecorded(c.show(r, QStringLiteral("occupants_expected")))},
        };
        if (const QString warrant = warrantText(r); !warrant.isEmpty())
            fields.push_back({Report::tr("Warrant"), warrant});
        for (Field& f : needToKnowTargetFields(c, r))
            fields.push_back(std::move(f));
        Section s{r.text(QStringLiteral("label")), 2, {}};
        s.blocks.push_back(Block::fieldList(std::move(fields)));
        // The floor plan is intelligence on the premises: in the copies that hold entry points.
        if (c.needToKnow()) {
            Result<std::optional<Block>> plan = floorPlanBlock(c, r);
            if (!plan)
                return plan.error();
            if (*plan)
                s.blocks.push_back(std::move(**plan));
        }
        out.push_back(std::move(s));
    }
    return out;
}

// ICS-204: one part per agency, its contact, and its teams' assignments.
Result<std::vector<Section>> assignmentSections(const Context& c)
{
    Result<std::vector<Row>> rows =
        c.children(QStringLiteral("assignment"), QStringLiteral("reporting_at IS NULL, reporting_at, id"));
    if (!rows)
        return rows.error();
    std::vector<Section> out;
    out.push_back(Section{Report::tr("Assignments (ICS-204)"), 1, {}});
    if (rows->empty()) {
        out.back().blocks.push_back(Block::paragraph(Report::tr("No agency has an assignment yet.")));
        return out;
    }
    // Agencies in the order of their first assignment, the lead agency first.
    QList<QUuid> order;
    const QUuid lead = c.operation().value(QStringLiteral("lead_agency")).toUuid();
    for (const Row& r : *rows) {
        const QUuid agency = r.value(QStringLiteral("agency")).toUuid();
        if (!order.contains(agency))
            order << agency;
    }
    if (order.removeOne(lead))
        order.prepend(lead);
    // An agency's copy: its own part in full, the others by name and role only (as the
    // organisation list of an action plan shows them), never their leads, people or channels.
    Table others;
    others.title = Report::tr("Other agencies taking part");
    others.columns = QStringList{c.heading(QStringLiteral("assignment"), QStringLiteral("agency")),
                                 c.heading(QStringLiteral("assignment"), QStringLiteral("role"))};
    others.widths = {60, 40};
    for (const QUuid& agencyId : order) {
        if (!c.showsAgency(agencyId)) {
            QStringList roles;
            for (const Row& r : *rows) {
                if (r.value(QStringLiteral("agency")).toUuid() == agencyId && !roles.contains(r.text(QStringLiteral("role"))))
                    roles << r.text(QStringLiteral("role"));
            }
            const Agency* a = c.agency(agencyId);
            others.rows.push_back({a ? a->name : Report::tr("(deleted agency)"), rolesText(c, roles)});
            continue;
        }
        const Agency* a = c.agency(agencyId);
        Section s{a ? a->name : Report::tr("(deleted agency)"), 2, {}};
        if (a) {
            QStringList contact;
            if (!a->contact.isEmpty())
                contact << a->contact;
            if (!a->phone.isEmpty())
                contact << a->phone;
            QString line = c.label(QStringLiteral("agency"), QStringLiteral("kind"), a->kind);
            if (!contact.isEmpty())
                line += QStringLiteral(" · ") + Report::tr("Contact: %1").arg(contact.join(QStringLiteral(", ")));
            s.blocks.push_back(Block::paragraph(line));
        }
        Table t;
        t.title = Report::tr("Assignments of %1").arg(s.title);
        for (const char* field : {"role", "team_lead", "headcount", "reporting_location", "reporting_at",
                                  "radio_channel", "acknowledged"})
            t.columns << c.heading(QStringLiteral("assignment"), QString::fromLatin1(field));
        t.widths = {11, 15, 11, 21, 14, 11, 14};
        t.numericColumns = {2};
        for (const Row& r : *rows) {
            if (r.value(QStringLiteral("agency")).toUuid() != agencyId)
                continue;
            t.rows.push_back({c.show(r, QStringLiteral("role")), r.text(QStringLiteral("team_lead")),
                              c.show(r, QStringLiteral("headcount")),
                              r.text(QStringLiteral("reporting_location")),
                              c.show(r, QStringLiteral("reporting_at")),
                              r.text(QStringLiteral("radio_channel")),
                              c.show(r, QStringLiteral("acknowledged"))});
        }
        s.blocks.push_back(Block::tableOf(std::move(t)));
        out.push_back(std::move(s));
    }
    if (!others.rows.empty()) {
        Section s{others.title, 2, {}};
        s.blocks.push_back(Block::tableOf(std::move(others)));
        out.push_back(std::move(s));
    }
    return out;
}

Result<Section> timelineSection(const Context& c)
{
    Result<std::vector<Row>> tasks = c.children(QStringLiteral("task"), QStringLiteral("due_at IS NULL, due_at, id"));
    if (!tasks)
        return tasks.error();
    std::stable_sort(tasks->begin(), tasks->end(), [](const Row& a, const Row& b) {
        return kPhases.indexOf(a.text(QStringLiteral("phase"))) < kPhases.indexOf(b.text(QStringLiteral("phase")));
    });
    Table t;
    for (const char* field : {"phase", "title", "owner_agency", "due_at"})
        t.columns << c.heading(QStringLiteral("task"), QString::fromLatin1(field));
    t.widths = {12, 44, 24, 16};
    t.emptyText = Report::tr("No tasks are planned.");
    for (const Row& r : *tasks) {
        // An agency's copy: its own tasks and those of no agency in particular.
        const QUuid owner = r.value(QStringLiteral("owner_agency")).toUuid();
        if (!owner.isNull() && !c.showsAgency(owner))
            continue;
        t.rows.push_back({c.show(r, QStringLiteral("phase")), r.text(QStringLiteral("title")),
                          c.show(r, QStringLiteral("owner_agency")), c.show(r, QStringLiteral("due_at"))});
    }
    Section s{Report::tr("Timeline"), 1, {}};
    if (c.agencyCopy())
        s.blocks.push_back(Block::paragraph(Report::tr("The tasks of %1 and those of no agency in particular.")
                                                .arg(c.agencyCopy()->agencyName)));
    s.blocks.push_back(Block::tableOf(std::move(t)));
    return s;
}

// What victim services need to get ready: who they expect, in which languages, with which needs,
// and who else cares for survivors in this operation.
Result<std::vector<Section>> survivorsPacket(const Context& c, const std::vector<SurvivorLine>& survivors)
{
    Section s{Report::tr("Survivors' packet (for victim services)"), 1, {}};
    std::vector<Field> fields{
        {c.heading(QStringLiteral("expected_survivors")), orNotRecorded(c.show(QStringLiteral("expected_survivors")))},
        {c.heading(QStringLiteral("expected_minors")), orNotRecorded(c.show(QStringLiteral("expected_minors")))},
        {c.heading(QStringLiteral("expected_languages")), orNotRecorded(c.show(QStringLiteral("expected_languages")))},
        {c.heading(QStringLiteral("special_needs")), orNotRecorded(c.show(QStringLiteral("special_needs")))},
        {c.heading(QStringLiteral("nearest_hospital")), orNotRecorded(c.show(QStringLiteral("nearest_hospital")))},
    };
    Result<QSqlQuery> carers = c.query(
        QStringLiteral("SELECT DISTINCT a.agency FROM assignment a WHERE a.operation = ? AND a.deleted = 0 "
                       "AND a.role IN ('victim_services', 'medical', 'interpreter', 'child_protection')"),
        {c.operationKey()});
    if (!carers)
        return carers.error();
    QStringList names;
    while (carers->next())
        names << c.agencyName(QUuid::fromRfc4122(carers->value(0).toByteArray()));
    names.sort(Qt::CaseInsensitive);
    fields.push_back({Report::tr("Care agencies assigned"),
                      names.isEmpty() ? Report::tr("None assigned yet.") : names.join(QStringLiteral(", "))});
    s.blocks.push_back(Block::fieldList(std::move(fields)));
    std::vector<Section> out{std::move(s)};
    if (!survivors.empty()) {
        Section recorded{Report::tr("Survivors recorded so far"), 2, {}};
        recorded.blocks.push_back(Block::paragraph(
            c.options().identities
                ? Report::tr("Names and dates of birth appear only for survivors who agreed to share "
                             "their identity with the recipient of this copy.")
                : Report::tr("Survivors are named by their codes only.")));
        recorded.blocks.push_back(Block::tableOf(survivorTable(c, survivors, false)));
        out.push_back(std::move(recorded));
    }
    return out;
}

} // namespace

Result<Document> buildOperationOrder(const Context& c, const std::vector<SurvivorLine>& survivors)
{
    Document d;
    d.documentType = Report::tr("Operation order");
    d.titleBlock = titleBlock(c);
    const Row& op = c.operation();
    std::vector<Field> briefing{{c.heading(QStringLiteral("briefing_at")), c.show(QStringLiteral("briefing_at"))},
                                {c.heading(QStringLiteral("briefing_place")), op.text(QStringLiteral("briefing_place"))}};
    for (Field& f : briefing) {
        if (!f.value.isEmpty())
            d.titleBlock.push_back(f);
    }

    d.sections.push_back(planSection(Report::tr("Situation and objectives"), c,
                                     {QStringLiteral("objectives"),
                                      QStringLiteral("legal_authority")}));
    d.sections.push_back(planSection(Report::tr("Risk assessment"), c,
                                     {QStringLiteral("risk_level"),
                                      QStringLiteral("risk_hazards"),
                                      QStringLiteral("risk_mitigations")}));
    Result<std::vector<Section>> targets = targetSections(c);
    if (!targets)
        return targets.error();
    for (Section& s : *targets)
        d.sections.push_back(std::move(s));
    Result<std::vector<Section>> assignments = assignmentSections(c);
    if (!assignments)
        return assignments.error();
    for (Section& s : *assignments)
        d.sections.push_back(std::move(s));
    d.sections.push_back(planSection(Report::tr("Communications"), c,
                                     {QStringLiteral("comms_plan"), QStringLiteral("code_words")}));
    d.sections.push_back(planSection(Report::tr("Contingency and medical plan"), c,
                                     {QStringLiteral("contingency_plan"),
                                      QStringLiteral("medical_plan"),
                                      QStringLiteral("nearest_hospital")}));
    Result<Section> timeline = timelineSection(c);
    if (!timeline)
        return timeline.error();
    d.sections.push_back(std::move(*timeline));
    // The log is what was seen and decided: intelligence, for those who need to know.
    if (c.needToKnow()) {
        Result<Table> log = logTable(c);
        if (!log)
            return log.error();
        log->emptyText = Report::tr("Nothing is logged yet.");
        Section logged{Report::tr("Operation log"), 1, {}};
        logged.blocks.push_back(Block::tableOf(std::move(*log)));
        d.sections.push_back(std::move(logged));
    }
    Result<std::vector<Section>> packet = survivorsPacket(c, survivors);
    if (!packet)
        return packet.error();
    for (Section& s : *packet)
        d.sections.push_back(std::move(s));
    return d;
}

} // namespace tandem::report::detail
