// The assignment sheet (ICS-204 style): one agency's part in an operation on its own, for the team
// to carry. Built only as an agency's copy (needtoknow::AgencyPart): what it shows beyond the
// agency's own part follows the same rule as the operation order.

#include "reportcontext.h"

#include "store/store.h"

namespace tandem::report::detail {
namespace {

const QString kAssignment = QStringLiteral("assignment");

// One assignment of the agency: who leads, how many, where and when to report, on which channel.
std::vector<Field> assignmentFields(const Context& c, const Row& r)
{
    std::vector<Field> fields;
    for (const char* name : {"role", "team_lead", "headcount", "reporting_location", "reporting_at", "radio_channel",
                             "acknowledged"}) {
        const QString field = QString::fromLatin1(name);
        fields.push_back({c.heading(kAssignment, field), orNotRecorded(c.show(r, field))});
    }
    return fields;
}

Result<Section> tasksSection(const Context& c, const QUuid& agency)
{
    Result<std::vector<Row>> tasks = c.store().select(
        QStringLiteral("task"), QStringLiteral("operation = ? AND owner_agency = ? AND deleted = 0"),
        {c.operationKey(), agency.toRfc4122()}, QStringLiteral("due_at IS NULL, due_at, id"));
    if (!tasks)
        return tasks.error();
    Table t;
    for (const char* field : {"phase", "title", "due_at", "done_at"})
        t.columns << c.heading(QStringLiteral("task"), QString::fromLatin1(field));
    t.widths = {14, 50, 18, 18};
    t.emptyText = Report::tr("No tasks are given to this agency.");
    for (const Row& r : *tasks)
        t.rows.push_back({c.show(r, QStringLiteral("phase")), r.text(QStringLiteral("title")),
                          c.show(r, QStringLiteral("due_at")), c.show(r, QStringLiteral("done_at"))});
    Section s{Report::tr("Tasks"), 1, {}};
    s.blocks.push_back(Block::tableOf(std::move(t)));
    return s;
}

// The operation's fields under their labels, those this copy shows.
std::vector<Field> operationFields(const Context& c, const QStringList& fields)
{
    std::vector<Field> out;
    for (const QString& field : fields) {
        if (c.shows(field))
            out.push_back({c.heading(field), orNotRecorded(c.show(field))});
    }
    return out;
}

// What only the need-to-know roles see: the operation's hazards and code words, and each target's
// address, entry points, hazards, assigned team and notes.
Result<std::vector<Section>> needToKnowSections(const Context& c)
{
    std::vector<Section> out;
    Section s{Report::tr("Need to know"), 1, {}};
    s.blocks.push_back(Block::paragraph(Report::tr("For %1 only: do not pass on.")
                                            .arg(rolesText(c, needtoknow::roles(c.operation())))));
    s.blocks.push_back(Block::fieldList(operationFields(c, {QStringLiteral("risk_hazards"), QStringLiteral("code_words")})));
    out.push_back(std::move(s));
    Result<std::vector<Row>> targets = c.children(QStringLiteral("target"), QStringLiteral("label, id"));
    if (!targets)
        return targets.error();
    for (const Row& r : *targets) {
        std::vector<Field> fields{{c.heading(QStringLiteral("target"), QStringLiteral("address")),
                                   orNotRecorded(r.text(QStringLiteral("address")))}};
        for (Field& f : needToKnowTargetFields(c, r))
            fields.push_back(std::move(f));
        Section t{r.text(QStringLiteral("label")), 2, {}};
        t.blocks.push_back(Block::fieldList(std::move(fields)));
        out.push_back(std::move(t));
    }
    return out;
}

} // namespace

Result<Document> buildAssignmentSheet(const Context& c)
{
    const needtoknow::AgencyPart* part = c.agencyCopy();
    if (!part)
        return makeError(Report::tr("an assignment sheet is one agency's: name the agency it is for"));
    Document d;
    d.documentType = Report::tr("Assignment sheet (ICS-204)");
    d.titleBlock = titleBlock(c);
    for (const char* field : {"briefing_at", "briefing_place"}) {
        const QString value = c.show(QString::fromLatin1(field));
        if (!value.isEmpty())
            d.titleBlock.push_back({c.heading(QString::fromLatin1(field)), value});
    }

    // The agency's assignments, one part each when it has several.
    Section assignments{part->assignments.size() == 1 ? Report::tr("Assignment") : Report::tr("Assignments"), 1, {}};
    if (const Agency* a = c.agency(part->agency)) {
        QStringList contact;
        if (!a->contact.isEmpty())
            contact << a->contact;
        if (!a->phone.isEmpty())
            contact << a->phone;
        QString line = part->agencyName + QStringLiteral(" · ") + c.label(QStringLiteral("agency"), QStringLiteral("kind"), a->kind);
        if (!contact.isEmpty())
            line += QStringLiteral(" · ") + Report::tr("Contact: %1").arg(contact.join(QStringLiteral(", ")));
        assignments.blocks.push_back(Block::paragraph(line));
    }
    if (part->assignments.size() == 1) {
        assignments.blocks.push_back(Block::fieldList(assignmentFields(c, part->assignments.front())));
        d.sections.push_back(std::move(assignments));
    } else {
        d.sections.push_back(std::move(assignments));
        for (const Row& r : part->assignments) {
            Section s{c.show(r, QStringLiteral("role")), 2, {}};
            s.blocks.push_back(Block::fieldList(assignmentFields(c, r)));
            d.sections.push_back(std::move(s));
        }
    }

    Result<Section> tasks = tasksSection(c, part->agency);
    if (!tasks)
        return tasks.error();
    d.sections.push_back(std::move(*tasks));

    Section special{Report::tr("Special instructions"), 1, {}};
    special.blocks.push_back(Block::fieldList(operationFields(
        c, {QStringLiteral("objectives"), QStringLiteral("risk_level"), QStringLiteral("risk_mitigations"),
            QStringLiteral("contingency_plan"), QStringLiteral("medical_plan"), QStringLiteral("nearest_hospital")})));
    d.sections.push_back(std::move(special));

    Section comms{Report::tr("Communications"), 1, {}};
    std::vector<Field> commsFields = operationFields(c, {QStringLiteral("comms_plan")});
    QStringList channels;
    for (const Row& r : part->assignments) {
        const QString channel = r.text(QStringLiteral("radio_channel"));
        if (!channel.isEmpty() && !channels.contains(channel))
            channels << channel;
    }
    commsFields.insert(commsFields.begin(),
                       {Report::tr("Your radio channel"),
                        channels.isEmpty() ? Report::tr("Not recorded.") : channels.join(QStringLiteral(", "))});
    comms.blocks.push_back(Block::fieldList(std::move(commsFields)));
    d.sections.push_back(std::move(comms));

    if (part->needToKnow) {
        Result<std::vector<Section>> secret = needToKnowSections(c);
        if (!secret)
            return secret.error();
        for (Section& s : *secret)
            d.sections.push_back(std::move(s));
    }
    return d;
}

} // namespace tandem::report::detail
