#pragma once

#include "document.h"
#include "reportbuilder.h"
#include "writers.h"
#include "util/result.h"

#include <QString>

class QPagedPaintDevice;

namespace tandem {
class Store;
}

namespace tandem::report {

struct ExportSummary {
    QString path;
    qint64 bytes = 0;
    bool identities = false; // survivors' identities are in the file
};

// Writes `document` (built from `store`) to `path` in `format`, all or nothing: into a temporary
// file in the target folder, renamed over `path` only when complete and every byte of it written
// (SafeFile, readable by this user only), so a failure, a full disk above all, leaves no partial
// file and an existing file untouched. The export is recorded in the store's
// audit log ("report": operation, kind, format, file, marking, copy, recipient, and how many
// survivors' identities are in it) before the file is put in place, so no report is ever out
// without its entry; should the final rename fail, a second entry says the file was not written.
Result<ExportSummary> exportDocument(Store& store, const Document& document, Format format, const QString& path,
                                     const WriteOptions& options = {});

// Prints `document` (built from `store`) on `device`, a printer as the user set it up, and returns
// the number of pages. A printed copy leaves the office like an exported one: it is recorded in
// the audit log as an export is ("print", `where`: the printer or the file printed to) before the
// first page is painted, and refused when it cannot be recorded; should painting fail, a second
// entry says the copy was not printed.
Result<int> printDocument(Store& store, const Document& document, QPagedPaintDevice& device, const QString& where);

// buildReport() then exportDocument(): what `tandem-cli report` does.
Result<ExportSummary> exportReport(Store& store, const QUuid& operation, const Options& options, Format format,
                                   const QString& path, const WriteOptions& writeOptions = {});

} // namespace tandem::report
