#pragma once

#include "sync/partners.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <vector>

namespace tandem {

class Store;

// The trusted partner offices of the open file and where the exchange with each stands. A
// handful of rows: read whole on reload(). Trust, export and merge change the partner table
// without a Store::changed() (it is local, not an entity), so whoever does them calls reload().
class PartnerModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Name,
        Fingerprint,
        TrustedSince,
        LastExport,
        LastMerge,
        Acknowledged,
        ColumnCount
    };

    explicit PartnerModel(QObject* parent = nullptr);

    void setStore(Store* store);
    void reload();
    const Partner* partnerAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void readFailed(const QString& message);

private:
    QPointer<Store> m_store;
    std::vector<Partner> m_partners;
};

// A time for people, in the user's locale and time zone; `never` when it is not set.
QString displayTime(const QDateTime& time, const QString& never);

} // namespace tandem
