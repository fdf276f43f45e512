#include "reports/reportcontroller.h"

#include "actions.h"
#include "dialogs/prompts.h"
#include "reports/reportdialog.h"
#include "document.h"
#include "errors.h"
#include "security/keyring.h"

#include <QAction>

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

} // namespace tandem
