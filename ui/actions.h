#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;
class QUndoGroup;

namespace tandem {

// The main window's actions and menus, made in one place so that MainWindow only connects them.
// The actions are children of the window (their shortcuts work wherever the window has focus).
class Actions : public QObject {
    Q_OBJECT

public:
    // Undo and redo follow the active stack of `undoGroup` (the open document's).
    Actions(QMainWindow* window, QUndoGroup* undoGroup);

    QAction* newFile() const { return m_newFile; }
    QAction* openFile() const { return m_openFile; }
    QAction* openDemo() const { return m_openDemo; }
    QAction* joinOffice() const { return m_joinOffice; }
    // Help > Reset the Demo…: shown only while the demo file exists (MainWindow decides).
    QAction* resetDemo() const { return m_resetDemo; }
    QMenu* helpMenu() const { return m_helpMenu; }
    QAction* closeFile() const { return m_closeFile; }
    QAction* clearRecent() const { return m_clearRecent; }
    QAction* quit() const { return m_quit; }
    QAction* about() const { return m_about; }
    QAction* guide() const { return m_guide; }
    QAction* undo() const { return m_undo; }
    // Exchange between offices (issue 5).
    QAction* keyCard() const { return m_keyCard; }
    QAction* trustPartner() const { return m_trustPartner; }
    QAction* exportBundle() const { return m_exportBundle; }
    QAction* mergeBundle() const { return m_mergeBundle; }
    QAction* exchangeFolder() const { return m_exchangeFolder; }
    QAction* lockKeys() const { return m_lockKeys; }
    QAction* redo() const { return m_redo; }
    // Reports and the dashboard (issue 6).
    QAction* operationOrder() const { return m_operationOrder; }
    QAction* afterActionReport() const { return m_afterActionReport; }
    QAction* dashboard() const { return m_dashboard; }
    QAction* exportCalendar() const { return m_exportCalendar; }
    // Protecting the file and survivors' data (issue 8).
    QAction* saveCopy() const { return m_saveCopy; }
    QAction* restoreBackup() const { return m_restoreBackup; }
    QAction* backUpNow() const { return m_backUpNow; }
    QAction* unlockIdentities() const { return m_unlockIdentities; }
    QAction* changePassphrase() const { return m_changePassphrase; }
    QAction* people() const { return m_people; }
    QAction* machines() const { return m_machines; }
    QAction* inviteMachine() const { return m_inviteMachine; }
    QAction* preferences() const { return m_preferences; }
    // Views add their own edit actions here (after undo and redo; to keep Preferences… last,
    // insert them before preferencesSeparator()).
    QMenu* editMenu() const { return m_editMenu; }
    QAction* preferencesSeparator() const { return m_preferencesSeparator; }
    // Filled by MainWindow from RecentFiles; ends with clearRecent().
    QMenu* recentMenu() const { return m_recentMenu; }

    // Enables what needs an open file.
    void setFileOpen(bool open);
    // Disables what would write to a file open read-only (after setFileOpen).
    void setWritable(bool writable);

private:
    QAction* m_newFile;
    QAction* m_openFile;
    QAction* m_openDemo;
    QAction* m_resetDemo;
    QAction* m_closeFile;
    QAction* m_clearRecent;
    QAction* m_quit;
    QAction* m_about;
    QAction* m_guide;
    QAction* m_undo;
    QAction* m_redo;
    QAction* m_keyCard;
    QAction* m_trustPartner;
    QAction* m_exportBundle;
    QAction* m_mergeBundle;
    QAction* m_exchangeFolder;
    QAction* m_lockKeys;
    QAction* m_operationOrder;
    QAction* m_afterActionReport;
    QAction* m_dashboard;
    QAction* m_exportCalendar;
    QAction* m_saveCopy;
    QAction* m_restoreBackup;
    QAction* m_backUpNow;
    QAction* m_unlockIdentities;
    QAction* m_changePassphrase;
    QAction* m_people;
    QAction* m_machines;
    QAction* m_inviteMachine;
    QAction* m_joinOffice;
    QAction* m_preferences;
    QAction* m_preferencesSeparator;
    QMenu* m_recentMenu;
    QMenu* m_editMenu;
    QMenu* m_helpMenu;
};

} // namespace tandem
