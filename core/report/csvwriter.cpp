// A report as one CSV file (the layout is in csv.h). The cells are csv.cpp's, which the dashboard
// uses too; this part needs the report's style texts, so it is tandem_report's.

#include "csv.h"
#include "style.h"
#include "writers.h"

#include <QIODevice>

namespace tandem::report {

Result<void> writeCsv(const Document& d, QIODevice& out, bool byteOrderMark)
{
    QString text;
    // The marking, the copy number and the recipient open and close the file, as they head and
    // foot every page of the other formats.
    text += csv::record({d.marking.runningText()});
    text += csv::record({d.documentType});
    text += csv::record({Report::tr("Item"), Report::tr("Details")});
    text += csv::record({Report::tr("Title"), d.title});
    for (const Field& f : d.titleBlock)
        text += csv::record({f.label, f.value});
    if (d.marking.copyNumber > 0)
        text += csv::record({Report::tr("Copy"), QString::number(d.marking.copyNumber)});
    if (!d.marking.recipient.isEmpty())
        text += csv::record({d.marking.agencyCopy ? Report::tr("Copy for") : Report::tr("Recipient"), d.marking.recipient});
    text += csv::record({Report::tr("Issued"), style::issuedLine(d)});
    if (d.identitiesIncluded)
        text += csv::record({Report::tr("Warning"), style::identitiesWarning(d)});
    text += QStringLiteral("\r\n");
    for (const Table& t : d.tables()) {
        text += csv::record({t.title});
        text += csv::record(t.columns);
        for (const QStringList& row : t.rows)
            text += csv::record(row);
        text += QStringLiteral("\r\n");
    }
    text += csv::record({d.marking.runningText()});
    QByteArray bytes = text.toUtf8();
    if (byteOrderMark)
        bytes.prepend("\xEF\xBB\xBF");
    if (out.write(bytes) != bytes.size())
        return makeError(Report::tr("writing failed: %1").arg(out.errorString()));
    return {};
}

} // namespace tandem::report
