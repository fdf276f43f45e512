#pragma once

#include "report/document.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace tandem {

class Actions;
class Document;
class KeyRing;
class ReportDialog;

// The Report menu: the operation order and the after-action report of the operation chosen in
// the Operations view (ReportDialog), the dashboard, and the calendar export. Identities in a report need the office
// keys: the KeyRing asks for the passphrase, as revealing an identity does.
class ReportController : public QObject {
    Q_OBJECT

public:
    // `currentOperation` gives the operation selected in the Operations view (null: none);
    // `showOperations` and `showDashboard` bring those views forward.
    ReportController(QWidget* window, Actions* actions, KeyRing* keyRing, std::function<QUuid()> currentOperation,
                     std::function<void()> showOperations, std::function<void()> showDashboard);

    void setDocument(Document* document);
    // Opens the report dialog on the current operation; what the menu items do.
    void openReport(report::Kind kind);
    // Report > Export Calendar…: asks where, then writes the iCalendar file of the default period
    // (report/calendar.h) and says how many events went in.
    void exportCalendar();

Q_SIGNALS:
    // The dialog is about to run (tests reach it here).
    void dialogOpened(ReportDialog* dialog);

private:
    QWidget* m_window;
    KeyRing* m_keyRing;
    QPointer<Document> m_document;
    std::function<QUuid()> m_currentOperation;
    std::function<void()> m_showOperations;
};

} // namespace tandem
