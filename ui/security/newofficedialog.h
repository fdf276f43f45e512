#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

namespace tandem {

class OfficeCodeField;
class PassphraseFields;

// File > New's one question after the file: the office's name, as partners will see it, its short
// code (the prefix of survivor codes), and the passphrase that protects the office's keys (chosen twice, with a strength meter).
class NewOfficeDialog : public QDialog {
    Q_OBJECT

public:
    explicit NewOfficeDialog(const QString& fileName, QWidget* parent = nullptr);

    QString officeName() const;
    // The office's short code (domain/officecode.h): the initials of the name until edited.
    QString officeCode() const;
    QString passphrase() const;

private:
    void updateButtons();

    QLineEdit* m_name;
    OfficeCodeField* m_code;
    bool m_codeEdited = false;
    PassphraseFields* m_fields;
    QDialogButtonBox* m_buttons;
};

} // namespace tandem
