#pragma once

#include "crypto/officekeys.h"

#include <QByteArray>

// The fixed offices of the fuzz targets and their seed corpus: a sender and a receiver whose keys
// come from fixed seeds, so that the bundles in the corpus verify on every run.
namespace tandem::fuzz {

inline const QByteArray kSenderSite = QByteArray(16, '\x11');
inline const QByteArray kReceiverSite = QByteArray(16, '\x22');

inline const OfficeKeys& senderKeys()
{
    static const OfficeKeys keys = OfficeKeys::fromSeed(QByteArrayLiteral("tandem fuzz sender"));
    return keys;
}

inline const OfficeKeys& receiverKeys()
{
    static const OfficeKeys keys = OfficeKeys::fromSeed(QByteArrayLiteral("tandem fuzz receiver"));
    return keys;
}

} // namespace tandem::fuzz
