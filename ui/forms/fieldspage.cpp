#include "forms/fieldspage.h"

#include "forms/fieldeditor.h"
#include "forms/formmessage.h"
#include "forms/recordform.h"
#include "store/registry.h"
#include "widgets/textstyle.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace tandem {

FieldsPage::FieldsPage(RecordForm* form, const QStringList& fields, const QString& objectName, QWidget* parent)
    : QScrollArea(parent)
    , m_form(form)
    , m_fields(fields)
    , m_message(nullptr)
{
    setObjectName(objectName);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(this);
    m_layout = new QFormLayout;
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_layout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    for (const QString& name : fields) {
        FieldEditor* editor = form->addField(name, content);
        const FieldDef& field = editor->field();
        if (qobject_cast<QCheckBox*>(editor->widget())) {
            m_layout->addRow(QString(), editor->widget());
        } else {
            auto* label = new QLabel(field.labelText() + QLatin1Char(':'), content);
            label->setObjectName(form->entity().name + QLatin1Char('_') + name + QStringLiteral("Label"));
            label->setBuddy(editor->focusWidget());
            if (field.required) {
                TextStyle::setBold(label);
                label->setToolTip(tr("Required"));
            }
            m_layout->addRow(label, editor->widget());
        }
        // What is refused in the field is said right under it.
        m_layout->addRow(static_cast<QWidget*>(nullptr), new FieldMessage(form, name, editor->focusWidget(), content));
    }
    m_message = new FormMessage(objectName + QStringLiteral("Message"), content);
    m_message->follow(form, FormMessage::recordOnly());

    // A form reads best at a measure: at most about 110 characters wide.
    auto* column = new QWidget(content);
    column->setMaximumWidth(fontMetrics().averageCharWidth() * 110);
    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->addLayout(m_layout);
    columnLayout->addWidget(m_message);
    auto* outer = new QVBoxLayout(content);
    outer->setContentsMargins(16, 12, 16, 12);
    outer->addWidget(column);
    outer->addStretch(1);
    setWidget(content);
}

void FieldsPage::focusFirst()
{
    if (!m_fields.isEmpty()) {
        if (FieldEditor* e = m_form->editor(m_fields.first()))
            e->focusWidget()->setFocus(Qt::TabFocusReason);
    }
}

QWidget* FieldsPage::lastFocusWidget() const
{
    FieldEditor* e = m_fields.isEmpty() ? nullptr : m_form->editor(m_fields.last());
    return e ? e->widget() : nullptr;
}

void FieldsPage::addBelow(QWidget* widget)
{
    auto* outer = static_cast<QVBoxLayout*>(this->widget()->layout());
    outer->insertWidget(outer->count() - 1, widget);
}

} // namespace tandem
