#pragma once

#include "sync/seats.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace tandem {

class PassphraseFields;

// File > Join an Office as Another Machine…: the invitation's one-time passphrase (a lead of the
// office gave it apart from the file) and the invited person's own passphrase for this machine,
// twice. Join opens the invitation (a wrong passphrase, an expired or damaged invitation is said
// in place) and accepts; the main window then makes the file (joinAsSeat).
class JoinOfficeDialog : public QDialog {
    Q_OBJECT

public:
    JoinOfficeDialog(const QString& invitationPath, qint64 nowMs, QWidget* parent = nullptr);

    const SeatInvitation& invitation() const { return *m_invitation; }
    QString passphrase() const;

private:
    void join();
    void updateButtons();

    QString m_path;
    qint64 m_now;
    QLineEdit* m_oneTime;
    PassphraseFields* m_fields;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    std::optional<SeatInvitation> m_invitation;
};

} // namespace tandem
