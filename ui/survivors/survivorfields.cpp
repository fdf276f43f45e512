#include "survivors/survivorfields.h"

#include "records/followstore.h"
#include "survivors/survivorcommands.h"
#include "document.h"
#include "domain/ageband.h"
#include "errors.h"
#include "forms/distributionvalue.h"
#include "forms/fieldeditor.h"
#include "forms/fieldwidgets.h"
#include "query/operationdetail.h"
#include "store/registry.h"
#include "store/sharing.h"
#include "store/store.h"
#include "widgets/named.h"
#include "widgets/textstyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>

namespace tandem {
namespace {

const FieldDef& field(const char* name)
{
    return *Registry::instance().entity(QStringLiteral("survivor"))->field(QString::fromLatin1(name));
}

QString rowLabel(const char* name)
{
    return field(name).labelText() + QLatin1Char(':');
}

} // namespace

SurvivorFields::SurvivorFields(QWidget* parent)
    : QWidget(parent)
    , m_operation(named<QComboBox>(QStringLiteral("survivorOperation"), this))
    , m_target(named<QComboBox>(QStringLiteral("survivorTarget"), this))
    , m_ageBand(named<QComboBox>(QStringLiteral("survivorAgeBand"), this))
    , m_minor(named<QCheckBox>(QStringLiteral("survivorMinor"), this))
    , m_gender(named<QComboBox>(QStringLiteral("survivorGender"), this))
    , m_nationality(named<QLineEdit>(QStringLiteral("survivorNationality"), this))
    , m_foreign(named<QCheckBox>(QStringLiteral("survivorForeign"), this))
    , m_languages(named<QLineEdit>(QStringLiteral("survivorLanguages"), this))
    , m_type(named<QComboBox>(QStringLiteral("survivorTraffickingType"), this))
    , m_sexualViolence(named<QCheckBox>(QStringLiteral("survivorSexualViolence"), this))
    , m_sharing(createFieldEditor(*Registry::instance().entity(QStringLiteral("survivor")), field("sharing"), this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("survivorFields"));
    m_sharing->widget()->setObjectName(QStringLiteral("survivorSharing"));
    m_sharing->setAccessibleName(field("sharing").labelText());

    fillChoices(m_ageBand, field("age_band"));
    fillChoices(m_gender, field("gender"));
    fillChoices(m_type, field("trafficking_type"), tr("Not known yet"));
    m_operation->setMinimumContentsLength(24);
    m_operation->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_languages->setPlaceholderText(tr("Language codes, separated by commas (e.g. ro, en)"));
    m_hint->setWordWrap(true);
    TextStyle::setCaption(m_hint);
    m_hint->setText(tr("Minor, foreign national and sexual violence decide which protocol steps apply: steps "
                       "that come to apply are added to the checklist, due from T0. Nothing here identifies the "
                       "survivor: names and contacts belong in the identity panel."));

    auto* form = new QFormLayout(this);
    form->setContentsMargins(8, 10, 8, 8);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(rowLabel("operation"), m_operation);
    form->addRow(rowLabel("target"), m_target);
    form->addRow(rowLabel("age_band"), m_ageBand);
    form->addRow(rowLabel("minor"), m_minor);
    form->addRow(rowLabel("gender"), m_gender);
    form->addRow(rowLabel("nationality"), m_nationality);
    form->addRow(rowLabel("foreign_national"), m_foreign);
    form->addRow(rowLabel("languages"), m_languages);
    form->addRow(rowLabel("trafficking_type"), m_type);
    form->addRow(rowLabel("sexual_violence"), m_sexualViolence);
    form->addRow(rowLabel("sharing"), m_sharing->widget());
    form->addRow(m_hint);

    const auto combo = [this](QComboBox* box, const char* name) {
        connect(box, &QComboBox::activated, this, [this, box, name] { write(QString::fromLatin1(name), selectedData(box)); });
    };
    combo(m_operation, "operation");
    combo(m_target, "target");
    combo(m_ageBand, "age_band");
    combo(m_gender, "gender");
    combo(m_type, "trafficking_type");
    // These decide which protocol steps apply: steps that come to apply are added to the checklist.
    const auto check = [this](QCheckBox* box, const char* name) {
        connect(box, &QCheckBox::toggled, this, [this, name](bool on) { writeApplicability(QString::fromLatin1(name), on); });
    };
    check(m_minor, "minor");
    check(m_foreign, "foreign_national");
    check(m_sexualViolence, "sexual_violence");
    connect(m_sharing, &FieldEditor::edited, this, &SurvivorFields::writeSharing);
    connect(m_nationality, &QLineEdit::editingFinished, this,
            [this] { write(QStringLiteral("nationality"), m_nationality->text().trimmed()); });
    connect(m_languages, &QLineEdit::editingFinished, this,
            [this] { write(QStringLiteral("languages"), m_languages->text().trimmed()); });
}

void SurvivorFields::setDocument(Document* document)
{
    followStore(m_document, document, this, &SurvivorFields::storeChanged);
    m_sharing->setStore(m_document ? &m_document->store() : nullptr);
    m_operationsStale = true;
    m_id = QUuid();
    refresh();
}

void SurvivorFields::showSurvivor(const QUuid& id)
{
    m_id = id;
    refresh();
}

void SurvivorFields::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void SurvivorFields::storeChanged(const QString& entity)
{
    if (entity == QLatin1String("operation"))
        m_operationsStale = true;
    if (entity == kGroupEntity && m_document)
        m_sharing->setStore(&m_document->store());
    if (entity == QLatin1String("survivor") || entity == QLatin1String("operation") || entity == QLatin1String("target"))
        refresh();
}

void SurvivorFields::fillOperations()
{
    // The list of operations is read when the form is first shown and after operations change:
    // an office may have thousands.
    m_operationsStale = false;
    const QSignalBlocker blocker(m_operation);
    m_operation->clear();
    m_operation->addItem(tr("None"), QVariant());
    Result<std::vector<query::ChoiceRow>> operations = query::operationChoices(m_document->store());
    if (!operations)
        return;
    for (const query::ChoiceRow& o : *operations)
        m_operation->addItem(o.name, o.id);
}

void SurvivorFields::fillTargets(const QUuid& operation)
{
    const QSignalBlocker blocker(m_target);
    m_target->clear();
    m_target->addItem(tr("Not recorded"), QVariant());
    if (operation.isNull())
        return;
    Result<std::vector<query::ChoiceRow>> targets = query::targetChoices(m_document->store(), operation);
    if (!targets)
        return;
    for (const query::ChoiceRow& t : *targets)
        m_target->addItem(t.name, t.id);
}

void SurvivorFields::refresh()
{
    const bool usable = m_document && !m_id.isNull();
    // Shown greyed in a file open read-only: nothing here may be changed.
    setEnabled(usable && !m_document->isReadOnly());
    if (!usable || !isVisible())
        return;
    Result<Row> row = m_document->store().get(QStringLiteral("survivor"), m_id);
    if (!row || row->deleted)
        return;
    const bool was = std::exchange(m_filling, true);
    if (m_operationsStale)
        fillOperations();
    const QUuid operation = row->value(QStringLiteral("operation")).toUuid();
    selectData(m_operation, operation.isNull() ? QVariant() : QVariant(operation));
    fillTargets(operation);
    const QUuid target = row->value(QStringLiteral("target")).toUuid();
    selectData(m_target, target.isNull() ? QVariant() : QVariant(target));
    selectData(m_ageBand, row->value(QStringLiteral("age_band")));
    selectData(m_gender, row->value(QStringLiteral("gender")));
    selectData(m_type, row->value(QStringLiteral("trafficking_type")));
    m_minor->setChecked(row->value(QStringLiteral("minor")).toBool());
    // A known age band decides it (the store's rule); the box is the liaison's while the age is
    // unknown (a presumed minor).
    const bool byBand = minorByAgeBand(row->text(QStringLiteral("age_band"))).has_value();
    m_minor->setEnabled(!byBand);
    m_minor->setToolTip(byBand ? tr("Follows the age band: under 18 is a minor. Choose the age band Unknown to "
                                    "record a presumed minor whose age is in doubt.")
                               : tr("Record a presumed minor while the age is in doubt"));
    m_foreign->setChecked(row->value(QStringLiteral("foreign_national")).toBool());
    m_sexualViolence->setChecked(row->value(QStringLiteral("sexual_violence")).toBool());
    m_nationality->setText(row->text(QStringLiteral("nationality")));
    m_languages->setText(row->value(QStringLiteral("languages")).toStringList().join(QStringLiteral(", ")));
    m_sharing->setValue(distributionvalue::shown(*row));
    m_filling = was;
}

void SurvivorFields::writeApplicability(const QString& name, bool on)
{
    if (m_filling || !m_document || m_id.isNull())
        return;
    written(setApplicability(*m_document, m_id, name, on));
}

void SurvivorFields::write(const QString& name, const QVariant& value)
{
    if (m_filling || !m_document || m_id.isNull())
        return;
    QVariantMap values{{name, value}};
    // A new operation: the target of the old one no longer applies.
    if (name == QLatin1String("operation"))
        values.insert(QStringLiteral("target"), QVariant());
    const FieldDef* f = Registry::instance().entity(QStringLiteral("survivor"))->field(name);
    // Through core's editSurvivor(): an age band under 18 makes a minor, and the steps that come
    // to apply (child protection) are added, in the same undo step.
    written(editSurvivor(*m_document, m_id, values, tr("Edit %1").arg(f ? f->labelText().toLower() : name)));
}

void SurvivorFields::writeSharing()
{
    if (m_filling || !m_document || m_id.isNull())
        return;
    written(editSurvivor(*m_document, m_id, distributionvalue::toWrite(m_sharing->value()),
                         tr("Edit %1").arg(field("sharing").labelText().toLower())));
}

void SurvivorFields::written(const Result<int>& added)
{
    if (!added) {
        showError(this, tr("The survivor could not be changed."), added.error());
        refresh();
        return;
    }
    if (*added > 0)
        Q_EMIT stepsAdded(*added);
}

} // namespace tandem
