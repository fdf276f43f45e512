#include "hlc.h"

#include <QtEndian>

namespace tandem {

std::uint64_t Hlc::tick(std::int64_t wallMillis)
{
    const std::int64_t lastMillis = millis(m_last);
    if (wallMillis > lastMillis) {
        m_last = pack(wallMillis, 0);
    } else if (counter(m_last) == 0xffff) {
        // 65,536 events in one millisecond: borrow the next millisecond rather than wrap.
        m_last = pack(lastMillis + 1, 0);
    } else {
        m_last += 1;
    }
    return m_last;
}

void Hlc::observe(std::uint64_t remote)
{
    if (remote > m_last)
        m_last = remote;
}

QByteArray makeVersion(std::uint64_t hlc, const QByteArray& siteId)
{
    QByteArray v(8, Qt::Uninitialized);
    qToBigEndian(hlc, v.data());
    v.append(siteId);
    return v;
}

std::uint64_t versionHlc(const QByteArray& version)
{
    if (version.size() < 8)
        return 0;
    return qFromBigEndian<std::uint64_t>(version.constData());
}

QByteArray versionSite(const QByteArray& version)
{
    return version.mid(8);
}

} // namespace tandem
