#include "exchange/keycarddialog.h"

#include "dialogs/prompts.h"
#include "errors.h"
#include "exchange/fingerprintlabel.h"
#include "util/safefile.h"
#include "widgets/named.h"
#include "widgets/textstyle.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tandem {

KeyCardDialog::KeyCardDialog(const KeyCard& card, QWidget* parent)
    : QDialog(parent)
    , m_card(card)
    , m_saved(named<QLabel>(QStringLiteral("cardSavedLabel"), this))
{
    setObjectName(QStringLiteral("keyCardDialog"));
    setWindowTitle(tr("This Office's Key Card"));

    auto* name = new QLabel(card.officeName, this);
    name->setObjectName(QStringLiteral("cardOfficeName"));
    name->setFont(TextStyle::scaled(name->font(), 1.4));
    name->setAlignment(Qt::AlignCenter);
    name->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* explain = new QLabel(tr("Give the key card to each partner office, on a USB stick or by "
                                  "e-mail. Before they trust it, read this fingerprint out to them "
                                  "over the phone: it must match the one their Tandem shows."),
                               this);
    explain->setWordWrap(true);
    m_saved->setWordWrap(true);
    m_saved->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_saved->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* save = buttons->addButton(tr("&Save the Card…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("saveCardButton"));
    save->setDefault(true);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(save, &QPushButton::clicked, this, &KeyCardDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(name);
    layout->addWidget(new FingerprintLabel(card.fingerprint(), this));
    layout->addWidget(explain);
    layout->addWidget(m_saved);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(sizeHint().width() + 40);
}

void KeyCardDialog::save()
{
    const QString path = Dialogs::saveFileName(
        this, tr("Save the Key Card"), tr("Tandem office cards (*.card)"), QStringLiteral("card"));
    if (path.isEmpty())
        return;
    const QString what = tr("The key card was not saved.");
    if (QFileInfo::exists(path)) {
        showError(this, what, makeError(tr("the file already exists; choose another name"), path));
        return;
    }
    if (Result<void> written = writeFileWhole(path, m_card.toText().toUtf8()); !written) {
        showError(this, what, written.error());
        return;
    }
    m_saved->setText(tr("Saved to %1").arg(QDir::toNativeSeparators(path)));
    m_saved->show();
}

} // namespace tandem
