#include "rangespinbox.h"

#include <QMetaObject>

#include <limits>

namespace tandem {

RangeSpinBox::RangeSpinBox(qint64 minimum, qint64 maximum, bool nullable, QWidget* parent)
    : QSpinBox(parent)
    , m_low(std::max<qint64>(minimum, std::numeric_limits<int>::min() + 1))
    , m_high(std::min<qint64>(maximum, std::numeric_limits<int>::max()))
    , m_nullable(nullable)
{
    setRange(int(m_nullable ? m_low - 1 : m_low), int(m_high));
    if (m_nullable)
        setSpecialValueText(tr("Not set"));
    setKeyboardTracking(false);
    setAccelerated(true);
    setCorrectionMode(QAbstractSpinBox::CorrectToPreviousValue);
}

QVariant RangeSpinBox::number() const
{
    if (m_nullable && value() == minimum())
        return {};
    return qint64(value());
}

void RangeSpinBox::setNumber(const QVariant& number)
{
    setValue(number.isNull() ? minimum() : int(std::clamp<qint64>(number.toLongLong(), m_low, m_high)));
}

QValidator::State RangeSpinBox::validate(QString& input, int& pos) const
{
    const QString text = input.trimmed();
    if (m_nullable && (text.isEmpty() || text == specialValueText()))
        return QValidator::Acceptable;
    bool ok = false;
    const qint64 n = locale().toLongLong(QString(text).remove(locale().groupSeparator()), &ok);
    const bool outside = (ok && (n < m_low || n > m_high)) || (text.startsWith(QLatin1Char('-')) && m_low >= 0);
    if (outside) {
        // validate() is const and called from inside the line edit's change: say it afterwards.
        QMetaObject::invokeMethod(const_cast<RangeSpinBox*>(this), [self = const_cast<RangeSpinBox*>(this), text] {
            Q_EMIT self->outOfRange(text);
        }, Qt::QueuedConnection);
        return QValidator::Invalid;
    }
    return QSpinBox::validate(input, pos);
}

} // namespace tandem
