#pragma once

#include <QObject>
#include <QPointer>

class QAbstractButton;
class QPushButton;
class QWidget;

namespace tandem {

// The keyboard of a form that makes a new record inside a view (a dialog does this on its own):
// while the form's accept button is shown, Return or Enter accepts it (from a one-line control, a
// list, a box, as a dialog's default button does; a text of several lines keeps Return for its
// new lines), Escape cancels (before any Escape of the page around it, e.g. the plan editor's
// "back"), and a focused button answers Return as it answers Space. Tab runs from the form's last
// field to the buttons, in their order on screen. Ctrl+Return, where a page has it, stays.
class FormKeys : public QObject {
    Q_OBJECT

public:
    // `form` holds the fields and both buttons; `lastField` is the control the Tab chain reaches
    // the buttons from (a control of several parts whole: the buttons come after its last part),
    // null to leave the chain alone. Owned by `form`.
    FormKeys(QWidget* form, QWidget* lastField, QPushButton* cancel, QPushButton* accept);

    // Puts the buttons after `lastField` in the Tab chain (for a form whose fields change).
    void setLastField(QWidget* lastField);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool active() const;

    QWidget* m_form;
    QPointer<QPushButton> m_cancel;
    QPointer<QPushButton> m_accept;
};

} // namespace tandem
