#pragma once

#include <QPointer>
#include <QUuid>
#include <QWidget>

#include <functional>

class QCheckBox;
class QTreeView;

namespace tandem {

class ChildTableModel;
class Document;
class FormMessage;
class LimitedLineEdit;

// The operation log for the day of the raid: timestamped notes, newest first, and one line to type
// the next in, entered with Enter (stamped with the time it is entered and the name in "By").
// Delete removes the selected note (undoable). A note ticked "Lesson learned" (in the list, or
// before it is entered) stays in the log and is listed with the after-action report's lessons.
class LogPage : public QWidget {
    Q_OBJECT

public:
    explicit LogPage(QWidget* parent = nullptr);

    void setDocument(Document* document);
    void setOperation(const QUuid& operation);
    // The time notes are stamped with (tests set it); by default the store's clock.
    void setClock(std::function<QDateTime()> now);

    ChildTableModel* model() const { return m_model; }
    LimitedLineEdit* entry() const { return m_entry; }
    QCheckBox* lessonBox() const { return m_lesson; }
    // Adds the note typed in the entry line; false (with the reason shown) when refused.
    bool addNote();

    // Marks the selected note as a lesson learned, or unmarks it (undoable).
    void toggleLesson();

private:
    void removeCurrent();

    QPointer<Document> m_document;
    QUuid m_operation;
    ChildTableModel* m_model;
    QTreeView* m_list;
    LimitedLineEdit* m_author;
    LimitedLineEdit* m_entry;
    QCheckBox* m_lesson;
    FormMessage* m_message;
    std::function<QDateTime()> m_now;
};

} // namespace tandem
