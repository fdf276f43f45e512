#include "survivors/referralanswerdialog.h"

#include "store/registry.h"
#include "store/value.h"
#include "widgets/named.h"
#include "widgets/textstyle.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace tandem {

ReferralAnswerDialog::ReferralAnswerDialog(const QString& service, const QString& answer, const QString& reason,
                                           const QString& outcome, QWidget* parent)
    : QDialog(parent)
    , m_awaiting(named<QRadioButton>(QStringLiteral("referralAwaiting"), tr("&Awaiting an answer"), this))
    , m_accepted(named<QRadioButton>(QStringLiteral("referralAccepted"), tr("A&ccepted"), this))
    , m_refused(named<QRadioButton>(QStringLiteral("referralRefused"), tr("&Refused"), this))
    , m_reason(named<QLineEdit>(QStringLiteral("referralReason"), this))
    , m_reasonNeeded(named<QLabel>(QStringLiteral("referralReasonNeeded"), this))
    , m_outcome(named<QPlainTextEdit>(QStringLiteral("referralOutcome"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("referralAnswerDialog"));
    setWindowTitle(tr("Answer to the Referral"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));

    const EntityDef& item = *Registry::instance().entity(QStringLiteral("checklist_item"));
    m_reason->setMaxLength(value::maxLength(*item.field(QStringLiteral("referral_reason"))));
    m_reason->setPlaceholderText(tr("As the service gave it, e.g. \"no bed free until Monday\""));
    m_reason->setAccessibleName(tr("Reason refused"));
    m_outcome->setPlaceholderText(tr("What came of the referral, e.g. \"placed on 12 May; moved on to housing\""));
    m_outcome->setAccessibleName(tr("Outcome"));
    m_outcome->setTabChangesFocus(true);
    m_outcome->setMaximumHeight(m_outcome->fontMetrics().height() * 4 + 12);
    TextStyle::setTextColour(m_reasonNeeded, Colours::error());

    auto* group = new QButtonGroup(this);
    auto* answers = new QHBoxLayout;
    for (QRadioButton* b : {m_awaiting, m_accepted, m_refused}) {
        group->addButton(b);
        answers->addWidget(b);
    }
    answers->addStretch(1);
    auto* heading = new QLabel(tr("The answer of %1:").arg(service), this);
    heading->setWordWrap(true);
    auto* form = new QFormLayout;
    auto* reasonLabel = new QLabel(tr("Rea&son:"), this);
    reasonLabel->setBuddy(m_reason);
    form->addRow(reasonLabel, m_reason);
    form->addRow(QString(), m_reasonNeeded);
    auto* outcomeLabel = new QLabel(tr("&Outcome:"), this);
    outcomeLabel->setBuddy(m_outcome);
    form->addRow(outcomeLabel, m_outcome);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(answers);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    resize(520, sizeHint().height());

    (answer == QLatin1String("accepted") ? m_accepted : answer == QLatin1String("refused") ? m_refused : m_awaiting)
        ->setChecked(true);
    m_reason->setText(reason);
    m_outcome->setPlainText(outcome);

    connect(group, &QButtonGroup::buttonToggled, this, &ReferralAnswerDialog::updateState);
    connect(m_reason, &QLineEdit::textChanged, this, &ReferralAnswerDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

void ReferralAnswerDialog::updateState()
{
    // A reason goes with a refusal only (the rule of domain/referrals.h).
    const bool refused = m_refused->isChecked();
    m_reason->setEnabled(refused);
    const bool missing = refused && m_reason->text().trimmed().isEmpty();
    m_reasonNeeded->setText(missing ? tr("A refusal is recorded with the reason the service gave.") : QString());
    m_reasonNeeded->setVisible(missing);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!missing);
}

ReferralAnswer ReferralAnswerDialog::answer() const
{
    ReferralAnswer a;
    a.answer = m_accepted->isChecked() ? QStringLiteral("accepted")
               : m_refused->isChecked() ? QStringLiteral("refused")
                                        : QString();
    if (m_refused->isChecked())
        a.reason = m_reason->text();
    a.outcome = m_outcome->toPlainText();
    return a;
}

} // namespace tandem
