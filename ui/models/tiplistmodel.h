#pragma once

#include "store/row.h"
#include "util/result.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QUuid>

#include <vector>

namespace tandem {

class Document;

// Community tips, newest first, fetched a page at a time (keyset pagination on received_at and id),
// filtered by triage state. The linked operation shows by its code name. Follows Store::changed()
// for tips and operations by reading the pages loaded so far again.
class TipListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Received, Channel, Place, Indicators, Credibility, Status, Operation, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };
    // Which tips: the open ones (new and assessed), one state, or all.
    enum Filter { Open, New, Assessed, Linked, Closed, All };
    static constexpr int kPageSize = 200;

    explicit TipListModel(QObject* parent = nullptr);

    void setDocument(Document* document);
    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }
    void reload();

    qint64 totalCount() const { return m_total; }
    QUuid idAt(int row) const;
    int rowOf(const QUuid& id) const;
    // Loads pages until `id` is loaded; its row, or -1 when it does not pass the filter.
    int fetchUntil(const QUuid& id);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    void failed(const QString& message);
    void totalCountChanged();

private:
    QString where() const;
    Result<std::vector<Row>> page(const Row* after, int limit) const;
    void load(int rows);
    Result<void> readNames();

    QPointer<Document> m_document;
    Filter m_filter = Open;
    std::vector<Row> m_rows;
    QHash<QUuid, int> m_rowOf;
    QHash<QUuid, QString> m_operations;
    qint64 m_total = 0;
};

} // namespace tandem
