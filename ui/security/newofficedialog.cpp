#include "security/newofficedialog.h"

#include "domain/officecode.h"
#include "security/officecodefield.h"
#include "security/passphrasefields.h"
#include "widgets/named.h"
#include "widgets/textstyle.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tandem {

NewOfficeDialog::NewOfficeDialog(const QString& fileName, QWidget* parent)
    : QDialog(parent)
    , m_name(named<QLineEdit>(QStringLiteral("officeNameEdit"), this))
    , m_code(new OfficeCodeField(this))
    , m_fields(new PassphraseFields(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("newOfficeDialog"));
    setWindowTitle(tr("New Tandem File"));

    auto* intro = new QLabel(
        tr("<b>%1</b> will be your office's Tandem file.").arg(fileName.toHtmlEscaped()), this);
    intro->setWordWrap(true);
    m_name->setAccessibleName(tr("Office name"));
    m_name->setPlaceholderText(tr("e.g. Riverside Task Force"));
    m_name->setMaxLength(200);
    auto* nameForm = new QFormLayout;
    nameForm->addRow(tr("Office &name:"), m_name);
    auto* nameNote =
        new QLabel(tr("Partner offices see this name on your key card and your bundles."), this);
    nameNote->setWordWrap(true);
    TextStyle::setCaption(nameNote);
    nameForm->addRow(QString(), nameNote);
    nameForm->addRow(tr("Office co&de:"), m_code);
    if (auto* label = qobject_cast<QLabel*>(nameForm->labelForField(m_code)))
        label->setBuddy(m_code->edit());

    auto* keys = new QGroupBox(tr("Office passphrase"), this);
    auto* keysNote =
        new QLabel(tr("The passphrase protects the keys that sign and open the bundles "
                      "exchanged with partner offices. Tandem asks for it when you "
                      "export or merge."),
                   keys);
    keysNote->setWordWrap(true);
    auto* keysLayout = new QVBoxLayout(keys);
    keysLayout->addWidget(keysNote);
    keysLayout->addWidget(m_fields);

    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(intro);
    layout->addLayout(nameForm);
    layout->addWidget(keys);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &NewOfficeDialog::updateButtons);
    // The code follows the name's initials until the person types one of their own.
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString& name) {
        if (!m_codeEdited)
            m_code->setCode(name.trimmed().isEmpty() ? QString() : derivedOfficeCode(name));
    });
    connect(m_code->edit(), &QLineEdit::textEdited, this, [this] { m_codeEdited = true; });
    connect(m_code, &OfficeCodeField::changed, this, &NewOfficeDialog::updateButtons);
    connect(m_fields, &PassphraseFields::changed, this, &NewOfficeDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
    m_name->setFocus(Qt::OtherFocusReason);
}

QString NewOfficeDialog::officeName() const
{
    return m_name->text().trimmed();
}

QString NewOfficeDialog::officeCode() const
{
    return m_code->code();
}

QString NewOfficeDialog::passphrase() const
{
    return m_fields->passphrase();
}

void NewOfficeDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!officeName().isEmpty() && m_code->isAcceptable() && m_fields->isAcceptable());
}

} // namespace tandem
