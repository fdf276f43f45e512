#include "people/whoareyoudialog.h"

#include "dialogs/prompts.h"
#include "security/passphrasedialog.h"
#include "store/audit.h"
#include "store/keystore.h"
#include "store/store.h"
#include "util/actor.h"
#include "widgets/named.h"
#include "widgets/textstyle.h"

#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace tandem {

QString WhoAreYouDialog::settingsKey(const QString& path)
{
    // The file's path hashed: the settings name no file a person opened.
    const QByteArray canonical = QFileInfo(path).absoluteFilePath().toUtf8();
    return QStringLiteral("people/last/")
           + QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex().left(32));
}

WhoAreYouDialog::WhoAreYouDialog(Store& store, std::vector<Person> people, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_people(std::move(people))
    , m_person(named<QComboBox>(QStringLiteral("personCombo"), this))
    , m_passphrase(named<QLineEdit>(QStringLiteral("passphraseEdit"), this))
    , m_error(named<QLabel>(QStringLiteral("passphraseError"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("whoAreYouDialog"));
    setWindowTitle(tr("Who Are You?"));
    auto* intro = new QLabel(tr("Several people use %1. Choose who you are and enter your own passphrase: "
                                "what you change is recorded in your name.")
                                 .arg(QFileInfo(store.path()).fileName()),
                             this);
    intro->setWordWrap(true);

    const QString last = QSettings().value(settingsKey(store.path())).toString();
    int current = 0;
    for (size_t i = 0; i < m_people.size(); ++i) {
        const Person& p = m_people[i];
        m_person->addItem(tr("%1 (%2)").arg(p.name, people::rolesText(p.roles)), p.id);
        if (p.id.toString() == last)
            current = int(i);
    }
    m_person->setCurrentIndex(current);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setMinimumWidth(m_passphrase->fontMetrics().averageCharWidth() * 40);
    m_error->setWordWrap(true);
    TextStyle::setTextColour(m_error, Colours::error());
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Open"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);

    auto* form = new QFormLayout;
    form->addRow(tr("Pe&rson:"), m_person);
    form->addRow(tr("Pass&phrase:"), m_passphrase);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_passphrase, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.isEmpty());
        if (!text.isEmpty())
            m_error->hide();
    });
    connect(m_person, &QComboBox::currentIndexChanged, this, [this] { m_error->hide(); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &WhoAreYouDialog::confirm);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_passphrase->setFocus(Qt::OtherFocusReason);
}

void WhoAreYouDialog::confirm()
{
    const int index = m_person->currentIndex();
    if (index < 0 || m_passphrase->text().isEmpty())
        return;
    const Person& person = m_people[size_t(index)];
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<OfficeKeys> keys = people::prove(m_store, person, m_passphrase->text());
    QApplication::restoreOverrideCursor();
    if (!keys) {
        QString problem = keys.error().message;
        problem[0] = problem[0].toUpper();
        m_error->setText(problem + QLatin1Char('.'));
        m_error->show();
        const QSignalBlocker quiet(m_passphrase);
        m_passphrase->selectAll();
        m_passphrase->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_passphrase->clear();
    people::actAs(m_store, person);
    // A file whose audit chain is not keyed yet (made before) is keyed from here on; a failure
    // to write that is no reason to keep the person out.
    (void)keyAuditChain(m_store, *keys);
    QSettings().setValue(settingsKey(m_store.path()), person.id.toString());
    accept();
}

bool WhoAreYouDialog::admit(QWidget* parent, Store& store, QString* error)
{
    if (!hasOfficeKeys(store))
        return true; // a file without keys (made so by an older Tandem) has no people yet
    if (needsPeopleMigration(store)) {
        if (store.isReadOnly())
            return true; // read only: it becomes one with people when next opened for writing
        bool migrated = false;
        PassphraseDialog dialog(
            PassphraseDialog::Mode::Enter, tr("Office Passphrase"),
            tr("This file is from before Tandem knew its people. Enter the office passphrase once: it "
               "becomes your own passphrase, as the office's first lead, and you can then add the "
               "others in Security > People."),
            [&](const QString& passphrase) -> QString {
                Result<QUuid> lead = migrateToPeople(store, passphrase, loginName());
                if (!lead)
                    return lead.error().message;
                Result<Person> person = people::get(store, *lead);
                if (!person)
                    return person.error().message;
                people::actAs(store, *person);
                migrated = true;
                return {};
            },
            parent);
        return Dialogs::exec(dialog) == QDialog::Accepted && migrated;
    }
    Result<std::vector<Person>> all = people::list(store);
    if (!all) {
        if (error)
            *error = all.error().message;
        return false;
    }
    std::vector<Person> withSlot;
    for (const Person& p : *all) {
        if (p.hasSlot)
            withSlot.push_back(p);
    }
    if (withSlot.empty()) {
        if (error)
            *error = tr("nobody can open this file: it has no people with a passphrase");
        return false;
    }
    if (withSlot.size() == 1) {
        people::actAs(store, withSlot.front());
        return true;
    }
    WhoAreYouDialog dialog(store, std::move(withSlot), parent);
    return Dialogs::exec(dialog) == QDialog::Accepted;
}

} // namespace tandem
