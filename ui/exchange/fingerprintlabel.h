#pragma once

#include <QLabel>

namespace tandem {

// An office fingerprint as people compare it over the phone: large, fixed-width digits, four
// groups of five per line, selectable. text() has the groups on two lines; fingerprint() the
// fingerprint as core writes it.
class FingerprintLabel : public QLabel {
    Q_OBJECT

public:
    explicit FingerprintLabel(const QString& fingerprint, QWidget* parent = nullptr);
    QString fingerprint() const { return m_fingerprint; }

private:
    QString m_fingerprint;
};

} // namespace tandem
