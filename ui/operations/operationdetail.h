#pragma once

#include "store/store.h"

#include <QPointer>
#include <QUuid>
#include <QWidget>

class QLabel;
class QStackedWidget;

namespace tandem {

class DetailSection;

// The read-only summary of one operation beside the operations list: its header (code name,
// status, type, lead agency, period, risk level), targets, agency assignments and survivors. Survivors
// appear by their pseudonymous code only; this pane never reads survivor_identity. It follows
// Store::changed() so that it stays right while others edit.
class OperationDetail : public QWidget {
    Q_OBJECT

public:
    explicit OperationDetail(QWidget* parent = nullptr);

    void setStore(Store* store);
    // Shows `id`, or the "nothing selected" state for a null id.
    void showOperation(const QUuid& id);
    QUuid operation() const { return m_id; }

private:
    void refresh();
    bool fillHeader();
    bool fillTargets();
    bool fillAssignments();
    bool fillSurvivors();
    void showMessage(const QString& text);
    void storeChanged(const QString& entity);

    QPointer<Store> m_store;
    QUuid m_id;
    QStackedWidget* m_pages;
    QLabel* m_message;
    QLabel* m_title;
    QLabel* m_status;
    QLabel* m_type;
    QLabel* m_lead;
    QLabel* m_period;
    QLabel* m_approved; // "Supt. X on 12 May 2026 09:00"
    QLabel* m_risk;
    DetailSection* m_targets;
    DetailSection* m_assignments;
    DetailSection* m_survivors;
};

} // namespace tandem
