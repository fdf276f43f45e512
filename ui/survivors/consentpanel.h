#pragma once

#include <QUuid>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace tandem {

class ConsentModel;
class Document;

// A survivor's consent ledger: to whom, what, given, withdrawn (and why), expiry and where each
// stands now; Withdraw (dated now, asking why and for confirmation) for the selected consent; and a
// form to record a new one.
class ConsentPanel : public QWidget {
    Q_OBJECT

public:
    explicit ConsentPanel(QWidget* parent = nullptr);

    void setDocument(Document* document);
    void showSurvivor(const QUuid& id);
    ConsentModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    int activeCount() const;
    // Withdraws the selected consent now, after asking why; errors are shown.
    void withdrawSelected();

Q_SIGNALS:
    void summaryChanged();

private:
    void fillRecipients();
    void record();
    void selectionChanged();
    void storeChanged(const QString& entity);

    Document* m_document = nullptr;
    QUuid m_id;
    ConsentModel* m_model;
    QTableView* m_table;
    QPushButton* m_withdraw;
    QLabel* m_withdrawal; // the selected consent's withdrawal and its reason
    QComboBox* m_recipient;
    QComboBox* m_scope;
    QDateTimeEdit* m_given;
    QCheckBox* m_expires;
    QDateTimeEdit* m_expiresAt;
    QLineEdit* m_notes;
    QPushButton* m_record;
    bool m_recipientsStale = true;
};

} // namespace tandem
