#pragma once

#include "domain/people.h"

#include <QDialog>
#include <QMap>

#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace tandem {

class PassphraseFields;
class Store;

// Security > People > Add: a new person's name, roles (one or more), agency and their own
// passphrase, twice. `add` does the adding when the user confirms; its error is shown in the
// dialog, to correct and try again.
class AddPersonDialog : public QDialog {
    Q_OBJECT

public:
    using Add = std::function<Result<QUuid>(const people::NewPerson& person, const QString& passphrase)>;
    AddPersonDialog(const Store& store, Add add, QWidget* parent = nullptr);

private:
    void confirm();
    void updateButtons();
    QStringList roles() const;

    Add m_add;
    QLineEdit* m_name;
    QMap<QString, QCheckBox*> m_roles;
    QComboBox* m_agency;
    PassphraseFields* m_passphrase;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace tandem
