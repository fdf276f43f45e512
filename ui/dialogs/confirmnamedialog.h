#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace tandem {

// The heavier confirmation of a delete that loses work (an operation under way, with its log,
// survivors, targets…): it names what goes, and the deleting button stays disabled until the
// record's name is typed exactly, so that a stray Enter or click deletes nothing. Widgets:
// "confirmNameEdit", "okButton", "cancelButton"; Enter deletes once the name matches, Esc cancels.
class ConfirmNameDialog : public QDialog {
    Q_OBJECT

public:
    // `lost` lists what goes with it, one item a line; `note` follows the list (how to undo).
    ConfirmNameDialog(const QString& title, const QString& question, const QStringList& lost, const QString& note,
                      const QString& name, const QString& confirm, QWidget* parent = nullptr);

    bool nameMatches() const;

private:
    QString m_name;
    QLineEdit* m_edit;
    QPushButton* m_ok;
};

} // namespace tandem
