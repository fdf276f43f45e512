#pragma once

#include <QLabel>
#include <QPointer>
#include <QStringList>

namespace tandem {

class RecordForm;

// The line under a form that says what was refused and why ("Headcount is a whole number from 0
// to 10,000; “-3” was not taken."), for the fields the form shows here (and the messages about the
// record as a whole). Hidden while there is nothing to say. Several pages can show one form's
// fields, each with its own FormMessage. Pages that show each field's message under the field
// (FieldMessage) follow the record's messages only (recordOnly()).
class FormMessage : public QLabel {
    Q_OBJECT

public:
    FormMessage(const QString& objectName, QWidget* parent);
    // Follows `form`, for `fields` (empty: every field).
    void follow(RecordForm* form, const QStringList& fields = {});
    // The `fields` that stand for "the messages about the record as a whole, none about a field".
    static QStringList recordOnly() { return {QString()}; }
    void addForm(RecordForm* form, const QStringList& fields = {});
    // A message of the page itself, shown after the forms' ones.
    void setOwnText(const QString& text);

private:
    void update();

    QList<QPair<QPointer<RecordForm>, QStringList>> m_forms;
    QString m_own;
};

// What was refused in one field and why, right under the field's control, in the person's words;
// hidden while there is nothing to say, so that a corrected value clears it. The control's
// accessible description carries it too, for screen readers. Named "<entity>_<field>Message".
class FieldMessage : public QLabel {
    Q_OBJECT

public:
    FieldMessage(RecordForm* form, const QString& field, QWidget* control, QWidget* parent);

private:
    void update();

    QPointer<RecordForm> m_form;
    QString m_field;
    QPointer<QWidget> m_control;
};

} // namespace tandem
