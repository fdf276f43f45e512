#include "csv.h"

namespace tandem::report::csv {

QString neutralise(const QString& cell)
{
    if (cell.isEmpty())
        return cell;
    const QChar first = cell.front();
    if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
        || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
        return QLatin1Char('\'') + cell;
    return cell;
}

QString record(const QStringList& cells)
{
    QStringList out;
    for (const QString& raw : cells) {
        QString cell = neutralise(raw);
        if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) || cell.contains(QLatin1Char('\r'))
            || cell.contains(QLatin1Char('\n'))) {
            cell.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            cell = QLatin1Char('"') + cell + QLatin1Char('"');
        }
        out << cell;
    }
    return out.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

} // namespace tandem::report::csv
