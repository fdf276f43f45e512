#include "security/passphrasefields.h"

#include "crypto/officekeys.h"
#include "widgets/named.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QSet>

namespace tandem {

PassphraseFields::PassphraseFields(QWidget* parent)
    : QWidget(parent)
    , m_first(named<QLineEdit>(QStringLiteral("newPassphraseEdit"), this))
    , m_second(named<QLineEdit>(QStringLiteral("confirmPassphraseEdit"), this))
    , m_meter(named<QProgressBar>(QStringLiteral("strengthMeter"), this))
    , m_strength(named<QLabel>(QStringLiteral("strengthLabel"), this))
    , m_hint(named<QLabel>(QStringLiteral("passphraseHint"), this))
{
    for (QLineEdit* edit : {m_first, m_second}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setMinimumWidth(edit->fontMetrics().averageCharWidth() * 36);
        connect(edit, &QLineEdit::textChanged, this, &PassphraseFields::update);
    }
    m_first->setAccessibleName(tr("New passphrase"));
    m_second->setAccessibleName(tr("New passphrase again"));
    m_meter->setAccessibleName(tr("Passphrase strength"));
    m_meter->setRange(0, 4);
    m_meter->setTextVisible(false);
    m_meter->setMaximumHeight(m_meter->fontMetrics().height() / 2 + 2);
    m_strength->setMinimumWidth(m_strength->fontMetrics().horizontalAdvance(strengthLabel(4)) + 8);
    m_hint->setWordWrap(true);

    auto* meterRow = new QHBoxLayout;
    meterRow->setContentsMargins(0, 0, 0, 0);
    meterRow->addWidget(m_meter, 1);
    meterRow->addWidget(m_strength);

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Passphrase:"), m_first);
    form->addRow(tr("&Again:"), m_second);
    form->addRow(tr("Strength:"), meterRow);
    form->addRow(m_hint);
    update();
}

QString PassphraseFields::passphrase() const
{
    return m_first->text();
}

bool PassphraseFields::isAcceptable() const
{
    return passphraseProblem(m_first->text()).isEmpty() && m_first->text() == m_second->text();
}

void PassphraseFields::clear()
{
    m_first->clear();
    m_second->clear();
}

void PassphraseFields::focusFirst()
{
    m_first->setFocus(Qt::OtherFocusReason);
}

int PassphraseFields::strength(const QString& passphrase)
{
    if (!passphraseProblem(passphrase).isEmpty())
        return 0;
    bool lower = false, upper = false, digit = false, other = false;
    QSet<QChar> distinct;
    for (const QChar c : passphrase) {
        distinct.insert(c);
        if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else
            other = true; // spaces between words, punctuation, symbols
    }
    // Something like "aaaaaaaaaaaa" or "1212121212" is long but barely a passphrase.
    if (distinct.size() < 5)
        return 1;
    const int classes = int(lower) + int(upper) + int(digit) + int(other);
    int score = 1;
    if (passphrase.size() >= 16)
        ++score;
    if (passphrase.size() >= 24)
        ++score;
    if (classes >= 3)
        ++score;
    return std::min(score, 4);
}

QString PassphraseFields::strengthLabel(int strength)
{
    switch (strength) {
    case 0:
        return tr("Too weak");
    case 1:
        return tr("Acceptable");
    case 2:
        return tr("Good");
    case 3:
        return tr("Strong");
    default:
        return tr("Very strong");
    }
}

void PassphraseFields::update()
{
    const QString first = m_first->text();
    const int s = strength(first);
    m_meter->setValue(s);
    m_strength->setText(first.isEmpty() ? QString() : strengthLabel(s));
    m_meter->setAccessibleDescription(strengthLabel(s));

    QString hint;
    if (const QString problem = passphraseProblem(first); !problem.isEmpty() && !first.isEmpty()) {
        hint = problem;
        hint[0] = hint[0].toUpper();
        hint += QLatin1Char('.');
    } else if (!first.isEmpty() && !m_second->text().isEmpty() && first != m_second->text()) {
        hint = tr("The two passphrases are not the same.");
    } else {
        hint = tr("A few unrelated words make a passphrase that is long and easy to remember. "
                  "Nobody can recover a forgotten passphrase: keep it somewhere safe.");
    }
    m_hint->setText(hint);
    Q_EMIT changed();
}

} // namespace tandem
