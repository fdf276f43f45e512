#pragma once

#include <QLabel>
#include <QPointer>
#include <QStringList>

namespace tandem {

class RecordForm;

// The line under a form that says what was refused and why ("Headcount is a whole number from 0
// to 10,000; “-3” was not taken."), for the fields the form shows here (and the messages about the
// record as a whole). Hidden while there is nothing to say. Several pages can show one form's
// fields, each with its own FormMessage.
class FormMessage : public QLabel {
    Q_OBJECT

public:
    FormMessage(const QString& objectName, QWidget* parent);
    // Follows `form`, for `fields` (empty: every field).
    void follow(RecordForm* form, const QStringList& fields = {});
    void addForm(RecordForm* form, const QStringList& fields = {});
    // A message of the page itself, shown after the forms' ones.
    void setOwnText(const QString& text);

private:
    void update();

    QList<QPair<QPointer<RecordForm>, QStringList>> m_forms;
    QString m_own;
};

} // namespace tandem
