#pragma once

#include <QObject>

class QMainWindow;
class QTimer;
class QToolButton;
class QWidget;

namespace tandem {

class Actions;
class Document;
class IdentityPanel;
class KeyRing;

// Survivors' identities as the window lets them be read (DESIGN.md §4): Security ▸ Unlock
// Survivors' Identities… asks the KeyRing for the office keys (the passphrase, written to the
// audit log), the status bar shows an open padlock with the time left until the keys lock again
// (a click locks them now), and Edit ▸ Preferences… chooses that idle time (kept in QSettings,
// applied to the KeyRing). Owned by the MainWindow.
//
// Views that show identifying details connect to identitiesLocked() and forget what they showed;
// before showing any, they call unlock() (it returns at once while the keys are held).
class IdentityController : public QObject {
    Q_OBJECT

public:
    IdentityController(QMainWindow* window, Actions* actions, KeyRing* keyRing);

    void setDocument(Document* document);
    // Puts `panel`'s Reveal behind unlock() and hides what it shows when the keys are locked.
    void guard(IdentityPanel* panel);

    // True when the keys are held (now or after the passphrase); false when the user cancelled
    // or the unlock failed or was refused (a file open read-only cannot take the unlock's audit
    // entry); a failure or refusal was shown over `parent`.
    bool unlock(QWidget* parent);
    bool isUnlocked() const;

    // The idle time chosen in the preferences, in minutes (10 until one is chosen).
    static int idleMinutes();
    static void setIdleMinutes(int minutes);

    void showPreferences();
    // Security ▸ Change the Office Passphrase…: the current passphrase, then a new one; the keys
    // are wrapped again with it (no record changes) and the change goes into the audit log.
    void changePassphrase();
    // The status bar's padlock: visible while the keys are unlocked.
    QToolButton* indicator() const { return m_indicator; }

Q_SIGNALS:
    // The keys were locked (Lock, the idle timeout, the file closing): identifying details on
    // screen must go.
    void identitiesLocked();
    void unlockedChanged(bool unlocked);

private:
    void updateIndicator();
    void updateAction();

    QMainWindow* m_window;
    Actions* m_actions;
    KeyRing* m_keyRing;
    Document* m_document = nullptr;
    QToolButton* m_indicator;
    QTimer* m_countdown;
};

} // namespace tandem
