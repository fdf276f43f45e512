// Document → QTextDocument: what the preview shows and what PDF and print paint, page by page.

#include "writers.h"

#include "columnfit.h"
#include "pagination.h"
#include "style.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QImage>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextImageFormat>
#include <QUrl>
#include <QTextTable>

#include <algorithm>
#include <vector>

namespace tandem::report {
namespace {

QTextCharFormat charFormat(qreal points, bool bold = false, const QColor& colour = style::kText)
{
    QTextCharFormat f;
    f.setFontPointSize(points);
    f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    f.setForeground(colour);
    return f;
}

QTextBlockFormat blockFormat(qreal top, qreal bottom, Qt::Alignment align = Qt::AlignLeading)
{
    QTextBlockFormat f;
    f.setTopMargin(top);
    f.setBottomMargin(bottom);
    f.setAlignment(align);
    return f;
}

// A block that the page breaks never part from what follows it (pagination.h).
QTextBlockFormat keptWithNext(QTextBlockFormat f)
{
    f.setProperty(kKeepWithNextProperty, true);
    return f;
}

void paragraph(QTextCursor& c, const QString& text, const QTextCharFormat& chars, const QTextBlockFormat& block)
{
    c.insertBlock(block, chars);
    c.insertText(text, chars);
}

QTextTableFormat tableFormat(const QList<int>& widths, int columns)
{
    QTextTableFormat f;
    f.setBorder(style::kBorderWidth);
    f.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    f.setBorderBrush(style::kBorder);
    f.setBorderCollapse(true);
    f.setCellSpacing(0);
    f.setCellPadding(style::kCellPadding);
    f.setTopMargin(2);
    f.setBottomMargin(8);
    f.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QList<QTextLength> constraints;
    int total = 0;
    for (int i = 0; i < columns; ++i)
        total += widths.value(i, 1);
    for (int i = 0; i < columns; ++i)
        constraints << QTextLength(QTextLength::PercentageLength, 100.0 * widths.value(i, 1) / std::max(total, 1));
    f.setColumnWidthConstraints(constraints);
    return f;
}

void cellText(QTextTable* table, int row, int column, const QString& text, const QTextCharFormat& chars,
              Qt::Alignment align, const QColor& background = QColor())
{
    QTextTableCell cell = table->cellAt(row, column);
    QTextCursor c = cell.firstCursorPosition();
    c.setBlockFormat(blockFormat(0, 0, align));
    c.setBlockCharFormat(chars);
    c.insertText(text, chars);
    // The shade last: a cell keeps its format where its first block keeps its character format,
    // so setting that one after the shade would drop the shade (the header rows and labels were
    // printed white).
    if (background.isValid()) {
        QTextCharFormat shade = cell.format();
        shade.setBackground(background);
        cell.setFormat(shade);
    }
}

void fieldTable(QTextCursor& c, const std::vector<Field>& fields, int pairsPerRow)
{
    if (fields.empty())
        return;
    const int rows = int((fields.size() + size_t(pairsPerRow) - 1) / size_t(pairsPerRow));
    QList<int> widths = pairsPerRow == 2 ? QList<int>{15, 35, 15, 35} : QList<int>{24, 76};
    QTextTable* table = c.insertTable(rows, pairsPerRow * 2, tableFormat(widths, pairsPerRow * 2));
    for (size_t i = 0; i < fields.size(); ++i) {
        const int row = int(i) / pairsPerRow;
        const int col = (int(i) % pairsPerRow) * 2;
        cellText(table, row, col, fields[i].label, charFormat(style::kTablePoints, true, style::kLabel),
                 Qt::AlignLeading, style::kLabelShade);
        cellText(table, row, col + 1, fields[i].value, charFormat(style::kBodyPoints), Qt::AlignLeading);
    }
    // An odd last field spans the empty pair beside it.
    if (fields.size() % size_t(pairsPerRow) != 0)
        table->mergeCells(rows - 1, 1, 1, pairsPerRow * 2 - 1);
    c.movePosition(QTextCursor::End);
}

void dataTable(QTextCursor& c, const Table& t)
{
    if (t.rows.empty()) {
        QTextCharFormat f = charFormat(style::kBodyPoints, false, style::kMuted);
        f.setFontItalic(true);
        paragraph(c, t.emptyText, f, blockFormat(2, 8));
        return;
    }
    const int columns = int(t.columns.size());
    QTextTableFormat format = tableFormat(t.widths, columns);
    format.setHeaderRowCount(1);
    QTextTable* table = c.insertTable(int(t.rows.size()) + 1, columns, format);
    for (int col = 0; col < columns; ++col) {
        const Qt::Alignment align = t.numericColumns.contains(col) ? Qt::AlignTrailing : Qt::AlignLeading;
        cellText(table, 0, col, t.columns[col], charFormat(style::kTablePoints, true, style::kLabel), align,
                 style::kHeaderShade);
        for (size_t row = 0; row < t.rows.size(); ++row)
            cellText(table, int(row) + 1, col, t.rows[row].value(col), charFormat(style::kTablePoints), align,
                     row % 2 == 1 ? style::kStripe : QColor());
    }
    c.movePosition(QTextCursor::End);
}

void heading(QTextCursor& c, const Section& s)
{
    if (s.level <= 1) {
        QTextBlockFormat f = blockFormat(14, 4);
        f.setHeadingLevel(2);
        f.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
        paragraph(c, s.title, charFormat(style::kHeadingPoints, true, style::kAccent), keptWithNext(f));
        // A rule under the heading, as a briefing document has.
        QTextBlockFormat rule;
        rule.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth, QTextLength(QTextLength::PercentageLength, 100));
        rule.setBottomMargin(4);
        c.insertBlock(keptWithNext(rule));
    } else {
        QTextBlockFormat f = blockFormat(10, 3);
        f.setHeadingLevel(3);
        paragraph(c, s.title, charFormat(style::kSubheadingPoints, true, style::kAccent), keptWithNext(f));
    }
}

// The widest word of a cell, in the layout's pixels. A number's cell below the header (aligned to
// the trailing side) is one word.
qreal widestWordOfCell(const QTextTableCell& cell, const QFont& defaultFont, QPaintDevice* device)
{
    qreal widest = 0;
    for (QTextFrame::iterator it = cell.begin(); !it.atEnd(); ++it) {
        const QTextBlock block = it.currentBlock();
        const bool number = cell.row() > 0 && (block.blockFormat().alignment() & (Qt::AlignTrailing | Qt::AlignRight));
        for (QTextBlock::iterator f = block.begin(); !f.atEnd(); ++f) {
            const QTextFragment fragment = f.fragment();
            const QFontMetricsF metrics(fragment.charFormat().font().resolve(defaultFont), device);
            widest = std::max(widest, widestWord(fragment.text(), metrics, number));
        }
    }
    return widest;
}

} // namespace

void fitTableColumns(QTextDocument& text, qreal width)
{
    QPaintDevice* device = text.documentLayout()->paintDevice();
    const QList<QTextFrame*> frames = text.rootFrame()->childFrames();
    for (QTextFrame* frame : frames) {
        auto* table = qobject_cast<QTextTable*>(frame);
        if (!table)
            continue;
        QTextTableFormat format = table->format();
        const QList<QTextLength> constraints = format.columnWidthConstraints();
        const int columns = table->columns();
        if (constraints.size() != columns || columns < 2)
            continue;
        // The width the columns share: the page less the table's margins and its borders.
        const qreal available = width - format.leftMargin() - format.rightMargin() - (columns + 1) * format.border();
        // A cell's least width: its widest word, its padding and borders on both sides, and a few
        // pixels for Qt's rounding of percentages.
        const qreal cellExtra = 2 * format.cellPadding() + 2 * format.border() + 4;
        std::vector<qreal> least(size_t(columns), cellExtra);
        for (int row = 0; row < table->rows(); ++row) {
            for (int column = 0; column < columns; ++column) {
                const QTextTableCell cell = table->cellAt(row, column);
                if (cell.row() != row || cell.column() != column || cell.columnSpan() > 1)
                    continue;
                const qreal needed = widestWordOfCell(cell, text.defaultFont(), device) + cellExtra;
                least[size_t(column)] = std::min(std::max(least[size_t(column)], needed), kMostForOneWord * available);
            }
        }
        std::vector<qreal> share;
        for (const QTextLength& length : constraints)
            share.push_back(length.type() == QTextLength::PercentageLength ? length.rawValue() / 100.0 * available
                                                                              : available / columns);
        const std::vector<qreal> widths = fitColumns(share, least, available);
        QList<QTextLength> fitted;
        for (const qreal w : widths)
            fitted << QTextLength(QTextLength::PercentageLength, 100.0 * w / available);
        format.setColumnWidthConstraints(fitted);
        table->setFormat(format);
    }
}

std::unique_ptr<QTextDocument> textDocument(const Document& d)
{
    auto text = std::make_unique<QTextDocument>();
    text->setDocumentMargin(0);
    text->setDefaultFont(style::bodyFont());
    QTextOption option = text->defaultTextOption();
    option.setTextDirection(d.locale.textDirection());
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    text->setDefaultTextOption(option);
    text->setMetaInformation(QTextDocument::DocumentTitle, d.title + QStringLiteral(" — ") + d.documentType);

    QTextCursor c(text.get());
    c.setBlockFormat(blockFormat(0, 2));
    QTextCharFormat kind = charFormat(style::kKindPoints, true, style::kAccent);
    kind.setFontLetterSpacingType(QFont::AbsoluteSpacing);
    kind.setFontLetterSpacing(1.5);
    c.insertText(d.documentType.toUpper(), kind);
    paragraph(c, d.title, charFormat(style::kTitlePoints, true), blockFormat(0, 2));
    paragraph(c, style::issuedLine(d), charFormat(style::kSmallPoints, false, style::kMuted), blockFormat(0, 8));

    std::vector<Field> head = d.titleBlock;
    head.push_back({Report::tr("Protective marking"), d.marking.protectiveMarking});
    if (d.marking.copyNumber > 0)
        head.push_back({Report::tr("Copy"), d.locale.toString(d.marking.copyNumber)});
    if (!d.marking.recipient.isEmpty())
        head.push_back({d.marking.agencyCopy ? Report::tr("Copy for") : Report::tr("Recipient"), d.marking.recipient});
    fieldTable(c, head, 2);
    if (d.identitiesIncluded)
        paragraph(c, style::identitiesWarning(d), charFormat(style::kBodyPoints, true, style::kWarning), blockFormat(4, 4));

    int images = 0;
    for (const Section& s : d.sections) {
        heading(c, s);
        // A caption only tells tables apart; a section's only table is named by its heading.
        const auto tables = std::count_if(s.blocks.begin(), s.blocks.end(),
                                          [](const Block& b) { return b.type == Block::Type::Table; });
        for (size_t i = 0; i < s.blocks.size(); ++i) {
            const Block& b = s.blocks[i];
            switch (b.type) {
            case Block::Type::Paragraph: {
                // A paragraph that introduces a table ("Police · Contact: …", "Survivors are named
                // by their codes only.") stays on the table's page.
                const bool introduces = i + 1 < s.blocks.size() && s.blocks[i + 1].type != Block::Type::Paragraph;
                const QTextBlockFormat f = blockFormat(2, 6);
                paragraph(c, b.text, charFormat(style::kBodyPoints), introduces ? keptWithNext(f) : f);
                break;
            }
            case Block::Type::Fields:
                c.insertBlock(keptWithNext(blockFormat(0, 0)));
                fieldTable(c, b.fields, 1);
                break;
            case Block::Type::Table:
                // The caption (or the empty block a table follows) stays with the table's first rows.
                if (tables > 1 && !b.table.title.isEmpty())
                    paragraph(c, b.table.title, charFormat(style::kTablePoints, true, style::kMuted),
                              keptWithNext(blockFormat(4, 2)));
                else
                    c.insertBlock(keptWithNext(blockFormat(0, 0)));
                dataTable(c, b.table);
                break;
            case Block::Type::Image: {
                // Scaled to the text's width (the PDF writer lays the text out at kLayoutDpi on
                // the page's body) and at most 60% of a page's height, so that it fits one page.
                const QString name = QStringLiteral("tandem-image:%1").arg(++images);
                text->addResource(QTextDocument::ImageResource, QUrl(name), *b.image);
                QSizeF size = b.image->size();
                size.scale(QSizeF(style::kImageWidth, style::kImageHeight), Qt::KeepAspectRatio);
                QTextImageFormat f;
                f.setName(name);
                f.setWidth(size.width());
                f.setHeight(size.height());
                c.insertBlock(keptWithNext(blockFormat(6, 2)));
                c.insertImage(f);
                paragraph(c, b.text, charFormat(style::kSmallPoints, false, style::kMuted), blockFormat(2, 8));
                break;
            }
            }
        }
    }
    paragraph(c, Report::tr("End of document."), charFormat(style::kSmallPoints, false, style::kMuted),
              blockFormat(12, 0, Qt::AlignHCenter));
    return text;
}

} // namespace tandem::report
