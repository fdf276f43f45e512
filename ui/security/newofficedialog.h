#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

namespace tandem {

class PassphraseFields;

// File > New's one question after the file: the office's name, as partners will see it, and the
// passphrase that protects the office's keys (chosen twice, with a strength meter).
class NewOfficeDialog : public QDialog {
    Q_OBJECT

public:
    explicit NewOfficeDialog(const QString& fileName, QWidget* parent = nullptr);

    QString officeName() const;
    QString passphrase() const;

private:
    void updateButtons();

    QLineEdit* m_name;
    PassphraseFields* m_fields;
    QDialogButtonBox* m_buttons;
};

} // namespace tandem
