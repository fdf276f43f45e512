#include "exchange/trustdialog.h"

#include "exchange/fingerprintlabel.h"
#include "widgets/named.h"
#include "widgets/textstyle.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tandem {

TrustDialog::TrustDialog(const KeyCard& card, const QString& cardPath, const QString& replacedFingerprint,
                         QWidget* parent)
    : QDialog(parent)
    , m_card(card)
    , m_name(named<QLineEdit>(QStringLiteral("partnerNameEdit"), card.officeName, this))
    , m_compared(named<QCheckBox>(QStringLiteral("comparedCheck"),
                                  tr("I have &compared the fingerprint with the office"), this))
{
    setObjectName(QStringLiteral("trustDialog"));
    setWindowTitle(tr("Trust a Partner Office"));

    auto* source = new QLabel(tr("Key card from %1").arg(QDir::toNativeSeparators(cardPath)), this);
    source->setObjectName(QStringLiteral("cardSource"));
    TextStyle::setCaption(source);
    source->setWordWrap(true);

    auto* office = new QLabel(card.officeName, this);
    office->setObjectName(QStringLiteral("cardOfficeName"));
    office->setFont(TextStyle::scaled(office->font(), 1.4));
    office->setAlignment(Qt::AlignCenter);
    office->setWordWrap(true);

    auto* fingerprint = new FingerprintLabel(card.fingerprint(), this);

    auto* instructions = new QLabel(
        tr("<p>Call <b>%1</b> on a telephone number you already know for them (not one that came "
           "with the card) and ask them to read out the fingerprint of their key card "
           "(Exchange ▸ This Office's Key Card). Every digit must be the same.</p>"
           "<p>If any digit differs, do not trust this card: someone else may have made it.</p>")
            .arg(card.officeName.toHtmlEscaped()),
        this);
    instructions->setObjectName(QStringLiteral("trustInstructions"));
    instructions->setWordWrap(true);

    QLabel* replacing = nullptr;
    if (!replacedFingerprint.isEmpty()) {
        setWindowTitle(tr("Replace a Partner Office's Key"));
        replacing = new QLabel(
            tr("<p><b>%1 is known here with another key</b> (fingerprint %2).</p>"
               "<p>Trust this card only if %1 tells you it has made new keys, and every digit of the "
               "new fingerprint above matches what they read out. From then on, bundles signed with "
               "the old key are refused.</p>")
                .arg(card.officeName.toHtmlEscaped(), replacedFingerprint.toHtmlEscaped()),
            this);
        replacing->setObjectName(QStringLiteral("replacedKeyWarning"));
        replacing->setWordWrap(true);
        m_compared->setText(tr("I have &compared the new fingerprint with the office"));
    }

    m_name->setAccessibleName(tr("Name of the partner office in this file"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Known here as:"), m_name);


    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_trust = buttons->addButton(replacedFingerprint.isEmpty() ? tr("&Trust") : tr("&Replace the Key"),
                                 QDialogButtonBox::AcceptRole);
    m_trust->setObjectName(QStringLiteral("trustButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    m_cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_trust->isEnabled())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_compared, &QCheckBox::toggled, this, &TrustDialog::updateButtons);
    connect(m_name, &QLineEdit::textChanged, this, &TrustDialog::updateButtons);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(source);
    layout->addWidget(office);
    layout->addWidget(fingerprint);
    if (replacing)
        layout->addWidget(replacing);
    layout->addWidget(instructions);
    layout->addLayout(form);
    layout->addWidget(m_compared);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(std::max(520, fingerprint->sizeHint().width() + 60));
    updateButtons();
}

QString TrustDialog::localName() const
{
    return m_name->text().trimmed();
}

void TrustDialog::updateButtons()
{
    m_trust->setEnabled(m_compared->isChecked() && !localName().isEmpty());
    // Return cancels until the fingerprint is said to be compared; then it trusts.
    m_trust->setDefault(m_trust->isEnabled());
    m_cancel->setDefault(!m_trust->isEnabled());
}

} // namespace tandem
