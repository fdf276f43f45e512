#pragma once

#include <QString>

class QSqlError;

namespace tandem {

// What went wrong in SQLite, in the user's words: the disk is full, the file is busy, read-only,
// damaged... Qt's driver text ("Unable to fetch row", "Error opening database") never reaches a
// message. Only where SQLite's own words are the best description (an error of the statement
// itself, or a rule of our own schema raised by a trigger) are they kept, after ours.
// `code` is SQLite's result code, primary or extended.
QString sqliteErrorText(int code, const QString& sqliteMessage);
QString sqlErrorText(const QSqlError& error);

} // namespace tandem
