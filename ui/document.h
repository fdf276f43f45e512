#pragma once

#include "util/result.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QUndoStack;

namespace tandem {

class KeyRing;
class Store;

// An open office file as this window edits it: the Store and the undo stack of the edits made
// here. There is no "save": every edit is committed by the Store at once, so a crash loses
// nothing; undo and redo are themselves edits through the Store (see commands/recordcommands.h).
// Owned by the MainWindow; views get a pointer and never keep one past setDocument(nullptr).
class Document : public QObject {
    Q_OBJECT

public:
    explicit Document(std::unique_ptr<Store> store, QObject* parent = nullptr);
    ~Document() override;

    Store& store() const { return *m_store; }
    // A file opened read-only (another Tandem writes it): views disable what would write, and
    // the Store refuses any write that gets through with a message saying so.
    bool isReadOnly() const;
    QUndoStack* undoStack() const { return m_undoStack; }
    // The window's keys for this file (security/keyring.h): what needs the office's secrets (an
    // attached file's bytes) asks them here. Null in a view made without a window (some tests).
    KeyRing* keyRing() const;
    void setKeyRing(KeyRing* keyRing);

    // An undo or redo the Store refused (e.g. a record a partner's merge deleted meanwhile); the
    // window shows it. The command is dropped from the stack.
    void reportFailure(const QString& action, const Error& error);

Q_SIGNALS:
    void editFailed(const QString& action, const QString& message, const QString& context);

private:
    std::unique_ptr<Store> m_store;
    QUndoStack* m_undoStack;
    QPointer<KeyRing> m_keyRing;
};

} // namespace tandem
