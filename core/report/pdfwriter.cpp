// Pages: QTextDocument::print() has no running headers and cuts table rows at page breaks, so each
// page is painted here: the page's bands of the document as paginate() chose them (drawContents()
// clipped to each), then the header and footer around them in the margins.

#include "writers.h"

#include "pagination.h"
#include "style.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace tandem::report {
namespace {

// Margins of the text, in millimetres: room above for two header lines and below for the footer.
constexpr qreal kTopMm = 25;
constexpr qreal kBottomMm = 22;
constexpr qreal kSideMm = 18;
// Where the header and footer lines sit, from the page's edge.
constexpr qreal kMarkingMm = 9;
constexpr qreal kSecondLineMm = 15;
constexpr qreal kRuleMm = 19;

// The text is laid out at 96 dpi whatever the device (the sizes of textDocument() are pixels of
// it) and painted scaled to the device's resolution; a fixed layout device makes pages break
// alike on every machine, whatever its screen.
constexpr int kLayoutDpi = 96;

// How far inside a band of the document its clip lies, in the layout's pixels (see paintPages()).
constexpr qreal kEdge = 0.05;

QFont headerFont(qreal points, bool bold)
{
    QFont f = style::bodyFont(points);
    f.setBold(bold);
    return f;
}

} // namespace

Result<int> paintPages(const Document& d, QTextDocument& text, QPagedPaintDevice& device)
{
    QImage layoutDevice(1, 1, QImage::Format_RGB32);
    const int dotsPerMetre = qRound(kLayoutDpi / 0.0254);
    layoutDevice.setDotsPerMeterX(dotsPerMetre);
    layoutDevice.setDotsPerMeterY(dotsPerMetre);
    text.documentLayout()->setPaintDevice(&layoutDevice);

    const qreal dpi = device.logicalDpiY();
    const qreal mm = dpi / 25.4;
    const QPageLayout pageLayout = device.pageLayout();
    const QRectF full = pageLayout.fullRectPixels(int(dpi));
    // The painter's origin is the device's printable area (a printer may keep a margin of its own).
    const QPointF origin = pageLayout.paintRectPixels(int(dpi)).topLeft();
    const qreal side = std::max(kSideMm * mm, std::max(origin.x(), full.width() - pageLayout.paintRectPixels(int(dpi)).right()));
    const QRectF body(full.left() + side - origin.x(), full.top() + kTopMm * mm - origin.y(), full.width() - 2 * side,
                      full.height() - (kTopMm + kBottomMm) * mm);
    const qreal scale = dpi / kLayoutDpi;
    const QSizeF page(body.width() / scale, body.height() / scale);
    fitTableColumns(text, page.width());
    text.setTextWidth(page.width());
    const std::vector<PageContent> contents = paginate(text, page.height());
    const int pages = int(contents.size());

    QPainter painter;
    if (!painter.begin(&device)) {
        text.documentLayout()->setPaintDevice(nullptr);
        return makeError(Report::tr("cannot paint the report's pages"));
    }
    const QString marking = d.marking.protectiveMarking;
    const QString left = d.title + QStringLiteral(" — ") + d.documentType;
    QStringList right;
    if (d.marking.copyNumber > 0)
        right << Report::tr("Copy %1").arg(d.locale.toString(d.marking.copyNumber));
    if (!d.marking.recipient.isEmpty())
        right << d.marking.recipientText();
    const Qt::LayoutDirection direction = d.locale.textDirection();
    painter.setLayoutDirection(direction);
    const int leading = direction == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft;
    const int trailing = direction == Qt::RightToLeft ? Qt::AlignLeft : Qt::AlignRight;

    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device.newPage();
        for (const PageSlice& slice : contents[size_t(i)].slices) {
            painter.save();
            painter.translate(body.topLeft());
            painter.scale(scale, scale);
            painter.translate(0, slice.y - slice.top);
            // A little wider than the text, so that the borders at a table's sides are not cut;
            // a hair shorter than the band, because the layout draws a line that only touches the
            // clip (the first line of the next page) and a PDF keeps clipped text: a reader would
            // find it, and copy it, on the page where it cannot be seen.
            text.drawContents(&painter, QRectF(-2, slice.top + kEdge, page.width() + 4, slice.bottom - slice.top - 2 * kEdge));
            painter.restore();
        }

        auto line = [&](qreal fromTop, qreal points, bool bold, int flags, const QString& s, const QColor& colour) {
            painter.setFont(headerFont(points, bold));
            painter.setPen(colour);
            const qreal height = points * 2 * dpi / 72;
            const qreal y = fromTop < 0 ? full.bottom() + fromTop * mm - origin.y() : full.top() + fromTop * mm - origin.y();
            painter.drawText(QRectF(body.left(), y - height / 2, body.width(), height), flags | Qt::AlignVCenter, s);
        };
        // Header: the marking, then what the document is and whose copy this is, then a rule.
        line(kMarkingMm, style::kMarkingPoints, true, Qt::AlignHCenter, marking, style::kText);
        line(kSecondLineMm, style::kSmallPoints, false, leading, left, style::kMuted);
        line(kSecondLineMm, style::kSmallPoints, false, trailing, right.join(QStringLiteral(" · ")), style::kMuted);
        painter.setPen(QPen(style::kBorder, 0.5 * mm / 2));
        const qreal ruleTop = full.top() + kRuleMm * mm - origin.y();
        painter.drawLine(QPointF(body.left(), ruleTop), QPointF(body.right(), ruleTop));
        // Footer: a rule, who issued it and the page number, and the marking again.
        const qreal ruleBottom = full.bottom() - (kBottomMm - 5) * mm - origin.y();
        painter.drawLine(QPointF(body.left(), ruleBottom), QPointF(body.right(), ruleBottom));
        line(-(kBottomMm - 9), style::kSmallPoints, false, leading, style::issuedLine(d), style::kMuted);
        line(-(kBottomMm - 9), style::kSmallPoints, true, trailing, style::pageText(d, i + 1, pages), style::kText);
        line(-kMarkingMm, style::kMarkingPoints, true, Qt::AlignHCenter, marking, style::kText);
    }
    painter.end();
    text.documentLayout()->setPaintDevice(nullptr);
    return pages;
}

Result<void> writePdf(const Document& d, QIODevice& out, PageSize pageSize)
{
    QPdfWriter writer(&out);
    writer.setResolution(300);
    writer.setCreator(QStringLiteral("Tandem"));
    writer.setTitle(d.title + QStringLiteral(" — ") + d.documentType);
    const QPageSize size(pageSize == PageSize::Letter ? QPageSize::Letter : QPageSize::A4);
    if (!writer.setPageLayout(QPageLayout(size, QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter)))
        return makeError(Report::tr("cannot set the page size"));
    std::unique_ptr<QTextDocument> text = textDocument(d);
    Result<int> pages = paintPages(d, *text, writer);
    if (!pages)
        return pages.error();
    return {};
}

} // namespace tandem::report
