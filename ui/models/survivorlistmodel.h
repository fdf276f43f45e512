#pragma once

#include "util/result.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QUuid>

#include <vector>

namespace tandem {

class Store;

// The survivors of a store as a table, by their pseudonymous code only (this model never reads
// survivor_identity), fetched lazily a page at a time (keyset pagination, sorted by SQL) with each
// survivor's checklist progress and overdue steps. Default order: most overdue steps first. A
// search narrows to codes or operation names containing the text. The model follows
// Store::changed(): when the loaded rows are still the same survivors in the same order their
// cells are updated in place (a tick), otherwise they are read again in a model reset.
class SurvivorListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Code, Operation, RescuedAt, AgeBand, Progress, Overdue, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };
    static constexpr int kPageSize = 200;

    struct Item {
        QUuid id;
        QString code;
        QString operationName;
        QDateTime rescuedAt;
        QString ageBand;
        int settled = 0;
        int total = 0;
        int overdue = 0;
        QVariant sortValue;
    };

    explicit SurvivorListModel(QObject* parent = nullptr);

    void setStore(Store* store);
    Store* store() const { return m_store; }
    void setSearch(const QString& text);
    QString search() const { return m_search; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    qint64 totalCount() const { return m_total; }
    QUuid idAt(int row) const;
    int rowOf(const QUuid& id) const;
    // Fetches pages until `id` is loaded; its row, or -1 when it is not in the list.
    int fetchUntil(const QUuid& id);
    // Reads the loaded rows again (in place when they are the same survivors in the same order);
    // only marks the model stale while it is not live.
    void refresh();
    // While not live (its view is hidden), changes in the store and the passing of time only mark
    // the model stale; it reads again when it goes live. Live by default.
    void setLive(bool live);


Q_SIGNALS:
    void totalCountChanged(qint64 count);
    void readFailed(const QString& message);

private:
    Result<std::vector<Item>> page(const Item* after, int limit) const;
    Result<qint64> count() const;
    void reset(int rows);
    void storeChanged(const QString& entity);

    QPointer<Store> m_store;
    std::vector<Item> m_rows;
    QHash<QUuid, int> m_rowOf;
    qint64 m_total = 0;
    QString m_search;
    int m_sortColumn = Overdue;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    bool m_changing = false; // inside a reset or insertion (see OperationListModel)
    bool m_live = true;
    bool m_stale = false;
};

} // namespace tandem
