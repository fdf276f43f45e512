#pragma once

#include <QByteArray>

#include <cstdint>

namespace tandem {

// A hybrid logical clock (DESIGN.md §3): 48 bits of Unix milliseconds and a 16-bit counter packed
// in one 64-bit number, so that comparing two packed values orders them. The clock never goes
// backwards, even when the wall clock does: it keeps the highest time it has issued or observed.
class Hlc {
public:
    explicit Hlc(std::uint64_t last = 0) : m_last(last) {}

    static std::uint64_t pack(std::int64_t millis, std::uint16_t counter)
    {
        return (std::uint64_t(millis) << 16) | counter;
    }
    static std::int64_t millis(std::uint64_t hlc) { return std::int64_t(hlc >> 16); }
    static std::uint16_t counter(std::uint64_t hlc) { return std::uint16_t(hlc & 0xffff); }

    // A new timestamp for a local event at wall time `wallMillis`, higher than any before.
    std::uint64_t tick(std::int64_t wallMillis);
    // Moves the clock past `remote`, a timestamp seen in a merged version.
    void observe(std::uint64_t remote);

    std::uint64_t last() const { return m_last; }

private:
    std::uint64_t m_last;
};

// A field version: the HLC as 8 big-endian bytes, then the 16-byte site id of the database that
// made it. Byte order equals version order, so SQLite compares versions with a plain `>`.
QByteArray makeVersion(std::uint64_t hlc, const QByteArray& siteId);
std::uint64_t versionHlc(const QByteArray& version);
QByteArray versionSite(const QByteArray& version);
constexpr int kVersionSize = 24;

// How far ahead of the local wall clock a merged version may be (DESIGN.md §3): a day. Further
// ahead is a wrong clock, which must not win every conflict.
constexpr std::int64_t kMaxClockLeadMs = 24 * 3600 * 1000;

} // namespace tandem
