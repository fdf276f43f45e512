#pragma once

#include <QDialog>
#include <QObject>

class QAction;
class QDialogButtonBox;

namespace tandem {

class Actions;
class OfficeCodeField;
class Store;

// The office's short code, the prefix of its survivor codes (domain/officecode.h): set or
// changed by a lead. `asking`: the window asks for it because the file has none (an older file);
// "Later" then leaves it unset, and minting goes on with the code derived from the office's name.
class OfficeCodeDialog : public QDialog {
    Q_OBJECT

public:
    OfficeCodeDialog(const QString& officeName, const QString& code, bool asking, QWidget* parent = nullptr);
    QString code() const;

private:
    OfficeCodeField* m_field;
    QDialogButtonBox* m_buttons;
};

// Edit ▸ Office Code…, and the question when a lead opens a file without a code: once per
// opening, never in the way (Later, or Escape, goes on working; the next opening asks again).
class OfficeCodeController : public QObject {
    Q_OBJECT

public:
    OfficeCodeController(QWidget* window, Actions* actions);

    QAction* action() const { return m_action; }
    // The file now open (null: none); enables the action for a lead of a writable file.
    void setStore(Store* store);
    // Asks for the code when the file has none, its acting person is a lead and it is writable.
    // Returns whether it asked.
    bool askIfMissing();

Q_SIGNALS:
    // The code was set or changed.
    void codeChanged();

private:
    void change(bool asking);

    QWidget* m_window;
    QAction* m_action;
    Store* m_store = nullptr;
};

} // namespace tandem
