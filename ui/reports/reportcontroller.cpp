#include "reports/reportcontroller.h"

#include "actions.h"
#include "dialogs/prompts.h"
#include "reports/reportdialog.h"
#include "document.h"
#include "errors.h"
#include "security/keyring.h"

#include "report/calendar.h"
#include "store/store.h"
#include "util/safefile.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMainWindow>
#include <QStatusBar>

namespace tandem {

ReportController::ReportController(QWidget* window, Actions* actions, KeyRing* keyRing,
                                   std::function<QUuid()> currentOperation, std::function<void()> showOperations,
                                   std::function<void()> showDashboard)
    : QObject(window)
    , m_window(window)
    , m_keyRing(keyRing)
    , m_currentOperation(std::move(currentOperation))
    , m_showOperations(std::move(showOperations))
{
    connect(actions->operationOrder(), &QAction::triggered, this, [this] { openReport(report::Kind::OperationOrder); });
    connect(actions->afterActionReport(), &QAction::triggered, this, [this] { openReport(report::Kind::AfterAction); });
    connect(actions->dashboard(), &QAction::triggered, this, std::move(showDashboard));
    connect(actions->exportCalendar(), &QAction::triggered, this, &ReportController::exportCalendar);
}

void ReportController::setDocument(Document* document)
{
    m_document = document;
}

void ReportController::openReport(report::Kind kind)
{
    if (!m_document)
        return;
    const QUuid operation = m_currentOperation();
    if (operation.isNull()) {
        m_showOperations();
        Dialogs::message(m_window, QMessageBox::Information, tr("Report"),
                         tr("Choose the operation to report on."),
                         tr("Select it in the Operations list, then choose the report again."));
        return;
    }
    ReportDialog dialog(m_document->store(), operation, kind, m_window);
    // The targets' floor plans (issue 21) are sealed in the file: the order prints them with the
    // office's keys, asked for here when there is one to print (cancelled: the order names them).
    Result<bool> plans = report::hasFloorPlans(m_document->store(), operation);
    if (plans && *plans) {
        Result<KeyRing::Keys> keys = m_keyRing->isUnlocked()
                                         ? Result<KeyRing::Keys>(m_keyRing->held())
                                         : m_keyRing->unlock(m_window, tr("The targets' floor plans are kept encrypted in the file. "
                                                                          "Enter your passphrase to print them in the order."));
        if (keys)
            dialog.setOfficeKeys(*keys);
    }
    dialog.setIdentityGate([this](QWidget* parent) {
        Result<KeyRing::Keys> keys = m_keyRing->unlock(
            parent, tr("Survivors' identities are sealed in the file. Enter your passphrase to include them in "
                       "the report."));
        if (!keys && !KeyRing::isCancel(keys.error()))
            showError(parent, tr("The identities could not be unlocked."), keys.error());
        return keys.ok();
    });
    Q_EMIT dialogOpened(&dialog);
    Dialogs::exec(dialog);
}

void ReportController::exportCalendar()
{
    if (!m_document)
        return;
    const QString path = Dialogs::saveFileName(m_window, tr("Export Calendar"), tr("iCalendar files (*.ics)"), QStringLiteral("ics"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        Dialogs::message(m_window, QMessageBox::Warning, tr("Export Calendar"),
                         tr("%1 exists already.").arg(QDir::toNativeSeparators(path)),
                         tr("Tandem never writes over a file: choose another name, or delete the old calendar first."));
        return;
    }
    const Store& store = m_document->store();
    Result<report::Calendar> calendar =
        report::buildCalendar(store, report::CalendarOptions::around(QDateTime::fromMSecsSinceEpoch(store.wallClock(), Qt::UTC)));
    Result<void> written = calendar ? writeFileWhole(path, calendar->text) : Result<void>(calendar.error());
    if (!written) {
        showError(m_window, tr("The calendar could not be written."), written.error());
        return;
    }
    if (auto* window = qobject_cast<QMainWindow*>(m_window)) {
        window->statusBar()->showMessage(calendar->events == 1
                                             ? tr("1 event written to %1").arg(QFileInfo(path).fileName())
                                             : tr("%n events written to %1", nullptr, calendar->events).arg(QFileInfo(path).fileName()),
                                         8000);
    }
}

} // namespace tandem
