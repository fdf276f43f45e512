#pragma once

#include <QScrollArea>
#include <QStringList>

class QFormLayout;

namespace tandem {

class FormMessage;
class RecordForm;

// A page of a record's fields as a form: the label on the left, the control on the right, in the
// order given (which is also the tab order), and under the form the message about what was
// refused in these fields. The form (RecordForm) may be shared by several pages; each shows its
// own fields and their messages.
class FieldsPage : public QScrollArea {
    Q_OBJECT

public:
    FieldsPage(RecordForm* form, const QStringList& fields, const QString& objectName, QWidget* parent = nullptr);

    QStringList fields() const { return m_fields; }
    FormMessage* message() const { return m_message; }
    // Gives the focus to the first control.
    void focusFirst();
    // The control of the last field (all of it, for a control of several parts), where Tab goes on
    // to the page's buttons (forms/formkeys.h).
    QWidget* lastFocusWidget() const;
    // Adds a widget of the page's own under the form (a note, a button row).
    void addBelow(QWidget* widget);

private:
    RecordForm* m_form;
    QStringList m_fields;
    QFormLayout* m_layout;
    FormMessage* m_message;
};

} // namespace tandem
