#include "survivors/identitycontroller.h"

#include "people/machinesdialog.h"
#include "people/peopledialog.h"
#include "widgets/named.h"

#include "actions.h"
#include "datestyle.h"
#include "security/passphrasedialog.h"
#include "dialogs/preferencesdialog.h"
#include "store/attachmentstore.h"
#include "domain/retention.h"
#include "domain/sharingdefaults.h"
#include "dialogs/prompts.h"
#include "document.h"
#include "errors.h"
#include "security/filesafetycontroller.h"
#include "security/keyring.h"
#include "language.h"
#include "languagemenu.h"
#include "store/audit.h"
#include "store/keystore.h"
#include "store/store.h"
#include "survivors/identitypanel.h"

#include <QAction>
#include <QMainWindow>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>

#include <chrono>

namespace tandem {
namespace {

using namespace std::chrono_literals;

const QString kIdleKey = QStringLiteral("security/idleMinutes");
constexpr int kDefaultIdleMinutes = 10;
constexpr int kStatusMessageMs = 8000;

} // namespace

IdentityController::IdentityController(QMainWindow* window, Actions* actions, KeyRing* keyRing)
    : QObject(window)
    , m_window(window)
    , m_actions(actions)
    , m_keyRing(keyRing)
    , m_indicator(named<QToolButton>(QStringLiteral("identityLockIndicator"), window))
    , m_countdown(new QTimer(this))
{
    m_keyRing->setIdleTimeout(std::chrono::minutes(idleMinutes()));

    m_indicator->setIcon(QIcon(QStringLiteral(":/icons/unlocked.svg")));
    m_indicator->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_indicator->setAutoRaise(true);
    m_indicator->setToolTip(tr("Survivors' identifying details can be read while the office keys "
                               "are unlocked. Click to lock them now."));
    m_indicator->setAccessibleName(tr("Office keys unlocked; click to lock"));
    m_window->statusBar()->addPermanentWidget(m_indicator);

    // The minutes left are shown to the minute; a tick each second keeps them right however the
    // keys' uses restart the idle timeout.
    m_countdown->setInterval(1s);
    connect(m_countdown, &QTimer::timeout, this, &IdentityController::updateIndicator);
    connect(m_indicator, &QToolButton::clicked, m_keyRing, &KeyRing::lock);
    connect(actions->unlockIdentities(), &QAction::triggered, this, [this] {
        if (unlock(m_window))
            m_window->statusBar()->showMessage(
                tr("Survivors' identities are unlocked until the keys go unused for %1 minutes.")
                    .arg(idleMinutes()),
                kStatusMessageMs);
    });
    connect(actions->preferences(), &QAction::triggered, this, &IdentityController::showPreferences);
    connect(actions->changePassphrase(), &QAction::triggered, this, &IdentityController::changePassphrase);
    connect(actions->people(), &QAction::triggered, this, [this] {
        if (!m_document)
            return;
        PeopleDialog dialog(m_document->store(), *m_keyRing, m_window);
        Dialogs::exec(dialog);
    });
    connect(actions->machines(), &QAction::triggered, this, [this] {
        if (!m_document)
            return;
        MachinesDialog dialog(m_document->store(), *m_keyRing, m_window);
        Dialogs::exec(dialog);
    });
    connect(actions->inviteMachine(), &QAction::triggered, this, [this] {
        if (m_document)
            MachinesDialog::invite(m_document->store(), *m_keyRing, m_window);
    });
    connect(m_keyRing, &KeyRing::unlockedChanged, this, [this](bool unlocked) {
        updateIndicator();
        updateAction();
        Q_EMIT unlockedChanged(unlocked);
        if (!unlocked)
            Q_EMIT identitiesLocked();
    });
    updateIndicator();
    updateAction();
}

void IdentityController::setDocument(Document* document)
{
    m_document = document;
    updateAction();
    updateIndicator();
}

void IdentityController::guard(IdentityPanel* panel)
{
    panel->setRevealGate([this](QWidget* parent, const QUuid&) { return unlock(parent); });
    connect(this, &IdentityController::identitiesLocked, panel, &IdentityPanel::conceal);
}

bool IdentityController::unlock(QWidget* parent)
{
    if (!m_document)
        return false;
    if (m_keyRing->isUnlocked())
        return true;
    // Every unlock is written to the audit log (DESIGN.md §4); a file open read-only cannot take
    // the entry, so it is refused before the passphrase is asked.
    if (m_document->store().isReadOnly()) {
        showError(parent, tr("Survivors' identities were not unlocked."),
                  makeError(tr("the file is open read-only, and every unlock of the office keys "
                               "is written to its audit log; open it for changes to read "
                               "identifying details"),
                            m_document->store().path()));
        return false;
    }
    Result<KeyRing::Keys> keys =
        m_keyRing->unlock(parent, tr("To read survivors' identifying details, sealed in the file."));
    if (!keys) {
        if (!KeyRing::isCancel(keys.error()))
            showError(parent, tr("Survivors' identities were not unlocked."), keys.error());
        return false;
    }
    // The keys of a person whose roles may not read identities hold no identity key (DESIGN.md §7).
    if (!(*keys)->canOpenIdentities()) {
        showError(parent, tr("Survivors' identities were not unlocked."),
                  makeError(tr("%1 may not read survivors' identities: only a lead or a liaison can")
                                .arg(m_document->store().actor().name),
                            m_document->store().path()));
        return false;
    }
    return true;
}

bool IdentityController::isUnlocked() const
{
    return m_keyRing->isUnlocked();
}

int IdentityController::idleMinutes()
{
    const int minutes = QSettings().value(kIdleKey, kDefaultIdleMinutes).toInt();
    return PreferencesDialog::idleChoices().contains(minutes) ? minutes : kDefaultIdleMinutes;
}

void IdentityController::setIdleMinutes(int minutes)
{
    QSettings().setValue(kIdleKey, minutes);
}

void IdentityController::showPreferences()
{
    PreferencesDialog dialog(idleMinutes(), language::chosen(), m_window);
    dialog.setBackups(FileSafetyController::routineBackups(), FileSafetyController::backupsKept(),
                      FileSafetyController::kMinimumKept, FileSafetyController::kMaximumKept);
    // Where the open file's new records go: the office's policy, a lead's to change.
    QMap<QString, QString> sharingBefore;
    std::optional<int> retentionBefore;
    int limitBefore = 0;
    if (m_document) {
        Store& store = m_document->store();
        QList<QPair<QString, QString>> levels;
        for (const EntityDef* e : sharingdefaults::entities()) {
            Result<QString> level = sharingdefaults::level(store, *e);
            levels.append({e->name, level ? *level : e->defaultSharing});
            sharingBefore.insert(e->name, levels.last().second);
        }
        const Result<void> lead = store.isReadOnly() ? makeError(tr("the file is open read-only")) : store.mayWrite(*Registry::instance().entity(QStringLiteral("office")));
        dialog.setSharingDefaults(levels, bool(lead), lead ? QString() : lead.error().message);
        Result<std::optional<int>> months = retention::period(store);
        retentionBefore = months ? *months : std::nullopt;
        dialog.setRetention(retentionBefore, bool(lead), lead ? QString() : lead.error().message);
        limitBefore = int(attachments::limit(store) / 1'000'000);
        dialog.setAttachmentLimit(limitBefore, bool(lead), lead ? QString() : lead.error().message);
    }
    if (Dialogs::exec(dialog) != QDialog::Accepted)
        return;
    if (m_document) {
        const QMap<QString, QString> chosen = dialog.sharingDefaults();
        for (auto it = chosen.cbegin(); it != chosen.cend(); ++it) {
            if (sharingBefore.value(it.key()) == it.value())
                continue;
            if (Result<void> r = sharingdefaults::setLevel(m_document->store(), *Registry::instance().entity(it.key()), it.value()); !r) {
                showError(m_window, tr("Where new records go was not changed."), r.error());
                break;
            }
        }
    }
    if (m_document && dialog.retention() != retentionBefore) {
        if (Result<void> r = retention::setPeriod(m_document->store(), dialog.retention()); !r)
            showError(m_window, tr("How long identities are kept was not changed."), r.error());
    }
    if (m_document && dialog.attachmentLimit() != limitBefore) {
        if (Result<void> r = attachments::setLimit(m_document->store(), qint64(dialog.attachmentLimit()) * 1'000'000); !r)
            showError(m_window, tr("The largest attached file was not changed."), r.error());
    }
    FileSafetyController::setRoutineBackups(dialog.routineBackups());
    FileSafetyController::setBackupsKept(dialog.backupsKept());
    if (dialog.language() != language::chosen())
        LanguageMenu::change(m_window, dialog.language());
    datestyle::setChosen(dialog.dateStyle());
    setIdleMinutes(dialog.idleMinutes());
    // Applied at once: keys held now lock after the new time, counted from their last use.
    m_keyRing->setIdleTimeout(std::chrono::minutes(dialog.idleMinutes()));
    updateIndicator();
}

void IdentityController::changePassphrase()
{
    if (!m_document)
        return;
    Store& store = m_document->store();
    const QString failed = tr("Your passphrase was not changed.");
    if (store.isReadOnly()) {
        showError(m_window, failed, makeError(tr("the file is open read-only: nothing can be changed"), store.path()));
        return;
    }
    if (!hasOfficeKeys(store)) {
        showError(m_window, failed,
                  makeError(tr("this file has no office keys yet; Tandem makes them, with the "
                               "passphrase you choose then, at the first export, merge or unlock"),
                            store.path()));
        return;
    }
    const QString title = tr("Change Your Passphrase");
    QString current;
    PassphraseDialog enter(
        PassphraseDialog::Mode::Enter, title, tr("Enter your current passphrase first."),
        [&](const QString& passphrase) -> QString {
            Result<OfficeKeys> keys = unlockOfficeKeys(store, passphrase);
            if (!keys)
                return keys.error().message;
            current = passphrase;
            return {};
        },
        m_window);
    if (Dialogs::exec(enter) != QDialog::Accepted || current.isEmpty())
        return;
    bool changed = false;
    PassphraseDialog choose(
        PassphraseDialog::Mode::Choose, title,
        tr("Choose your new passphrase. Your key slot is wrapped again with it; no record changes, "
           "the other people of the office keep theirs, and partners need not be told (the key card "
           "stays the same)."),
        [&](const QString& passphrase) -> QString {
            // The new wrapping and its entry in the audit log, together or not at all.
            Result<Transaction> tx = store.begin();
            if (!tx)
                return tx.error().message;
            if (Result<void> r = tandem::changePassphrase(store, current, passphrase); !r)
                return r.error().message;
            if (Result<void> r = appendAudit(store, QStringLiteral("passphrase"), tr("key slot"),
                                             tr("wrapped with a new passphrase"));
                !r)
                return r.error().message;
            if (Result<void> r = tx->commit(); !r)
                return r.error().message;
            changed = true;
            return {};
        },
        m_window);
    if (Dialogs::exec(choose) != QDialog::Accepted || !changed)
        return;
    m_window->statusBar()->showMessage(tr("Your passphrase was changed; the old one no longer opens the keys."),
                                       kStatusMessageMs);
}

void IdentityController::updateIndicator()
{
    const bool unlocked = m_keyRing->isUnlocked();
    m_indicator->setVisible(unlocked);
    if (!unlocked) {
        m_countdown->stop();
        return;
    }
    if (!m_countdown->isActive())
        m_countdown->start();
    const auto left = m_keyRing->remainingTime();
    const auto minutes = std::chrono::ceil<std::chrono::minutes>(left).count();
    m_indicator->setText(left < 1min ? tr("Identities unlocked — locks in under a minute")
                                     : tr("Identities unlocked — locks in %1 min").arg(minutes));
}

void IdentityController::updateAction()
{
    // An unlock goes into the audit log or does not happen: not in a file open read-only.
    const bool writable = m_document && !m_document->store().isReadOnly();
    QAction* unlock = m_actions->unlockIdentities();
    unlock->setEnabled(writable && !m_keyRing->isUnlocked());
    unlock->setStatusTip(m_document && !writable
                             ? tr("Not in a file open read-only: every unlock is written to the "
                                  "file's audit log")
                             : tr("Enter your passphrase to read survivors' identifying details"));
}

} // namespace tandem
