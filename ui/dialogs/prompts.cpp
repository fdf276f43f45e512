#include "prompts.h"

#include "accessiblenames.h"

#include <QDialog>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QPushButton>
#include <QQueue>

namespace tandem {
namespace {

struct TestState {
    bool on = false;
    QQueue<QString> fileNames;
    QQueue<Dialogs::DialogAnswer> dialogAnswers;
    QQueue<std::optional<int>> choices;
    // Both kinds of question take their answers from here, in the order they are asked.
    QQueue<QMessageBox::StandardButton> answers;
    QList<Dialogs::Message> messages;
};

TestState& testState()
{
    static TestState state;
    return state;
}

} // namespace

QString Dialogs::openFileName(QWidget* parent, const QString& caption, const QString& filter)
{
    TestState& t = testState();
    if (t.on)
        return t.fileNames.isEmpty() ? QString() : t.fileNames.dequeue();
    return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
}

QString Dialogs::folderName(QWidget* parent, const QString& caption, const QString& start)
{
    TestState& t = testState();
    if (t.on)
        return t.fileNames.isEmpty() ? QString() : t.fileNames.dequeue();
    return QFileDialog::getExistingDirectory(parent, caption, start);
}

QString Dialogs::saveFileName(QWidget* parent, const QString& caption, const QString& filter,
                              const QString& suffix)
{
    TestState& t = testState();
    QString path;
    if (t.on) {
        path = t.fileNames.isEmpty() ? QString() : t.fileNames.dequeue();
    } else {
        // A dialog object rather than the static helper, for setDefaultSuffix().
        QFileDialog dialog(parent, caption, QString(), filter);
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        dialog.setFileMode(QFileDialog::AnyFile);
        dialog.setDefaultSuffix(suffix);
        // Tandem never overwrites a file: the caller refuses an existing one with a message.
        dialog.setOption(QFileDialog::DontConfirmOverwrite);
        if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
            return {};
        path = dialog.selectedFiles().constFirst();
    }
    // The dialog adds the suffix itself; a test answer (or a platform dialog that ignores the
    // default suffix) gets it here.
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    return path;
}

void Dialogs::message(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                      const QString& text, const QString& details)
{
    TestState& t = testState();
    if (t.on) {
        t.messages.append({icon, title, text, details});
        return;
    }
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    box.setInformativeText(details);
    box.exec();
}

void Dialogs::about(QWidget* parent, const QString& title, const QString& text)
{
    TestState& t = testState();
    if (t.on) {
        t.messages.append({QMessageBox::Information, title, text, {}});
        return;
    }
    QMessageBox::about(parent, title, text);
}

int Dialogs::exec(QDialog& dialog)
{
    nameFieldsByTheirLabels(&dialog);
    TestState& t = testState();
    if (!t.on)
        return dialog.exec();
    if (t.dialogAnswers.isEmpty())
        return QDialog::Rejected;
    // Taken before it runs: the answer may itself open a dialog with an answer of its own.
    const DialogAnswer answer = t.dialogAnswers.dequeue();
    dialog.setResult(QDialog::Rejected);
    dialog.show();
    answer(dialog);
    if (dialog.isVisible())
        dialog.reject();
    return dialog.result();
}

bool Dialogs::question(QWidget* parent, const QString& title, const QString& text, const QString& details,
                       const QString& yes)
{
    TestState& t = testState();
    if (t.on) {
        t.messages.append({QMessageBox::Question, title, text, details});
        return !t.answers.isEmpty() && t.answers.dequeue() == QMessageBox::Yes;
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    box.setInformativeText(details);
    QPushButton* confirm = box.addButton(yes, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == confirm;
}

QMessageBox::StandardButton Dialogs::question(QWidget* parent, const QString& title, const QString& text,
                                             const QString& details, QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton,
                                             QMessageBox::StandardButton escape)
{
    TestState& t = testState();
    if (t.on) {
        t.messages.append({QMessageBox::Question, title, text, details});
        return t.answers.isEmpty() ? escape : t.answers.dequeue();
    }
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setInformativeText(details);
    box.setDefaultButton(defaultButton);
    box.setEscapeButton(escape);
    const int answer = box.exec();
    return box.clickedButton() ? QMessageBox::StandardButton(answer) : escape;
}

std::optional<int> Dialogs::choice(QWidget* parent, const QString& title, const QString& label,
                                   const QStringList& items, int current)
{
    TestState& t = testState();
    if (t.on) {
        t.messages.append({QMessageBox::Question, title, label, items.join(QLatin1Char('\n')), current});
        return t.choices.isEmpty() ? std::nullopt : t.choices.dequeue();
    }
    bool ok = false;
    const QString item = QInputDialog::getItem(parent, title, label, items, current, false, &ok);
    if (!ok)
        return std::nullopt;
    return int(items.indexOf(item));
}

void Dialogs::setNextAnswer(bool yes)
{
    testState().answers.enqueue(yes ? QMessageBox::Yes : QMessageBox::No);
}

void Dialogs::setNextAnswer(QMessageBox::StandardButton answer)
{
    testState().answers.enqueue(answer);
}

void Dialogs::setNextChoice(const std::optional<int>& index)
{
    testState().choices.enqueue(index);
}

void Dialogs::setTestMode(bool on)
{
    testState() = TestState{};
    testState().on = on;
}

void Dialogs::setNextFileName(const QString& path)
{
    testState().fileNames.enqueue(path);
}

void Dialogs::setNextDialogAnswer(DialogAnswer answer)
{
    testState().dialogAnswers.enqueue(std::move(answer));
}

int Dialogs::pendingDialogAnswers()
{
    return int(testState().dialogAnswers.size());
}

QList<Dialogs::Message> Dialogs::takeMessages()
{
    return std::exchange(testState().messages, {});
}

} // namespace tandem
