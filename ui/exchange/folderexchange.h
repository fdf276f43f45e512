#pragma once

#include "sync/exchangefolder.h"

#include <QDateTime>
#include <QObject>
#include <QString>

class QFileSystemWatcher;
class QMainWindow;
class QTimer;

namespace tandem {

class Actions;
class Document;
class ExchangeView;
class KeyRing;

// The window's side of the exchange folder (sync/exchangefolder.h): the folder this file
// exchanges through (kept in the file), and passes over it on their own: a few seconds after
// this file changes, when files arrive in the folder (file watching), and every minute. A pass
// needs the office keys: while they are locked, passes wait (the Exchange Folder dialog's
// Exchange Now asks for them). Exchange ▸ Exchange Folder… shows where each partner stands.
class FolderExchange : public QObject {
    Q_OBJECT

public:
    FolderExchange(QMainWindow* window, Actions* actions, KeyRing* keyRing, ExchangeView* view);

    void setDocument(Document* document);

    QString folder() const { return m_folder; }
    // Uses `folder` from now on (empty: none), kept in the file, and passes at once.
    Result<void> setFolder(const QString& folder);

    // A pass now. With `ask`, locked keys are asked for; without, a pass waits for them.
    void passNow(bool ask);

    // The last pass: when, what it did, or why it failed.
    QDateTime lastPassAt() const { return m_lastPassAt; }
    const FolderPass& lastPass() const { return m_lastPass; }
    QString lastProblem() const { return m_lastProblem; }

    void showDialog();

    static constexpr int kAfterChangeMs = 3000;
    static constexpr int kEveryMs = 60000;

Q_SIGNALS:
    // A pass ended (done or failed): for the dialog, the status bar and tests.
    void passed();
    // A pass merged bundles that left conflicts to review.
    void conflictsToReview(qint64 count, const QString& from);

private:
    void schedule();
    void watch();

    QMainWindow* m_window;
    KeyRing* m_keyRing;
    ExchangeView* m_view;
    Document* m_document = nullptr;
    QMetaObject::Connection m_changes;
    QString m_folder;
    QFileSystemWatcher* m_watcher;
    QTimer* m_soon;  // a pass a moment after a change
    QTimer* m_every; // and every minute
    bool m_passing = false;
    QDateTime m_lastPassAt;
    FolderPass m_lastPass;
    QString m_lastProblem;
};

} // namespace tandem
