// The main window's Help > Reset the Demo (issue 22), apart from mainwindow.cpp: a fresh demo made
// for now, in place of one that has aged or been played with.

#include "mainwindow.h"

#include "actions.h"
#include "dialogs/prompts.h"
#include "errors.h"
#include "store/store.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QStatusBar>

namespace tandem {
namespace {

bool samePath(const QString& a, const QString& b)
{
    return QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath();
}

} // namespace

void MainWindow::updateResetDemo()
{
    const bool demoOpen = store() && samePath(store()->path(), m_demoPath);
    m_actions->resetDemo()->setVisible(demoOpen || QFileInfo::exists(m_demoPath));
}

bool MainWindow::resetDemo()
{
    updateResetDemo();
    if (!m_actions->resetDemo()->isVisible())
        return false;
    if (!Dialogs::question(this, tr("Reset the Demo"),
                           tr("Replace the demo database with a fresh one, made for today?"),
                           tr("Everything changed in the demo since it was made is lost. Your own files are not "
                              "touched."),
                           tr("Reset the Demo")))
        return false;
    // The demo must be closed to be replaced; it is opened again whatever happens.
    const bool wasOpen = store() && samePath(store()->path(), m_demoPath);
    if (wasOpen)
        closeFile();
    Result<bool> made = DemoDatabase::replaceWithProgress(this, m_demoPath, m_demoGenerator, m_demoOptions);
    if (!made || !*made) {
        if (!made)
            showError(this, tr("The demo database could not be reset."), made.error());
        else
            statusBar()->showMessage(tr("Resetting the demo was cancelled; it is as it was."), 8000);
        if (wasOpen)
            openFile(m_demoPath);
        return false;
    }
    if (!openFile(m_demoPath))
        return false;
    statusBar()->showMessage(tr("The demo was made afresh for today."), 8000);
    return true;
}

} // namespace tandem
