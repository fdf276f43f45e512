#include "ids.h"

#include <sodium.h>

#include <array>

namespace tandem {

QUuid makeUuidV7(qint64 unixMillis, std::uint64_t randomHigh, std::uint64_t randomLow)
{
    std::array<char, 16> b{};
    const auto ms = quint64(unixMillis);
    for (int i = 0; i < 6; ++i)
        b[size_t(i)] = char((ms >> (40 - 8 * i)) & 0xff);
    b[6] = char(0x70 | ((randomHigh >> 8) & 0x0f)); // version 7, rand_a
    b[7] = char(randomHigh & 0xff);
    b[8] = char(0x80 | ((randomLow >> 56) & 0x3f)); // variant 10, rand_b
    for (int i = 9; i < 16; ++i)
        b[size_t(i)] = char((randomLow >> (8 * (15 - i))) & 0xff);
    return QUuid::fromRfc4122(QByteArrayView(b.data(), qsizetype(b.size())));
}

QUuid makeUuidV7(qint64 unixMillis)
{
    std::uint64_t r[2];
    randombytes_buf(r, sizeof r);
    return makeUuidV7(unixMillis, r[0], r[1]);
}

QByteArray makeSiteId()
{
    QByteArray id(16, Qt::Uninitialized);
    randombytes_buf(id.data(), size_t(id.size()));
    return id;
}

} // namespace tandem
