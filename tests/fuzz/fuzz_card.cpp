// libFuzzer target: the key card parser, and that an accepted card prints back to itself.

#include "crypto/card.h"

#include <cstdint>

using namespace tandem;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray text(reinterpret_cast<const char*>(data), qsizetype(size));
    Result<KeyCard> card = KeyCard::parse(text, QStringLiteral("fuzz.card"));
    if (!card)
        return 0;
    Result<KeyCard> again = KeyCard::parse(card->toText().toUtf8(), QStringLiteral("again.card"));
    if (!again || again->fingerprint() != card->fingerprint() || again->officeName != card->officeName)
        __builtin_trap();
    return 0;
}
