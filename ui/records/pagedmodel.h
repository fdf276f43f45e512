#pragma once

#include "util/result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QScopedValueRollback>
#include <QUuid>

#include <iterator>
#include <vector>

namespace tandem {

// What every paged list shares (operations, survivors, directories, tips, the audit trail, the
// record picker): rowCount() starts at a page, or at as many rows as a reload keeps, and grows by
// a page with each fetchMore(); the count of rows that pass the model's filter is read with the
// first page. One lazy-load path:
//  - no page is fetched while the model announces a reset or an insertion (a slot of those
//    signals that asks for more rows, as QAbstractItemModelTester does, must not start a change
//    inside the change);
//  - a page shorter than asked for ends the list (the count is lowered to the rows there are:
//    another program deleted some between the statements);
//  - a page that cannot be read stops the fetching until the rows are read again, and says why
//    once, through readFailed(), instead of at every scroll.
// One error signal, readFailed(), with a message for people; totalCountChanged() after each
// reset and whenever the count is lowered.
class PagedModel : public QAbstractTableModel {
    Q_OBJECT

public:
    // The rows that pass the filter, loaded or not.
    qint64 totalCount() const { return m_total; }

    bool canFetchMore(const QModelIndex& parent) const final;
    void fetchMore(const QModelIndex& parent) final;

Q_SIGNALS:
    void totalCountChanged(qint64 count);
    // A read failed; the message is for people. The rows loaded before stay as they were.
    void readFailed(const QString& message);

protected:
    PagedModel(int pageSize, QObject* parent);

    int pageSize() const { return m_pageSize; }
    // True while the model announces a reset or an insertion.
    bool isChanging() const { return m_changing; }

    // Reads the rows again, from the first, in a model reset: the count and `rows` rows (a page, or
    // as many as were loaded). `change` runs first inside the reset (a new store, filter or
    // order). False when the read failed (readFailed() has said why; the list is empty).
    template <typename Change>
    bool resetRows(int rows, Change&& change);
    bool resetRows(int rows)
    {
        return resetRows(rows, [] {});
    }

    // Whether there is anything to read from (a store).
    virtual bool canRead() const = 0;
    virtual int loadedRows() const = 0;
    // Inside the reset: forgets the rows, then reads the count and the first `rows` rows into the
    // model; the count.
    virtual void clearRows() = 0;
    virtual Result<qint64> loadFirst(int rows) = 0;
    // Reads up to `limit` rows after the loaded ones and appends them (within beginInsertRows and
    // endInsertRows); how many came.
    virtual Result<int> appendPage(int limit) = 0;
    // "The operations could not be read: <why>", in the model's words.
    virtual QString readFailedText(const Error& error) const = 0;

private:
    int m_pageSize;
    qint64 m_total = 0;
    bool m_changing = false;
    bool m_stopped = false; // a page could not be read: no more until the rows are read again
};

template <typename Change>
bool PagedModel::resetRows(int rows, Change&& change)
{
    Result<qint64> total = qint64(0);
    {
        const QScopedValueRollback<bool> changing(m_changing, true);
        beginResetModel();
        change();
        clearRows();
        m_stopped = false;
        total = canRead() ? loadFirst(rows) : Result<qint64>(qint64(0));
        m_total = total ? *total : 0;
        // A first page shorter than asked for is all there is.
        if (loadedRows() < rows)
            m_total = std::min<qint64>(m_total, loadedRows());
        endResetModel();
    }
    if (!total)
        Q_EMIT readFailed(readFailedText(total.error()));
    Q_EMIT totalCountChanged(m_total);
    return total.ok();
}

// A PagedModel over a vector of rows of type Row, read by readPage() (keyset pagination: a page
// starts after the last row of the one before) and counted by readCount(). Rows with a QUuid `id`
// are found by id (rowOf, idAt, fetchUntil).
template <typename Row>
class PagedTableModel : public PagedModel {
public:
    QUuid idAt(int row) const
    {
        return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].id : QUuid();
    }
    // The row of a loaded record, or -1.
    int rowOf(const QUuid& id) const { return m_rowOf.value(id, -1); }
    // Fetches pages until `id` is loaded; its row, or -1 when it is not in the list.
    int fetchUntil(const QUuid& id)
    {
        int row = rowOf(id);
        while (row < 0 && canFetchMore({})) {
            const size_t before = m_rows.size();
            fetchMore({});
            if (m_rows.size() == before)
                break;
            row = rowOf(id);
        }
        return row;
    }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

protected:
    using PagedModel::PagedModel;

    // The rows that pass the filter.
    virtual Result<qint64> readCount() = 0;
    // `limit` rows in order, from the first, or from the row after `after`.
    virtual Result<std::vector<Row>> readPage(const Row* after, int limit) const = 0;
    // Rows about to join the list (the first page or a later one), to read what they show beside
    // themselves (names they refer to).
    virtual void aboutToAdd(const std::vector<Row>&) {}

    int loadedRows() const final { return int(m_rows.size()); }
    void clearRows() final
    {
        m_rows.clear();
        m_rowOf.clear();
    }
    Result<qint64> loadFirst(int rows) final
    {
        Result<qint64> total = readCount();
        if (!total)
            return total.error();
        Result<std::vector<Row>> first = readPage(nullptr, rows);
        if (!first)
            return first.error();
        aboutToAdd(*first);
        m_rows = std::move(*first);
        rebuildIndex();
        return *total;
    }
    Result<int> appendPage(int limit) final
    {
        Result<std::vector<Row>> more = readPage(m_rows.empty() ? nullptr : &m_rows.back(), limit);
        if (!more)
            return more.error();
        if (more->empty())
            return 0;
        aboutToAdd(*more);
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(more->size()) - 1);
        for (Row& row : *more) {
            if constexpr (kHasId)
                m_rowOf.insert(row.id, int(m_rows.size()));
            m_rows.push_back(std::move(row));
        }
        endInsertRows();
        return int(more->size());
    }
    void rebuildIndex()
    {
        if constexpr (kHasId) {
            m_rowOf.clear();
            m_rowOf.reserve(qsizetype(m_rows.size()));
            for (size_t i = 0; i < m_rows.size(); ++i)
                m_rowOf.insert(m_rows[i].id, int(i));
        }
    }

    std::vector<Row> m_rows;

private:
    static constexpr bool kHasId = requires(const Row& r) { QUuid(r.id); };
    QHash<QUuid, int> m_rowOf;
};

} // namespace tandem
