#include "card.h"

#include "util/input.h"

#include <QCoreApplication>
#include <QHash>
#include <QUuid>

namespace tandem {
namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(tandem::KeyCard)
};

const QString kTitle = QStringLiteral("Tandem office card");
const QString kFormat = QStringLiteral("tandem-card/1");
constexpr qsizetype kMaxCardSize = 4096;

Result<QByteArray> key32(const QString& text, const QString& field, int line, const QString& source)
{
    const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 32)
        return makeError(Texts::tr("line %1: \"%2\" is not a 32-byte key in base64").arg(line).arg(field), source);
    return decoded.decoded;
}

} // namespace

QString KeyCard::toText() const
{
    return kTitle + QLatin1Char('\n') + QStringLiteral("format: ") + kFormat + QLatin1Char('\n')
           + QStringLiteral("office: ") + officeName + QLatin1Char('\n') + QStringLiteral("site: ")
           + QUuid::fromRfc4122(siteId).toString(QUuid::WithoutBraces) + QLatin1Char('\n')
           + QStringLiteral("sign: ") + QString::fromLatin1(keys.sign.toBase64()) + QLatin1Char('\n')
           + QStringLiteral("box: ") + QString::fromLatin1(keys.box.toBase64()) + QLatin1Char('\n')
           + QStringLiteral("fingerprint: ") + fingerprint() + QLatin1Char('\n');
}

Result<KeyCard> KeyCard::parse(const QByteArray& bytes, const QString& source)
{
    if (bytes.size() > kMaxCardSize)
        return makeError(Texts::tr("not a Tandem office card: the file is larger than a card can be"), source);
    Result<QString> decoded = decodeUtf8(bytes, source);
    if (!decoded)
        return makeError(Texts::tr("not a Tandem office card: %1").arg(decoded.error().message), source);
    const QString text = *decoded;
    const QStringList lines = text.split(QLatin1Char('\n'));
    if (lines.isEmpty() || lines.first().trimmed() != kTitle)
        return makeError(Texts::tr("not a Tandem office card: the first line must be \"%1\"").arg(kTitle), source);

    QHash<QString, QPair<QString, int>> fields;
    for (int i = 1; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return makeError(Texts::tr("line %1: expected \"name: value\"").arg(i + 1), source);
        const QString name = line.left(colon).trimmed();
        if (fields.contains(name))
            return makeError(Texts::tr("line %1: \"%2\" appears twice").arg(i + 1).arg(name), source);
        fields.insert(name, {line.mid(colon + 1).trimmed(), i + 1});
    }
    for (const char* required : {"format", "office", "site", "sign", "box", "fingerprint"}) {
        if (!fields.contains(QString::fromLatin1(required)))
            return makeError(Texts::tr("the card has no \"%1\" line").arg(QString::fromLatin1(required)), source);
    }
    const auto field = [&](const char* name) { return fields.value(QString::fromLatin1(name)); };
    if (field("format").first != kFormat)
        return makeError(Texts::tr("line %1: unknown card format \"%2\" (this Tandem reads %3)")
                             .arg(field("format").second)
                             .arg(field("format").first, kFormat),
                         source);

    KeyCard card;
    card.officeName = field("office").first;
    if (card.officeName.isEmpty() || card.officeName.size() > 200)
        return makeError(Texts::tr("line %1: the office name must have 1 to 200 characters").arg(field("office").second), source);
    const QUuid site = QUuid::fromString(field("site").first);
    if (site.isNull())
        return makeError(Texts::tr("line %1: \"site\" is not a site id").arg(field("site").second), source);
    card.siteId = site.toRfc4122();

    Result<QByteArray> sign = key32(field("sign").first, QStringLiteral("sign"), field("sign").second, source);
    if (!sign)
        return sign.error();
    Result<QByteArray> box = key32(field("box").first, QStringLiteral("box"), field("box").second, source);
    if (!box)
        return box.error();
    card.keys = PublicKeys{*sign, *box};

    if (field("fingerprint").first != card.fingerprint())
        return makeError(Texts::tr("line %1: the fingerprint does not match the keys on the card: the card "
                            "was changed or damaged")
                             .arg(field("fingerprint").second),
                         source);
    return card;
}

} // namespace tandem
