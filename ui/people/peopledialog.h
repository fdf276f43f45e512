#pragma once

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace tandem {

class KeyRing;
class Store;

// Security > People: the office's people with their roles, agency and whether they can open
// survivors' identities; a lead adds one (AddPersonDialog; the lead's own keys, from the key
// ring, wrap the new slot) or removes one (confirmed; not the last lead, not oneself). Everyone
// else sees the list only.
class PeopleDialog : public QDialog {
    Q_OBJECT

public:
    PeopleDialog(Store& store, KeyRing& keyRing, QWidget* parent = nullptr);

private:
    void fill();
    void add();
    void removeSelected();
    void updateButtons();

    Store& m_store;
    KeyRing& m_keyRing;
    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
    bool m_lead = false;
};

} // namespace tandem
