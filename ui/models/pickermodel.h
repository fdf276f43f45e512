#pragma once

#include "util/result.h"

#include <QAbstractListModel>
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

// The matches of a search as a list, read a page at a time as the list scrolls
// (canFetchMore/fetchMore). The model does not own the source, which must outlive it.
class PickerModel : public QAbstractListModel {
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
    qint64 matchCount() const { return m_matches; }
    QUuid idAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    // A read failed; the message is for people.
    void readFailed(const QString& message);

private:
    PickerSource& m_source;
    QString m_search;
    std::vector<PickerEntry> m_entries;
    qint64 m_matches = 0;
    // Set when a page could not be read: fetchMore() stops asking until the next search.
    bool m_failed = false;
    // True while the model announces a reset or an insertion: a slot of those signals that asks
    // for more rows (QAbstractItemModelTester does) must not start a change inside the change.
    bool m_changing = false;
};

} // namespace tandem
