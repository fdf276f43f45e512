#pragma once

#include <QWidget>

class QAction;

namespace tandem {

// What the main window shows while no file is open (after File > Close, or when a file could not
// be opened): what to do next, with buttons for the File menu's actions.
class NoFileView : public QWidget {
    Q_OBJECT

public:
    NoFileView(QAction* newFile, QAction* openFile, QAction* openDemo, QWidget* parent = nullptr);
};

} // namespace tandem
