#include "protocols/protocolstepform.h"

#include "forms/fieldwidgets.h"
#include "store/registry.h"
#include "widgets/named.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSpinBox>

namespace tandem {
namespace {

constexpr int kMinute = 1;
constexpr int kHour = 60;
constexpr int kDay = 1440;

const FieldDef& stepField(const char* name)
{
    return *Registry::instance().entity(QStringLiteral("protocol_step"))->field(QString::fromLatin1(name));
}

// The unit an offset reads best in: days from a week up when whole, else hours when whole.
int unitFor(int minutes)
{
    if (minutes >= 7 * kDay && minutes % kDay == 0)
        return kDay;
    return minutes % kHour == 0 ? kHour : kMinute;
}

} // namespace

ProtocolStepForm::ProtocolStepForm(QWidget* parent)
    : QGroupBox(tr("Selected step"), parent)
    , m_title(named<QLineEdit>(QStringLiteral("stepTitle"), this))
    , m_guidance(named<QPlainTextEdit>(QStringLiteral("stepGuidanceEdit"), this))
    , m_owner(named<QComboBox>(QStringLiteral("stepOwner"), this))
    , m_anchor(named<QComboBox>(QStringLiteral("stepAnchor"), this))
    , m_amount(named<QSpinBox>(QStringLiteral("stepAmount"), this))
    , m_unit(named<QComboBox>(QStringLiteral("stepUnit"), this))
    , m_mandatory(named<QCheckBox>(QStringLiteral("stepMandatory"),
                                   tr("Mandatory: an operation cannot be closed while it is open"), this))
    , m_applies(named<QComboBox>(QStringLiteral("stepAppliesTo"), this))
{
    setObjectName(QStringLiteral("protocolStepForm"));

    m_guidance->setPlaceholderText(tr("What to do and how, in plain words, and the source (law, convention, guideline)"));
    m_guidance->setMaximumHeight(m_guidance->fontMetrics().height() * 4 + 12);
    m_guidance->setTabChangesFocus(true);
    fillChoices(m_owner, stepField("owner_role"));
    fillChoices(m_anchor, stepField("due_anchor"));
    fillChoices(m_applies, stepField("applies_to"));
    m_amount->setRange(0, 366 * kDay);
    m_unit->addItem(tr("minutes"), kMinute);
    m_unit->addItem(tr("hours"), kHour);
    m_unit->addItem(tr("days"), kDay);

    auto* form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Guidance:"), m_guidance);
    form->addRow(tr("Owner:"), m_owner);
    // The three parts of "Due: 4 hours after the rescue (T0)", each heard by what it is.
    m_amount->setAccessibleName(tr("Due, how many"));
    m_unit->setAccessibleName(tr("Due, in hours or days"));
    m_anchor->setAccessibleName(tr("Due, counted from"));
    auto* due = new QHBoxLayout;
    due->addWidget(m_amount);
    due->addWidget(m_unit);
    due->addWidget(m_anchor, 1);
    form->addRow(tr("Due:"), due);
    form->addRow(tr("Applies to:"), m_applies);
    form->addRow(QString(), m_mandatory);

    connect(m_title, &QLineEdit::textEdited, this, &ProtocolStepForm::formEdited);
    connect(m_guidance, &QPlainTextEdit::textChanged, this, &ProtocolStepForm::formEdited);
    for (QComboBox* c : {m_owner, m_anchor, m_unit, m_applies})
        connect(c, &QComboBox::activated, this, &ProtocolStepForm::formEdited);
    connect(m_amount, &QSpinBox::valueChanged, this, &ProtocolStepForm::formEdited);
    connect(m_mandatory, &QCheckBox::toggled, this, &ProtocolStepForm::formEdited);
    setStep(nullptr);
}

void ProtocolStepForm::setStep(const ProtocolStepSpec* step)
{
    const bool was = std::exchange(m_filling, true);
    setEnabled(step != nullptr);
    m_step = step ? *step : ProtocolStepSpec();
    m_title->setText(m_step.title);
    m_guidance->setPlainText(m_step.guidance);
    selectData(m_owner, step ? QVariant(m_step.ownerRole) : QVariant());
    selectData(m_anchor, step ? QVariant(m_step.dueAnchor) : QVariant());
    selectData(m_applies, step ? QVariant(m_step.appliesTo) : QVariant());
    const int unit = unitFor(m_step.dueOffsetMinutes);
    selectData(m_unit, unit);
    m_amount->setValue(m_step.dueOffsetMinutes / unit);
    m_mandatory->setChecked(m_step.mandatory);
    const bool timed = m_step.dueAnchor == QLatin1String("t0");
    m_amount->setEnabled(timed);
    m_unit->setEnabled(timed);
    m_filling = was;
}

void ProtocolStepForm::focusTitle()
{
    m_title->setFocus(Qt::OtherFocusReason);
    m_title->selectAll();
}

void ProtocolStepForm::formEdited()
{
    if (m_filling || !isEnabled())
        return;
    m_step.title = m_title->text();
    m_step.guidance = m_guidance->toPlainText();
    m_step.ownerRole = selectedData(m_owner).toString();
    m_step.dueAnchor = selectedData(m_anchor).toString();
    const bool timed = m_step.dueAnchor == QLatin1String("t0");
    m_step.dueOffsetMinutes = timed ? m_amount->value() * selectedData(m_unit).toInt() : 0;
    m_step.mandatory = m_mandatory->isChecked();
    m_step.appliesTo = selectedData(m_applies).toString();
    m_amount->setEnabled(timed);
    m_unit->setEnabled(timed);
    Q_EMIT edited(m_step);
}

} // namespace tandem
