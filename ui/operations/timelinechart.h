#pragma once

#include <QDateTime>
#include <QPointer>
#include <QUuid>
#include <QWidget>

#include <functional>
#include <vector>

namespace tandem {

class ChildTableModel;
class Document;

// The tasks of an operation on a time scale, one lane per agency (the owner of the task), with the
// operation's start and the present as lines. A task is a marker at its due time, coloured by
// phase; a task past due and not done is red. Drag a task sideways to give it a new due time
// (snapped to 15 minutes), or select it with Left and Right and move it with Alt+Left and
// Alt+Right; each move is an undoable edit. Ctrl+wheel, + and - zoom. Reads the tasks from the
// model the task list uses, so both always show the same.
class TimelineChart : public QWidget {
    Q_OBJECT

public:
    explicit TimelineChart(ChildTableModel* tasks, QWidget* parent = nullptr);

    void setDocument(Document* document);
    void setOperationStart(const QDateTime& start);
    // The present, for "overdue" (tests set it).
    void setClock(std::function<QDateTime()> now);
    // Nothing of a closed or cancelled operation is overdue.
    void setOperationActive(bool active);

    QUuid selected() const { return m_selected; }
    void select(const QUuid& id);
    // Where task `id` is drawn (empty when it has no due time), and the x of a time.
    QRect taskRect(const QUuid& id) const;
    int xOf(const QDateTime& t) const;
    bool isOverdue(const QUuid& id) const;
    QStringList lanes() const;
    // Pixels per hour.
    double scale() const { return m_pixelsPerHour; }
    void setScale(double pixelsPerHour);
    // The scale that shows the whole timeline in `width` pixels.
    void fitTo(int width);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void selectedChanged(const QUuid& id);
    // A move was refused (the message is the store's).
    void moveFailed(const QString& message);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Item {
        QUuid id;
        QString title;
        QString phase;
        QString owner;
        QDateTime due;
        bool done = false;
        int lane = 0;
        int row = 0; // within the lane, so that tasks close in time do not cover each other
    };
    void rebuild();
    // Rows within lanes, for the present scale.
    void layoutItems();
    // The left edge of the part shown (the chart scrolls sideways; the lane names stay).
    int visibleLeft() const;
    void moveTask(const QUuid& id, const QDateTime& due);
    const Item* item(const QUuid& id) const;
    const Item* itemAt(const QPoint& pos) const;
    int laneTop(int lane) const;
    void updateAccessibleText();

    ChildTableModel* m_tasks;
    QPointer<Document> m_document;
    std::vector<Item> m_items;
    QStringList m_lanes;
    std::vector<int> m_laneRows;
    QDateTime m_start;          // of the scale, UTC
    QDateTime m_end;
    QDateTime m_operationStart; // drawn as a line
    std::function<QDateTime()> m_now;
    bool m_active = true;
    double m_pixelsPerHour = 40;
    QUuid m_selected;
    // A drag in progress: the task, where it started, and where it is now.
    QUuid m_dragging;
    QPoint m_pressPos;
    QDateTime m_dragTime;
    bool m_dragMoved = false;
};

} // namespace tandem
