#pragma once

#include "domain/consent.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QUuid>

#include <vector>

namespace tandem {

class Store;

// A survivor's consent ledger: to whom (an office or an agency), what scope, given, withdrawn,
// expiry, and where it stands now. Oldest first. Follows Store::changed().
class ConsentModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Recipient, Scope, Given, Withdrawn, Expires, Status, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, StatusRole };

    explicit ConsentModel(QObject* parent = nullptr);

    void setStore(Store* store);
    void setSurvivor(const QUuid& survivor);
    void reload();

    QUuid idAt(int row) const;
    ConsentStatus statusAt(int row) const;
    int activeCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(ConsentStatus status);

Q_SIGNALS:
    void readFailed(const QString& message);

private:
    struct Item {
        Row row;
        QString recipient;
        ConsentStatus status = ConsentStatus::Active;
    };
    void storeChanged(const QString& entity);

    QPointer<Store> m_store;
    QUuid m_survivor;
    std::vector<Item> m_items;
};

} // namespace tandem
