#pragma once

// Reading written reports back for the tests: CSV records, the entries of the ODT's ZIP, the
// text of a PDF's pages.

#include "catchqt.h"
#include "report/zip.h"

#include <QMap>
#include <QProcess>
#include <QStringList>
#include <QtEndian>

#include <vector>

namespace tandem::test {

// RFC 4180 records, for checking what the CSV writer wrote.
inline std::vector<QStringList> parseCsv(const QString& text)
{
    std::vector<QStringList> records;
    QStringList record;
    QString cell;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record << cell;
            cell.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            record << cell;
            records.push_back(record);
            record.clear();
            cell.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    REQUIRE(record.isEmpty());
    REQUIRE(cell.isEmpty());
    return records;
}

// The entries of a stored ZIP archive by reading its local headers (what StoredZip writes).
inline QMap<QString, QByteArray> readStoredZip(const QByteArray& zip)
{
    QMap<QString, QByteArray> entries;
    int at = 0;
    while (at + 30 <= zip.size() && qFromLittleEndian<quint32>(zip.constData() + at) == 0x04034b50) {
        REQUIRE(qFromLittleEndian<quint16>(zip.constData() + at + 8) == 0); // stored
        const quint32 crc = qFromLittleEndian<quint32>(zip.constData() + at + 14);
        const quint32 size = qFromLittleEndian<quint32>(zip.constData() + at + 18);
        const quint16 nameLength = qFromLittleEndian<quint16>(zip.constData() + at + 26);
        const quint16 extra = qFromLittleEndian<quint16>(zip.constData() + at + 28);
        const QString name = QString::fromUtf8(zip.mid(at + 30, nameLength));
        const QByteArray data = zip.mid(at + 30 + nameLength + extra, int(size));
        CHECK(report::crc32(data) == crc);
        entries.insert(name, data);
        at += 30 + nameLength + extra + int(size);
    }
    return entries;
}

inline QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

inline int pdfPages(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    REQUIRE(p.waitForFinished(30000));
    const QString info = QString::fromUtf8(p.readAllStandardOutput());
    for (const QString& line : info.split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("Pages:")))
            return line.mid(6).trimmed().toInt();
    FAIL("pdfinfo printed no page count");
    return 0;
}

// The text of each page of a PDF, as pdftotext -layout reads it.
inline QStringList pdfPageTexts(const QString& path)
{
    return pdfText(path).split(QLatin1Char('\f'), Qt::SkipEmptyParts);
}

} // namespace tandem::test
