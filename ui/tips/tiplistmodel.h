#pragma once

#include "records/pagedmodel.h"
#include "store/row.h"

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
class TipListModel : public PagedTableModel<Row> {
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

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool canRead() const override;
    Result<qint64> readCount() override;
    Result<std::vector<Row>> readPage(const Row* after, int limit) const override;
    QString readFailedText(const Error& error) const override;
    // The code names of the operations the tips coming in are linked to.
    void aboutToAdd(const std::vector<Row>& rows) override;

    QPointer<Document> m_document;
    Filter m_filter = Open;
    QHash<QUuid, QString> m_operations;
};

} // namespace tandem
