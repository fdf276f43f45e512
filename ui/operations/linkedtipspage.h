#pragma once

#include <QPointer>
#include <QUuid>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace tandem {

class ChildTableModel;
class Document;

// The community tips an operation came from, on the operation's plan: the tips linked to it, and
// "Link a tip…" (Ctrl+Shift+L) to pick one of the open tips, or Unlink to send the selected one
// back to "assessed". Each an undoable edit.
class LinkedTipsPage : public QWidget {
    Q_OBJECT

public:
    explicit LinkedTipsPage(QWidget* parent = nullptr);

    void setDocument(Document* document);
    void setOperation(const QUuid& operation);
    ChildTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    bool linkTip();
    bool unlinkCurrent();

private:
    void updateButtons();

    QPointer<Document> m_document;
    QUuid m_operation;
    ChildTableModel* m_model;
    QTableView* m_table;
    QLabel* m_note;
    QPushButton* m_link;
    QPushButton* m_unlink;
};

} // namespace tandem
