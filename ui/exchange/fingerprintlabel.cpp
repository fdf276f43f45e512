#include "exchange/fingerprintlabel.h"

#include <QFontDatabase>

namespace tandem {

FingerprintLabel::FingerprintLabel(const QString& fingerprint, QWidget* parent)
    : QLabel(parent)
    , m_fingerprint(fingerprint)
{
    setObjectName(QStringLiteral("fingerprintLabel"));
    const QStringList groups = fingerprint.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList lines;
    for (qsizetype i = 0; i < groups.size(); i += 4)
        lines << groups.mid(i, 4).join(QStringLiteral("  "));
    setText(lines.join(QLatin1Char('\n')));
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(font.pointSizeF() * 1.9);
    font.setBold(true);
    setFont(font);
    setAlignment(Qt::AlignCenter);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setFrameShape(QFrame::StyledPanel);
    setMargin(12);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setAccessibleName(tr("Fingerprint"));
    // Screen readers read the groups one by one rather than as a huge number.
    setAccessibleDescription(groups.join(QStringLiteral(", ")));
}

} // namespace tandem
