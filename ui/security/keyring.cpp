#include "security/keyring.h"

#include "domain/people.h"

#include "security/passphrasedialog.h"
#include "dialogs/prompts.h"
#include "store/audit.h"
#include "store/keystore.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QTimer>

#include <algorithm>

namespace tandem {
namespace {

using namespace std::chrono_literals;

QString cancelMessage()
{
    return QCoreApplication::translate("tandem::KeyRing", "the passphrase was not given");
}

} // namespace

KeyRing::KeyRing(QObject* parent)
    : QObject(parent)
    , m_idle(new QTimer(this))
{
    m_idle->setSingleShot(true);
    m_idle->setInterval(10min);
    connect(m_idle, &QTimer::timeout, this, &KeyRing::lock);
}

KeyRing::~KeyRing() = default;

void KeyRing::setStore(Store* store)
{
    if (store == m_store)
        return;
    lock();
    m_store = store;
}

void KeyRing::lock()
{
    m_idle->stop();
    if (!m_keys)
        return;
    // Survivors' identities close with the keys.
    if (m_store && m_store->identityKeys() == m_keys.get())
        m_store->setIdentityKeys(nullptr);
    m_keys.reset(); // SecretBytes wipes the secrets when the last user lets go
    Q_EMIT unlockedChanged(false);
}

void KeyRing::setIdleTimeout(std::chrono::milliseconds timeout)
{
    m_idle->setInterval(timeout);
    if (m_idle->isActive())
        m_idle->start();
}

std::chrono::milliseconds KeyRing::idleTimeout() const
{
    return m_idle->intervalAsDuration();
}

std::chrono::milliseconds KeyRing::remainingTime() const
{
    if (!m_keys || !m_idle->isActive())
        return 0ms;
    // A coarse timer may fire a little late and say so: never more than the timeout itself.
    return std::min(m_idle->remainingTimeAsDuration(), m_idle->intervalAsDuration());
}

bool KeyRing::isCancel(const Error& error)
{
    return error.context.isEmpty() && error.message == cancelMessage();
}

Result<KeyRing::Keys> KeyRing::unlock(QWidget* parent, const QString& why)
{
    if (!m_store)
        return makeError(tr("no file is open"));
    if (m_keys) {
        m_idle->start();
        return m_keys;
    }
    return hasOfficeKeys(*m_store) ? enterPassphrase(parent, why) : makeKeys(parent, why);
}

Result<KeyRing::Keys> KeyRing::enterPassphrase(QWidget* parent, const QString& why)
{
    std::unique_ptr<OfficeKeys> unlocked;
    PassphraseDialog dialog(
        PassphraseDialog::Mode::Enter, tr("Your Passphrase"),
        tr("%1 Enter your passphrase.").arg(why),
        [&](const QString& passphrase) -> QString {
            Result<OfficeKeys> keys = unlockOfficeKeys(*m_store, passphrase);
            if (keys) {
                unlocked = std::make_unique<OfficeKeys>(std::move(*keys));
                return {};
            }
            return keys.error().message;
        },
        parent);
    if (Dialogs::exec(dialog) != QDialog::Accepted || !unlocked)
        return makeError(cancelMessage());
    // A file whose audit chain is not keyed yet (made before) is keyed from here on.
    if (Result<void> r = keyAuditChain(*m_store, *unlocked); !r)
        return r.error();
    // An unlock nobody can account for is what the audit log is for: without its entry, no keys.
    if (Result<void> r = appendAudit(*m_store, QStringLiteral("unlock"), tr("office keys"), why);
        !r)
        return r.error();
    return keep(std::move(unlocked));
}

Result<KeyRing::Keys> KeyRing::makeKeys(QWidget* parent, const QString& why)
{
    std::unique_ptr<OfficeKeys> made;
    PassphraseDialog dialog(
        PassphraseDialog::Mode::Choose, tr("Choose the Office Passphrase"),
        tr("%1 This file has no office keys yet: Tandem makes them now, protected by a passphrase "
           "you choose. You will need it for every export and merge.")
            .arg(why),
        [&](const QString& passphrase) -> QString {
            // The keys and their entry in the audit log, together or not at all.
            Result<Transaction> tx = m_store->begin();
            if (!tx)
                return tx.error().message;
            Result<PublicKeys> created = createOfficeKeys(*m_store, passphrase);
            if (!created)
                return created.error().message;
            if (Result<void> r = appendAudit(*m_store, QStringLiteral("keys"), tr("office keys"),
                                             tr("made with a new passphrase"));
                !r)
                return r.error().message;
            if (Result<void> r = tx->commit(); !r)
                return r.error().message;
            // The keys came with the office's first person, a lead: the one who made them acts.
            if (Result<Person> lead = people::solePerson(*m_store))
                people::actAs(*m_store, *lead);
            Result<OfficeKeys> keys = unlockOfficeKeys(*m_store, passphrase);
            if (!keys)
                return keys.error().message;
            made = std::make_unique<OfficeKeys>(std::move(*keys));
            return {};
        },
        parent);
    if (Dialogs::exec(dialog) != QDialog::Accepted || !made)
        return makeError(cancelMessage());
    if (Result<void> r = appendAudit(*m_store, QStringLiteral("unlock"), tr("office keys"), why);
        !r)
        return r.error();
    return keep(std::move(made));
}

Result<KeyRing::Keys> KeyRing::keep(std::unique_ptr<OfficeKeys> keys)
{
    m_keys = std::move(keys);
    // While the keys are held, survivors' identities read opened (DESIGN.md §4).
    if (m_store)
        m_store->setIdentityKeys(m_keys.get());
    m_idle->start();
    Q_EMIT unlockedChanged(true);
    return m_keys;
}

} // namespace tandem
