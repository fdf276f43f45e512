#pragma once

#include "domain/people.h"

#include <QDialog>

#include <optional>
#include <vector>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace tandem {

class Store;

// "Who are you?" at opening a file with more than one person (DESIGN.md §7): the person, chosen
// from the office's people (the one last chosen on this machine for this file comes first), and
// their passphrase. A wrong passphrase is said in the dialog, to try again; Cancel closes the
// file. On acceptance the person acts on the store (people::actAs) and is remembered.
class WhoAreYouDialog : public QDialog {
    Q_OBJECT

public:
    WhoAreYouDialog(Store& store, std::vector<Person> people, QWidget* parent = nullptr);

    // Who acts on `store`, opened a moment ago: nobody to ask in a file with one person (that
    // person, as before people), the office passphrase once for a file from before people (it
    // becomes the first lead's slot), this dialog otherwise. False when the user cancelled or the
    // file cannot say who (then the caller closes it); `error` says why when it was not a cancel.
    static bool admit(QWidget* parent, Store& store, QString* error = nullptr);

    // The QSettings key that remembers the last person chosen for the file at `path`.
    static QString settingsKey(const QString& path);

private:
    void confirm();

    Store& m_store;
    std::vector<Person> m_people;
    QComboBox* m_person;
    QLineEdit* m_passphrase;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace tandem
