#include "reasondialog.h"

#include "dialogs/prompts.h"
#include "widgets/named.h"
#include "widgets/textstyle.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tandem {

ReasonDialog::ReasonDialog(const QString& title, const QString& question, const QString& details,
                           const QString& label, const QString& confirm, QWidget* parent)
    : QDialog(parent)
    , m_reason(named<QLineEdit>(QStringLiteral("reasonEdit"), this))
{
    setObjectName(QStringLiteral("reasonDialog"));
    setWindowTitle(title);

    auto* heading = new QLabel(question, this);
    heading->setObjectName(QStringLiteral("reasonQuestion"));
    heading->setTextFormat(Qt::PlainText);
    heading->setWordWrap(true);
    TextStyle::setBold(heading);
    auto* explanation = new QLabel(details, this);
    explanation->setTextFormat(Qt::PlainText);
    explanation->setWordWrap(true);
    TextStyle::setCaption(explanation);
    explanation->setVisible(!details.isEmpty());

    m_reason->setMaxLength(1000);
    m_reason->setAccessibleName(label);
    m_reason->setPlaceholderText(tr("Required: it is recorded with it and shown"));
    auto* reasonLabel = new QLabel(label, this);
    reasonLabel->setBuddy(m_reason);
    auto* form = new QFormLayout;
    form->addRow(reasonLabel, m_reason);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(confirm, QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setDefault(true);
    m_ok->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!reason().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, [this] { m_ok->setEnabled(!reason().isEmpty()); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(explanation);
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

void ReasonDialog::setReason(const QString& reason)
{
    m_reason->setText(reason);
    m_reason->selectAll();
}

QString ReasonDialog::reason() const
{
    return m_reason->text().trimmed();
}

std::optional<QString> ReasonDialog::ask(QWidget* parent, const QString& title, const QString& question,
                                         const QString& details, const QString& label, const QString& confirm,
                                         const QString& initial)
{
    ReasonDialog dialog(title, question, details, label, confirm, parent);
    dialog.setReason(initial);
    if (Dialogs::exec(dialog) != QDialog::Accepted || dialog.reason().isEmpty())
        return std::nullopt;
    return dialog.reason();
}

std::optional<QString> askStepReason(QWidget* parent, const QString& state, const QString& survivorCode,
                                     const QString& stepTitle)
{
    if (state == QLatin1String("declined"))
        return ReasonDialog::ask(parent, ReasonDialog::tr("Declined by the Survivor"),
                                 ReasonDialog::tr("Record that %1 declined “%2”?").arg(survivorCode, stepTitle),
                                 ReasonDialog::tr("It is recorded as their choice, not as a step missed, and is no "
                                                  "longer owed. Reopen brings it back."),
                                 ReasonDialog::tr("&Why they declined:"), ReasonDialog::tr("Record the Decline"));
    return ReasonDialog::ask(parent, ReasonDialog::tr("Not Applicable"),
                             ReasonDialog::tr("Mark “%1” as not applicable to %2?").arg(stepTitle, survivorCode),
                             ReasonDialog::tr("The step is no longer owed to them. Reopen brings it back."),
                             ReasonDialog::tr("&Why it does not apply:"), ReasonDialog::tr("Mark Not Applicable"));
}

} // namespace tandem
