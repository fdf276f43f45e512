#pragma once

#include "query/operationlistquery.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;

namespace tandem {

class LimitedLineEdit;

// Above the operations list: search as you type, status, trafficking type and a range of start
// dates. Emits filterChanged() at each keystroke and choice. Esc in the search field clears it. A
// range that ends before it starts is refused: the list keeps the last good filter and the bar
// says why.
class OperationFilterBar : public QWidget {
    Q_OBJECT

public:
    explicit OperationFilterBar(QWidget* parent = nullptr);

    OperationFilter filter() const { return m_filter; }
    LimitedLineEdit* searchField() const { return m_search; }
    QComboBox* statusBox() const { return m_status; }
    QComboBox* typeBox() const { return m_type; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QLabel* message() const { return m_message; }
    void clear();

Q_SIGNALS:
    void filterChanged(const OperationFilter& filter);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void update();

    LimitedLineEdit* m_search;
    QComboBox* m_status;
    QComboBox* m_type;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLabel* m_message;
    OperationFilter m_filter;
};

} // namespace tandem
