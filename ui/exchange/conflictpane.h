#pragma once

#include "exchange/conflictmodel.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace tandem {

// The selected conflict in full below the list: the record and field, the value kept and the
// other value with who wrote each and when, and the two choices.
class ConflictPane : public QWidget {
    Q_OBJECT

public:
    explicit ConflictPane(QWidget* parent = nullptr);

    // Null shows a prompt to select a conflict, and disables the choices.
    void showItem(const ConflictModel::Item* item);
    // False for a file open read-only: the choices stay disabled.
    void setEditable(bool editable);

Q_SIGNALS:
    void keepChosen();
    void takeOtherChosen();

private:
    QLabel* m_title;
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
