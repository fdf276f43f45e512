// libFuzzer target: the protocol JSON parser, and that what it accepts writes back and parses
// back to the same protocol.

#include "domain/protocolfile.h"

#include <cstdint>

using namespace tandem;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray json(reinterpret_cast<const char*>(data), qsizetype(size));
    Result<ProtocolFile> parsed = parseProtocolFile(json, QStringLiteral("fuzz.json"));
    if (!parsed)
        return 0;
    const QByteArray written = writeProtocolFile(*parsed);
    Result<ProtocolFile> again = parseProtocolFile(written, QStringLiteral("written.json"));
    if (!again || writeProtocolFile(*again) != written)
        __builtin_trap(); // what the parser accepts must survive a round trip
    return 0;
}
