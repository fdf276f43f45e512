#pragma once

#include "document.h"

#include <QByteArray>
#include <QXmlStreamWriter>

// What the ODT writer's parts share: prefixed XML for OpenDocument, and the body of the document.
namespace tandem::report::odt {

inline const char* const kNamespaces[][2] = {
    {"xmlns:office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0"},
    {"xmlns:style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0"},
    {"xmlns:text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0"},
    {"xmlns:table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0"},
    {"xmlns:fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"},
    {"xmlns:svg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"},
    {"xmlns:meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"},
    {"xmlns:dc", "http://purl.org/dc/elements/1.1/"},
    {"xmlns:xlink", "http://www.w3.org/1999/xlink"},
    {"xmlns:draw", "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"},
};

// The file name, inside the ODT package, of the document's `n`th picture (from 1).
inline QString pictureName(int n)
{
    return QStringLiteral("Pictures/picture%1.png").arg(n);
}

// Text as XML 1.0 allows it: control characters other than tab and newline are dropped.
inline QString clean(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.unicode() >= 0x20 || c == QLatin1Char('\t') || c == QLatin1Char('\n'))
            out += c;
    }
    return out;
}

inline QString pt(qreal points)
{
    return QString::number(points, 'f', 1) + QStringLiteral("pt");
}

inline QString mm(qreal millimetres)
{
    return QString::number(millimetres, 'f', 2) + QStringLiteral("mm");
}

// A small layer over QXmlStreamWriter for ODF's prefixed names.
class Xml {
public:
    // A whole document, or (`document` false) a fragment to put inside one.
    explicit Xml(QByteArray* out, bool document = true) : m_w(out)
    {
        if (document)
            m_w.writeStartDocument();
    }
    void root(const char* name)
    {
        m_w.writeStartElement(QLatin1String(name));
        for (const auto& ns : kNamespaces)
            attr(ns[0], QLatin1String(ns[1]));
        attr("office:version", QStringLiteral("1.2"));
    }
    void start(const char* name) { m_w.writeStartElement(QLatin1String(name)); }
    void end() { m_w.writeEndElement(); }
    void attr(const char* name, const QString& value) { m_w.writeAttribute(QLatin1String(name), value); }
    void empty(const char* name, std::initializer_list<std::pair<const char*, QString>> attributes = {})
    {
        m_w.writeEmptyElement(QLatin1String(name));
        for (const auto& [n, v] : attributes)
            attr(n, v);
    }
    // Text with its line breaks as <text:line-break/> and tabs as <text:tab/>.
    void text(const QString& value)
    {
        QString run;
        for (const QChar c : clean(value)) {
            if (c == QLatin1Char('\n') || c == QLatin1Char('\t')) {
                m_w.writeCharacters(run);
                run.clear();
                m_w.writeEmptyElement(c == QLatin1Char('\n') ? QStringLiteral("text:line-break") : QStringLiteral("text:tab"));
            } else {
                run += c;
            }
        }
        m_w.writeCharacters(run);
    }
    void paragraph(const QString& styleName, const QString& value, const char* element = "text:p")
    {
        start(element);
        attr("text:style-name", styleName);
        text(value);
        end();
    }
    // A paragraph whose text is a link to `href`.
    void link(const QString& styleName, const QString& value, const QString& href)
    {
        start("text:p");
        attr("text:style-name", styleName);
        start("text:a");
        attr("xlink:type", QStringLiteral("simple"));
        attr("xlink:href", href);
        text(value);
        end();
        end();
    }
    void finish() { m_w.writeEndDocument(); }
    // The declarations of the namespaces ODF uses, for a root element written by hand.
    static QByteArray namespaceAttributes()
    {
        QByteArray out;
        for (const auto& ns : kNamespaces)
            out += QByteArray(" ") + ns[0] + "=\"" + ns[1] + "\"";
        return out;
    }
    QXmlStreamWriter& writer() { return m_w; }

private:
    QXmlStreamWriter m_w;
};


// content.xml: the title block and the sections, tables `textWidth` millimetres wide.
QByteArray contentXml(const Document& d, qreal textWidth);

} // namespace tandem::report::odt
