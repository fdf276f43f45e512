#pragma once

#include "officekeys.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace tandem {

// A public key card: the small text file an office hands to a partner (USB stick, e-mail) so the
// partner can trust it. It carries the office name, its site id and both public keys; the
// fingerprint on it is recomputed when read and must match. Trust comes from comparing the
// fingerprint over the phone, not from the card itself.
struct KeyCard {
    QString officeName;
    QByteArray siteId; // 16 bytes
    PublicKeys keys;

    QString fingerprint() const { return tandem::fingerprint(siteId, keys); }
    QString toText() const;
    // Reads a card; errors name `source` (the file) and the line.
    static Result<KeyCard> parse(const QByteArray& text, const QString& source);
};

} // namespace tandem
