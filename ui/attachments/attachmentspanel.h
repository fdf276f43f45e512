#pragma once

#include "store/attachmentstore.h"

#include <QPointer>
#include <QUuid>
#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;

namespace tandem {

class Document;

// The files attached to one record (an operation, a target, a warrant, a survivor, a meeting, a
// tip; store/attachmentstore.h): a list (title, kind, size, who attached it and when) with Attach
// File… (Ctrl+Shift+F), Open (Return or double-click), Save As… and Remove (Delete; undoable).
// Files dropped on the panel are attached. Attaching and reading need the office's keys, asked of
// the window's key ring; a survivor's files need a lead's or liaison's. A file above the office's
// limit is refused before anything is read; long files show progress and can be cancelled.
// Images and PDFs open in the previewer; other files open with the desktop's application after a
// warning, from a private folder emptied when Tandem closes (never a survivor's: those are saved
// with Save As only).
class AttachmentsPanel : public QWidget {
    Q_OBJECT

public:
    AttachmentsPanel(const QString& ownerKind, QWidget* parent = nullptr);

    // A heading over the list ("Files of this target"); none by default.
    void setTitle(const QString& title);
    void setDocument(Document* document);
    void setOwner(const QUuid& owner);
    QUuid owner() const { return m_owner; }
    QTableWidget* table() const { return m_table; }
    int count() const { return int(m_items.size()); }

    // Attaches the files at `paths` one after the other, each an undo step; false when one was
    // refused (said in a message) or cancelled.
    bool attachFiles(const QStringList& paths);
    void openCurrent();
    void saveCurrent();
    void removeCurrent();
    // Gives the file of `row` the title `title` (one undoable edit).
    void retitle(int row, const QString& title);

Q_SIGNALS:
    void countChanged(int count);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void reload();
    void updateButtons();
    const attachments::Attachment* current() const;
    bool attachOne(const QString& path);

    QString m_kind;
    QPointer<Document> m_document;
    QUuid m_owner;
    std::vector<attachments::Attachment> m_items;
    QTableWidget* m_table;
    QLabel* m_hint;
    QLabel* m_title;
    QPushButton* m_attach;
    QPushButton* m_open;
    QPushButton* m_save;
    QPushButton* m_remove;
};

} // namespace tandem
