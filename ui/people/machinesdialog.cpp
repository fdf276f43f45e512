#include "people/machinesdialog.h"

#include "dialogs/prompts.h"
#include "domain/people.h"
#include "errors.h"
#include "security/keyring.h"
#include "store/store.h"
#include "store/value.h"
#include "sync/seats.h"
#include "timetext.h"
#include "widgets/named.h"
#include "widgets/textstyle.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tandem {

InviteMachineDialog::InviteMachineDialog(Store& store, Invite invite, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_invite(std::move(invite))
    , m_pages(new QStackedWidget(this))
    , m_person(named<QComboBox>(QStringLiteral("personCombo"), this))
    , m_name(named<QLineEdit>(QStringLiteral("machineNameEdit"), this))
    , m_file(named<QLineEdit>(QStringLiteral("invitationFileEdit"), this))
    , m_error(named<QLabel>(QStringLiteral("inviteError"), this))
    , m_passphrase(named<QLabel>(QStringLiteral("oneTimePassphrase"), this))
    , m_done(named<QLabel>(QStringLiteral("invitationDone"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_inviteButton(named<QPushButton>(QStringLiteral("okButton"), tr("&Invite"), this))
{
    setObjectName(QStringLiteral("inviteMachineDialog"));
    setWindowTitle(tr("Invite a Machine"));

    // Page 1: who, what, where.
    auto* ask = new QWidget(m_pages);
    auto* intro = new QLabel(tr("Another computer of this office gets a file of its own that exchanges everything of "
                                "the office with this one, rows kept to the office included. The invitation holds the "
                                "office's keys, locked with a one-time passphrase shown after it is written."),
                             ask);
    intro->setWordWrap(true);
    Result<std::vector<Person>> all = people::list(store);
    if (all) {
        for (const Person& p : *all) {
            QStringList roles;
            for (const QString& r : p.roles)
                roles << people::roleLabel(r);
            m_person->addItem(tr("%1 (%2)").arg(p.name, roles.join(QStringLiteral(", "))), p.id);
            if (p.id == store.actor().person)
                m_person->setCurrentIndex(m_person->count() - 1);
        }
    }
    m_name->setMaxLength(200);
    m_name->setPlaceholderText(tr("e.g. Field laptop"));
    auto* choose = named<QPushButton>(QStringLiteral("chooseInvitationFileButton"), tr("C&hoose…"), ask);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);
    auto* form = new QFormLayout;
    form->addRow(tr("&For:"), m_person);
    auto* personNote = new QLabel(tr("Survivors' identities reach the machine only when this person's roles may read "
                                     "them (a lead or a liaison)."),
                                  ask);
    personNote->setWordWrap(true);
    TextStyle::setCaption(personNote);
    form->addRow(QString(), personNote);
    form->addRow(tr("Machine &name:"), m_name);
    form->addRow(tr("Invitation fi&le:"), fileRow);
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(fileRow)))
        label->setBuddy(m_file);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    TextStyle::setTextColour(m_error, Colours::error());
    m_error->hide();
    auto* askLayout = new QVBoxLayout(ask);
    askLayout->setContentsMargins(0, 0, 0, 0);
    askLayout->addWidget(intro);
    askLayout->addLayout(form);
    askLayout->addWidget(m_error);
    askLayout->addStretch(1);

    // Page 2: the one-time passphrase, once.
    auto* shown = new QWidget(m_pages);
    auto* heading = new QLabel(tr("The invitation's one-time passphrase:"), shown);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.6);
    m_passphrase->setFont(mono);
    m_passphrase->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_passphrase->setAlignment(Qt::AlignCenter);
    m_passphrase->setAccessibleName(tr("One-time passphrase"));
    auto* copy = named<QPushButton>(QStringLiteral("copyPassphraseButton"), tr("&Copy"), shown);
    m_done->setWordWrap(true);
    auto* shownLayout = new QVBoxLayout(shown);
    shownLayout->setContentsMargins(0, 0, 0, 0);
    shownLayout->addWidget(heading);
    shownLayout->addWidget(m_passphrase);
    shownLayout->addWidget(copy, 0, Qt::AlignCenter);
    shownLayout->addWidget(m_done);
    shownLayout->addStretch(1);

    m_pages->addWidget(ask);
    m_pages->addWidget(shown);
    m_buttons->addButton(m_inviteButton, QDialogButtonBox::AcceptRole);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    m_inviteButton->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_buttons);

    connect(choose, &QPushButton::clicked, this, &InviteMachineDialog::chooseFile);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_passphrase->text()); });
    connect(m_file, &QLineEdit::textChanged, this, &InviteMachineDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_invited)
            this->invite();
        else
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
    resize(fontMetrics().averageCharWidth() * 80, sizeHint().height());
}

void InviteMachineDialog::chooseFile()
{
    const QString path = Dialogs::saveFileName(this, tr("Write the Invitation"), tr("Tandem invitations (*.invitation)"),
                                               QStringLiteral("invitation"));
    if (!path.isEmpty())
        m_file->setText(QDir::toNativeSeparators(path));
}

void InviteMachineDialog::updateButtons()
{
    m_inviteButton->setEnabled(m_invited || (!m_file->text().trimmed().isEmpty() && m_person->count() > 0));
}

void InviteMachineDialog::invite()
{
    SeatInvitationOptions options;
    options.person = m_person->currentData().toUuid();
    options.machineName = m_name->text();
    const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<MadeInvitation> made = m_invite(options, path);
    QApplication::restoreOverrideCursor();
    if (!made) {
        if (KeyRing::isCancel(made.error()))
            return;
        m_error->setText(made.error().text());
        m_error->show();
        return;
    }
    m_passphrase->setText(made->passphrase);
    m_done->setText(tr("The invitation for <b>%1</b> (%2) is in %3. On that computer, choose <i>Join an Office as "
                       "Another Machine…</i> and give this passphrase. Hand it over apart from the file (read it out, "
                       "or on paper): whoever has both holds the office's keys. It works until %4 and is not shown "
                       "again.")
                        .arg(made->machineName.toHtmlEscaped(), made->personName.toHtmlEscaped(),
                             QDir::toNativeSeparators(path).toHtmlEscaped(),
                             localTimeText(made->expiresAt).toHtmlEscaped()));
    // The dialog fits the passphrase page, not the taller form it replaces.
    QWidget* form = m_pages->widget(0);
    m_pages->setCurrentIndex(1);
    m_pages->removeWidget(form);
    form->hide();
    m_invited = true;
    m_inviteButton->setText(tr("&Done"));
    m_inviteButton->setObjectName(QStringLiteral("doneButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->hide();
    updateButtons();
    m_pages->updateGeometry();
    layout()->activate();
    resize(width(), sizeHint().height());
}

MachinesDialog::MachinesDialog(Store& store, KeyRing& keyRing, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_keyRing(keyRing)
    , m_table(named<QTableWidget>(QStringLiteral("machinesTable"), 0, 4, this))
    , m_invite(named<QPushButton>(QStringLiteral("inviteMachineButton"), tr("&Invite…"), this))
    , m_remove(named<QPushButton>(QStringLiteral("removeMachineButton"), tr("&Remove"), this))
{
    setObjectName(QStringLiteral("machinesDialog"));
    setWindowTitle(tr("Machines of This Office"));
    if (Result<Person> acting = people::get(store, store.actor().person))
        m_lead = people::mayManage(acting->roles) && !store.isReadOnly();
    auto* intro = new QLabel(tr("The computers that keep this office's file. They exchange everything of the office with "
                                "one another, through bundles or the exchange folder; partner offices see one office."),
                             this);
    intro->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({tr("Machine"), tr("Survivors' identities"), tr("Last merged here"), tr("Status")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_invite, QDialogButtonBox::ActionRole);
    buttons->addButton(m_remove, QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    m_invite->setAutoDefault(false);
    m_remove->setAutoDefault(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_invite, &QPushButton::clicked, this, [this] {
        if (invite(m_store, m_keyRing, this))
            fill();
    });
    connect(m_remove, &QPushButton::clicked, this, &MachinesDialog::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &MachinesDialog::updateButtons);
    fill();
    resize(fontMetrics().averageCharWidth() * 100, fontMetrics().height() * 18);
}

bool MachinesDialog::invite(Store& store, KeyRing& keyRing, QWidget* parent)
{
    InviteMachineDialog dialog(
        store,
        [&](const SeatInvitationOptions& options, const QString& path) -> Result<MadeInvitation> {
            Result<KeyRing::Keys> keys = keyRing.unlock(parent, tr("The invitation carries the office keys."));
            if (!keys)
                return keys.error();
            return inviteSeat(store, **keys, options, path);
        },
        parent);
    return Dialogs::exec(dialog) == QDialog::Accepted;
}

void MachinesDialog::fill()
{
    m_table->setRowCount(0);
    Result<std::vector<Seat>> all = seats(m_store, true);
    if (!all) {
        showError(this, tr("The machines could not be read."), all.error());
        return;
    }
    const auto addRow = [this](const QByteArray& site, const QStringList& cells, bool removable) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, site);
            item->setData(Qt::UserRole + 1, removable);
            m_table->setItem(row, c, item);
        }
    };
    Result<QVariant> ownIdentities = m_store.meta(QStringLiteral("machine_identities"));
    const bool identitiesHere = !ownIdentities || ownIdentities->isNull() || ownIdentities->toBool();
    addRow(m_store.siteId(), {tr("%1 (this machine)").arg(machineName(m_store)), identitiesHere ? tr("Yes") : tr("No"),
                              QString(), QString()},
           false);
    for (const Seat& s : *all) {
        addRow(s.machine.site,
               {s.machine.name, s.machine.identities ? tr("Yes") : tr("No"),
                s.machine.lastMergeAt.isValid() ? localTimeText(s.machine.lastMergeAt) : tr("Nothing yet"),
                s.removedAt.isValid() ? tr("Removed %1").arg(localTimeText(s.removedAt)) : tr("Exchanging")},
               !s.removedAt.isValid());
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    updateButtons();
}

void MachinesDialog::updateButtons()
{
    m_invite->setEnabled(m_lead);
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    m_remove->setEnabled(m_lead && !selected.isEmpty() && selected.front()->data(Qt::UserRole + 1).toBool());
}

void MachinesDialog::removeSelected()
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return;
    const QByteArray site = selected.front()->data(Qt::UserRole).toByteArray();
    const QString name = m_table->item(selected.front()->row(), 0)->text();
    if (!Dialogs::question(this, tr("Remove a Machine"), tr("Remove %1 from this office?").arg(name),
                           tr("No bundle is made for it or taken from it any more, here and on the office's other "
                              "machines once they have exchanged with this one. It keeps what it had and the office's "
                              "keys: to cut it off from what partners send later, the office needs new keys."),
                           tr("Remove")))
        return;
    if (Result<Partner> r = removeSeat(m_store, site); !r)
        return showError(this, tr("The machine could not be removed."), r.error());
    fill();
}

} // namespace tandem
