#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <vector>

namespace tandem::report {

// A ZIP archive of stored (uncompressed) entries, as OpenDocument needs (its "mimetype" entry
// must be first and stored). Qt has no public ZIP API, and a report is small: storing keeps this
// to the few structures of the format (PKWARE APPNOTE 6.3: local headers, central directory,
// end record) without a deflate implementation.
class StoredZip {
public:
    void add(const QString& name, const QByteArray& data);
    // The whole archive; entries dated `modified` (local time as ZIP has it, to two seconds).
    QByteArray finish(const QDateTime& modified) const;

private:
    struct Entry {
        QByteArray name;
        QByteArray data;
    };
    std::vector<Entry> m_entries;
};

// CRC-32 (ISO 3309, the polynomial ZIP uses).
quint32 crc32(const QByteArray& data);

} // namespace tandem::report
