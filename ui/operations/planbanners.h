#pragma once

#include <QUuid>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace tandem {

class Store;

// The two banners over an operation's plan (issue 17, "plans that hold"), from core's rules
// (domain/plangate.h):
//
// - "Changed since approval": the plan was edited after it was approved or briefed; the list says
//   what changed (what, old, new, who, when) and "Approve again" (approveAgainRequested) moves it
//   to approved once more. Widgets: "approvalBanner", "approvalChanges", "approveAgain".
// - "Closed — reopen to change": the operation is closed, its plan read only; "Reopen…"
//   (reopenRequested) asks for the reason. Widgets: "closedBanner", "reopenButton".
//
// Both hidden when they do not apply. show() reads again from the store.
class PlanBanners : public QWidget {
    Q_OBJECT

public:
    explicit PlanBanners(QWidget* parent = nullptr);

    // Shows what applies to operation `id` of `store` (nothing for a null store or id).
    void showFor(const Store* store, const QUuid& id, bool writable);

    QWidget* approvalBanner() const { return m_approval; }
    QWidget* closedBanner() const { return m_closed; }
    QTreeWidget* changes() const { return m_changes; }

Q_SIGNALS:
    void approveAgainRequested();
    void reopenRequested();

private:
    QWidget* m_approval;
    QLabel* m_approvalText;
    QTreeWidget* m_changes;
    QPushButton* m_approveAgain;
    QWidget* m_closed;
    QPushButton* m_reopen;
};

} // namespace tandem
