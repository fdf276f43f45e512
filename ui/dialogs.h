#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace tandem {

// Every modal question the UI asks goes through here, so that tests can answer it instead of a
// person (like KeePassXC's MessageBox::setNextAnswer). In test mode no modal dialog is ever shown:
// file and text questions take the queued answers (none queued means "cancelled"), and messages
// are recorded for the test to read.
class Dialogs {
public:
    // A file to open; empty when cancelled.
    static QString openFileName(QWidget* parent, const QString& caption, const QString& filter);
    // A file to create, with `suffix` appended when the user typed none; empty when cancelled.
    static QString saveFileName(QWidget* parent, const QString& caption, const QString& filter,
                                const QString& suffix);
    // One line of text; nullopt when cancelled.
    static std::optional<QString> text(QWidget* parent, const QString& title, const QString& label,
                                       const QString& initial = {});
    // A message with an OK button. `details` is the informative text under the main text.
    static void message(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                        const QString& text, const QString& details = {});
    static void about(QWidget* parent, const QString& title, const QString& text);
    // A question with the given buttons; returns the button chosen (`escape` when the box is
    // closed). In test mode, the queued answer, or `escape` when none is queued.
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                const QString& details, QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton,
                                                QMessageBox::StandardButton escape);

    // For tests.
    struct Message {
        QMessageBox::Icon icon;
        QString title;
        QString text;
        QString details;
    };
    static void setTestMode(bool on);
    static void setNextFileName(const QString& path);
    static void setNextText(const std::optional<QString>& text);
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static QList<Message> takeMessages();
};

} // namespace tandem
