// HTML: one file that opens anywhere and prints well. The styles sit in <head>; there is no
// script, no image and no link to anything outside the file but a target's geo: URI (which opens
// the place in a map application, and fetches nothing). The markup is well-formed XML (void
// elements closed, entities limited to XML's) so that any tool can read it back.

#include "style.h"
#include "writers.h"

#include <QBuffer>
#include <QIODevice>
#include <QImage>

namespace tandem::report {
namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

// Line breaks in a value (a plan written over several lines) stay line breaks.
QString multiline(const QString& text)
{
    return esc(text).replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

QString hex(const QColor& c)
{
    return c.name(QColor::HexRgb);
}

QString css()
{
    return QStringLiteral(
               "body{font-family:'Noto Sans','DejaVu Sans',Arial,sans-serif;font-size:10pt;color:%1;"
               "max-width:60em;margin:1.5em auto;padding:0 1.5em;line-height:1.35}"
               ".marking{text-align:center;font-weight:bold;font-size:11pt;letter-spacing:.05em;padding:.3em 0}"
               ".marking.top{border-bottom:1px solid %4;margin-bottom:1em}"
               ".marking.bottom{border-top:1px solid %4;margin-top:2em}"
               ".marking .copy{display:block;font-weight:normal;font-size:8.5pt;color:%2;letter-spacing:0}"
               ".doctype{font-size:9pt;font-weight:bold;letter-spacing:.12em;text-transform:uppercase;color:%3;margin:0}"
               "h1{font-size:18pt;margin:.1em 0}"
               "figure{margin:.6em 0}figure img{max-width:100%;height:auto;border:1px solid #ccc}"
               "figcaption{font-size:8.5pt;color:#555}"
               ".issued{font-size:8.5pt;color:%2;margin:0 0 .8em}"
               "h2{font-size:12.5pt;color:%3;border-bottom:1px solid %3;padding-bottom:.15em;margin:1.4em 0 .4em}"
               "h3{font-size:10.5pt;color:%3;margin:1em 0 .3em}"
               "table{border-collapse:collapse;width:100%;margin:.2em 0 .8em;font-size:9pt}"
               "th,td{border:1px solid %4;padding:.25em .4em;text-align:start;vertical-align:top}"
               "thead th{background:%5}"
               "tbody tr:nth-child(even) td{background:%8}"
               "table.fields th{background:%6;width:24%;font-weight:bold}"
               "table.head th{width:15%}table.head td{width:35%}"
               "caption{text-align:start;font-weight:bold;color:%2;padding:.2em 0}"
               "td.num,th.num{text-align:end}"
               ".empty{font-style:italic;color:%2}"
               ".warning{color:%7;font-weight:bold;border:1px solid %7;padding:.4em .6em}"
               ".end{text-align:center;color:%2;font-size:8.5pt;margin-top:2em}"
               "@media print{body{max-width:none;margin:0;padding:0}"
               ".marking.top{position:fixed;top:0;left:0;right:0;background:#fff}"
               ".marking.bottom{position:fixed;bottom:0;left:0;right:0;background:#fff}"
               "main{margin:4em 0}h2,h3{break-after:avoid}tr{break-inside:avoid}}")
        .arg(hex(style::kText), hex(style::kMuted), hex(style::kAccent), hex(style::kBorder), hex(style::kHeaderShade),
             hex(style::kLabelShade), hex(style::kWarning), hex(style::kStripe));
}

QString markingBlock(const Document& d, const char* where)
{
    QString copy;
    QStringList parts;
    if (d.marking.copyNumber > 0)
        parts << Report::tr("Copy %1").arg(d.locale.toString(d.marking.copyNumber));
    if (!d.marking.recipient.isEmpty())
        parts << d.marking.recipientText();
    if (!parts.isEmpty())
        copy = QStringLiteral("<span class=\"copy\">%1</span>").arg(esc(parts.join(QStringLiteral(" · "))));
    return QStringLiteral("<div class=\"marking %1\">%2%3</div>\n")
        .arg(QLatin1String(where), esc(d.marking.protectiveMarking), copy);
}

QString fieldTable(const std::vector<Field>& fields, const QString& cssClass, int pairsPerRow)
{
    QString h = QStringLiteral("<table class=\"%1\"><tbody>\n").arg(cssClass);
    for (size_t i = 0; i < fields.size(); i += size_t(pairsPerRow)) {
        h += QStringLiteral("<tr>");
        for (size_t k = i; k < std::min(fields.size(), i + size_t(pairsPerRow)); ++k) {
            const bool last = k + 1 == fields.size() && (k - i) + 1 < size_t(pairsPerRow);
            const QString value = fields[k].link.isEmpty()
                                      ? multiline(fields[k].value)
                                      : QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(fields[k].link), multiline(fields[k].value));
            h += QStringLiteral("<th scope=\"row\">%1</th><td%3>%2</td>")
                     .arg(esc(fields[k].label), value,
                          last ? QStringLiteral(" colspan=\"%1\"").arg(2 * pairsPerRow - 1) : QString());
        }
        h += QStringLiteral("</tr>\n");
    }
    return h + QStringLiteral("</tbody></table>\n");
}

QString dataTable(const Table& t, bool caption)
{
    if (t.rows.empty())
        return QStringLiteral("<p class=\"empty\">%1</p>\n").arg(esc(t.emptyText));
    QString h = QStringLiteral("<table>");
    if (caption && !t.title.isEmpty())
        h += QStringLiteral("<caption>%1</caption>").arg(esc(t.title));
    h += QStringLiteral("\n<thead><tr>");
    for (int col = 0; col < t.columns.size(); ++col)
        h += QStringLiteral("<th scope=\"col\"%1>%2</th>")
                 .arg(t.numericColumns.contains(col) ? QStringLiteral(" class=\"num\"") : QString(), esc(t.columns[col]));
    h += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const QStringList& row : t.rows) {
        h += QStringLiteral("<tr>");
        for (int col = 0; col < t.columns.size(); ++col)
            h += QStringLiteral("<td%1>%2</td>")
                     .arg(t.numericColumns.contains(col) ? QStringLiteral(" class=\"num\"") : QString(),
                          multiline(row.value(col)));
        h += QStringLiteral("</tr>\n");
    }
    return h + QStringLiteral("</tbody></table>\n");
}

} // namespace

Result<void> writeHtml(const Document& d, QIODevice& out)
{
    QString h = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\" dir=\"%2\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                    .arg(d.locale.bcp47Name(),
                         d.locale.textDirection() == Qt::RightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr"));
    h += QStringLiteral("<meta name=\"generator\" content=\"Tandem\"/>\n<title>%1</title>\n<style>%2</style>\n</head>\n<body>\n")
             .arg(esc(d.marking.protectiveMarking + QStringLiteral(" — ") + d.title + QStringLiteral(" — ") + d.documentType),
                  css());
    h += markingBlock(d, "top");
    h += QStringLiteral("<main>\n<header>\n<p class=\"doctype\">%1</p>\n<h1>%2</h1>\n<p class=\"issued\">%3</p>\n")
             .arg(esc(d.documentType), esc(d.title), esc(style::issuedLine(d)));
    std::vector<Field> head = d.titleBlock;
    head.push_back({Report::tr("Protective marking"), d.marking.protectiveMarking});
    if (d.marking.copyNumber > 0)
        head.push_back({Report::tr("Copy"), d.locale.toString(d.marking.copyNumber)});
    if (!d.marking.recipient.isEmpty())
        head.push_back({d.marking.agencyCopy ? Report::tr("Copy for") : Report::tr("Recipient"), d.marking.recipient});
    h += fieldTable(head, QStringLiteral("fields head"), 2);
    if (d.identitiesIncluded)
        h += QStringLiteral("<p class=\"warning\">%1</p>\n").arg(esc(style::identitiesWarning(d)));
    h += QStringLiteral("</header>\n");

    bool open = false;
    for (const Section& s : d.sections) {
        if (s.level <= 1) {
            if (open)
                h += QStringLiteral("</section>\n");
            h += QStringLiteral("<section>\n<h2>%1</h2>\n").arg(esc(s.title));
            open = true;
        } else {
            h += QStringLiteral("<h3>%1</h3>\n").arg(esc(s.title));
        }
        const auto tables = std::count_if(s.blocks.begin(), s.blocks.end(),
                                          [](const Block& b) { return b.type == Block::Type::Table; });
        for (const Block& b : s.blocks) {
            switch (b.type) {
            case Block::Type::Paragraph:
                h += QStringLiteral("<p>%1</p>\n").arg(multiline(b.text));
                break;
            case Block::Type::Fields:
                h += fieldTable(b.fields, QStringLiteral("fields"), 1);
                break;
            case Block::Type::Table:
                h += dataTable(b.table, tables > 1);
                break;
            case Block::Type::Image: {
                // The image inside the page (a data: URI): the report is one file, and nothing is
                // fetched from anywhere when it is opened.
                QByteArray png;
                QBuffer buffer(&png);
                buffer.open(QIODevice::WriteOnly);
                b.image->save(&buffer, "PNG");
                h += QStringLiteral("<figure><img src=\"data:image/png;base64,%1\" alt=\"%2\" width=\"%3\" height=\"%4\"/>"
                                    "<figcaption>%2</figcaption></figure>\n")
                         .arg(QString::fromLatin1(png.toBase64()), esc(b.text))
                         .arg(b.image->width())
                         .arg(b.image->height());
                break;
            }
            }
        }
    }
    if (open)
        h += QStringLiteral("</section>\n");
    h += QStringLiteral("<p class=\"end\">%1</p>\n</main>\n").arg(esc(Report::tr("End of document.")));
    h += markingBlock(d, "bottom");
    h += QStringLiteral("</body>\n</html>\n");
    const QByteArray bytes = h.toUtf8();
    if (out.write(bytes) != bytes.size())
        return makeError(Report::tr("writing failed: %1").arg(out.errorString()));
    return {};
}

} // namespace tandem::report
