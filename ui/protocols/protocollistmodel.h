#pragma once

#include "query/protocollist.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <vector>

namespace tandem {

class Store;

// Every protocol version of the store (a few dozen at most, so all are read): by name, newest
// version first, with its status, how many steps it has and how many survivors' checklists follow
// it. Retired versions are greyed. Follows Store::changed().
class ProtocolListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Name, Version, Status, Jurisdiction, Steps, Survivors, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, StatusRole };

    using Item = ProtocolListRow;

    explicit ProtocolListModel(QObject* parent = nullptr);

    void setStore(Store* store);
    // Reads the protocols again; only marks the model stale while it is not live.
    void reload();
    // While not live (its view is hidden), changes in the store and the passing of time only mark
    // the model stale; it reads again when it goes live. Live by default.
    void setLive(bool live);

    const Item* item(int row) const;
    int rowOf(const QUuid& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void readFailed(const QString& message);

private:
    void storeChanged(const QString& entity);

    QPointer<Store> m_store;
    std::vector<Item> m_items;
    bool m_live = true;
    bool m_stale = false;
};

} // namespace tandem
