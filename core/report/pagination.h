#pragma once

#include <QTextFormat>

#include <vector>

class QTextDocument;

// Pages of a report that never cut a table row in two. Qt's own pagination of a QTextDocument
// moves each line of a cell to the next page on its own, so a row taller than what is left of a
// page is split: a target's address on one page and its hazards on the next, "Safety" at the
// foot of a page and its rating at the head of the next. Here the document is laid out once as
// one long page, and the page breaks are chosen between rows, between lines of a paragraph, and
// never after a block that keeps with the next one (a heading, the rule under it, a table's
// caption, a table's header row). A table that goes on over a page break repeats its header row
// at the top of the new page.
namespace tandem::report {

// The block-format property (bool) of a block that must stand on the same page as what follows
// it: textDocument() sets it on headings, the rule under a heading, and table captions.
inline constexpr int kKeepWithNextProperty = QTextFormat::UserProperty + 1;

// A band of the laid-out document, [top, bottom) in the layout's pixels, painted `y` pixels from
// the top of the page's text area.
struct PageSlice {
    qreal top = 0;
    qreal bottom = 0;
    qreal y = 0;
};

// What one page shows: a table's repeated header row first when a table goes on from the page
// before, then the page's own band of the document.
struct PageContent {
    std::vector<PageSlice> slices;
};

// Lays `text` out as one long page of its current text width and breaks it into pages of at most
// `pageHeight` pixels, keeping rows whole and blocks with their next (see above). Only a single
// row or line taller than a whole page is cut, at the page's foot. The document keeps the
// unpaginated layout (text width as it was, no page height) afterwards.
std::vector<PageContent> paginate(QTextDocument& text, qreal pageHeight);

} // namespace tandem::report
