#include "formkeys.h"

#include <QAbstractButton>
#include <QApplication>
#include <QKeyEvent>
#include <QPushButton>
#include <QToolButton>

namespace tandem {
namespace {

enum class Key { Other, Accept, Cancel };

Key keyOf(const QEvent* event)
{
    const auto* key = static_cast<const QKeyEvent*>(event);
    if ((key->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier)
        return Key::Other;
    switch (key->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        return Key::Accept;
    case Qt::Key_Escape:
        return Key::Cancel;
    default:
        return Key::Other;
    }
}

} // namespace

FormKeys::FormKeys(QWidget* form, QWidget* lastField, QPushButton* cancel, QPushButton* accept)
    : QObject(form)
    , m_form(form)
    , m_cancel(cancel)
    , m_accept(accept)
{
    // Return on a focused button presses it, in a view as in a dialog.
    for (QPushButton* b : {cancel, accept})
        b->setAutoDefault(true);
    form->installEventFilter(this);
    setLastField(lastField);
}

void FormKeys::setLastField(QWidget* lastField)
{
    if (!lastField)
        return;
    // The last part of the field that takes the focus (a time's Clear button after its edit), in
    // the order Tab goes through the field's parts.
    QWidget* last = lastField;
    for (QWidget* w = lastField->nextInFocusChain(); w != lastField && lastField->isAncestorOf(w); w = w->nextInFocusChain()) {
        if ((w->focusPolicy() & Qt::TabFocus) && !w->focusProxy())
            last = w;
    }
    QWidget::setTabOrder(last, m_cancel);
    QWidget::setTabOrder(m_cancel, m_accept);
}

bool FormKeys::active() const
{
    return m_accept && m_cancel && m_accept->isVisible() && m_accept->isEnabled();
}

bool FormKeys::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_form || !active())
        return QObject::eventFilter(watched, event);
    if (event->type() == QEvent::ShortcutOverride) {
        // Claimed here, so that no shortcut around the form (the plan editor's Escape) takes the
        // key; the focused control then has it first, and what it leaves comes back as a key press.
        if (keyOf(event) != Key::Other) {
            event->accept();
            return true;
        }
    } else if (event->type() == QEvent::KeyPress) {
        const Key key = keyOf(event);
        if (key == Key::Other)
            return QObject::eventFilter(watched, event);
        QPushButton* button = key == Key::Accept ? m_accept.data() : m_cancel.data();
        if (key == Key::Accept) {
            // A focused button of the form's own (a field's "Set", say) is pressed; a focused box
            // is not ticked: Return accepts the form from it, as in a dialog.
            QWidget* focus = QApplication::focusWidget();
            auto* focused = qobject_cast<QAbstractButton*>(focus);
            if (focused && (qobject_cast<QPushButton*>(focus) || qobject_cast<QToolButton*>(focus))
                && focused != m_accept && focused != m_cancel && m_form->isAncestorOf(focused) && focused->isEnabled()) {
                focused->click();
                return true;
            }
        }
        button->click();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tandem
