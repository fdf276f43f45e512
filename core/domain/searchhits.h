#pragma once

#include "util/result.h"

#include <QHash>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace tandem {

class Store;

namespace search {

// The operations that contain every word of a search (see search.h), found once per search, for
// the statements that count and page the operations list to use without each searching again.
//
// Each word is read from the index once (its operations' keys, in order) and kept while the search
// is typed, so that a keystroke reads only the word being typed; the sets are intersected here.
// SQL then tests membership through a function of this object's own ("search_hit_<n>(key)",
// registered on the store's connection for as long as the object lives), or, for a few matches,
// starts from the list of their keys. forget() drops what was read when the index changed.
class OperationHits {
public:
    explicit OperationHits(const Store& store);
    ~OperationHits();
    OperationHits(const OperationHits&) = delete;
    OperationHits& operator=(const OperationHits&) = delete;

    // Finds the operations that match every word.
    Result<void> find(const QStringList& words);
    // Forgets the words read so far (after a write: the index has changed).
    void forget() { m_words.clear(); }

    qint64 size() const { return qint64(m_keys.size()); }
    const std::vector<std::int64_t>& keys() const { return m_keys; }
    bool contains(std::int64_t key) const;
    // An SQL expression true when the search key `keyExpression` is among the operations found.
    QString membership(const QString& keyExpression) const;
    // The keys, comma-separated, for "IN (...)"; "NULL" when there is none.
    QString keyList() const;

private:
    Result<std::vector<std::int64_t>> scan(const QString& word) const;

    QPointer<const Store> m_store;
    QString m_function;
    bool m_registered = false;
    QHash<QString, std::vector<std::int64_t>> m_words;
    std::vector<std::int64_t> m_keys;
    std::vector<std::uint64_t> m_bits; // m_keys as a bitmap, for membership
};

} // namespace search
} // namespace tandem
