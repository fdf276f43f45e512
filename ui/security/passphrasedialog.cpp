#include "security/passphrasedialog.h"

#include "security/passphrasefields.h"
#include "widgets/named.h"
#include "widgets/textstyle.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tandem {

PassphraseDialog::PassphraseDialog(Mode mode, const QString& title, const QString& why, Check check,
                                   QWidget* parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_check(std::move(check))
    , m_error(named<QLabel>(QStringLiteral("passphraseError"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("passphraseDialog"));
    setWindowTitle(title);

    auto* reason = new QLabel(why, this);
    reason->setObjectName(QStringLiteral("passphraseReason"));
    reason->setWordWrap(true);
    m_error->setWordWrap(true);
    TextStyle::setTextColour(m_error, Colours::error());
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(reason);
    if (mode == Mode::Enter) {
        m_edit = new QLineEdit(this);
        m_edit->setObjectName(QStringLiteral("passphraseEdit"));
        m_edit->setEchoMode(QLineEdit::Password);
        m_edit->setAccessibleName(tr("Office passphrase"));
        m_edit->setMinimumWidth(m_edit->fontMetrics().averageCharWidth() * 40);
        auto* form = new QFormLayout;
        form->addRow(tr("&Passphrase:"), m_edit);
        layout->addLayout(form);
        connect(m_edit, &QLineEdit::textChanged, this, &PassphraseDialog::updateButtons);
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Unlock"));
    } else {
        m_fields = new PassphraseFields(this);
        layout->addWidget(m_fields);
        connect(m_fields, &PassphraseFields::changed, this, &PassphraseDialog::updateButtons);
    }
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &PassphraseDialog::confirm);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
    if (m_edit)
        m_edit->setFocus(Qt::OtherFocusReason);
    else
        m_fields->focusFirst();
}

void PassphraseDialog::updateButtons()
{
    const bool ready = m_edit ? !m_edit->text().isEmpty() : m_fields->isAcceptable();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ready);
    if (m_edit && !m_edit->text().isEmpty() && m_error->isVisible())
        m_error->hide(); // typing again: the old complaint no longer applies
}

void PassphraseDialog::confirm()
{
    const QString passphrase = m_edit ? m_edit->text() : m_fields->passphrase();
    if (passphrase.isEmpty() || (m_fields && !m_fields->isAcceptable()))
        return;
    // Deriving the key takes a noticeable moment (Argon2id, on purpose).
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString problem = m_check(passphrase);
    QApplication::restoreOverrideCursor();
    if (problem.isEmpty()) {
        // The text does not outlive its use in the widgets at least.
        if (m_edit)
            m_edit->clear();
        else
            m_fields->clear();
        accept();
        return;
    }
    problem[0] = problem[0].toUpper();
    m_error->setText(problem.endsWith(QLatin1Char('.')) ? problem : problem + QLatin1Char('.'));
    m_error->show();
    if (m_edit) {
        // The complaint stays until the user types something new.
        const QSignalBlocker quiet(m_edit);
        m_edit->selectAll();
        m_edit->setFocus(Qt::OtherFocusReason);
    }
}

} // namespace tandem
