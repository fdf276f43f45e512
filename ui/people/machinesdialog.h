#pragma once

#include "util/result.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace tandem {

class KeyRing;
class Store;
struct MadeInvitation;
struct SeatInvitationOptions;

// Security > Invite a Machine…: another machine of this office (sync/seats.h) for one of its
// people, its name among the office's machines, and where to write the invitation. Inviting (a
// lead's act, with the lead's keys) writes the file, then the dialog shows the one-time passphrase
// once, large, with Copy, and how to hand both over apart.
class InviteMachineDialog : public QDialog {
    Q_OBJECT

public:
    using Invite = std::function<Result<MadeInvitation>(const SeatInvitationOptions& options, const QString& path)>;
    InviteMachineDialog(Store& store, Invite invite, QWidget* parent = nullptr);

private:
    void chooseFile();
    void invite();
    void updateButtons();

    Store& m_store;
    Invite m_invite;
    QStackedWidget* m_pages;
    QComboBox* m_person;
    QLineEdit* m_name;
    QLineEdit* m_file;
    QLabel* m_error;
    QLabel* m_passphrase;
    QLabel* m_done;
    QDialogButtonBox* m_buttons;
    QPushButton* m_inviteButton;
    bool m_invited = false; // the invitation is written: its passphrase is shown
};

// Security > Machines of This Office…: this machine and the others, whether survivors' identities
// reach each, when a bundle of each was last merged here, and which were removed; a lead invites
// one (InviteMachineDialog) or removes one (confirmed).
class MachinesDialog : public QDialog {
    Q_OBJECT

public:
    MachinesDialog(Store& store, KeyRing& keyRing, QWidget* parent = nullptr);

    // Runs the invitation (with the lead's keys from the key ring); true when one was written.
    static bool invite(Store& store, KeyRing& keyRing, QWidget* parent);

private:
    void fill();
    void removeSelected();
    void updateButtons();

    Store& m_store;
    KeyRing& m_keyRing;
    QTableWidget* m_table;
    QPushButton* m_invite;
    QPushButton* m_remove;
    bool m_lead = false;
};

} // namespace tandem
