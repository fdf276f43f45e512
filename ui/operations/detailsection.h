#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace tandem {

// A titled, compact read-only list in a detail pane ("Targets (3)" over a table), or a line saying
// what is missing when the list is empty ("No targets yet"). Widgets are named after `key`:
// "<key>List", "<key>Empty", "<key>Title", so that tests find them.
class DetailSection : public QWidget {
    Q_OBJECT

public:
    DetailSection(const QString& key, const QString& title, const QStringList& columns,
                  const QString& emptyText, QWidget* parent = nullptr);

    // One QStringList per row, aligned with the columns. Columns listed in `rightAligned` hold
    // numbers.
    void setRows(const QList<QStringList>& rows);
    void setRightAligned(const QList<int>& columns);
    void setColumnWidths(const QList<int>& widthsInCharacters);
    // The column that takes the width left over (by default the last).
    void setStretchColumn(int column);
    int rowCount() const;

private:
    QString m_title;
    QLabel* m_heading;
    QLabel* m_empty;
    QTreeWidget* m_list;
    QList<int> m_rightAligned;
};

} // namespace tandem
