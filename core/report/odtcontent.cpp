// content.xml of the ODT: the title block, headings with outline levels (a word processor's
// navigator lists them), and tables with borders, shaded header rows repeated on each page, and
// column widths in proportion.

#include "columnfit.h"
#include "odtxml.h"
#include "style.h"

#include <QFontMetricsF>
#include <QImage>

#include <algorithm>
#include <vector>

namespace tandem::report::odt {
namespace {

// Lengths of text in one of the report's fonts, in millimetres (measured at 72 dpi: a pixel is a
// point).
class Measure {
public:
    Measure(qreal points, bool bold) : m_metrics(font(points, bold), device()) {}

    // The widest word of `text` (all of it when `whole`).
    qreal widestWord(const QString& text, bool whole = false) const
    {
        return report::widestWord(text, m_metrics, whole) * 25.4 / 72;
    }

private:
    static QFont font(qreal points, bool bold)
    {
        QFont f = style::bodyFont(points);
        f.setBold(bold);
        return f;
    }

    static QPaintDevice* device()
    {
        static QImage image = [] {
            QImage i(1, 1, QImage::Format_RGB32);
            const int dotsPerMetre = qRound(72 / 0.0254);
            i.setDotsPerMeterX(dotsPerMetre);
            i.setDotsPerMeterY(dotsPerMetre);
            return i;
        }();
        return &image;
    }

    QFontMetricsF m_metrics;
};

// A cell's padding (1.1 mm each side, as cellStyle() writes) and borders (0.75 pt), and a little
// for the word processor's rounding.
constexpr qreal kCellExtraMm = 2 * 1.1 + 2 * 0.265 + 1;

class Content {
public:
    explicit Content(qreal textWidth) : m_width(textWidth), m_styles(&m_styleBytes, false), m_body(&m_bodyBytes, false)
    {
        cellStyle("Cell", QColor());
        cellStyle("CellHead", style::kHeaderShade);
        cellStyle("CellLabel", style::kLabelShade);
        cellStyle("CellStripe", style::kStripe);
        // A row is never cut at a page break: a word processor moves it whole to the next page.
        m_styles.start("style:style");
        m_styles.attr("style:name", QStringLiteral("Row"));
        m_styles.attr("style:family", QStringLiteral("table-row"));
        m_styles.empty("style:table-row-properties", {{"fo:keep-together", QStringLiteral("always")}});
        m_styles.end();
    }

    Xml& body() { return m_body; }
    qreal width() const { return m_width; }

    // A table's style and its columns' (widths in proportion to `weights`, each at least as wide as
    // `least` says, in millimetres); returns its name.
    QString tableStyles(const QList<int>& weights, const std::vector<qreal>& least, int columns)
    {
        const QString name = QStringLiteral("Table%1").arg(++m_tables);
        m_styles.start("style:style");
        m_styles.attr("style:name", name);
        m_styles.attr("style:family", QStringLiteral("table"));
        m_styles.empty("style:table-properties", {{"style:width", mm(m_width)},
                                                  {"table:align", QStringLiteral("margins")},
                                                  {"fo:margin-top", pt(2)},
                                                  {"fo:margin-bottom", pt(8)}});
        m_styles.end();
        int total = 0;
        for (int i = 0; i < columns; ++i)
            total += weights.value(i, 1);
        std::vector<qreal> share;
        for (int i = 0; i < columns; ++i)
            share.push_back(m_width * weights.value(i, 1) / std::max(total, 1));
        std::vector<qreal> atLeast;
        for (int i = 0; i < columns; ++i)
            atLeast.push_back(std::min(least.at(size_t(i)), kMostForOneWord * m_width));
        const std::vector<qreal> widths = fitColumns(share, atLeast, m_width);
        for (int i = 0; i < columns; ++i) {
            m_styles.start("style:style");
            m_styles.attr("style:name", QStringLiteral("%1.C%2").arg(name).arg(i + 1));
            m_styles.attr("style:family", QStringLiteral("table-column"));
            m_styles.empty("style:table-column-properties",
                           {{"style:column-width", mm(widths[size_t(i)])},
                            {"style:rel-column-width", QStringLiteral("%1*").arg(qRound(widths[size_t(i)] * 100))}});
            m_styles.end();
        }
        return name;
    }

    void startTable(const QList<int>& weights, const std::vector<qreal>& least, int columns)
    {
        const QString name = tableStyles(weights, least, columns);
        m_body.start("table:table");
        m_body.attr("table:name", name);
        m_body.attr("table:style-name", name);
        for (int i = 0; i < columns; ++i)
            m_body.empty("table:table-column", {{"table:style-name", QStringLiteral("%1.C%2").arg(name).arg(i + 1)}});
    }

    void row()
    {
        m_body.start("table:table-row");
        m_body.attr("table:style-name", QStringLiteral("Row"));
    }

    void cell(const QString& cellStyle, const QString& paragraphStyle, const QString& text, int span = 1,
              const QString& link = {})
    {
        m_body.start("table:table-cell");
        m_body.attr("table:style-name", cellStyle);
        m_body.attr("office:value-type", QStringLiteral("string"));
        if (span > 1)
            m_body.attr("table:number-columns-spanned", QString::number(span));
        if (link.isEmpty())
            m_body.paragraph(paragraphStyle, text);
        else
            m_body.link(paragraphStyle, text, link);
        m_body.end();
        for (int i = 1; i < span; ++i)
            m_body.empty("table:covered-table-cell");
    }

    QByteArray finish()
    {
        m_styles.finish();
        m_body.finish();
        QByteArray out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content";
        out += Xml::namespaceAttributes();
        out += " office:version=\"1.2\"><office:automatic-styles>";
        out += m_styleBytes;
        out += "</office:automatic-styles><office:body><office:text>";
        out += m_bodyBytes;
        out += "</office:text></office:body></office:document-content>\n";
        return out;
    }

private:
    void cellStyle(const char* name, const QColor& background)
    {
        m_styles.start("style:style");
        m_styles.attr("style:name", QLatin1String(name));
        m_styles.attr("style:family", QStringLiteral("table-cell"));
        m_styles.empty("style:table-cell-properties",
                       {{"fo:border", QStringLiteral("0.75pt solid ") + style::kBorder.name()},
                        {"fo:padding", mm(1.1)},
                        {"fo:background-color", background.isValid() ? background.name() : QStringLiteral("transparent")}});
        m_styles.end();
    }

    qreal m_width;
    int m_tables = 0;
    QByteArray m_styleBytes;
    QByteArray m_bodyBytes;
    Xml m_styles;
    Xml m_body;
};

void fieldTable(Content& c, const std::vector<Field>& fields, int pairsPerRow)
{
    if (fields.empty())
        return;
    const QList<int> widths = pairsPerRow == 2 ? QList<int>{15, 35, 15, 35} : QList<int>{24, 76};
    const Measure label(style::kTablePoints, true);
    const Measure value(style::kBodyPoints, false);
    std::vector<qreal> least(size_t(pairsPerRow * 2), kCellExtraMm);
    for (size_t i = 0; i < fields.size(); ++i) {
        const size_t column = (i % size_t(pairsPerRow)) * 2;
        least[column] = std::max(least[column], label.widestWord(fields[i].label) + kCellExtraMm);
        least[column + 1] = std::max(least[column + 1], value.widestWord(fields[i].value) + kCellExtraMm);
    }
    c.startTable(widths, least, pairsPerRow * 2);
    Xml& x = c.body();
    for (size_t i = 0; i < fields.size(); i += size_t(pairsPerRow)) {
        c.row();
        for (size_t k = i; k < std::min(fields.size(), i + size_t(pairsPerRow)); ++k) {
            const bool last = k + 1 == fields.size();
            c.cell(QStringLiteral("CellLabel"), QStringLiteral("TableHeading"), fields[k].label);
            c.cell(QStringLiteral("Cell"), QStringLiteral("FieldValue"), fields[k].value,
                   last ? pairsPerRow * 2 - 1 - int(k - i) * 2 : 1, fields[k].link);
        }
        x.end();
    }
    x.end();
}

void dataTable(Content& c, const Table& t, bool caption)
{
    Xml& x = c.body();
    if (t.rows.empty()) {
        x.paragraph(QStringLiteral("Empty"), t.emptyText);
        return;
    }
    if (caption && !t.title.isEmpty())
        x.paragraph(QStringLiteral("Caption"), t.title);
    const int columns = int(t.columns.size());
    const Measure heading(style::kTablePoints, true);
    const Measure text(style::kTablePoints, false);
    std::vector<qreal> least(size_t(columns), kCellExtraMm);
    for (int col = 0; col < columns; ++col) {
        const bool number = t.numericColumns.contains(col);
        qreal widest = heading.widestWord(t.columns[col]);
        for (const QStringList& row : t.rows)
            widest = std::max(widest, text.widestWord(row.value(col), number));
        least[size_t(col)] += widest;
    }
    c.startTable(t.widths, least, columns);
    x.start("table:table-header-rows");
    c.row();
    for (int col = 0; col < columns; ++col)
        c.cell(QStringLiteral("CellHead"),
               t.numericColumns.contains(col) ? QStringLiteral("TableHeadingNum") : QStringLiteral("TableHeading"),
               t.columns[col]);
    x.end();
    x.end();
    for (size_t row = 0; row < t.rows.size(); ++row) {
        c.row();
        for (int col = 0; col < columns; ++col)
            c.cell(row % 2 == 1 ? QStringLiteral("CellStripe") : QStringLiteral("Cell"),
                   t.numericColumns.contains(col) ? QStringLiteral("TableTextNum") : QStringLiteral("TableText"),
                   t.rows[row].value(col));
        x.end();
    }
    x.end();
}

} // namespace

QByteArray contentXml(const Document& d, qreal textWidth)
{
    Content c(textWidth);
    Xml& x = c.body();
    x.paragraph(QStringLiteral("DocType"), d.documentType.toUpper());
    x.paragraph(QStringLiteral("Title"), d.title);
    x.paragraph(QStringLiteral("Issued"), style::issuedLine(d));
    std::vector<Field> head = d.titleBlock;
    head.push_back({Report::tr("Protective marking"), d.marking.protectiveMarking});
    if (d.marking.copyNumber > 0)
        head.push_back({Report::tr("Copy"), d.locale.toString(d.marking.copyNumber)});
    if (!d.marking.recipient.isEmpty())
        head.push_back({d.marking.agencyCopy ? Report::tr("Copy for") : Report::tr("Recipient"), d.marking.recipient});
    fieldTable(c, head, 2);
    if (d.identitiesIncluded)
        x.paragraph(QStringLiteral("Warning"), style::identitiesWarning(d));

    int pictures = 0;
    for (const Section& s : d.sections) {
        const int level = s.level <= 1 ? 2 : 3;
        x.start("text:h");
        x.attr("text:style-name", level == 2 ? QStringLiteral("Heading_20_2") : QStringLiteral("Heading_20_3"));
        x.attr("text:outline-level", QString::number(level));
        x.text(s.title);
        x.end();
        const auto tables = std::count_if(s.blocks.begin(), s.blocks.end(),
                                          [](const Block& b) { return b.type == Block::Type::Table; });
        for (const Block& b : s.blocks) {
            switch (b.type) {
            case Block::Type::Paragraph:
                x.paragraph(QStringLiteral("Body"), b.text);
                break;
            case Block::Type::Fields:
                fieldTable(c, b.fields, 1);
                break;
            case Block::Type::Table:
                dataTable(c, b.table, tables > 1);
                break;
            case Block::Type::Image: {
                // A frame in a paragraph of its own, as large as the body allows; the picture is
                // a file of the package (odtwriter.cpp, pictureName()).
                QSizeF size = b.image->size();
                size.scale(QSizeF(std::min(style::kImageWidthMm, c.width()), style::kImageHeightMm), Qt::KeepAspectRatio);
                ++pictures;
                x.start("text:p");
                x.attr("text:style-name", QStringLiteral("Body"));
                x.start("draw:frame");
                x.attr("draw:name", QStringLiteral("Picture%1").arg(pictures));
                x.attr("text:anchor-type", QStringLiteral("as-char"));
                x.attr("svg:width", mm(size.width()));
                x.attr("svg:height", mm(size.height()));
                x.empty("draw:image", {{"xlink:href", pictureName(pictures)},
                                       {"xlink:type", QStringLiteral("simple")},
                                       {"xlink:show", QStringLiteral("embed")},
                                       {"xlink:actuate", QStringLiteral("onLoad")}});
                x.end();
                x.end();
                x.paragraph(QStringLiteral("Body"), b.text);
                break;
            }
            }
        }
    }
    x.paragraph(QStringLiteral("End"), Report::tr("End of document."));
    return c.finish();
}

} // namespace tandem::report::odt
