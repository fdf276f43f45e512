#pragma once

#include <QString>
#include <QStringList>

// CSV as RFC 4180 has it, for spreadsheets: records end with CRLF; a cell holding a comma, a
// double quote, CR or LF is quoted, its quotes doubled. Text is UTF-8; a byte order mark is
// written only when asked for (some spreadsheets need it to read UTF-8, other tools stumble on it).
//
// Against formula injection: a cell that begins with "=", "+", "-", "@", a tab or a carriage
// return would be run as a formula by a spreadsheet (e.g. =HYPERLINK(...) in a note typed by
// anyone). Such a cell is written with a leading apostrophe ('), which spreadsheets take as "this
// is text" and show without it; a program reading the CSV sees the apostrophe. Tandem's own
// figures never begin with these characters (negative spans use the minus sign U+2212).
//
// A report is one CSV file: the marking, copy number and recipient on the first and the last line, then the
// report's head as a table, then each table of the report one after another, each introduced by
// a row holding only its title, then its header row, then its rows, and an empty line after it.
namespace tandem::report::csv {

QString neutralise(const QString& cell);
// One record: each cell neutralised and quoted as needed, ended by CRLF.
QString record(const QStringList& cells);

} // namespace tandem::report::csv
