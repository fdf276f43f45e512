#pragma once

#include "store/row.h"
#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <vector>

namespace tandem {

class Store;

// Community tips, over the documented tip table.

// The tips list: live (not deleted) tips with one of `statuses` (tokens; every status when empty), newest
// received first (then by id), in pages by keyset pagination on received_at and id.
class TipListQuery {
public:
    TipListQuery(const Store& store, QStringList statuses = {});

    Result<qint64> count() const;
    // `limit` tips in order, from the first, or from the one after `after`.
    Result<std::vector<Row>> page(const Row* after, int limit) const;

private:
    QString where() const;

    const Store& m_store;
    QStringList m_statuses;
};

// The tips an operation can be linked to (new and assessed) where every word of `words` is part
// of the place, the description, or the label of the channel in the language shown (case aside,
// for the letters of the Latin alphabet): their received time (Unix seconds) and id, latest
// received first, then by id.
struct OpenTipMatch {
    qint64 received = 0;
    QByteArray id; // RFC 4122 bytes, as stored
};
Result<std::vector<OpenTipMatch>> findOpenTips(const Store& store, const QStringList& words);

// What a line of the tip picker shows, for the tips `ids` (RFC 4122 bytes, as findOpenTips gives
// them), in no order.
struct TipLine {
    QByteArray id;
    QDateTime received; // UTC
    QString channel;    // token
    QString place;
};
Result<std::vector<TipLine>> tipLines(const Store& store, const QList<QByteArray>& ids);

} // namespace tandem
