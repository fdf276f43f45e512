#pragma once

#include <QDateTime>
#include <QUuid>
#include <QWidget>

class QDateTimeEdit;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace tandem {

class AttachmentsPanel;

class ChecklistPanel;
class ConsentPanel;
class Document;
class DueWatcher;
class IdentityPanel;
class SurvivorFields;

// One survivor beside the survivors list: the code and what is known of them (pseudonymous), the
// rescue time (T0) with its Set button, and tabs for the checklist, the details, the consent
// ledger and the identity panel (hidden until asked for).
class SurvivorDetail : public QWidget {
    Q_OBJECT

public:
    AttachmentsPanel* files() const { return m_files; }
    explicit SurvivorDetail(DueWatcher* watcher, QWidget* parent = nullptr);

    void setDocument(Document* document);
    // Shows `id`, or the "nothing selected" state for a null id. Showing the survivor already
    // shown changes nothing (the panels follow the store's changes themselves).
    void showSurvivor(const QUuid& id);
    QUuid survivor() const { return m_id; }
    void focusRescueTime();
    // Writes what is typed and not saved yet for the survivor shown (the checklist's step form);
    // false when the store refused it (the error is shown, what was typed stays).
    bool commitPending();

    ChecklistPanel* checklist() const { return m_checklist; }
    SurvivorFields* fields() const { return m_fields; }
    ConsentPanel* consents() const { return m_consents; }
    IdentityPanel* identity() const { return m_identity; }
    // What the last change of T0 or of what applies did, for people ("Rescue time moved 2 h later: ...").
    QString notice() const;

private:
    void refresh();
    void applyRescueTime();
    void storeChanged(const QString& entity);
    void updateTabTitles();

    Document* m_document = nullptr;
    QUuid m_id;
    QDateTime m_t0; // as stored, whole seconds; invalid when not set
    QStackedWidget* m_pages;
    QLabel* m_message;
    QLabel* m_title;
    QLabel* m_summary;
    QLabel* m_t0State;
    QDateTimeEdit* m_t0Edit;
    QPushButton* m_setT0;
    QLabel* m_t0Notice;
    QTabWidget* m_tabs;
    ChecklistPanel* m_checklist;
    SurvivorFields* m_fields;
    ConsentPanel* m_consents;
    IdentityPanel* m_identity;
    AttachmentsPanel* m_files;
};

} // namespace tandem
