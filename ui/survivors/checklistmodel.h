#pragma once

#include "util/result.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QPointer>
#include <QUuid>

#include <vector>

namespace tandem {

class Document;
class Store;

// One survivor's checklist: every live step owed to them, overdue steps first (the most overdue
// first), then the other open steps by due time, then the steps due before the first interview,
// then the settled ones (done, not applicable, declined by the survivor). A survivor has a few
// dozen steps at most, so the model reads them all. The first column is checkable: checking it
// ticks the step done, unchecking reopens it (through the undo stack).
class ChecklistModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Step, Due, State, Owner, DoneBy, DoneAt, Service, Protocol, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        StateRole,   // token
        OverdueRole, // bool
        MandatoryRole,
    };

    struct Item {
        QUuid id;
        QString title;
        QString guidance;
        QString ownerRole; // token
        QString state;     // token
        QDateTime dueAt;
        QString dueAnchor;
        bool mandatory = false;
        QString doneBy;
        QDateTime doneAt;
        QString note;
        QString reason; // why declined or not applicable
        QUuid service;
        QString serviceName;
        QString protocolName;
        int protocolVersion = 0;
        bool overdue = false;
        // The service's answer to the referral (domain/referrals.h): a token or empty.
        QString referralAnswer;
        QString referralReason;
        QDateTime referralAnsweredAt;
        QString referralOutcome;
    };

    // "Harbour House — accepted", "… — refused", "… — awaiting answer"; empty when not referred.
    static QString referralText(const Item& item);
    // That, when it was answered, the reason of a refusal and the outcome, a line each.
    static QString referralDetails(const Item& item);

    explicit ChecklistModel(QObject* parent = nullptr);

    void setDocument(Document* document);
    void setSurvivor(const QUuid& survivor);
    QUuid survivor() const { return m_survivor; }
    // Reads the steps again (also when the clock has passed a due time).
    void reload();

    const Item* item(int row) const;
    int rowOf(const QUuid& id) const;
    int overdueCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // A tick the store refused, or a read that failed; for people.
    void failed(const QString& what, const Error& error);

private:
    void storeChanged(const QString& entity);

    QPointer<Document> m_document;
    QUuid m_survivor;
    std::vector<Item> m_items;
};

} // namespace tandem
