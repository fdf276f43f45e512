#include "formmessage.h"

#include "recordform.h"
#include "store/registry.h"
#include "widgets/textstyle.h"

namespace tandem {

namespace {

void setUpMessageLabel(QLabel* label)
{
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette p = label->palette();
    // Red that reads on a light and on a dark window.
    const bool dark = p.color(QPalette::Window).lightness() < 128;
    p.setColor(QPalette::WindowText, dark ? Colours::errorOnDark() : Colours::error());
    label->setPalette(p);
    label->hide();
}

} // namespace

FormMessage::FormMessage(const QString& objectName, QWidget* parent) : QLabel(parent)
{
    setObjectName(objectName);
    setUpMessageLabel(this);
    setAccessibleName(tr("Message"));
}

void FormMessage::follow(RecordForm* form, const QStringList& fields)
{
    m_forms.clear();
    addForm(form, fields);
}

void FormMessage::addForm(RecordForm* form, const QStringList& fields)
{
    QStringList withGeneral = fields;
    if (!fields.isEmpty())
        withGeneral << QString();
    m_forms.append({form, withGeneral});
    connect(form, &RecordForm::messagesChanged, this, &FormMessage::update);
    update();
}

void FormMessage::setOwnText(const QString& text)
{
    m_own = text;
    update();
}

void FormMessage::update()
{
    QStringList lines;
    for (const auto& [form, fields] : std::as_const(m_forms)) {
        if (form && !form->message(fields).isEmpty())
            lines << form->message(fields);
    }
    if (!m_own.isEmpty())
        lines << m_own;
    const QString text = lines.join(QLatin1Char('\n'));
    setText(text);
    setAccessibleDescription(text);
    setVisible(!text.isEmpty());
}

FieldMessage::FieldMessage(RecordForm* form, const QString& field, QWidget* control, QWidget* parent)
    : QLabel(parent)
    , m_form(form)
    , m_field(field)
    , m_control(control)
{
    setObjectName(form->entity().name + QLatin1Char('_') + field + QStringLiteral("Message"));
    setUpMessageLabel(this);
    setAccessibleName(tr("Message"));
    connect(form, &RecordForm::messagesChanged, this, &FieldMessage::update);
    update();
}

void FieldMessage::update()
{
    const QString text = m_form ? m_form->message({m_field}) : QString();
    setText(text);
    setAccessibleDescription(text);
    if (m_control)
        m_control->setAccessibleDescription(text);
    setVisible(!text.isEmpty());
}

} // namespace tandem
