#pragma once

#include "crypto/card.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QPushButton;

namespace tandem {

// Trusting a partner office from its key card: the office's name and fingerprint, big and clear,
// with what to do before trusting it (compare the fingerprint over the phone). Trust stays
// disabled until the user says they have compared it. With `replacedFingerprint`, the card is a
// new key of an office known with another one: the dialog says so, shows the old fingerprint,
// and trusting replaces the old key.
class TrustDialog : public QDialog {
    Q_OBJECT

public:
    TrustDialog(const KeyCard& card, const QString& cardPath, const QString& replacedFingerprint = {},
                QWidget* parent = nullptr);

    // The name this office will know the partner by (the card's, unless the user changed it).
    QString localName() const;

private:
    void updateButtons();

    KeyCard m_card;
    QLineEdit* m_name;
    QCheckBox* m_compared;
    QPushButton* m_trust;
    QPushButton* m_cancel;
};

} // namespace tandem
