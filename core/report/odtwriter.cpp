// OpenDocument Text, written from the document model. QTextDocumentWriter's ODF has no page
// header or footer (the marking must be on every page), writes a table's percentage width as
// points and marks no header rows; this writer gives each page the running header and footer
// of the PDF, and tables with borders, shaded header rows repeated on every page, and widths.

#include "style.h"
#include "writers.h"
#include "odtxml.h"
#include "zip.h"

#include <QBuffer>
#include <QIODevice>
#include <QImage>

namespace tandem::report {
namespace {

using namespace odt;

// A named style: <style:style name family [parent]> with paragraph and text properties.
void paragraphStyle(Xml& x, const char* name, std::initializer_list<std::pair<const char*, QString>> paragraph,
                    std::initializer_list<std::pair<const char*, QString>> text, const char* parent = "Standard")
{
    x.start("style:style");
    x.attr("style:name", QLatin1String(name));
    x.attr("style:family", QStringLiteral("paragraph"));
    if (parent)
        x.attr("style:parent-style-name", QLatin1String(parent));
    x.empty("style:paragraph-properties", paragraph);
    x.empty("style:text-properties", text);
    x.end();
}

void tabbedLine(Xml& x, qreal width)
{
    x.start("style:style");
    x.attr("style:name", QStringLiteral("HeaderLine"));
    x.attr("style:family", QStringLiteral("paragraph"));
    x.attr("style:parent-style-name", QStringLiteral("Standard"));
    x.start("style:paragraph-properties");
    x.start("style:tab-stops");
    x.empty("style:tab-stop", {{"style:position", mm(width)}, {"style:type", QStringLiteral("right")}});
    x.end();
    x.end();
    x.empty("style:text-properties", {{"fo:font-size", pt(style::kSmallPoints)}, {"fo:color", style::kMuted.name()}});
    x.end();
}

QByteArray stylesXml(const Document& d, qreal pageWidth, qreal pageHeight, qreal sideMargin)
{
    QByteArray out;
    Xml x(&out);
    x.root("office:document-styles");
    x.start("office:font-face-decls");
    x.empty("style:font-face", {{"style:name", QStringLiteral("Noto Sans")},
                                {"svg:font-family", QStringLiteral("'Noto Sans'")},
                                {"style:font-family-generic", QStringLiteral("swiss")}});
    x.end();
    x.start("office:styles");
    x.start("style:default-style");
    x.attr("style:family", QStringLiteral("paragraph"));
    x.empty("style:text-properties", {{"style:font-name", QStringLiteral("Noto Sans")},
                                      {"fo:font-size", pt(style::kBodyPoints)},
                                      {"fo:color", style::kText.name()}});
    x.end();
    paragraphStyle(x, "Standard", {}, {}, nullptr);
    const QString accent = style::kAccent.name();
    const QString muted = style::kMuted.name();
    const QString bold = QStringLiteral("bold");
    paragraphStyle(x, "DocType", {{"fo:margin-bottom", pt(2)}},
                   {{"fo:font-size", pt(style::kKindPoints)}, {"fo:font-weight", bold}, {"fo:color", accent},
                    {"fo:letter-spacing", pt(1.2)}});
    paragraphStyle(x, "Title", {{"fo:margin-bottom", pt(2)}},
                   {{"fo:font-size", pt(style::kTitlePoints)}, {"fo:font-weight", bold}});
    paragraphStyle(x, "Issued", {{"fo:margin-bottom", pt(8)}}, {{"fo:font-size", pt(style::kSmallPoints)}, {"fo:color", muted}});
    paragraphStyle(x, "Body", {{"fo:margin-top", pt(2)}, {"fo:margin-bottom", pt(6)}}, {});
    paragraphStyle(x, "Empty", {{"fo:margin-top", pt(2)}, {"fo:margin-bottom", pt(8)}},
                   {{"fo:font-style", QStringLiteral("italic")}, {"fo:color", muted}});
    paragraphStyle(x, "Caption", {{"fo:margin-top", pt(4)}, {"fo:margin-bottom", pt(2)}, {"fo:keep-with-next", QStringLiteral("always")}},
                   {{"fo:font-size", pt(style::kTablePoints)}, {"fo:font-weight", bold}, {"fo:color", muted}});
    paragraphStyle(x, "Warning", {{"fo:margin-top", pt(4)}, {"fo:margin-bottom", pt(4)}},
                   {{"fo:font-weight", bold}, {"fo:color", style::kWarning.name()}});
    paragraphStyle(x, "End", {{"fo:margin-top", pt(12)}, {"fo:text-align", QStringLiteral("center")}},
                   {{"fo:font-size", pt(style::kSmallPoints)}, {"fo:color", muted}});
    paragraphStyle(x, "Heading_20_2",
                   {{"fo:margin-top", pt(14)}, {"fo:margin-bottom", pt(6)}, {"fo:keep-with-next", QStringLiteral("always")},
                    {"fo:border-bottom", QStringLiteral("0.75pt solid ") + accent}, {"fo:padding-bottom", pt(2)}},
                   {{"fo:font-size", pt(style::kHeadingPoints)}, {"fo:font-weight", bold}, {"fo:color", accent}});
    paragraphStyle(x, "Heading_20_3", {{"fo:margin-top", pt(10)}, {"fo:margin-bottom", pt(3)}, {"fo:keep-with-next", QStringLiteral("always")}},
                   {{"fo:font-size", pt(style::kSubheadingPoints)}, {"fo:font-weight", bold}, {"fo:color", accent}});
    paragraphStyle(x, "TableText", {}, {{"fo:font-size", pt(style::kTablePoints)}});
    paragraphStyle(x, "TableTextNum", {{"fo:text-align", QStringLiteral("end")}}, {}, "TableText");
    paragraphStyle(x, "TableHeading", {}, {{"fo:font-size", pt(style::kTablePoints)}, {"fo:font-weight", bold}});
    paragraphStyle(x, "TableHeadingNum", {{"fo:text-align", QStringLiteral("end")}}, {}, "TableHeading");
    paragraphStyle(x, "FieldValue", {}, {});
    paragraphStyle(x, "Marking", {{"fo:text-align", QStringLiteral("center")}},
                   {{"fo:font-size", pt(style::kMarkingPoints)}, {"fo:font-weight", bold}});
    tabbedLine(x, pageWidth - 2 * sideMargin);
    x.end(); // office:styles

    x.start("office:automatic-styles");
    x.start("style:page-layout");
    x.attr("style:name", QStringLiteral("Page"));
    x.empty("style:page-layout-properties", {{"fo:page-width", mm(pageWidth)}, {"fo:page-height", mm(pageHeight)},
                                             {"style:print-orientation", QStringLiteral("portrait")},
                                             {"fo:margin-top", mm(8)}, {"fo:margin-bottom", mm(8)},
                                             {"fo:margin-left", mm(sideMargin)}, {"fo:margin-right", mm(sideMargin)}});
    x.start("style:header-style");
    x.empty("style:header-footer-properties", {{"fo:min-height", mm(0)}, {"fo:margin-bottom", mm(5)},
                                               {"fo:border-bottom", QStringLiteral("0.5pt solid ") + style::kBorder.name()},
                                               {"fo:padding-bottom", mm(1)}});
    x.end();
    x.start("style:footer-style");
    x.empty("style:header-footer-properties", {{"fo:min-height", mm(0)}, {"fo:margin-top", mm(5)},
                                               {"fo:border-top", QStringLiteral("0.5pt solid ") + style::kBorder.name()},
                                               {"fo:padding-top", mm(1)}});
    x.end();
    x.end(); // page-layout
    x.end(); // automatic-styles

    QStringList right;
    if (d.marking.copyNumber > 0)
        right << Report::tr("Copy %1").arg(d.locale.toString(d.marking.copyNumber));
    if (!d.marking.recipient.isEmpty())
        right << d.marking.recipientText();
    x.start("office:master-styles");
    x.start("style:master-page");
    x.attr("style:name", QStringLiteral("Standard"));
    x.attr("style:page-layout-name", QStringLiteral("Page"));
    x.start("style:header");
    x.paragraph(QStringLiteral("Marking"), d.marking.protectiveMarking);
    x.paragraph(QStringLiteral("HeaderLine"), d.title + QStringLiteral(" — ") + d.documentType + QLatin1Char('\t')
                                                  + right.join(QStringLiteral(" · ")));
    x.end();
    x.start("style:footer");
    // "Page %1 of %2" with the fields in place of the numbers, in the translation's word order.
    const QString page = Report::tr("Page %1 of %2");
    x.start("text:p");
    x.attr("text:style-name", QStringLiteral("HeaderLine"));
    x.text(style::issuedLine(d) + QLatin1Char('\t'));
    const qsizetype first = page.indexOf(QStringLiteral("%1"));
    const qsizetype second = page.indexOf(QStringLiteral("%2"));
    if (first >= 0 && second > first) {
        x.text(page.left(first));
        x.empty("text:page-number", {{"text:select-page", QStringLiteral("current")}});
        x.text(page.mid(first + 2, second - first - 2));
        x.empty("text:page-count");
        x.text(page.mid(second + 2));
    }
    x.end();
    x.paragraph(QStringLiteral("Marking"), d.marking.protectiveMarking);
    x.end(); // footer
    x.end(); // master-page
    x.end(); // master-styles
    x.end(); // root
    x.finish();
    return out;
}

} // namespace

Result<void> writeOdt(const Document& d, QIODevice& out, PageSize pageSize)
{
    const qreal width = pageSize == PageSize::Letter ? 215.9 : 210;
    const qreal height = pageSize == PageSize::Letter ? 279.4 : 297;
    const qreal side = 18;

    QByteArray meta;
    {
        Xml x(&meta);
        x.root("office:document-meta");
        x.start("office:meta");
        x.start("meta:generator");
        x.text(QStringLiteral("Tandem"));
        x.end();
        x.start("dc:title");
        x.text(d.title + QStringLiteral(" — ") + d.documentType);
        x.end();
        x.start("dc:subject");
        x.text(d.marking.runningText());
        x.end();
        x.start("meta:creation-date");
        x.text(d.generatedAt.toUTC().toString(Qt::ISODate));
        x.end();
        x.end();
        x.end();
        x.finish();
    }
    QByteArray manifest;
    {
        Xml x(&manifest);
        x.start("manifest:manifest");
        x.attr("xmlns:manifest", QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"));
        x.attr("manifest:version", QStringLiteral("1.2"));
        x.empty("manifest:file-entry", {{"manifest:full-path", QStringLiteral("/")},
                                        {"manifest:version", QStringLiteral("1.2")},
                                        {"manifest:media-type", QStringLiteral("application/vnd.oasis.opendocument.text")}});
        for (const char* file : {"content.xml", "styles.xml", "meta.xml"})
            x.empty("manifest:file-entry", {{"manifest:full-path", QLatin1String(file)},
                                            {"manifest:media-type", QStringLiteral("text/xml")}});
        for (size_t i = 0; i < pictures(d).size(); ++i)
            x.empty("manifest:file-entry", {{"manifest:full-path", pictureName(int(i) + 1)},
                                            {"manifest:media-type", QStringLiteral("image/png")}});
        x.end();
        x.finish();
    }
    StoredZip zip;
    zip.add(QStringLiteral("mimetype"), QByteArrayLiteral("application/vnd.oasis.opendocument.text"));
    zip.add(QStringLiteral("META-INF/manifest.xml"), manifest);
    zip.add(QStringLiteral("meta.xml"), meta);
    zip.add(QStringLiteral("styles.xml"), stylesXml(d, width, height, side));
    zip.add(QStringLiteral("content.xml"), contentXml(d, width - 2 * side));
    const std::vector<const Block*> images = pictures(d);
    for (size_t i = 0; i < images.size(); ++i) {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        images[i]->image->save(&buffer, "PNG");
        zip.add(pictureName(int(i) + 1), png);
    }
    const QByteArray bytes = zip.finish(d.generatedAt);
    if (out.write(bytes) != bytes.size())
        return makeError(Report::tr("writing failed: %1").arg(out.errorString()));
    return {};
}

} // namespace tandem::report
