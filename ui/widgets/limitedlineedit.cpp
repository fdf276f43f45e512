#include "limitedlineedit.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QMenu>
#include <QMimeData>

namespace tandem {
namespace {

// What a line edit makes of pasted text: one line.
QString oneLine(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String(" "));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return text;
}

} // namespace

LimitedLineEdit::LimitedLineEdit(QWidget* parent) : QLineEdit(parent)
{
    setClearButtonEnabled(false);
}

qsizetype LimitedLineEdit::lengthWith(const QString& text) const
{
    return this->text().size() - selectedText().size() + text.size();
}

bool LimitedLineEdit::fits(const QString& text) const
{
    return lengthWith(text) <= maxLength();
}

bool LimitedLineEdit::insertChecked(const QString& text)
{
    const QString line = oneLine(text);
    if (!fits(line)) {
        Q_EMIT refused(lengthWith(line));
        return false;
    }
    insert(line);
    return true;
}

void LimitedLineEdit::pasteChecked()
{
    if (isReadOnly())
        return;
    insertChecked(QApplication::clipboard()->text(QClipboard::Clipboard));
}

void LimitedLineEdit::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::Paste)) {
        pasteChecked();
        event->accept();
        return;
    }
    const QString text = event->text();
    const bool typing = !text.isEmpty() && text.at(0).isPrint() && !(event->modifiers() & Qt::ControlModifier);
    if (typing && !isReadOnly() && !fits(text)) {
        Q_EMIT refused(lengthWith(text));
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void LimitedLineEdit::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu* menu = createStandardContextMenu();
    // The standard Paste would truncate: it is replaced by the checked one.
    const QString pasteKey = QKeySequence(QKeySequence::Paste).toString(QKeySequence::NativeText);
    for (QAction* action : menu->actions()) {
        if (action->objectName() == QLatin1String("edit-paste")
            || (!pasteKey.isEmpty() && action->text().endsWith(pasteKey))) {
            disconnect(action, &QAction::triggered, nullptr, nullptr);
            connect(action, &QAction::triggered, this, &LimitedLineEdit::pasteChecked);
        }
    }
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

void LimitedLineEdit::dropEvent(QDropEvent* event)
{
    const QMimeData* data = event->mimeData();
    if (data && data->hasText() && !fits(oneLine(data->text()))) {
        Q_EMIT refused(lengthWith(oneLine(data->text())));
        event->ignore();
        return;
    }
    QLineEdit::dropEvent(event);
}

void LimitedLineEdit::mouseReleaseEvent(QMouseEvent* event)
{
    // X11's middle-click paste of the selection.
    if (event->button() == Qt::MiddleButton && QApplication::clipboard()->supportsSelection() && !isReadOnly()) {
        const QString text = oneLine(QApplication::clipboard()->text(QClipboard::Selection));
        if (!fits(text)) {
            Q_EMIT refused(lengthWith(text));
            event->accept();
            return;
        }
    }
    QLineEdit::mouseReleaseEvent(event);
}

} // namespace tandem
