#include "formmessage.h"

#include "recordform.h"

namespace tandem {

FormMessage::FormMessage(const QString& objectName, QWidget* parent) : QLabel(parent)
{
    setObjectName(objectName);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette p = palette();
    p.setColor(QPalette::WindowText, QColor(0xb7, 0x1c, 0x1c));
    setPalette(p);
    setAccessibleName(tr("Message"));
    hide();
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

} // namespace tandem
