#pragma once

#include <QDateTime>
#include <QUuid>
#include <QWidget>

class QLabel;
class QScrollArea;

namespace tandem {

class ChildRecordsPage;
class Document;
class TimelineChart;

// The operation's timeline: its tasks by phase in a list with their form, and above it the same
// tasks on a time scale with one lane per agency (TimelineChart), where a task can be dragged to a
// new time. Selecting a task in either selects it in the other. Overdue tasks are red in both.
class TimelinePage : public QWidget {
    Q_OBJECT

public:
    explicit TimelinePage(QWidget* parent = nullptr);

    void setDocument(Document* document);
    void setOperation(const QUuid& operation, const QDateTime& start);
    void setOperationStart(const QDateTime& start);

    TimelineChart* chart() const { return m_chart; }
    ChildRecordsPage* tasks() const { return m_tasks; }
    // Sets the scale so that the whole timeline fits the width shown.
    void fit();

private:
    ChildRecordsPage* m_tasks;
    TimelineChart* m_chart;
    QScrollArea* m_scroll;
    QLabel* m_message;
    QDateTime m_start;
};

} // namespace tandem
