#include "pagination.h"

#include <QAbstractTextDocumentLayout>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <limits>

namespace tandem::report {
namespace {

// Rounding of the layout's fixed-point lengths: a row that overflows by less still fits.
constexpr qreal kSlack = 0.01;

// What may not be cut: a line of a paragraph, a table row, a frame of another kind. `header` is
// the index of the header rows repeated above it when a page begins with it (a table's body row).
struct Unit {
    qreal top = 0;
    qreal bottom = 0;
    bool keepWithNext = false;
    int header = -1;
};

struct Band {
    qreal top = 0;
    qreal bottom = 0;
    qreal height() const { return bottom - top; }
};

void addBlock(QAbstractTextDocumentLayout& layout, const QTextBlock& block, std::vector<Unit>& units)
{
    const QRectF rect = layout.blockBoundingRect(block);
    const bool keep = block.blockFormat().property(kKeepWithNextProperty).toBool();
    const QTextLayout* lines = block.layout();
    if (!lines || lines->lineCount() == 0) {
        if (rect.height() > 0)
            units.push_back({rect.top(), rect.bottom(), keep, -1});
        return;
    }
    // Line positions are relative to the block's layout; its bounding rectangle is where the
    // document placed it.
    const qreal origin = rect.top() - lines->boundingRect().top();
    for (int i = 0; i < lines->lineCount(); ++i) {
        const QTextLine line = lines->lineAt(i);
        units.push_back({origin + line.y(), origin + line.y() + line.height(), keep, -1});
    }
}

// A table's rows as units. A row begins where its cells' text begins less the cell padding and
// the border above it, and ends where the next row begins (the last one at the table's foot).
void addTable(QAbstractTextDocumentLayout& layout, QTextTable& table, std::vector<Unit>& units,
              std::vector<Band>& headers)
{
    const QTextTableFormat format = table.format();
    const QRectF frame = layout.frameBoundingRect(&table);
    const int rows = table.rows();
    if (rows == 0)
        return;
    std::vector<qreal> starts(size_t(rows) + 1);
    starts[0] = frame.top() + format.topMargin();
    starts[size_t(rows)] = std::max(starts[0], frame.bottom() - format.bottomMargin());
    const qreal above = format.cellPadding() + format.border();
    for (int r = 1; r < rows; ++r) {
        qreal text = std::numeric_limits<qreal>::max();
        for (int c = 0; c < table.columns(); ++c) {
            const QTextTableCell cell = table.cellAt(r, c);
            if (cell.row() != r || cell.column() != c)
                continue; // covered by a cell spanning from above or from the side
            text = std::min(text, layout.blockBoundingRect(cell.firstCursorPosition().block()).top());
        }
        starts[size_t(r)] = text == std::numeric_limits<qreal>::max()
                                ? starts[size_t(r) - 1]
                                : std::clamp(text - above, starts[size_t(r) - 1], starts[size_t(rows)]);
    }
    const int headerRows = std::min(format.headerRowCount(), rows - 1);
    int header = -1;
    if (headerRows > 0) {
        headers.push_back({starts[0], starts[size_t(headerRows)]});
        header = int(headers.size()) - 1;
    }
    for (int r = 0; r < rows; ++r)
        units.push_back({starts[size_t(r)], starts[size_t(r) + 1], r < headerRows, r < headerRows ? -1 : header});
}

} // namespace

std::vector<PageContent> paginate(QTextDocument& text, qreal pageHeight)
{
    // One long page: every row and line where it lies, without Qt's own breaks.
    text.setTextWidth(text.pageSize().width());
    QAbstractTextDocumentLayout& layout = *text.documentLayout();
    const qreal end = layout.documentSize().height();

    std::vector<Unit> units;
    std::vector<Band> headers;
    for (QTextFrame::iterator it = text.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (QTextFrame* frame = it.currentFrame()) {
            if (auto* table = qobject_cast<QTextTable*>(frame)) {
                addTable(layout, *table, units, headers);
            } else {
                const QRectF rect = layout.frameBoundingRect(frame);
                units.push_back({rect.top(), rect.bottom(), false, -1});
            }
        } else {
            addBlock(layout, it.currentBlock(), units);
        }
    }
    // A header row repeats only when it leaves most of the page for the rows under it.
    for (Band& h : headers)
        if (h.height() > pageHeight / 3)
            h = Band{};

    std::vector<PageContent> pages;
    qreal start = 0;              // where the page's own band of the document begins
    const Band* repeated = nullptr; // the header row shown above it
    size_t first = 0;             // the first unit that begins on this page
    auto room = [&] { return pageHeight - (repeated ? repeated->height() : 0); };
    auto closePage = [&](qreal at) {
        PageContent page;
        qreal y = 0;
        if (repeated) {
            page.slices.push_back({repeated->top, repeated->bottom, 0});
            y = repeated->height();
        }
        page.slices.push_back({start, at, y});
        pages.push_back(std::move(page));
    };
    for (size_t k = 0; k < units.size();) {
        const Unit& u = units[k];
        if (u.bottom - start <= room() + kSlack) {
            ++k;
            continue;
        }
        // The page ends before the chain of units that keep with `u`, unless the chain began
        // the page: then before `u` itself, and when `u` alone is taller than a page, inside it.
        size_t b = k;
        while (b > first && units[b - 1].keepWithNext)
            --b;
        if (b == first)
            b = k;
        const qreal at = b == first ? start + room() : std::max(units[b].top, start);
        closePage(at);
        start = at;
        const int h = units[b].header;
        repeated = h >= 0 && headers[size_t(h)].height() > 0 ? &headers[size_t(h)] : nullptr;
        first = b;
        k = b;
    }
    closePage(std::max(end, start));
    return pages;
}

} // namespace tandem::report
