#pragma once

#include "util/result.h"

#include <QObject>
#include <QPointer>

#include <chrono>
#include <memory>

class QTimer;
class QWidget;

namespace tandem {

class OfficeKeys;
class Store;

// The office's keys as this window holds them once unlocked: asked for with the office
// passphrase when first needed, kept (their secrets in sodium's guarded memory) until they have
// gone unused for the idle timeout, until Lock, or until the file closes. A file without keys
// (the demo, or one made by an older Tandem) gets them on first need: the passphrase is then
// chosen, twice, and the keys made. Every unlock and every making of keys is written to the
// file's audit log.
//
// Nothing here is about exchange: whatever needs the office's secrets (bundles now, survivor
// identities later) asks unlock() and says why.
class KeyRing : public QObject {
    Q_OBJECT

public:
    explicit KeyRing(QObject* parent = nullptr);
    ~KeyRing() override;

    // The file whose keys this ring holds. Changing it, or null when the file closes, forgets
    // the keys of the one before.
    void setStore(Store* store);

    // The unlocked keys, asking for the passphrase in a dialog over `parent` (which shows `why`)
    // when they are not held. A user's Cancel returns an error that isCancel() recognises:
    // callers stop quietly on it. Each use restarts the idle timeout.
    //
    // Shared, not lent: work that processes events while it signs or decrypts (an export with a
    // progress dialog) may see the idle timeout or Lock come in the middle; the ring then forgets
    // the keys, and they are wiped when that work lets go of them.
    using Keys = std::shared_ptr<const OfficeKeys>;
    Result<Keys> unlock(QWidget* parent, const QString& why);
    bool isUnlocked() const { return m_keys != nullptr; }
    // The keys when unlocked (null when locked), without asking and without restarting the idle
    // timeout: for work the window does on its own (the exchange folder's passes), which must not
    // keep an unattended window unlocked.
    Keys held() const { return m_keys; }
    // Forgets the keys now; the next unlock() asks again.
    void lock();

    void setIdleTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds idleTimeout() const;
    // How long until the idle timeout locks the keys (zero while locked); each use starts it anew.
    std::chrono::milliseconds remainingTime() const;

    static bool isCancel(const Error& error);

Q_SIGNALS:
    void unlockedChanged(bool unlocked);

private:
    Result<Keys> makeKeys(QWidget* parent, const QString& why);
    Result<Keys> enterPassphrase(QWidget* parent, const QString& why);
    Result<Keys> keep(std::unique_ptr<OfficeKeys> keys);

    QPointer<Store> m_store;
    Keys m_keys;
    QTimer* m_idle;
};

} // namespace tandem
