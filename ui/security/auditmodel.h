#pragma once

#include "records/pagedmodel.h"
#include "store/audit.h"

#include <QPointer>

#include <vector>

namespace tandem {

class Store;

// The audit log of a store as a table, newest first, fetched lazily a page at a time (keyset
// paging on the entry's seq: core readAuditPage), filtered by action and by text in SQL. The log
// only grows and nothing announces new entries (they are not records), so whoever shows the
// model calls reload(); lastSeq() tells whether there is anything new.
class AuditModel : public PagedTableModel<AuditEntry> {
    Q_OBJECT

public:
    enum Column { Time, Action, Actor, Subject, Details, ColumnCount };
    enum Role { SeqRole = Qt::UserRole + 1, ActionRole };
    static constexpr int kPageSize = 200;

    explicit AuditModel(QObject* parent = nullptr);

    // The store to show, or null for none. The model does not own it.
    void setStore(Store* store);
    void setFilter(const AuditFilter& filter);
    AuditFilter filter() const { return m_filter; }
    // Reads the first page again (or as many rows as were loaded), in a model reset.
    void reload();
    // The entry whose hash chain breaks (core verifyAuditChain), shown marked; 0 for none.
    void setBrokenSeq(qint64 seq);

    // The newest entry's seq in the log (whatever the filter) when it was last read.
    qint64 lastSeq() const { return m_lastSeq; }
    const AuditEntry* entryAt(int row) const;
    // Fetches pages until the entry `seq` is loaded; its row, or -1 when the filter hides it.
    int fetchUntil(qint64 seq);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The action as people read it ("export" → "Export"); an action this Tandem does not know
    // reads as it is stored.
    static QString actionLabel(const QString& action);

private:
    bool canRead() const override;
    // The entries that match the filter, and the newest seq of the log.
    Result<qint64> readCount() override;
    Result<std::vector<AuditEntry>> readPage(const AuditEntry* after, int limit) const override;
    QString readFailedText(const Error& error) const override;

    QPointer<Store> m_store;
    AuditFilter m_filter;
    qint64 m_lastSeq = 0;
    qint64 m_brokenSeq = 0;
};

} // namespace tandem
