#include "people/addpersondialog.h"

#include "security/passphrasefields.h"
#include "store/store.h"
#include "widgets/named.h"
#include "widgets/textstyle.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tandem {

AddPersonDialog::AddPersonDialog(const Store& store, Add add, QWidget* parent)
    : QDialog(parent)
    , m_add(std::move(add))
    , m_name(named<QLineEdit>(QStringLiteral("nameEdit"), this))
    , m_agency(named<QComboBox>(QStringLiteral("agencyCombo"), this))
    , m_passphrase(new PassphraseFields(this))
    , m_error(named<QLabel>(QStringLiteral("addPersonError"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("addPersonDialog"));
    setWindowTitle(tr("Add a Person"));
    auto* roleRow = new QHBoxLayout;
    for (const QString& token : people::roleTokens()) {
        auto* box = new QCheckBox(people::roleLabel(token), this);
        box->setObjectName(QStringLiteral("role_") + token);
        roleRow->addWidget(box);
        m_roles.insert(token, box);
        connect(box, &QCheckBox::toggled, this, &AddPersonDialog::updateButtons);
    }
    roleRow->addStretch(1);
    m_agency->addItem(tr("No agency"), QUuid());
    if (Result<std::vector<Row>> agencies = store.select(QStringLiteral("agency"), QStringLiteral("deleted = 0"), {},
                                                         QStringLiteral("name"))) {
        for (const Row& a : *agencies)
            m_agency->addItem(a.text(QStringLiteral("name")), a.id);
    }
    auto* note = new QLabel(tr("Only a lead or a liaison can open survivors' identities: their passphrase "
                               "unlocks the identity key, anyone else's does not."),
                            this);
    note->setWordWrap(true);
    m_error->setWordWrap(true);
    TextStyle::setTextColour(m_error, Colours::error());
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("A&dd"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Roles:"), roleRow);
    form->addRow(tr("A&gency:"), m_agency);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(new QLabel(tr("Their own passphrase (they type it, twice):"), this));
    layout->addWidget(m_passphrase);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &AddPersonDialog::updateButtons);
    connect(m_passphrase, &PassphraseFields::changed, this, &AddPersonDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddPersonDialog::confirm);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
    m_name->setFocus(Qt::OtherFocusReason);
}

QStringList AddPersonDialog::roles() const
{
    QStringList chosen;
    for (auto it = m_roles.begin(); it != m_roles.end(); ++it) {
        if (it.value()->isChecked())
            chosen << it.key();
    }
    return chosen;
}

void AddPersonDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_name->text().trimmed().isEmpty() && !roles().isEmpty() && m_passphrase->isAcceptable());
}

void AddPersonDialog::confirm()
{
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<QUuid> added = m_add({m_name->text().trimmed(), roles(), m_agency->currentData().toUuid()}, m_passphrase->passphrase());
    QApplication::restoreOverrideCursor();
    if (!added) {
        QString problem = added.error().message;
        problem[0] = problem[0].toUpper();
        m_error->setText(problem + QLatin1Char('.'));
        m_error->show();
        return;
    }
    m_passphrase->clear();
    accept();
}

} // namespace tandem
