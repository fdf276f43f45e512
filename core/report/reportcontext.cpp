#include "reportcontext.h"

#include "domain/consent.h"
#include "store/registry.h"
#include "store/store.h"
#include "store/value.h"
#include "util/timeformat.h"

namespace tandem::report::detail {

Context::Context(const Store& store, const Row& operation, const Options& options, const QDateTime& at)
    : m_store(store), m_operation(operation), m_options(options), m_at(at)
{
}

bool Context::shows(const QString& entity, const QString& field) const
{
    return needToKnow() || !needtoknow::isNeedToKnow(entity, field);
}

QString Context::show(const Row& row, const QString& field) const
{
    const FieldDef* f = row.entity()->field(field);
    if (!f)
        return {};
    const QVariant v = row.value(field);
    if (v.isNull())
        return {};
    switch (f->type) {
    case FieldType::Time:
        return time(v.toDateTime());
    case FieldType::Ref:
        return f->ref == QLatin1String("agency") ? agencyName(v) : value::display(*f, v, m_options.locale);
    default:
        return value::display(*f, v, m_options.locale);
    }
}

QString Context::time(const QDateTime& utc) const
{
    if (!utc.isValid())
        return {};
    return m_options.locale.toString(utc.toTimeZone(m_options.timeZone), shortDateTimeFormat(m_options.locale));
}

QString Context::secondsTime(const QVariant& unixSeconds) const
{
    if (unixSeconds.isNull())
        return {};
    return time(QDateTime::fromSecsSinceEpoch(unixSeconds.toLongLong(), Qt::UTC));
}

QString Context::duration(qint64 seconds) const
{
    const QString sign = seconds < 0 ? QStringLiteral("−") : QString();
    qint64 s = std::abs(seconds);
    const qint64 days = s / 86400;
    const qint64 hours = (s % 86400) / 3600;
    const qint64 minutes = (s % 3600) / 60;
    QString text;
    if (days > 0)
        text = hours > 0 ? Report::tr("%1 d %2 h").arg(number(days), number(hours))
                         : Report::tr("%1 d").arg(number(days));
    else if (hours > 0)
        text = minutes > 0 ? Report::tr("%1 h %2 min").arg(number(hours), number(minutes))
                           : Report::tr("%1 h").arg(number(hours));
    else
        text = Report::tr("%1 min").arg(number(minutes));
    return sign + text;
}

QString Context::heading(const QString& entity, const QString& field) const
{
    const EntityDef* e = Registry::instance().entity(entity);
    const FieldDef* f = e ? e->field(field) : nullptr;
    Q_ASSERT_X(f, "Context::heading", qPrintable(entity + QLatin1Char('.') + field));
    return f ? f->labelText() : field;
}

QString Context::label(const QString& entity, const QString& field, const QString& token) const
{
    const EntityDef* e = Registry::instance().entity(entity);
    const FieldDef* f = e ? e->field(field) : nullptr;
    return f ? f->valueLabel(token) : token;
}

Result<void> Context::loadAgencies()
{
    Result<QSqlQuery> q = query(
        QStringLiteral("SELECT id, name, kind, contact_person, phone FROM agency WHERE deleted = 0"));
    if (!q)
        return q.error();
    while (q->next()) {
        m_agencies.insert(QUuid::fromRfc4122(q->value(0).toByteArray()),
                          Agency{q->value(1).toString(), q->value(2).toString(),
                                 q->value(3).toString(), q->value(4).toString()});
    }
    return {};
}

const Agency* Context::agency(const QUuid& id) const
{
    auto it = m_agencies.constFind(id);
    return it == m_agencies.constEnd() ? nullptr : &*it;
}

QString Context::agencyName(const QVariant& id) const
{
    if (id.isNull())
        return {};
    const Agency* a = agency(id.toUuid());
    return a ? a->name : Report::tr("(deleted agency)");
}

Result<std::vector<Row>> Context::children(const QString& entity, const QString& orderBy) const
{
    return m_store.select(entity, QStringLiteral("operation = ? AND deleted = 0"),
                          {operationKey()}, orderBy);
}

Result<QSqlQuery> Context::query(const QString& sql, const QVariantList& binds) const
{
    return m_store.exec(sql, binds);
}

Result<std::vector<SurvivorLine>> Context::survivors() const
{
    Result<std::vector<Row>> rows = children(QStringLiteral("survivor"), QStringLiteral("code, id"));
    if (!rows)
        return rows.error();
    std::vector<SurvivorLine> lines;
    for (Row& r : *rows)
        lines.push_back(SurvivorLine{std::move(r), false, {}, {}});
    if (!m_options.identities)
        return lines;

    const ConsentRecipient recipient = consentRecipient(m_options.recipient);
    for (SurvivorLine& line : lines) {
        // The ledger's own rule (consent.h), the one the exchange applies to identities.
        Result<bool> covered = hasConsent(m_store, line.survivor.id, recipient, QStringLiteral("identity"), m_at);
        if (!covered)
            return covered.error();
        if (!*covered)
            continue;
        Result<std::vector<Row>> identity =
            m_store.select(QStringLiteral("survivor_identity"),
                           QStringLiteral("survivor = ? AND deleted = 0"),
                           {line.survivor.id.toRfc4122()}, QStringLiteral("id"), 1);
        if (!identity)
            return identity.error();
        line.identityShown = true;
        if (identity->empty())
            continue;
        Row& id = identity->front();
        m_store.openSealed(id);
        line.name = show(id, QStringLiteral("name"));
        line.dateOfBirth = show(id, QStringLiteral("date_of_birth"));
    }
    return lines;
}

ConsentRecipient consentRecipient(const Recipient& r)
{
    if (r.isNull())
        return {};
    return r.type == Recipient::Type::Office ? ConsentRecipient{r.id, {}} : ConsentRecipient{{}, r.id};
}

namespace {

Result<Table> noteTable(const Context& c, const QString& condition, const QString& textColumn)
{
    Result<std::vector<Row>> rows =
        c.store().select(QStringLiteral("note"), QStringLiteral("operation = ? AND deleted = 0 AND ") + condition,
                         {c.operationKey()}, QStringLiteral("at, id"));
    if (!rows)
        return rows.error();
    Table t;
    t.columns = QStringList{Report::tr("Time"), Report::tr("Author"), textColumn};
    t.widths = {14, 16, 70};
    for (const Row& r : *rows)
        t.rows.push_back({c.show(r, QStringLiteral("at")), r.text(QStringLiteral("author")), r.text(QStringLiteral("text"))});
    return t;
}

} // namespace

Result<Table> logTable(const Context& c)
{
    Result<Table> t = noteTable(c, QStringLiteral("kind = 'log'"), Report::tr("Entry"));
    if (t)
        t->emptyText = Report::tr("The operation log is empty.");
    return t;
}

Result<Table> lessonsTable(const Context& c)
{
    Result<Table> t = noteTable(c, QStringLiteral("(kind = 'lesson' OR lesson = 1)"), Report::tr("Lesson"));
    if (t)
        t->emptyText = Report::tr("No lessons are noted.");
    return t;
}

std::vector<Field> titleBlock(const Context& c)
{
    const Row& op = c.operation();
    std::vector<Field> fields;
    auto add = [&fields](const QString& label, const QString& value) {
        if (!value.isEmpty())
            fields.push_back({label, value});
    };
    add(Report::tr("Operation"), op.text(QStringLiteral("code_name")));
    add(Report::tr("Status"), c.show(QStringLiteral("status")));
    add(Report::tr("Trafficking type"), c.show(QStringLiteral("trafficking_type")));
    add(Report::tr("Lead agency"), c.show(QStringLiteral("lead_agency")));
    const QString starts = c.show(QStringLiteral("starts_at"));
    const QString ends = c.show(QStringLiteral("ends_at"));
    if (!starts.isEmpty() || !ends.isEmpty())
        add(Report::tr("Period"),
            ends.isEmpty() ? Report::tr("from %1").arg(starts)
                           : Report::tr("%1 to %2").arg(starts.isEmpty() ? Report::tr("(not set)") : starts, ends));
    add(Report::tr("Prepared by"), op.text(QStringLiteral("prepared_by")));
    add(Report::tr("Approved by"), op.text(QStringLiteral("approved_by")));
    add(Report::tr("Times"), Report::tr("local time, %1")
                                 .arg(QString::fromUtf8(c.options().timeZone.id())));
    if (const needtoknow::AgencyPart* part = c.agencyCopy()) {
        // (Whose copy it is: the head of the document and every page say it.)
        add(Report::tr("Its roles"), rolesText(c, part->roles));
        add(Report::tr("Need to know"),
            part->needToKnow ? Report::tr("Included (given to %1)").arg(rolesText(c, needtoknow::roles(c.operation())))
                             : Report::tr("Not in this copy: entry points, hazards, intelligence and code words go "
                                          "only to %1")
                                   .arg(rolesText(c, needtoknow::roles(c.operation()))));
    }
    return fields;
}

QString orNotRecorded(const QString& text)
{
    return text.trimmed().isEmpty() ? Report::tr("Not recorded.") : text;
}

std::vector<Field> needToKnowTargetFields(const Context& c, const Row& target)
{
    std::vector<Field> fields;
    const QString entity = QStringLiteral("target");
    for (const QString& field : {QStringLiteral("entry_points"), QStringLiteral("hazards"), QStringLiteral("assigned_team")}) {
        if (c.shows(entity, field))
            fields.push_back({c.heading(entity, field), orNotRecorded(target.text(field))});
    }
    if (c.shows(entity, QStringLiteral("notes")) && !target.text(QStringLiteral("notes")).trimmed().isEmpty())
        fields.push_back({c.heading(entity, QStringLiteral("notes")), target.text(QStringLiteral("notes"))});
    return fields;
}

QString rolesText(const Context& c, const QStringList& roles)
{
    QStringList labels;
    for (const QString& role : roles)
        labels << c.label(QStringLiteral("assignment"), QStringLiteral("role"), role);
    return labels.join(QStringLiteral(", "));
}

Table survivorTable(const Context& c, const std::vector<SurvivorLine>& lines, bool withProgress,
                    const QHash<QUuid, QPair<int, int>>& progress)
{
    const bool identities = c.options().identities;
    Table t;
    t.columns << Report::tr("Code");
    // A code must never wrap ("V-2026-009" over "5" reads as another survivor): with the two
    // identity columns beside it, the code keeps its share of the width and the name and the
    // time of rescue (which wraps anyway) give way.
    t.widths << (identities ? 16 : 12);
    if (identities) {
        t.columns << Report::tr("Name") << Report::tr("Date of birth");
        t.widths << 14 << 11;
    }
    t.columns << Report::tr("Rescued (T0)") << Report::tr("Age band") << Report::tr("Minor")
              << Report::tr("Gender") << Report::tr("Nationality") << Report::tr("Languages");
    t.widths << (identities ? 13 : 14) << 9 << 7 << 9 << 11 << 11;
    if (withProgress) {
        t.columns << Report::tr("Steps done");
        t.widths << 9;
        t.numericColumns << int(t.columns.size()) - 1;
    }
    t.emptyText = Report::tr("No survivors are recorded for this operation.");
    for (const SurvivorLine& line : lines) {
        const Row& s = line.survivor;
        QStringList row{s.text(QStringLiteral("code"))};
        if (identities) {
            if (line.identityShown)
                row << line.name << line.dateOfBirth;
            else
                row << Report::tr("withheld: no consent for this recipient") << QString();
        }
        row << c.show(s, QStringLiteral("recovered_at")) << c.show(s, QStringLiteral("age_band"))
            << c.show(s, QStringLiteral("minor")) << c.show(s, QStringLiteral("gender"))
            << c.show(s, QStringLiteral("nationality")) << c.show(s, QStringLiteral("languages"));
        if (withProgress) {
            const QPair<int, int> p = progress.value(s.id);
            row << Report::tr("%1 of %2").arg(c.number(p.first), c.number(p.second));
        }
        t.rows.push_back(row);
    }
    return t;
}

} // namespace tandem::report::detail
