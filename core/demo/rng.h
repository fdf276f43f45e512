#pragma once

#include "util/ids.h"

#include <QStringList>
#include <QUuid>

#include <cstdint>
#include <initializer_list>
#include <vector>

namespace tandem::demo {

// The demo's random numbers: xoshiro256** (Blackman and Vigna, 2018) seeded through splitmix64,
// written here so that a seed gives the same stream with every compiler and standard library
// (std::uniform_int_distribution and friends are not specified bit for bit). Every draw below is
// integer arithmetic or an exact conversion, so the demo is the same on every platform.
class Rng {
public:
    explicit Rng(std::uint64_t seed)
    {
        std::uint64_t x = seed;
        for (std::uint64_t& word : m_s)
            word = splitmix64(x);
    }

    // An independent stream for part `stream` of the work (e.g. one operation), so that what one
    // part draws never shifts what another gets.
    Rng fork(std::uint64_t stream) const
    {
        std::uint64_t x = m_s[0] ^ (stream * 0x9e3779b97f4a7c15ULL);
        return Rng(splitmix64(x) ^ m_s[3]);
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
        const std::uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    // Uniform in [0, n), without modulo bias (rejects the incomplete top range).
    std::uint64_t below(std::uint64_t n)
    {
        if (n <= 1)
            return 0;
        const std::uint64_t threshold = (0 - n) % n;
        for (;;) {
            const std::uint64_t r = next();
            if (r >= threshold)
                return r % n;
        }
    }

    // Uniform whole number in [lo, hi].
    int range(int lo, int hi) { return lo + int(below(std::uint64_t(hi - lo) + 1)); }
    qint64 range64(qint64 lo, qint64 hi) { return lo + qint64(below(std::uint64_t(hi - lo) + 1)); }

    // Uniform in [0, 1): 53 random bits, an exact conversion.
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }

    // True with probability percent / 100.
    bool percent(int p) { return int(below(100)) < p; }

    // An index drawn with the given whole-number weights.
    int weighted(std::initializer_list<int> weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int r = int(below(std::uint64_t(total)));
        int i = 0;
        for (int w : weights) {
            if (r < w)
                return i;
            r -= w;
            ++i;
        }
        return i - 1;
    }

    template <typename T>
    const T& pick(const std::vector<T>& items)
    {
        return items[size_t(below(items.size()))];
    }
    QString pick(const QStringList& items) { return items.at(qsizetype(below(std::uint64_t(items.size())))); }

    // `count` distinct indices of [0, n), in random order (count <= n).
    std::vector<int> sample(int n, int count)
    {
        std::vector<int> all(static_cast<size_t>(n));
        for (int i = 0; i < n; ++i)
            all[size_t(i)] = i;
        shuffle(all);
        all.resize(size_t(std::min(count, n)));
        return all;
    }

    template <typename T>
    void shuffle(std::vector<T>& items)
    {
        for (size_t i = items.size(); i > 1; --i)
            std::swap(items[i - 1], items[size_t(below(i))]);
    }

    // A UUIDv7 for a row made at `unixMillis` in the demo's story, random bits from this stream.
    QUuid id(qint64 unixMillis)
    {
        const std::uint64_t high = next();
        return makeUuidV7(unixMillis, high, next());
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    static std::uint64_t splitmix64(std::uint64_t& x)
    {
        std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    std::uint64_t m_s[4];
};

} // namespace tandem::demo
