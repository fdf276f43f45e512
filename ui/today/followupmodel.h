#pragma once

#include "util/result.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QPointer>
#include <QUuid>

#include <vector>

namespace tandem {

class Document;

// What is owed between operations, for the Today view beside the survivors' steps: open action
// items agreed at meetings or reviews (overdue or due in the next 7 days), open tasks of operations
// under way (overdue or due in the next 24 hours; not of draft, closed or cancelled operations),
// active protocols whose review is due in the next 14 days or overdue, and survivors' identities
// kept past the office's retention period (domain/retention.h; opened on the survivor, where the
// identity is erased), and warrants that lapse before their operation starts (domain/warrants.h;
// due at the operation's start, opened on the operation). Earliest due first, so
// what is overdue leads. At most kLimit of each kind are read; count() says how many there are.
//
// An action item's or a task's first column is checkable: checking it records it done now (one
// undoable edit), after which it leaves the list. While not live (the view hidden), changes only
// mark the model stale.
class FollowUpModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { What, From, Due, Timing, Owner, ColumnCount };
    enum Kind { ActionItem, Task, Review, Erasure, Warrant, KindCount };
    enum Role { IdRole = Qt::UserRole + 1, KindRole, ParentRole, ParentEntityRole };
    static constexpr int kLimit = 200;
    static constexpr int kActionDays = 7;
    static constexpr int kTaskHours = 24;
    static constexpr int kReviewDays = 14;

    explicit FollowUpModel(QObject* parent = nullptr);

    void setDocument(Document* document);
    void setLive(bool live);
    void reload();

    qint64 count(Kind kind) const { return m_counts[kind]; }
    qint64 overdueCount() const { return m_overdue; }
    int rowOf(const QUuid& id) const;
    // Records the action item or task of `row` done now; false (and failed()) when refused.
    bool markDone(int row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void failed(const QString& message);
    void countsChanged();

private:
    struct Item {
        Kind kind;
        QUuid id;
        QUuid parent; // the meeting or operation, the protocol itself, or the survivor
        QString parentEntity;
        QString title;
        QString from;
        QString owner;
        QDateTime due;
    };
    Result<std::vector<Item>> read();

    QPointer<Document> m_document;
    QDateTime m_now;
    std::vector<Item> m_items;
    qint64 m_counts[KindCount] = {0, 0, 0, 0};
    qint64 m_overdue = 0;
    bool m_live = true;
    bool m_stale = false;
};

} // namespace tandem
