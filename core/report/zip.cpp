#include "zip.h"

#include <QtEndian>

#include <array>

namespace tandem::report {
namespace {

void put16(QByteArray& out, quint32 v)
{
    char b[2];
    qToLittleEndian(quint16(v), b);
    out.append(b, 2);
}

void put32(QByteArray& out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

} // namespace

quint32 crc32(const QByteArray& data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 c = 0xFFFFFFFFu;
    for (const char byte : data)
        c = table[(c ^ quint8(byte)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

void StoredZip::add(const QString& name, const QByteArray& data)
{
    m_entries.push_back({name.toUtf8(), data});
}

QByteArray StoredZip::finish(const QDateTime& modified) const
{
    const QDateTime local = modified.toLocalTime();
    const QDate d = local.date();
    const QTime t = local.time();
    const quint32 dosTime = quint32(t.hour() << 11 | t.minute() << 5 | t.second() / 2);
    const quint32 dosDate = quint32(std::max(d.year() - 1980, 0) << 9 | d.month() << 5 | d.day());
    const quint32 utf8Names = 0x0800;
    const quint32 version = 20; // 2.0: the oldest that knows folders; stored entries need no more

    QByteArray out;
    QByteArray directory;
    for (const Entry& e : m_entries) {
        const quint32 offset = quint32(out.size());
        const quint32 crc = crc32(e.data);
        const quint32 size = quint32(e.data.size());
        put32(out, 0x04034b50);
        put16(out, version);
        put16(out, utf8Names);
        put16(out, 0); // stored
        put16(out, dosTime);
        put16(out, dosDate);
        put32(out, crc);
        put32(out, size);
        put32(out, size);
        put16(out, quint32(e.name.size()));
        put16(out, 0); // no extra field
        out.append(e.name);
        out.append(e.data);

        put32(directory, 0x02014b50);
        put16(directory, version);
        put16(directory, version);
        put16(directory, utf8Names);
        put16(directory, 0);
        put16(directory, dosTime);
        put16(directory, dosDate);
        put32(directory, crc);
        put32(directory, size);
        put32(directory, size);
        put16(directory, quint32(e.name.size()));
        put16(directory, 0); // extra
        put16(directory, 0); // comment
        put16(directory, 0); // disk
        put16(directory, 0); // internal attributes
        put32(directory, 0); // external attributes
        put32(directory, offset);
        directory.append(e.name);
    }
    const quint32 directoryOffset = quint32(out.size());
    out.append(directory);
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint32(m_entries.size()));
    put16(out, quint32(m_entries.size()));
    put32(out, quint32(directory.size()));
    put32(out, directoryOffset);
    put16(out, 0);
    return out;
}

} // namespace tandem::report
