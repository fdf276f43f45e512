#pragma once

#include "domain/protocolfile.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace tandem {

// The form for one step of a protocol being edited: title, guidance, owner, due time (an amount
// and unit after T0, or before the first interview), whom it applies to and whether it is
// mandatory. Every change the user makes is reported at once with edited().
class ProtocolStepForm : public QGroupBox {
    Q_OBJECT

public:
    explicit ProtocolStepForm(QWidget* parent = nullptr);

    // Shows `step`, or an empty, disabled form for none. Does not emit edited().
    void setStep(const ProtocolStepSpec* step);
    void focusTitle();

Q_SIGNALS:
    void edited(const ProtocolStepSpec& step);

private:
    void formEdited();

    ProtocolStepSpec m_step;
    bool m_filling = false;
    QLineEdit* m_title;
    QPlainTextEdit* m_guidance;
    QComboBox* m_owner;
    QComboBox* m_anchor;
    QSpinBox* m_amount;
    QComboBox* m_unit;
    QCheckBox* m_mandatory;
    QComboBox* m_applies;
};

} // namespace tandem
