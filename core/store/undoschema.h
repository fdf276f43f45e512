#pragma once

// What the recording and the applying of undo files (undofile.h) share: the names of the tables an
// undo file holds, and how a table's key is found and spelt in SQL. Internal to core/store.

#include "util/result.h"

#include <QString>
#include <QStringList>

namespace tandem {

class Store;

namespace undo {

inline const QString kSchema = QStringLiteral("undo");
// Per recorded table T: "T@before", the rows as they were before they first changed, and
// "T@added", the keys of the rows added. Names that no table of the file has, because a trigger
// names the table it writes to without its schema.
inline const QString kBefore = QStringLiteral("@before");
inline const QString kAdded = QStringLiteral("@added");
inline const QString kMeta = QStringLiteral("undo_meta");

// `name` quoted as an SQL identifier.
QString quoted(const QString& name);
// The columns of `schema`.`table`, in order.
Result<QStringList> columnsOf(const Store& store, const QString& schema, const QString& table);
// The key an undo records a main table's rows by: its primary key, or else the one column of a
// unique index; an error when it has neither.
Result<QStringList> keyOf(const Store& store, const QString& table);
// `a.k1 = b.k1 AND a.k2 = b.k2`
QString keyMatch(const QStringList& key, const QString& a, const QString& b);
// `prefix"k1", prefix"k2"`
QString keyList(const QStringList& key, const QString& prefix = {});

} // namespace undo
} // namespace tandem
