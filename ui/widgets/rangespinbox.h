#pragma once

#include <QSpinBox>
#include <QVariant>

namespace tandem {

// A whole number within [minimum, maximum] of a field, or, for a field that may be empty, "Not
// set" (shown below the minimum). A number typed outside the range is refused at the keystroke,
// and outOfRange() says so with the text that was refused, so that the form can show the range
// next to the field.
class RangeSpinBox : public QSpinBox {
    Q_OBJECT

public:
    RangeSpinBox(qint64 minimum, qint64 maximum, bool nullable, QWidget* parent = nullptr);

    // null when not set
    QVariant number() const;
    void setNumber(const QVariant& value);
    qint64 low() const { return m_low; }
    qint64 high() const { return m_high; }

Q_SIGNALS:
    void outOfRange(const QString& text);

protected:
    QValidator::State validate(QString& input, int& pos) const override;

private:
    qint64 m_low;
    qint64 m_high;
    bool m_nullable;
};

} // namespace tandem
