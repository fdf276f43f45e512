#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QDialog;
class QWidget;

namespace tandem {

// Prompts: every modal question the UI asks goes through here, so that tests can answer it instead of a
// person (like KeePassXC's MessageBox::setNextAnswer). In test mode no modal dialog is ever shown:
// file and text questions take the queued answers (none queued means "cancelled"), and messages
// are recorded for the test to read.
class Dialogs {
public:
    // A file to open; empty when cancelled.
    static QString openFileName(QWidget* parent, const QString& caption, const QString& filter);
    // An existing folder; empty when cancelled. In test mode the queued file name.
    static QString folderName(QWidget* parent, const QString& caption, const QString& start = {});
    // A file to create, with `suffix` appended when the user typed none; empty when cancelled.
    static QString saveFileName(QWidget* parent, const QString& caption, const QString& filter,
                                const QString& suffix);
    // A message with an OK button. `details` is the informative text under the main text.
    static void message(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                        const QString& text, const QString& details = {});
    static void about(QWidget* parent, const QString& title, const QString& text);
    // One of Tandem's own dialogs (the passphrase, the new office, trust, export, the merge
    // summary), run modally; returns its result code. In test mode it is shown without a modal
    // loop and the next queued answer drives it as a person would (types into its fields by
    // objectName, clicks its buttons); what it has not accepted by then counts as Cancel, and
    // with no answer queued the dialog is cancelled at once.
    static int exec(QDialog& dialog);
    // A yes-or-no question (e.g. "Delete …?"); `yes` labels the button that confirms. In test mode
    // it is recorded like a message and answered with the queued answer (none queued means no).
    static bool question(QWidget* parent, const QString& title, const QString& text, const QString& details,
                         const QString& yes);
    // One of `items`; nullopt when cancelled. In test mode the queued answer (none means cancelled).
    static std::optional<int> choice(QWidget* parent, const QString& title, const QString& label,
                                     const QStringList& items, int current = 0);
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
        int current = -1; // choice(): the item offered first
    };
    static void setTestMode(bool on);
    static void setNextFileName(const QString& path);
    using DialogAnswer = std::function<void(QDialog& dialog)>;
    static void setNextDialogAnswer(DialogAnswer answer);
    // How many exec() answers are still queued (a test checks its dialogs all came).
    static int pendingDialogAnswers();
    // The answer to the next question of either kind (true stands for Yes).
    static void setNextAnswer(bool yes);
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static void setNextChoice(const std::optional<int>& index);
    static QList<Message> takeMessages();
};

} // namespace tandem
