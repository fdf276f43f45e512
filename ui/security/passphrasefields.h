#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;

namespace tandem {

// Choosing a new passphrase: the passphrase twice, a strength meter and a hint that says what is
// still wrong (too short, the two differ) or how to choose well. Used where an office gets its
// keys (File > New, and a file made without keys on first need).
class PassphraseFields : public QWidget {
    Q_OBJECT

public:
    explicit PassphraseFields(QWidget* parent = nullptr);

    QString passphrase() const;
    // Long enough for core's passphraseProblem() and typed alike twice.
    bool isAcceptable() const;
    void clear();
    void focusFirst();

    // A rough strength from length and kinds of characters: 0 (not acceptable) to 4. A meter for
    // people, not a security guarantee: the key derivation (Argon2id) is what makes guessing slow.
    static int strength(const QString& passphrase);
    static QString strengthLabel(int strength);

Q_SIGNALS:
    void changed();

private:
    void update();

    QLineEdit* m_first;
    QLineEdit* m_second;
    QProgressBar* m_meter;
    QLabel* m_strength;
    QLabel* m_hint;
};

} // namespace tandem
