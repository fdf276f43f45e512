#pragma once

#include "store/audit.h"
#include "views/listdetailview.h"

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace tandem {

class AuditModel;

// The audit trail of the open file: every export, merge, unlock of the office keys, restore and
// the like, newest first, with who did it, to what and the details; filtered by action, by person
// and by text. A banner above says whether the chain is whole (core verifyAuditChain: its hashes,
// its keyed marks and where its key stands) or names the first entry where it breaks, and selects
// that entry on request.
//
// Nothing announces new entries (they are not records): the view reads the log again when it is
// shown, and while shown looks every two seconds whether the newest entry changed.
class AuditView : public ListDetailView {
    Q_OBJECT

public:
    explicit AuditView(QWidget* parent = nullptr);

    void setDocument(Document* document) override;

    AuditModel* model() const { return m_model; }
    // Checks the chain and reads the log again, keeping the filters.
    void refresh();
    // The entry where the chain breaks, 0 when it is whole (as of the last refresh()).
    qint64 brokenSeq() const { return m_brokenSeq; }
    // Selects the entry `seq` (fetching pages until it is loaded); false when not listed.
    bool selectEntry(qint64 seq);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void applyFilter();
    void fillActions();
    void fillPeople();
    void fillChoices(QComboBox* combo, const QString& all, const Result<QStringList>& values,
                     QString (*label)(const QString&));
    AuditFilter currentFilter() const;
    void checkChain();
    void updateCount();
    void pollForNewEntries();

    Document* m_document = nullptr;
    AuditModel* m_model;
    QFrame* m_banner;
    QLabel* m_bannerIcon;
    QLabel* m_bannerText;
    QComboBox* m_action;
    QComboBox* m_person;
    QLineEdit* m_search;
    QLabel* m_count;
    QLabel* m_empty;
    QTableView* m_table;
    QTimer* m_searchDelay;
    QTimer* m_poll;
    qint64 m_brokenSeq = 0;
};

} // namespace tandem
