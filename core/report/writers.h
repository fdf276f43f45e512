#pragma once

#include "document.h"
#include "util/result.h"

#include <memory>

class QIODevice;
class QPagedPaintDevice;
class QTextDocument;

// The writers: one Document, several formats. Each writes to a device and reports a failure with
// a message; exportReport() (export.h) puts the result in a file all or nothing. Everything here
// lays out text, so it needs a QGuiApplication (fonts), never widgets.
namespace tandem::report {

struct WriteOptions {
    PageSize pageSize = PageSize::A4; // PDF and ODT
    bool csvBom = false;              // a UTF-8 byte order mark, for spreadsheets that need one
};

// The document as rich text: title block, numbered section headings, bordered tables with a
// shaded header row repeated on every page. The GUI's preview shows it; PDF and print paint it.
// Lengths are in pixels of a 96 dpi layout (see paintPages()).
std::unique_ptr<QTextDocument> textDocument(const Document& document);

// Widens the columns of the tables of `text` whose words would not fit for a page `width` pixels
// wide (a word is never broken where the table has room for it), narrowing the others in their
// proportions. Measures with the document layout's paint device; paintPages() calls it.
void fitTableColumns(QTextDocument& text, qreal width);

// Lays `text` (textDocument() of `document`) out on the pages of `device` (a QPdfWriter, or a
// QPrinter in the GUI) and paints each page with its running header and footer: the protective
// marking at the top and bottom of every page, the copy number and recipient, and "Page i of n".
// Returns the number of pages.
Result<int> paintPages(const Document& document, QTextDocument& text, QPagedPaintDevice& device);

Result<void> writePdf(const Document& document, QIODevice& out, PageSize pageSize);
// One self-contained HTML file: styles inline in <head>, no scripts, images or other files.
Result<void> writeHtml(const Document& document, QIODevice& out);
// OpenDocument Text with a running header and footer (marking, copy, page i of n) on every page.
Result<void> writeOdt(const Document& document, QIODevice& out, PageSize pageSize);
// CSV (RFC 4180, UTF-8): see csv.h for the layout and the rule against formula injection.
Result<void> writeCsv(const Document& document, QIODevice& out, bool byteOrderMark);

Result<void> write(const Document& document, Format format, QIODevice& out, const WriteOptions& options);

} // namespace tandem::report
