#pragma once

#include "crypto/card.h"

#include <QDialog>

class QLabel;

namespace tandem {

// This office's public key card: the fingerprint to read out to partners over the phone, and the
// card to save to a file and hand to them (USB stick, e-mail). Nothing on it is secret.
class KeyCardDialog : public QDialog {
    Q_OBJECT

public:
    explicit KeyCardDialog(const KeyCard& card, QWidget* parent = nullptr);

private:
    void save();

    KeyCard m_card;
    QLabel* m_saved;
};

} // namespace tandem
