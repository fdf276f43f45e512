#include "export.h"

#include "store/audit.h"
#include "store/store.h"
#include "store/value.h"
#include "util/safefile.h"

#include <QDir>
#include <QFileInfo>
#include <QTextDocument>

namespace tandem::report {
namespace {

QStringList auditDetails(const Document& d, const QString& how, const QString& where)
{
    QStringList details{kindToken(d.kind), how, where, Report::tr("marking %1").arg(d.marking.protectiveMarking)};
    if (d.marking.copyNumber > 0)
        details << Report::tr("copy %1").arg(d.marking.copyNumber);
    // The name as printed and the record it stands for: two directory entries may share a name.
    if (d.recipient.type == Recipient::Type::Office)
        details << Report::tr("for the office %1 (%2)").arg(d.marking.recipient, value::idText(d.recipient.id));
    else if (d.recipient.type == Recipient::Type::Agency)
        details << Report::tr("for the agency %1 (%2)").arg(d.marking.recipient, value::idText(d.recipient.id));
    if (d.marking.agencyCopy)
        details << (d.needToKnow ? Report::tr("the agency's copy, with the need-to-know items")
                                 : Report::tr("the agency's copy, without the need-to-know items"));
    if (d.identitiesIncluded)
        details << (d.identitiesShown == 1 ? Report::tr("with the identity of 1 survivor")
                                           : Report::tr("with the identities of %n survivors", nullptr, d.identitiesShown));
    return details;
}

QString auditSubject(const Document& d)
{
    return d.title + QStringLiteral(" (") + value::idText(d.operation) + QLatin1Char(')');
}

} // namespace

Result<void> write(const Document& d, Format format, QIODevice& out, const WriteOptions& options)
{
    switch (format) {
    case Format::Pdf:
        return writePdf(d, out, options.pageSize);
    case Format::Html:
        return writeHtml(d, out);
    case Format::Odt:
        return writeOdt(d, out, options.pageSize);
    case Format::Csv:
        return writeCsv(d, out, options.csvBom);
    }
    return makeError(Report::tr("unknown format"));
}

Result<ExportSummary> exportDocument(Store& store, const Document& d, Format format, const QString& path,
                                     const WriteOptions& options)
{
    const QString file = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    if (path.isEmpty())
        return makeError(Report::tr("no output file is named"), Report::tr("report"));
    if (QFileInfo(path).isDir())
        return makeError(Report::tr("this is a folder; name a file to write the report to"), file);
    const QFileInfo folder(QFileInfo(path).absolutePath());
    if (!folder.isDir())
        return makeError(Report::tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(folder.filePath())), file);

    const QStringList details = auditDetails(d, formatToken(format), file);
    const QString subject = auditSubject(d);

    // The whole file is made first, beside its destination; nothing is in place yet.
    SafeFile out(path);
    if (Result<void> r = out.open(); !r)
        return makeError(r.error().message, file);
    if (Result<void> r = write(d, format, out.device(), options); !r) {
        out.cancel();
        return makeError(r.error().message, file);
    }
    // On record before it exists: a report that is out must be in the audit log.
    if (Result<void> r = appendAudit(store, QStringLiteral("report"), subject, details.join(QStringLiteral("; "))); !r) {
        out.cancel();
        return r.error();
    }
    if (Result<void> r = out.commit(); !r) {
        // The entry above stands (the log is append-only); this one says the file never came.
        (void)appendAudit(store, QStringLiteral("report"), subject, Report::tr("not written: %1").arg(r.error().message));
        return makeError(r.error().message, file);
    }
    return ExportSummary{file, QFileInfo(path).size(), d.identitiesIncluded};
}

Result<ExportSummary> exportReport(Store& store, const QUuid& operation, const Options& options, Format format,
                                   const QString& path, const WriteOptions& writeOptions)
{
    Result<Document> d = buildReport(store, operation, options);
    if (!d)
        return d.error();
    return exportDocument(store, *d, format, path, writeOptions);
}

Result<int> printDocument(Store& store, const Document& document, QPagedPaintDevice& device, const QString& where)
{
    const QString subject = auditSubject(document);
    // On record before the first page goes out, as an export is before its file exists.
    if (Result<void> r = appendAudit(store, QStringLiteral("report"), subject,
                                     auditDetails(document, QStringLiteral("print"),
                                                  where.isEmpty() ? Report::tr("printer") : where)
                                         .join(QStringLiteral("; ")));
        !r)
        return r.error();
    std::unique_ptr<QTextDocument> text = textDocument(document);
    Result<int> pages = paintPages(document, *text, device);
    if (!pages) {
        // The entry above stands (the log is append-only); this one says the copy never came.
        (void)appendAudit(store, QStringLiteral("report"), subject,
                          Report::tr("not printed: %1").arg(pages.error().message));
        return pages.error();
    }
    return pages;
}

} // namespace tandem::report
