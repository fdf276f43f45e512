#pragma once

#include "demodatabase.h"
#include "filehost.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;
class QUndoGroup;

namespace tandem {

class Actions;
class AuditView;
class Document;
class ExchangeController;
class FolderExchange;
class Notifier;
class ExchangeView;
class HelpWindow;
class FileSafetyController;
class IdentityController;
class KeyRing;
class DashboardView;
class DeferredView;
class DueWatcher;
class MeetingsView;
class NoFileView;
class OfficeCodeController;
class OperationsView;
class ProtocolsView;
class ReportController;
class Store;
class SurvivorsView;
class TipsView;
class TodayView;
class View;

// The main window: the File and Help menus, a navigation list on the left and the views in a
// stack on the right. It owns the open Store and hands it to every view; everything a view shows
// it reads itself. Errors of opening and creating files are shown here, through showError().
class MainWindow : public QMainWindow, public FileHost {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Each returns whether a file is open afterwards with what was asked for; failures have been
    // shown to the user, and the file open before stays open.
    bool openFile(const QString& path) override;
    // A new office: the file, its keys wrapped with `passphrase`, the default protocols.
    // `officeCode`: as typed in File ▸ New (null: derived from the office's name).
    bool createFile(const QString& path, const QString& officeName, const QString& passphrase,
                    const QString& officeCode = QString());
    // Opens the demo database, making it first (with a progress dialog) when it does not exist.
    bool openDemo();
    // Help > Reset the Demo: after asking, replaces the demo database with a fresh one made for
    // now and opens it. Cancelling or a failure leaves the old demo as it was (and open if it was).
    bool resetDemo();
    // Opens the most recent file of Open Recent; false when there is none.
    bool reopenLast();
    // What `tandem [--demo] [FILE]` opens: FILE, else the demo when asked for, else the file
    // opened last; when none of them opens, the welcome screen stays.
    void openAtStart(const QString& file, bool demo);
    // Help > Tandem Guide (made on first use).
    void showGuide();
    HelpWindow* helpWindow() const { return m_help; }
    void closeFile() override;

    Store* store() const override;
    Document* document() const { return m_document.get(); }
    Actions* actions() const { return m_actions; }
    OperationsView* operationsView() const { return m_operations; }
    KeyRing* keyRing() const { return m_keyRing; }
    ExchangeView* exchangeView() const { return m_exchangeView; }
    TodayView* todayView() const { return m_today; }
    Notifier* notifier() const { return m_notifier; }
    // These views are built the first time they are shown or asked for here (DeferredView).
    SurvivorsView* survivorsView() const;
    ProtocolsView* protocolsView() const;
    MeetingsView* meetingsView() const;
    TipsView* tipsView() const;
    DueWatcher* dueWatcher() const { return m_dueWatcher; }
    DashboardView* dashboardView() const;
    ReportController* reports() const { return m_reports; }
    // Protecting the file and survivors' data (issue 8).
    IdentityController* identities() const { return m_identities; }
    FileSafetyController* fileSafety() const { return m_fileSafety; }
    AuditView* auditView() const { return m_auditView; }
    // The view shown: one of the views above, null while no file is open.
    View* currentView() const;
    // Shows `view` (one of the views above, or the DeferredView standing in for it) as if chosen
    // in the navigation list.
    void showView(View* view);

    // Where the demo lives and how it is made; tests make a small one somewhere else.
    void setDemo(const QString& path, DemoDatabase::Generator generator, const demo::Options& options);

protected:
    void closeEvent(QCloseEvent* event) override;
    bool event(QEvent* event) override;

private:
    void addView(View* view);
    // The navigation row of `view`, or of the DeferredView that built it; -1 for none.
    int rowOf(const View* view) const;
    void setStore(std::unique_ptr<Store> store);
    void showOverdue(qint64 count);
    void showEditFailure(const QString& action, const QString& message, const QString& context);
    void fileOpened(const QString& path);
    void askNewFile();
    void askOpenFile();
    // File > Join an Office as Another Machine…: an invitation, where to keep the new file, the
    // one-time passphrase and the person's own (JoinOfficeDialog); the file is made and opened.
    void askJoinOffice();
    void fillRecentMenu();
    // Reset the Demo is offered while the demo file exists.
    void updateResetDemo();
    void showAbout();
    void saveLayout() const;
    void restoreLayout();

    QUndoGroup* m_undoGroup; // the undo stack of the open document, for the Edit menu's actions
    std::unique_ptr<Document> m_document;
    Actions* m_actions;
    QListWidget* m_navigation;
    QStackedWidget* m_stack;
    NoFileView* m_noFile;
    OperationsView* m_operations;
    KeyRing* m_keyRing;
    ExchangeView* m_exchangeView;
    ExchangeController* m_exchange;
    FolderExchange* m_folderExchange;
    Notifier* m_notifier = nullptr; // made in the constructor's body, once the views are
    bool m_quitting = false;         // the tray's Quit: closing closes, even when kept in the tray
    DueWatcher* m_dueWatcher; // before the views that follow it
    bool m_countAfterPaint = false; // the open file's steps are counted once its first screen is up
    TodayView* m_today;
    DeferredView* m_survivors;
    DeferredView* m_protocols;
    DeferredView* m_meetings;
    DeferredView* m_tips;
    DeferredView* m_dashboardView;
    ReportController* m_reports;
    IdentityController* m_identities;
    FileSafetyController* m_fileSafety;
    OfficeCodeController* m_officeCode;
    AuditView* m_auditView;
    QList<View*> m_views;
    HelpWindow* m_help = nullptr;
    QLabel* m_officeLabel;
    QLabel* m_overdueLabel; // "3 steps overdue", always in the status bar while a file is open
    QString m_demoPath;
    DemoDatabase::Generator m_demoGenerator;
    demo::Options m_demoOptions;
};

} // namespace tandem
