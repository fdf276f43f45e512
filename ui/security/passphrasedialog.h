#pragma once

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace tandem {

class PassphraseFields;

// Asks for a passphrase, saying why it is needed. With Mode::Enter one field; with Mode::Choose a
// new passphrase twice, with a strength meter. The dialog calls `check` when the user confirms:
// an empty answer closes it, anything else (e.g. "wrong passphrase") is shown in the dialog and
// the user can try again without starting over.
class PassphraseDialog : public QDialog {
    Q_OBJECT

public:
    enum class Mode { Enter, Choose };
    using Check = std::function<QString(const QString& passphrase)>;

    PassphraseDialog(Mode mode, const QString& title, const QString& why, Check check,
                     QWidget* parent = nullptr);

private:
    void confirm();
    void updateButtons();

    Mode m_mode;
    Check m_check;
    QLineEdit* m_edit = nullptr;          // Enter
    PassphraseFields* m_fields = nullptr; // Choose
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace tandem
