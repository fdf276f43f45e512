#pragma once

#include <QString>

#include <vector>

class QFontMetricsF;

// Table columns wide enough for their words. A report's builder gives each table's columns
// relative widths; a column narrower than its longest word breaks that word in two
// ("Nationalit" over "y"), in Qt's layout as in a word processor's. PDF, print and ODT widen such
// columns before they lay a table out.
namespace tandem::report {

// A column's least width counts for at most this share of the table: one very long word (an
// address without spaces) breaks rather than squeezing every other column.
inline constexpr qreal kMostForOneWord = 0.4;

// The widest word of `text` measured with `metrics`; all of `text` when `whole` (a number such as
// "10 h 15 min" reads badly over two lines).
qreal widestWord(const QString& text, const QFontMetricsF& metrics, bool whole);

// Column widths that add up to `available`: as near the builder's proportions (`share`) as the
// narrowest widths (`least`) allow. A column that would be narrower than its least gets its least;
// the others share what is left in their proportions, until none is too narrow. When even the
// least widths do not fit, each gets its share of `available` in proportion to its least.
std::vector<qreal> fitColumns(const std::vector<qreal>& share, const std::vector<qreal>& least,
                              qreal available);

} // namespace tandem::report
