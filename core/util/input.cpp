#include "input.h"

#include <QFile>
#include <QLocale>

namespace tandem {

Result<QByteArray> readBounded(const QString& path, qint64 limit)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Input::tr("cannot read the file: %1").arg(file.errorString()), path);
    const auto tooLarge = [&] {
        return makeError(Input::tr("the file is larger than %1, more than Tandem reads from a file of this kind")
                             .arg(QLocale::c().formattedDataSize(limit, 0)),
                         path);
    };
    if (file.size() > limit)
        return tooLarge();
    QByteArray bytes = file.read(limit + 1);
    if (file.error() != QFileDevice::NoError)
        return makeError(Input::tr("cannot read the file: %1").arg(file.errorString()), path);
    if (bytes.size() > limit)
        return tooLarge();
    return bytes;
}

qsizetype invalidUtf8At(QByteArrayView bytes)
{
    const auto* b = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = b[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t code = 0;
        char32_t least = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2;
            code = c & 0x1F;
            least = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            code = c & 0x0F;
            least = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
            code = c & 0x07;
            least = 0x10000;
        } else {
            return i;
        }
        if (i + length > n)
            return i;
        for (int k = 1; k < length; ++k) {
            if ((b[i + k] & 0xC0) != 0x80)
                return i;
            code = (code << 6) | (b[i + k] & 0x3F);
        }
        if (code < least || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

QString escapedUtf8(QByteArrayView bytes)
{
    QString out;
    while (!bytes.isEmpty()) {
        const qsizetype bad = invalidUtf8At(bytes);
        if (bad < 0) {
            out += QString::fromUtf8(bytes);
            break;
        }
        out += QString::fromUtf8(bytes.first(bad));
        const uint byte = static_cast<unsigned char>(bytes[bad]);
        out += QStringLiteral("\\x") + QString::number(byte, 16).toUpper().rightJustified(2, QLatin1Char('0'));
        bytes = bytes.sliced(bad + 1);
    }
    return out;
}

Result<QString> decodeUtf8(QByteArrayView bytes, const QString& context)
{
    const qsizetype bad = invalidUtf8At(bytes);
    if (bad < 0)
        return QString::fromUtf8(bytes);
    const qsizetype line = bytes.first(bad).count('\n') + 1;
    return makeError(Input::tr("line %1 is not valid UTF-8 text (byte %2); save the file as UTF-8")
                         .arg(line)
                         .arg(bad + 1),
                     context);
}

} // namespace tandem
