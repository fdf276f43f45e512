#pragma once

#include "domain/referrals.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace tandem {

// Records a service's answer to a referral: still awaited, accepted, or refused with the reason
// the service gave (OK stays disabled until a refusal has its reason), and what came of it. Run
// it with Dialogs::exec(); answer() is what to record after it is accepted.
class ReferralAnswerDialog : public QDialog {
    Q_OBJECT

public:
    // `answer` is the token recorded so far ("accepted", "refused" or empty), with its reason and
    // the outcome recorded so far.
    ReferralAnswerDialog(const QString& service, const QString& answer, const QString& reason, const QString& outcome,
                         QWidget* parent = nullptr);

    ReferralAnswer answer() const;

private:
    void updateState();

    QRadioButton* m_awaiting;
    QRadioButton* m_accepted;
    QRadioButton* m_refused;
    QLineEdit* m_reason;
    QLabel* m_reasonNeeded;
    QPlainTextEdit* m_outcome;
    QDialogButtonBox* m_buttons;
};

} // namespace tandem
