#include "operations/operationdetail.h"

#include "operations/detailsection.h"
#include "domain/duesteps.h"
#include "query/operationdetail.h"
#include "records/followstore.h"
#include "store/registry.h"
#include "store/store.h"
#include "store/value.h"
#include "timetext.h"
#include "widgets/named.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace tandem {
namespace {

const FieldDef& fieldOf(const char* entity, const char* name)
{
    return *Registry::instance().entity(QString::fromLatin1(entity))->field(QString::fromLatin1(name));
}

// The display text of a value of `entity.field`.
QString shown(const char* entity, const char* field, const QVariant& v)
{
    return value::display(fieldOf(entity, field), v);
}

// "12/05/2026 06:00 – 14:00" within a day, both instants in full otherwise.
QString period(const QDateTime& utcStart, const QDateTime& utcEnd)
{
    const QDateTime start = utcStart.toLocalTime();
    const QDateTime end = utcEnd.toLocalTime();
    const QLocale locale;
    const auto full = [&](const QDateTime& t) { return locale.toString(t, shortDateTimeFormat(locale)); };
    if (!start.isValid() && !end.isValid())
        return OperationDetail::tr("Not scheduled");
    if (!end.isValid())
        return OperationDetail::tr("From %1").arg(full(start));
    if (!start.isValid())
        return OperationDetail::tr("Until %1").arg(full(end));
    if (start.date() == end.date())
        return OperationDetail::tr("%1 – %2").arg(full(start), locale.toString(end.time(), shortTimeFormat(locale)));
    return OperationDetail::tr("%1 – %2").arg(full(start), full(end));
}

QLabel* valueLabel(QWidget* parent, const char* name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

OperationDetail::OperationDetail(QWidget* parent)
    : QWidget(parent)
    , m_pages(new QStackedWidget(this))
    , m_message(named<QLabel>(QStringLiteral("detailMessage"), this))
{
    setObjectName(QStringLiteral("operationDetail"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_message->setMargin(24);

    auto* content = new QWidget(this);
    m_title = valueLabel(content, "detailTitle");
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_status = valueLabel(content, "detailStatus");
    m_type = valueLabel(content, "detailType");
    m_lead = valueLabel(content, "detailLeadAgency");
    m_period = valueLabel(content, "detailPeriod");
    m_risk = valueLabel(content, "detailRisk");
    m_approved = valueLabel(content, "detailApproved");

    auto* form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(4);
    form->setLabelAlignment(Qt::AlignLeft);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(fieldOf("operation", "status").labelText() + QLatin1Char(':'), m_status);
    form->addRow(fieldOf("operation", "trafficking_type").labelText() + QLatin1Char(':'), m_type);
    form->addRow(fieldOf("operation", "lead_agency").labelText() + QLatin1Char(':'), m_lead);
    form->addRow(tr("Period:"), m_period);
    form->addRow(fieldOf("operation", "risk_level").labelText() + QLatin1Char(':'), m_risk);
    form->addRow(fieldOf("operation", "approved_by").labelText() + QLatin1Char(':'), m_approved);

    m_targets = new DetailSection(QStringLiteral("targets"), tr("Targets"),
                                  {tr("Label"), tr("Address")}, tr("No targets yet"), content);
    m_targets->setColumnWidths({22});
    m_targets->setStretchColumn(1);
    m_assignments = new DetailSection(QStringLiteral("assignments"), tr("Assignments"),
                                      {tr("Agency"), tr("Role"), tr("Team lead"), tr("People")},
                                      tr("No agencies assigned yet"), content);
    m_assignments->setColumnWidths({24, 12, 14, 6});
    m_assignments->setStretchColumn(0);
    m_assignments->setRightAligned({3});
    m_survivors = new DetailSection(QStringLiteral("survivors"), tr("Survivors"),
                                    {tr("Code"), tr("Age band"), tr("Rescued (T0)"), tr("Steps done"), tr("Overdue")},
                                    tr("No survivors recorded for this operation"), content);
    m_survivors->setColumnWidths({11, 8, 16, 8, 7});
    m_survivors->setStretchColumn(2);
    m_survivors->setRightAligned({3, 4});

    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 8, 12, 12);
    layout->setSpacing(10);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addSpacing(4);
    layout->addWidget(m_targets, 2);
    layout->addWidget(m_assignments, 3);
    layout->addWidget(m_survivors, 3);
    layout->addStretch(0); // takes the height that empty sections leave

    m_pages->addWidget(m_message);
    m_pages->addWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);
    showOperation({});
}

void OperationDetail::setStore(Store* store)
{
    followStore(m_store, store, this, &OperationDetail::storeChanged);
    m_id = QUuid();
    refresh();
}

void OperationDetail::showOperation(const QUuid& id)
{
    m_id = id;
    refresh();
}

void OperationDetail::storeChanged(const QString& entity)
{
    static const QStringList shownEntities{QStringLiteral("operation"), QStringLiteral("agency"),
                                           QStringLiteral("target"), QStringLiteral("assignment"),
                                           QStringLiteral("survivor"), QStringLiteral("checklist_item")};
    if (!m_id.isNull() && shownEntities.contains(entity))
        refresh();
}

void OperationDetail::refresh()
{
    if (!m_store || m_id.isNull()) {
        showMessage(tr("Select an operation to see its targets, the agencies taking part and its "
                       "survivors."));
        return;
    }
    if (fillHeader() && fillTargets() && fillAssignments() && fillSurvivors())
        m_pages->setCurrentIndex(1);
}

void OperationDetail::showMessage(const QString& text)
{
    m_message->setText(text);
    m_pages->setCurrentIndex(0);
}

bool OperationDetail::fillHeader()
{
    Result<std::optional<query::OperationHeader>> header = query::operationHeader(*m_store, m_id);
    if (!header) {
        showMessage(tr("This operation could not be read: %1").arg(header.error().message));
        return false;
    }
    if (!*header) {
        showMessage(tr("This operation has been deleted."));
        return false;
    }
    const query::OperationHeader& h = **header;
    const auto orMissing = [](const QString& text, const QString& missing) {
        return text.isEmpty() ? missing : text;
    };
    m_title->setText(h.codeName);
    m_status->setText(shown("operation", "status", h.status));
    m_type->setText(orMissing(shown("operation", "trafficking_type", h.traffickingType), tr("Not set")));
    m_lead->setText(orMissing(h.leadAgency, tr("No lead agency yet")));
    m_period->setText(period(h.starts, h.ends));
    m_risk->setText(orMissing(shown("operation", "risk_level", h.riskLevel), tr("Not assessed")));
    // Who approved the plan and when (issue 17), as the approval recorded them.
    Result<Row> op = m_store->get(QStringLiteral("operation"), m_id);
    const QString approver = op ? op->text(QStringLiteral("approved_by")) : QString();
    const QDateTime approvedAt = op ? op->value(QStringLiteral("approved_at")).toDateTime() : QDateTime();
    m_approved->setText(approver.isEmpty()      ? tr("Not approved")
                        : approvedAt.isValid() ? tr("%1 on %2", "approved by someone on a date").arg(approver, localTimeText(approvedAt))
                                               : approver);
    return true;
}

bool OperationDetail::fillTargets()
{
    Result<std::vector<query::TargetLine>> targets = query::operationTargets(*m_store, m_id);
    if (!targets) {
        showMessage(tr("The targets could not be read: %1").arg(targets.error().message));
        return false;
    }
    QList<QStringList> rows;
    for (const query::TargetLine& t : *targets)
        rows.append({t.label, t.address});
    m_targets->setRows(rows);
    return true;
}

bool OperationDetail::fillAssignments()
{
    // The lead first, then the agencies by name.
    Result<std::vector<query::AssignmentLine>> assignments = query::operationAssignments(*m_store, m_id);
    if (!assignments) {
        showMessage(tr("The assignments could not be read: %1").arg(assignments.error().message));
        return false;
    }
    QList<QStringList> rows;
    for (const query::AssignmentLine& a : *assignments) {
        const QString agency = a.agencyDeleted ? tr("(deleted agency)") : a.agency;
        rows.append(
            {agency, shown("assignment", "role", a.role), a.teamLead, shown("assignment", "headcount", a.headcount)});
    }
    m_assignments->setRows(rows);
    return true;
}

bool OperationDetail::fillSurvivors()
{
    // Pseudonymous columns of `survivor` and their checklists' progress: never survivor_identity.
    // Settled steps (done, not applicable, declined by the survivor) count as done.
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_store->wallClock(), Qt::UTC);
    Result<std::vector<SurvivorProgress>> progress = operationProgress(*m_store, m_id, now);
    if (!progress) {
        showMessage(tr("The survivors could not be read: %1").arg(progress.error().message));
        return false;
    }
    QList<QStringList> rows;
    for (const SurvivorProgress& p : *progress) {
        rows.append({p.code, fieldOf("survivor", "age_band").valueLabel(p.ageBand),
                     p.t0.isValid() ? localTimeText(p.t0) : tr("Not set"),
                     p.total == 0 ? tr("No checklist") : tr("%1/%2").arg(p.settled).arg(p.total),
                     p.overdue == 0 ? QString() : QString::number(p.overdue)});
    }
    m_survivors->setRows(rows);
    return true;
}

} // namespace tandem
