#include "security/officecodefield.h"

#include "domain/officecode.h"
#include "widgets/named.h"
#include "widgets/textstyle.h"

#include <QDate>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace tandem {

OfficeCodeField::OfficeCodeField(QWidget* parent)
    : QWidget(parent)
    , m_edit(named<QLineEdit>(QStringLiteral("officeCodeEdit"), this))
    , m_note(named<QLabel>(QStringLiteral("officeCodeNote"), this))
{
    m_edit->setAccessibleName(tr("Office code"));
    m_edit->setMaxLength(5);
    // Letters and digits only; capitals are made of what is typed (textEdited below).
    m_edit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9]{0,5}")), m_edit));
    m_edit->setMaximumWidth(m_edit->fontMetrics().horizontalAdvance(QStringLiteral("WWWWWWW")) + 16);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    TextStyle::setCaption(m_note);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_note);

    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString& text) {
        const QString upper = text.toUpper();
        if (upper != text) {
            const int at = m_edit->cursorPosition();
            m_edit->setText(upper);
            m_edit->setCursorPosition(at);
        }
    });
    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        update();
        Q_EMIT changed();
    });
    update();
}

void OfficeCodeField::setCode(const QString& code)
{
    m_edit->setText(code);
}

QString OfficeCodeField::code() const
{
    return normaliseOfficeCode(m_edit->text());
}

bool OfficeCodeField::isAcceptable() const
{
    return bool(parseOfficeCode(m_edit->text()));
}

void OfficeCodeField::update()
{
    Result<QString> parsed = parseOfficeCode(m_edit->text());
    if (parsed) {
        m_note->setText(tr("New survivor codes: %1-%2-0001, %1-%2-0002, …").arg(*parsed).arg(QDate::currentDate().year()));
        TextStyle::setCaption(m_note);
        return;
    }
    const QString problem = parsed.error().message;
    m_note->setText(problem.left(1).toUpper() + problem.mid(1) + QLatin1Char('.'));
    m_note->setForegroundRole(QPalette::WindowText);
    TextStyle::setTextColour(m_note, Colours::error());
}

} // namespace tandem
