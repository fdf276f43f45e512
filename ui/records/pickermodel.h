#pragma once

#include "records/pagedmodel.h"

#include <QUuid>
#include <QVariant>

#include <vector>

namespace tandem {

// One record a RecordPicker offers: its id, the line shown for it, and the value the list is
// ordered by (for keyset paging: the next page starts after the last entry's value and id).
struct PickerEntry {
    QUuid id;
    QString text;
    QVariant sortValue;
};

// What a RecordPicker lists: the records on offer (the open operations, the open tips), most
// recent first, and those among them that match what is typed. Every search and every page is a
// query of the database, so that any record on offer can be found, not only those read first.
class PickerSource {
public:
    virtual ~PickerSource() = default;
    // How many records are on offer, whatever is typed.
    virtual Result<qint64> countAll() = 0;
    // Looks up the records that match every word of `text` (all of them for an empty text) and
    // returns how many there are; page() then reads from these.
    virtual Result<qint64> search(const QString& text) = 0;
    // `limit` matches in order, from the first or from the one after `after`.
    virtual Result<std::vector<PickerEntry>> page(const PickerEntry* after, int limit) = 0;
    // For people: "12 of 3,481 open operations" (`searching`: a search is typed).
    virtual QString countText(qint64 matches, qint64 all, bool searching) const = 0;
};

// The matches of a search as a list (one column), read a page at a time as the list scrolls
// (canFetchMore/fetchMore). The model does not own the source, which must outlive it.
class PickerModel : public PagedTableModel<PickerEntry> {
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1 };
    static constexpr int kPageSize = 100;

    explicit PickerModel(PickerSource& source, QObject* parent = nullptr);

    // Lists the matches of `text` from the first, in a model reset. On a failed read the list is
    // empty, readFailed() says why, and the result is false.
    bool setSearch(const QString& text);
    const QString& search() const { return m_search; }
    // The matches of the search, read or not yet.
    qint64 matchCount() const { return totalCount(); }

    // As a list model's: the column may be left out.
    QModelIndex index(int row, int column = 0, const QModelIndex& parent = {}) const override
    {
        return PagedTableModel::index(row, column, parent);
    }
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    bool canRead() const override { return true; }
    Result<qint64> readCount() override;
    Result<std::vector<PickerEntry>> readPage(const PickerEntry* after, int limit) const override;
    QString readFailedText(const Error& error) const override;

    PickerSource& m_source;
    QString m_search;
};

} // namespace tandem
