#pragma once

#include "util/result.h"

#include <QObject>

#include <memory>

class QWidget;

namespace tandem {

class Actions;
class Document;
class MainWindow;
class Store;

// Keeping the file safe, from the File menu: Save a Copy As… (a consistent copy of the open file,
// with progress when it takes a while) and Restore from Backup… (the file's automatic backups,
// a confirmation that says what is lost, then the file closed, restored and opened again), and
// opening a file that cannot be written (another Tandem holds it, or its folder is read-only)
// with an offer to open it read-only. Owned by the MainWindow.
class FileSafetyController : public QObject {
    Q_OBJECT

public:
    FileSafetyController(MainWindow* window, Actions* actions);

    void setDocument(Document* document);

    void saveCopy();
    void restoreFromBackup();

    // Opens `path` for writing; when that fails but the file can be read, says why and offers to
    // open it read-only. A null Store means the user declined (nothing more to say); an error is
    // why the file could not be opened at all.
    static Result<std::unique_ptr<Store>> open(QWidget* parent, const QString& path);

private:
    MainWindow* m_window;
    Document* m_document = nullptr;
};

} // namespace tandem
