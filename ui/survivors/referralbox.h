#pragma once

#include <QPointer>
#include <QUuid>
#include <QWidget>

class QLabel;
class QPushButton;
class QToolButton;

namespace tandem {

class Document;

// The referral of the selected checklist step, in the checklist's step form: the service the
// survivor was referred to and its answer (awaiting, accepted, refused and why), the outcome, and
// buttons to refer (a picker that shows each service's capacity, languages and whether it takes
// minors, filtered to what the survivor needs), to record the answer, and to remove the referral.
// Each change is one undoable edit, made at once.
class ReferralBox : public QWidget {
    Q_OBJECT

public:
    explicit ReferralBox(QWidget* parent = nullptr);

    void setDocument(Document* document);
    // The checklist step whose referral is shown; null: none (the buttons are disabled).
    void setItem(const QUuid& item);
    QUuid item() const { return m_item; }
    QLabel* summary() const { return m_summary; }

    // What the buttons do; false when cancelled or refused (the error is shown).
    bool chooseService();
    bool recordAnswer();
    bool removeReferral();

private:
    void refresh();

    QPointer<Document> m_document;
    QUuid m_item;
    QLabel* m_summary;
    QPushButton* m_refer;
    QPushButton* m_answer;
    QToolButton* m_remove;
};

} // namespace tandem
