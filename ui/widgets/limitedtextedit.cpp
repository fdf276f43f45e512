#include "limitedtextedit.h"

#include <QMimeData>

namespace tandem {

LimitedTextEdit::LimitedTextEdit(QWidget* parent) : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
}

qsizetype LimitedTextEdit::lengthWith(qsizetype inserted) const
{
    // characterCount() counts the final paragraph separator too.
    return document()->characterCount() - 1 - textCursor().selectedText().size() + inserted;
}

bool LimitedTextEdit::fits(qsizetype inserted) const
{
    return lengthWith(inserted) <= m_maxLength;
}

QSize LimitedTextEdit::sizeHint() const
{
    // About five lines: enough to see a paragraph, small enough for a form with several of them.
    const QSize hint = QPlainTextEdit::sizeHint();
    return {hint.width(), fontMetrics().lineSpacing() * 5 + 2 * frameWidth() + 8};
}

void LimitedTextEdit::insertFromMimeData(const QMimeData* source)
{
    if (source && source->hasText() && !isReadOnly()) {
        const qsizetype inserted = source->text().size();
        if (!fits(inserted)) {
            Q_EMIT refused(lengthWith(inserted));
            return;
        }
    }
    QPlainTextEdit::insertFromMimeData(source);
}

void LimitedTextEdit::keyPressEvent(QKeyEvent* event)
{
    const QString text = event->text();
    const bool newline = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    const bool typing = (newline || (!text.isEmpty() && text.at(0).isPrint()))
                        && !(event->modifiers() & Qt::ControlModifier);
    if (typing && !isReadOnly() && !fits(newline ? 1 : text.size())) {
        Q_EMIT refused(lengthWith(newline ? 1 : text.size()));
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void LimitedTextEdit::focusOutEvent(QFocusEvent* event)
{
    QPlainTextEdit::focusOutEvent(event);
    // A context menu taking the focus is not the end of the edit.
    if (event->reason() != Qt::PopupFocusReason)
        Q_EMIT editingFinished();
}

} // namespace tandem
