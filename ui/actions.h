#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;

namespace tandem {

// The main window's actions and menus, made in one place so that MainWindow only connects them.
// The actions are children of the window (their shortcuts work wherever the window has focus).
class Actions : public QObject {
    Q_OBJECT

public:
    explicit Actions(QMainWindow* window);

    QAction* newFile() const { return m_newFile; }
    QAction* openFile() const { return m_openFile; }
    QAction* openDemo() const { return m_openDemo; }
    QAction* closeFile() const { return m_closeFile; }
    QAction* clearRecent() const { return m_clearRecent; }
    QAction* quit() const { return m_quit; }
    QAction* about() const { return m_about; }
    // Filled by MainWindow from RecentFiles; ends with clearRecent().
    QMenu* recentMenu() const { return m_recentMenu; }

    // Enables what needs an open file.
    void setFileOpen(bool open);

private:
    QAction* m_newFile;
    QAction* m_openFile;
    QAction* m_openDemo;
    QAction* m_closeFile;
    QAction* m_clearRecent;
    QAction* m_quit;
    QAction* m_about;
    QMenu* m_recentMenu;
};

} // namespace tandem
