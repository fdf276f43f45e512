#pragma once

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace tandem {

// Asks for the reason and the confirmation of something that sets a record aside: a step declined
// by the survivor or not applicable, a consent withdrawn, a protocol version retired. The reason is
// recorded with the record (the store refuses these without one), so the confirming button stays
// disabled until one is typed. Enter confirms once it is; Esc cancels. Widgets: "reasonEdit",
// "okButton" (labelled with what it does), "cancelButton".
class ReasonDialog : public QDialog {
    Q_OBJECT

public:
    // `question` is the main line ("Decline “Medical check” for V-2026-0004?"), `details` what it
    // means, `label` the reason's label, `confirm` the confirming button's text.
    ReasonDialog(const QString& title, const QString& question, const QString& details, const QString& label,
                 const QString& confirm, QWidget* parent = nullptr);

    void setReason(const QString& reason);
    QString reason() const;

    // Runs the dialog (Dialogs::exec, so tests answer it); the trimmed reason, or nothing when
    // cancelled.
    static std::optional<QString> ask(QWidget* parent, const QString& title, const QString& question,
                                      const QString& details, const QString& label, const QString& confirm,
                                      const QString& initial = {});

private:
    QLineEdit* m_reason;
    QPushButton* m_ok;
};

// Asks why a step of survivor `survivorCode`'s checklist titled `stepTitle` moves to `state`
// (declined or not_applicable), with the confirmation; the reason, or nothing when cancelled.
std::optional<QString> askStepReason(QWidget* parent, const QString& state, const QString& survivorCode,
                                     const QString& stepTitle);

} // namespace tandem
