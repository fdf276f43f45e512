// libFuzzer target: the bundle reader (magic, frame, trust, signature, recipient, decryption),
// fed any bytes as a bundle file from a trusted sender to this office.

#include "fuzzkeys.h"

#include "sync/bundle.h"

#include <QDir>
#include <QFile>

#include <cstdint>
#include <unistd.h>

using namespace tandem;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const QString dir = QDir::tempPath() + QStringLiteral("/tandem-fuzz-bundle-%1").arg(getpid());
    static const bool made = QDir().mkpath(dir);
    (void)made;
    const QString bundlePath = dir + QStringLiteral("/in.bundle");
    const QString payloadPath = dir + QStringLiteral("/payload.sqlite");
    {
        QFile f(bundlePath);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(reinterpret_cast<const char*>(data), qint64(size));
    }
    const auto trusted = [](const QString&, const QByteArray& site) -> std::optional<PublicKeys> {
        if (site == fuzz::kSenderSite)
            return fuzz::senderKeys().publicKeys();
        return std::nullopt;
    };
    Result<bundle::Opened> opened = bundle::open(bundlePath, payloadPath, fuzz::kReceiverSite, fuzz::receiverKeys(), trusted);
    if (opened)
        QFile::remove(payloadPath);
    else if (QFile::exists(payloadPath))
        __builtin_trap(); // a refused bundle must leave no payload behind
    return 0;
}
