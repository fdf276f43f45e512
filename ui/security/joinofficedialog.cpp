#include "security/joinofficedialog.h"

#include "security/passphrasefields.h"
#include "widgets/named.h"
#include "widgets/textstyle.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tandem {

JoinOfficeDialog::JoinOfficeDialog(const QString& invitationPath, qint64 nowMs, QWidget* parent)
    : QDialog(parent)
    , m_path(invitationPath)
    , m_now(nowMs)
    , m_oneTime(named<QLineEdit>(QStringLiteral("invitationPassphraseEdit"), this))
    , m_fields(new PassphraseFields(this))
    , m_error(named<QLabel>(QStringLiteral("joinError"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("joinOfficeDialog"));
    setWindowTitle(tr("Join an Office as Another Machine"));
    auto* intro = new QLabel(tr("<b>%1</b> invites this computer to keep a file of an office, beside its other "
                                "machines. The lead who made it gave you its one-time passphrase apart from the file.")
                                 .arg(QDir::toNativeSeparators(QFileInfo(invitationPath).fileName()).toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    m_oneTime->setAccessibleName(tr("One-time passphrase"));
    m_oneTime->setPlaceholderText(tr("e.g. abcd-efgh-…"));
    auto* form = new QFormLayout;
    form->addRow(tr("&One-time passphrase:"), m_oneTime);

    auto* own = new QGroupBox(tr("Your passphrase on this machine"), this);
    auto* ownNote = new QLabel(tr("It opens the office's keys on this computer, for you. It need not be the one you "
                                  "use elsewhere."),
                               own);
    ownNote->setWordWrap(true);
    auto* ownLayout = new QVBoxLayout(own);
    ownLayout->addWidget(ownNote);
    ownLayout->addWidget(m_fields);

    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    TextStyle::setTextColour(m_error, Colours::error());
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Join"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(own);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    connect(m_oneTime, &QLineEdit::textChanged, this, &JoinOfficeDialog::updateButtons);
    connect(m_fields, &PassphraseFields::changed, this, &JoinOfficeDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &JoinOfficeDialog::join);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
    resize(fontMetrics().averageCharWidth() * 72, sizeHint().height());
}

QString JoinOfficeDialog::passphrase() const
{
    return m_fields->passphrase();
}

void JoinOfficeDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_oneTime->text().trimmed().isEmpty() && m_fields->isAcceptable());
}

void JoinOfficeDialog::join()
{
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    // Argon2id on purpose: a noticeable moment.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<SeatInvitation> opened = readInvitation(m_path, m_oneTime->text(), m_now);
    QApplication::restoreOverrideCursor();
    if (!opened) {
        m_error->setText(opened.error().message);
        m_error->show();
        m_oneTime->selectAll();
        m_oneTime->setFocus();
        return;
    }
    m_invitation = std::move(*opened);
    accept();
}

} // namespace tandem
