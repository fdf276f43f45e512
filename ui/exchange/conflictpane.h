#pragma once

#include "exchange/conflictmodel.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace tandem {

// The selected conflict in full below the list: the record and field, the value kept and the
// other value with who wrote each and when, and the two choices. For two survivors sharing a code:
// both side by side (code, operation, office, when recorded), and a new code for either.
class ConflictPane : public QWidget {
    Q_OBJECT

public:
    explicit ConflictPane(QWidget* parent = nullptr);

    // Null shows a prompt to select a conflict, and disables the choices.
    void showItem(const ConflictModel::Item* item);
    // False for a file open read-only: the choices stay disabled.
    void setEditable(bool editable);

Q_SIGNALS:
    // For two survivors sharing a code: a new code for the first (keep) or the second (take other).
    void keepChosen();
    void takeOtherChosen();

private:
    QLabel* m_title;
    QLabel* m_keptCaption;
    QLabel* m_otherCaption;
    QLabel* m_kept;
    QLabel* m_keptBy;
    QLabel* m_other;
    QLabel* m_otherBy;
    QPushButton* m_keep;
    QPushButton* m_takeOther;
    QWidget* m_values;
    bool m_editable = true;
};

} // namespace tandem
