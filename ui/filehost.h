#pragma once

class QString;

namespace tandem {

class Store;

// What the controllers of the File menu need from the window that holds the open file: to close
// it, to open one (failures shown to the user; whether it is open afterwards) and the store open
// now. The MainWindow is one; a controller depends on this, never on the window itself.
class FileHost {
public:
    virtual ~FileHost() = default;

    virtual bool openFile(const QString& path) = 0;
    virtual void closeFile() = 0;
    virtual Store* store() const = 0;
};

} // namespace tandem
