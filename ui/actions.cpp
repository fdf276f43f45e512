#include "actions.h"

#include "languagemenu.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QUndoGroup>

namespace tandem {
namespace {

QAction* makeAction(QMainWindow* window, const char* name, const QString& text,
                    const QString& statusTip, const QKeySequence& shortcut = {})
{
    auto* action = new QAction(text, window);
    action->setObjectName(QString::fromLatin1(name));
    action->setStatusTip(statusTip);
    action->setToolTip(statusTip);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    return action;
}

} // namespace

Actions::Actions(QMainWindow* window, QUndoGroup* undoGroup)
    : QObject(window)
    , m_newFile(makeAction(window, "actionNew", tr("&New…"),
                           tr("Make a new Tandem file for your office"), QKeySequence::New))
    , m_openFile(makeAction(window, "actionOpen", tr("&Open…"), tr("Open a Tandem file"),
                            QKeySequence::Open))
    , m_openDemo(makeAction(window, "actionOpenDemo", tr("Open the &Demo"),
                            tr("Open the demo database of invented operations, making it on first use")))
    , m_resetDemo(makeAction(window, "actionResetDemo", tr("&Reset the Demo…"),
                             tr("Replace the demo database with a fresh one, made for today")))
    , m_closeFile(makeAction(window, "actionClose", tr("&Close"), tr("Close the open file"),
                             QKeySequence::Close))
    , m_clearRecent(makeAction(window, "actionClearRecent", tr("&Clear the List"),
                               tr("Forget the recently opened files")))
    , m_quit(makeAction(window, "actionQuit", tr("&Quit"), tr("Quit Tandem"), QKeySequence::Quit))
    , m_about(makeAction(window, "actionAbout", tr("&About Tandem"),
                         tr("The version and licence of Tandem")))
    , m_guide(makeAction(window, "actionGuide", tr("Tandem &Guide"),
                         tr("How to plan operations, follow survivors' checklists and exchange with partners"),
                         QKeySequence::HelpContents))
    , m_undo(undoGroup->createUndoAction(window, tr("&Undo")))
    , m_redo(undoGroup->createRedoAction(window, tr("&Redo")))
    , m_keyCard(makeAction(window, "actionKeyCard", tr("This Office's &Key Card…"),
                           tr("Show this office's fingerprint and save its key card for partners")))
    , m_trustPartner(makeAction(window, "actionTrustPartner", tr("&Trust a Partner Office…"),
                                tr("Trust a partner office from its key card")))
    , m_exportBundle(makeAction(window, "actionExportBundle", tr("&Export for Partners…"),
                                tr("Write a signed, encrypted bundle for partner offices"),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)))
    , m_mergeBundle(makeAction(window, "actionMergeBundle", tr("&Merge a Bundle…"),
                               tr("Merge a bundle from a partner office"),
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)))
    , m_exchangeFolder(makeAction(window, "actionExchangeFolder", tr("Exchange &Folder…"),
                                  tr("Exchange with partners on its own through a folder kept in step by a sync engine")))
    , m_lockKeys(makeAction(window, "actionLockKeys", tr("&Lock the Office Keys"),
                            tr("Forget the unlocked office keys: the passphrase is asked again"),
                            QKeySequence(Qt::CTRL | Qt::Key_L)))
    , m_operationOrder(makeAction(window, "actionOperationOrder", tr("&Operation Order / Briefing Pack…"),
                                  tr("Write, preview or print the operation order of the selected operation"),
                                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B)))
    , m_afterActionReport(makeAction(window, "actionAfterActionReport", tr("&After-Action Report…"),
                                     tr("Write, preview or print the after-action report of the selected operation"),
                                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)))
    , m_dashboard(makeAction(window, "actionDashboard", tr("&Dashboard"),
                             tr("Figures of the task force's joint work over a period"),
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)))
    , m_exportCalendar(makeAction(window, "actionExportCalendar", tr("Export &Calendar…"),
                                  tr("Write briefings, meetings and open action items as an iCalendar file for a "
                                     "desktop or phone calendar (code names and times only)")))
    , m_saveCopy(makeAction(window, "actionSaveCopy", tr("Save a Cop&y As…"),
                            tr("Write a consistent copy of the open file to a new file")))
    , m_restoreBackup(makeAction(window, "actionRestoreBackup", tr("Restore from &Backup…"),
                                 tr("Put one of the file's automatic backups in its place")))
    , m_backUpNow(makeAction(window, "actionBackUpNow", tr("Back &Up Now"),
                             tr("Back the open file up now, beside it, with its other backups")))
    , m_unlockIdentities(makeAction(window, "actionUnlockIdentities", tr("&Unlock Survivors' Identities…"),
                                    tr("Enter your passphrase to read survivors' identifying details")))
    , m_changePassphrase(makeAction(window, "actionChangePassphrase", tr("Change Your &Passphrase…"),
                                    tr("Wrap your key slot with a new passphrase; no record changes")))
    , m_people(makeAction(window, "actionPeople", tr("P&eople…"),
                          tr("The people of this office, their roles and passphrases")))
    , m_machines(makeAction(window, "actionMachines", tr("&Machines of This Office…"),
                            tr("The computers that keep this office's file and exchange everything of it")))
    , m_inviteMachine(makeAction(window, "actionInviteMachine", tr("&Invite a Machine…"),
                                 tr("Write an invitation that makes another computer a machine of this office")))
    , m_joinOffice(makeAction(window, "actionJoinOffice", tr("&Join an Office as Another Machine…"),
                              tr("Make this computer a machine of an office, from an invitation a lead of it wrote")))
    , m_preferences(makeAction(window, "actionPreferences", tr("&Preferences…"),
                               tr("The language, how long the office keys stay unlocked when unused, and backups"),
                               QKeySequence::Preferences))
{
    m_undo->setObjectName(QStringLiteral("actionUndo"));
    m_redo->setObjectName(QStringLiteral("actionRedo"));
    m_undo->setShortcut(QKeySequence::Undo);
    // Ctrl+Shift+Z everywhere, and the platform's own redo key where it differs (Ctrl+Y).
    QList<QKeySequence> redoKeys{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)};
    for (const QKeySequence& k : QKeySequence::keyBindings(QKeySequence::Redo))
        if (!redoKeys.contains(k))
            redoKeys << k;
    m_redo->setShortcuts(redoKeys);
    m_undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    m_redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    m_newFile->setIcon(QIcon::fromTheme(QStringLiteral("document-new")));
    m_openFile->setIcon(QIcon::fromTheme(QStringLiteral("document-open")));
    m_closeFile->setIcon(QIcon::fromTheme(QStringLiteral("document-close")));
    m_quit->setIcon(QIcon::fromTheme(QStringLiteral("application-exit")));
    m_quit->setMenuRole(QAction::QuitRole);
    m_about->setMenuRole(QAction::AboutRole);
    m_about->setIcon(QIcon(QStringLiteral(":/icons/tandem.svg")));

    QMenu* file = window->menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_newFile);
    file->addAction(m_openFile);
    file->addAction(m_joinOffice);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addAction(m_openDemo);
    file->addSeparator();
    file->addAction(m_saveCopy);
    file->addAction(m_backUpNow);
    file->addAction(m_restoreBackup);
    file->addSeparator();
    file->addAction(m_closeFile);
    file->addSeparator();
    file->addAction(m_quit);

    m_editMenu = window->menuBar()->addMenu(tr("&Edit"));
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    m_editMenu->addAction(m_undo);
    m_editMenu->addAction(m_redo);
    // Kept last: views add their edit actions before it.
    m_preferences->setMenuRole(QAction::PreferencesRole);
    m_preferencesSeparator = m_editMenu->addSeparator();
    m_editMenu->addAction(m_preferences);

    QMenu* exchange = window->menuBar()->addMenu(tr("E&xchange"));
    exchange->setObjectName(QStringLiteral("exchangeMenu"));
    m_keyCard->setIcon(QIcon(QStringLiteral(":/icons/keycard.svg")));
    m_exportBundle->setIcon(QIcon(QStringLiteral(":/icons/export.svg")));
    m_mergeBundle->setIcon(QIcon(QStringLiteral(":/icons/merge.svg")));
    exchange->addAction(m_keyCard);
    exchange->addAction(m_trustPartner);
    exchange->addSeparator();
    exchange->addAction(m_exportBundle);
    exchange->addAction(m_mergeBundle);
    exchange->addAction(m_exchangeFolder);
    exchange->addSeparator();
    exchange->addAction(m_lockKeys);

    QMenu* reports = window->menuBar()->addMenu(tr("&Report"));
    reports->setObjectName(QStringLiteral("reportMenu"));
    m_dashboard->setIcon(QIcon(QStringLiteral(":/icons/dashboard.svg")));
    reports->addAction(m_operationOrder);
    reports->addAction(m_afterActionReport);
    reports->addSeparator();
    reports->addAction(m_dashboard);
    reports->addAction(m_exportCalendar);
    // The office keys protect survivors' identities as well as bundles: unlocking and locking
    // them for that has a menu of its own, sharing the Lock action with Exchange.
    QMenu* security = window->menuBar()->addMenu(tr("&Security"));
    security->setObjectName(QStringLiteral("securityMenu"));
    m_unlockIdentities->setIcon(QIcon(QStringLiteral(":/icons/unlocked.svg")));
    m_lockKeys->setIcon(QIcon(QStringLiteral(":/icons/locked.svg")));
    security->addAction(m_unlockIdentities);
    security->addAction(m_lockKeys);
    security->addSeparator();
    security->addAction(m_people);
    security->addAction(m_changePassphrase);
    security->addSeparator();
    security->addAction(m_machines);
    security->addAction(m_inviteMachine);

    QMenu* help = window->menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu = help;
    m_guide->setIcon(QIcon::fromTheme(QStringLiteral("help-contents")));
    help->addAction(m_guide);
    help->addMenu(new LanguageMenu(window));
    help->addSeparator();
    help->addAction(m_resetDemo);
    help->addSeparator();
    help->addAction(m_about);

    setFileOpen(false);
}

void Actions::setFileOpen(bool open)
{
    m_closeFile->setEnabled(open);
    for (QAction* a : {m_keyCard, m_trustPartner, m_exportBundle, m_mergeBundle, m_exchangeFolder, m_operationOrder, m_afterActionReport,
                       m_dashboard, m_exportCalendar, m_saveCopy, m_backUpNow, m_restoreBackup, m_changePassphrase, m_people,
                       m_machines, m_inviteMachine})
        a->setEnabled(open);
}

void Actions::setWritable(bool writable)
{
    // Each of these writes: trusting, exporting (the exchange state, the audit log), merging and
    // restoring. (Unlocking follows the key ring: IdentityController.)
    if (!writable) {
        for (QAction* a : {m_trustPartner, m_exportBundle, m_mergeBundle, m_exchangeFolder, m_restoreBackup, m_changePassphrase,
                           m_inviteMachine})
            a->setEnabled(false);
    }
}

} // namespace tandem
